/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.territory.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.maillage.core.persistence.IoProblems;
import org.maillage.territory.TerritoryImportException;

/**
 * A CSV file of QPV in the layout of the official list: a header line naming the columns (code, nom, commune(s),
 * optionally the EPCI's SIREN; other columns are ignored), {@code ;} or {@code ,} as separator (the one in the
 * header), fields optionally in double quotes, UTF-8 with or without BOM.
 */
public final class QpvCsv {

    /** The columns read. */
    public enum Column {
        /** the QPV code, e.g. {@code QN02701M} */
        CODE(Set.of("codeqp", "codeqpv", "code", "codequartier", "qp", "qpv")),
        /** the QPV name */
        NOM(Set.of("nomqp", "nomqpv", "nom", "libqp", "libelleqp", "libelle", "nomquartier", "quartier")),
        /** the communes: INSEE codes or names */
        COMMUNES(Set.of("communes", "commune", "codecommunes", "codecommune", "codescommunes", "inseecom",
                "codeinsee", "codesinsee", "listecommunes")),
        /** optional: the SIREN of the EPCI piloting the contrat de ville */
        EPCI(Set.of("epci", "sirenepci", "codeepci", "siren"));

        private final Set<String> names;

        Column(Set<String> names) {
            this.names = names;
        }
    }

    /**
     * One data line.
     *
     * @param number the line's number in the file, from 1 (the header)
     */
    public record Line(int number, String code, String nom, String communes, String epci) {
    }

    private final Path file;
    private final Map<Column, String> headers = new EnumMap<>(Column.class);
    private final Map<Column, Integer> positions = new EnumMap<>(Column.class);
    private final List<Line> lines = new ArrayList<>();

    private QpvCsv(Path file) {
        this.file = file;
    }

    /** @return the data lines, in file order */
    public List<Line> lines() {
        return lines;
    }

    /**
     * @return a problem message naming the file, the line and the column (its header as written, and its number)
     */
    public String at(Line line, Column column, String problem) {
        return Messages.get("qpv.at", file, line.number(), headers.get(column), positions.get(column) + 1, problem);
    }

    /**
     * @param file the CSV file
     * @param maxBytes the largest file accepted
     * @return the table
     * @throws TerritoryImportException when the file cannot be read, is not UTF-8, or lacks a column
     */
    public static QpvCsv read(Path file, long maxBytes) throws TerritoryImportException {
        String text;
        try {
            if (!Files.isRegularFile(file)) {
                throw new TerritoryImportException(file, Messages.get("file.missing", file), null);
            }
            if (Files.size(file) > maxBytes) {
                throw new TerritoryImportException(file, Messages.get("file.tooLarge", file, Files.size(file),
                        maxBytes), null);
            }
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new TerritoryImportException(file, Messages.get("qpv.encoding", file), e);
        } catch (IOException e) {
            throw new TerritoryImportException(file, Messages.get("file.unreadable", file, IoProblems.reason(e)), e);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        QpvCsv table = new QpvCsv(file);
        String[] physical = text.split("\r\n|\n|\r", -1);
        int headerIndex = 0;
        while (headerIndex < physical.length && physical[headerIndex].isBlank()) {
            headerIndex++;
        }
        if (headerIndex == physical.length) {
            throw new TerritoryImportException(file, Messages.get("qpv.empty", file), null);
        }
        String header = physical[headerIndex];
        char separator = header.indexOf(';') >= 0 ? ';' : ',';
        List<String> names = split(header, separator);
        for (int i = 0; i < names.size(); i++) {
            String key = key(names.get(i));
            for (Column column : Column.values()) {
                if (column.names.contains(key) && !table.positions.containsKey(column)) {
                    table.positions.put(column, i);
                    table.headers.put(column, names.get(i).strip());
                }
            }
        }
        for (Column column : List.of(Column.CODE, Column.NOM, Column.COMMUNES)) {
            if (!table.positions.containsKey(column)) {
                throw new TerritoryImportException(file, Messages.get("qpv.noColumn", file, headerIndex + 1,
                        column.name().toLowerCase(Locale.ROOT), String.join(" | ", names)), null);
            }
        }
        for (int i = headerIndex + 1; i < physical.length; i++) {
            if (physical[i].isBlank()) {
                continue;
            }
            List<String> fields = split(physical[i], separator);
            table.lines.add(new Line(i + 1, table.field(fields, Column.CODE), table.field(fields, Column.NOM),
                    table.field(fields, Column.COMMUNES), table.field(fields, Column.EPCI)));
        }
        return table;
    }

    private String field(List<String> fields, Column column) {
        Integer position = positions.get(column);
        return position == null || position >= fields.size() ? null : fields.get(position);
    }

    /** Splits a line on the separator outside double quotes; {@code ""} inside quotes is a quote. */
    private static List<String> split(String line, char separator) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    /** "Code commune(s)", "code_commune" and "CODE COMMUNES" are the same header. */
    private static String key(String header) {
        return Normalizer.normalize(header, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("\\(s\\)", "s").replaceAll("[^a-z0-9]", "");
    }
}
