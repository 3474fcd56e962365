/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.territory;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.maillage.model.ModeleMaillage;
import org.maillage.model.territoire.Commune;
import org.maillage.model.territoire.Epci;
import org.maillage.model.territoire.Qpv;
import org.maillage.model.territoire.TerritoireFactory;
import org.maillage.territory.internal.Messages;
import org.maillage.territory.internal.QpvCsv;

/**
 * Adds or updates the QPV of a roadmap from a CSV file in the layout of the official list of quartiers prioritaires
 * (columns {@code Code QP}, {@code Nom QP}, {@code Commune(s)}; optionally the SIREN of the EPCI), linking each QPV to
 * the roadmap's communes. See docs/qpv-csv.md.
 * <p>
 * A QPV is found by its code; a QPV without a code whose name is the same (case and accents aside) is taken to be
 * the same and receives the code, so that a roadmap whose QPV were entered by hand is completed, not duplicated.
 * Communes are INSEE codes or names of communes of the roadmap. When the file gives no EPCI, a QPV whose communes
 * all belong to one EPCI is linked to it if it had none.
 * <p>
 * {@link #plan(Path, ModeleMaillage)} reads everything and says what would change without touching the model;
 * {@link Plan#apply()} then changes it.
 */
public final class QpvImport {

    private static final Pattern INSEE_CODE = Pattern.compile("\\d[\\dAB]\\d{3}");
    private static final Pattern CODES_ONLY = Pattern.compile("\\s*\\d[\\dAB]\\d{3}([\\s,;/]+\\d[\\dAB]\\d{3})*\\s*");
    private static final Pattern SIREN = Pattern.compile("\\d{9}");

    private QpvImport() {
    }

    /**
     * The changes a CSV file makes to a roadmap, computed but not applied.
     */
    public static final class Plan {
        private final ModeleMaillage model;
        private final List<Row> rows;
        private final List<String> changes;

        private Plan(ModeleMaillage model, List<Row> rows, List<String> changes) {
            this.model = model;
            this.rows = rows;
            this.changes = changes;
        }

        /** @return one French sentence per QPV added or changed; empty when the roadmap is up to date */
        public List<String> changes() {
            return List.copyOf(changes);
        }

        /** Applies the changes to the model given to {@link QpvImport#plan(Path, ModeleMaillage)}. */
        public void apply() {
            for (Row row : rows) {
                Qpv qpv = row.existing;
                if (qpv == null) {
                    qpv = TerritoireFactory.eINSTANCE.createQpv();
                    qpv.setUuid("qpv-" + row.code);
                    model.getQpvs().add(qpv);
                }
                qpv.setCode(row.code);
                qpv.setNom(row.nom);
                if (!qpv.getCommunes().equals(row.communes)) {
                    qpv.getCommunes().clear();
                    qpv.getCommunes().addAll(row.communes);
                }
                if (row.epci != null) {
                    qpv.setEpci(row.epci);
                }
            }
        }
    }

    /** One line of the file, resolved against the roadmap. */
    private record Row(String code, String nom, List<Commune> communes, Epci epci, Qpv existing) {
    }

    /**
     * Reads the file and compares it with the roadmap.
     *
     * @param csv the CSV file: {@code ;} or {@code ,} separated, UTF-8 with or without BOM, a header line first
     * @param model the roadmap; not changed
     * @return the plan, to print and then apply
     * @throws TerritoryImportException when the file cannot be read, has no recognised header, or a line is wrong;
     *             the French message lists every problem with the file, line and column
     */
    public static Plan plan(Path csv, ModeleMaillage model) throws TerritoryImportException {
        QpvCsv table = QpvCsv.read(csv, ImportLimits.DEFAULT.maxFileBytes());
        TerritoryIndex index = TerritoryIndex.of(model);
        Map<String, List<Commune>> byName = model.getRegions().stream()
                .flatMap(r -> r.getDepartements().stream()).flatMap(d -> d.getCommunes().stream())
                .collect(Collectors.groupingBy(c -> key(c.getNom())));
        List<String> problems = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        Set<Qpv> claimed = new LinkedHashSet<>();
        for (QpvCsv.Line line : table.lines()) {
            String code = line.code().strip().toUpperCase(Locale.ROOT);
            String nom = line.nom().strip();
            if (code.isEmpty()) {
                problems.add(table.at(line, QpvCsv.Column.CODE, Messages.get("qpv.noCode")));
                continue;
            }
            if (!seen.add(code)) {
                problems.add(table.at(line, QpvCsv.Column.CODE, Messages.get("qpv.duplicate", code)));
                continue;
            }
            if (nom.isEmpty()) {
                problems.add(table.at(line, QpvCsv.Column.NOM, Messages.get("qpv.noName", code)));
                continue;
            }
            List<Commune> communes = new ArrayList<>();
            for (String token : tokens(line.communes())) {
                Optional<Commune> commune = INSEE_CODE.matcher(token).matches() ? index.commune(token)
                        : Optional.ofNullable(byName.get(key(token))).filter(l -> l.size() == 1).map(l -> l.get(0));
                if (commune.isEmpty()) {
                    problems.add(table.at(line, QpvCsv.Column.COMMUNES, Messages.get("qpv.unknownCommune", token)));
                } else if (!communes.contains(commune.get())) {
                    communes.add(commune.get());
                }
            }
            if (communes.isEmpty() && tokens(line.communes()).isEmpty()) {
                problems.add(table.at(line, QpvCsv.Column.COMMUNES, Messages.get("qpv.noCommune", code)));
            }
            Epci epci = null;
            String siren = line.epci() == null ? "" : line.epci().strip();
            if (!siren.isEmpty()) {
                epci = SIREN.matcher(siren).matches() ? index.epci(siren).orElse(null) : null;
                if (epci == null) {
                    problems.add(table.at(line, QpvCsv.Column.EPCI, Messages.get("qpv.unknownEpci", siren)));
                }
            }
            Qpv existing = model.getQpvs().stream().filter(q -> code.equalsIgnoreCase(q.getCode())).findFirst()
                    .orElseGet(() -> model.getQpvs().stream()
                            .filter(q -> (q.getCode() == null || q.getCode().isBlank()) && !claimed.contains(q)
                                    && key(nom).equals(key(q.getNom())))
                            .findFirst().orElse(null));
            if (existing != null) {
                claimed.add(existing);
            }
            if (epci == null && !communes.isEmpty() && (existing == null || existing.getEpci() == null)) {
                Set<Epci> epcis = communes.stream().map(Commune::getEpci).collect(Collectors.toSet());
                epci = epcis.size() == 1 ? epcis.iterator().next() : null;
            }
            rows.add(new Row(code, nom, communes, epci, existing));
        }
        if (!problems.isEmpty()) {
            int shown = Math.min(problems.size(), 20);
            String more = problems.size() > shown ? "\n" + Messages.get("qpv.more", problems.size() - shown) : "";
            throw new TerritoryImportException(csv, String.join("\n", problems.subList(0, shown)) + more, null);
        }
        List<String> changes = new ArrayList<>();
        for (Row row : rows) {
            String communes = row.communes.stream().map(Commune::getNom).collect(Collectors.joining(", "));
            if (row.existing == null) {
                changes.add(Messages.get("qpv.added", row.nom, row.code, communes));
                continue;
            }
            List<String> what = new ArrayList<>();
            if (!row.code.equals(row.existing.getCode())) {
                what.add(Messages.get("qpv.changed.code", row.code));
            }
            if (!row.nom.equals(row.existing.getNom())) {
                what.add(Messages.get("qpv.changed.name", row.existing.getNom()));
            }
            if (!row.communes.equals(row.existing.getCommunes())) {
                what.add(Messages.get("qpv.changed.communes", communes));
            }
            if (row.epci != null && row.epci != row.existing.getEpci()) {
                what.add(Messages.get("qpv.changed.epci", row.epci.getNom()));
            }
            if (!what.isEmpty()) {
                changes.add(Messages.get("qpv.updated", row.nom, row.code, String.join(" ; ", what)));
            }
        }
        return new Plan(model, rows, changes);
    }

    /** @return the communes of a cell: codes separated by commas, semicolons, slashes or blanks, or names */
    private static List<String> tokens(String cell) {
        String text = Objects.requireNonNullElse(cell, "").strip();
        if (text.isEmpty()) {
            return List.of();
        }
        String separators = CODES_ONLY.matcher(text).matches() ? "[\\s,;/]+" : "\\s*[,;/]\\s*";
        List<String> tokens = new ArrayList<>();
        for (String token : text.split(separators)) {
            if (!token.isBlank()) {
                tokens.add(token.strip());
            }
        }
        return tokens;
    }

    /** Names compared without case, accents, hyphens or apostrophes ("Val de Reuil" is "Val-de-Reuil"). */
    static String key(String name) {
        String s = Normalizer.normalize(Objects.requireNonNullElse(name, ""), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        return s.replaceAll("[^a-z0-9]+", " ").strip();
    }
}
