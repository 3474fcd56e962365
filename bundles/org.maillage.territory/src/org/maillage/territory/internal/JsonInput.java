/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.territory.internal;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.maillage.core.persistence.IoProblems;
import org.maillage.territory.ImportLimits;
import org.maillage.territory.TerritoryImportException;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;

/**
 * Streams one JSON file of the data package with Gson's {@link JsonReader}: the files are read record by record,
 * never as a tree, within {@link ImportLimits}. Every refusal is a {@link TerritoryImportException} naming the
 * file and the JSON path of the value.
 * <p>
 * Records are read against a small schema (field name to {@link Kind}): known fields must have their type, unknown
 * fields are skipped, because the package adds fields from one vintage to the next (e.g. {@code anciensCodes})
 * and that must not break an import.
 */
final class JsonInput implements Closeable {

    /** The JSON type expected for a field. */
    enum Kind {
        /** A string, or null. */
        STRING,
        /** A non-negative whole number that fits an {@code int}, or null. */
        COUNT,
        /** An array of objects each holding a string {@code code} (EPCI members); read as a list of codes. */
        CODES
    }

    /** Reads a part of the file; may throw the reader's exceptions, which {@link #read} translates. */
    @FunctionalInterface
    interface Body {
        void read() throws IOException, TerritoryImportException;
    }

    /** Receives one record of an array of objects, with the JSON path of the record. */
    @FunctionalInterface
    interface RecordHandler {
        void accept(Map<String, Object> record, String path) throws TerritoryImportException;
    }

    private final Path file;
    private final ImportLimits limits;
    private final JsonReader reader;

    private JsonInput(Path file, ImportLimits limits, JsonReader reader) {
        this.file = file;
        this.limits = limits;
        this.reader = reader;
    }

    /**
     * @param file a JSON file
     * @param limits the bounds to enforce
     * @return the open input
     * @throws TerritoryImportException when the file is missing, unreadable or too large
     */
    static JsonInput open(Path file, ImportLimits limits) throws TerritoryImportException {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new TerritoryImportException(file, Messages.get("file.missing", file), null);
        }
        try {
            long size = Files.size(file);
            if (size > limits.maxFileBytes()) {
                throw new TerritoryImportException(file,
                        Messages.get("file.tooLarge", file, size, limits.maxFileBytes()), null);
            }
            // A strict reader: no comments, no unquoted names, no trailing data; a decoding error is reported.
            JsonReader reader = new JsonReader(Files.newBufferedReader(file, StandardCharsets.UTF_8));
            reader.setStrictness(Strictness.STRICT);
            reader.setNestingLimit(limits.maxNesting());
            return new JsonInput(file, limits, reader);
        } catch (IOException e) {
            throw new TerritoryImportException(file, Messages.get("file.unreadable", file, IoProblems.reason(e)), e);
        }
    }

    /** @return the file being read */
    Path file() {
        return file;
    }

    /**
     * Runs {@code body} and translates what the reader throws into a message naming the file and JSON path.
     */
    void read(Body body) throws TerritoryImportException {
        try {
            body.read();
        } catch (CharacterCodingException e) {
            throw new TerritoryImportException(file, Messages.get("json.encoding", file, reader.getPath()), e);
        } catch (IOException | IllegalStateException | NumberFormatException e) {
            throw new TerritoryImportException(file,
                    Messages.get("json.malformed", file, reader.getPath(), describe(e)), e);
        }
    }

    /** Gson's phrases, most specific first, and the key of their French wording. */
    private static final String[][] GSON_PHRASES = {
        { "Unterminated array", "json.syntax.unterminatedArray" },
        { "Unterminated object", "json.syntax.unterminatedObject" },
        { "Unterminated string", "json.syntax.unterminatedString" },
        { "Unterminated escape", "json.syntax.badEscape" },
        { "Invalid escape", "json.syntax.badEscape" },
        { "Expected ':'", "json.syntax.expectedColon" },
        { "Expected name", "json.syntax.expectedName" },
        { "Expected value", "json.syntax.expectedValue" },
        { "End of input", "json.syntax.endOfInput" },
        { "Nesting limit", "json.syntax.nesting" },
        { "setStrictness", "json.syntax.notStrict" },
        { "Expected ", "json.syntax.wrongType" },
    };

    private static final Pattern LINE_COLUMN = Pattern.compile("at line (\\d+) column (\\d+)");

    /**
     * Gson's messages are English and end with advice for programmers (lenient parsing, a troubleshooting URL):
     * say the problem in the user's language, with the line and column, and nothing else.
     */
    static String describe(Exception e) {
        if (e instanceof NumberFormatException) {
            return Messages.get("json.syntax.number");
        }
        String text = String.valueOf(e.getMessage());
        if (e instanceof IOException && !(e instanceof java.io.EOFException) && !(e instanceof MalformedJsonException)
                && !text.contains(" column ")) {
            return IoProblems.reason(e);
        }
        String what = Messages.get("json.syntax.other");
        for (String[] phrase : GSON_PHRASES) {
            if (text.contains(phrase[0])) {
                what = Messages.get(phrase[1]);
                break;
            }
        }
        Matcher at = LINE_COLUMN.matcher(text);
        return at.find() ? Messages.get("json.syntax.at", what, at.group(1), at.group(2)) : what;
    }

    /**
     * Reads a document that is one array of objects, handing each object (its known fields) to {@code handler}.
     *
     * @param schema the known fields and their kinds
     * @param handler receives each record
     */
    void forEachRecord(Map<String, Kind> schema, RecordHandler handler) throws TerritoryImportException {
        read(() -> {
            expect(JsonToken.BEGIN_ARRAY, "json.expectedArray");
            reader.beginArray();
            int count = 0;
            while (reader.hasNext()) {
                if (++count > limits.maxRecords()) {
                    throw invalid(reader.getPath(), "json.tooManyRecords", limits.maxRecords());
                }
                String path = reader.getPath();
                handler.accept(readObject(schema), path);
            }
            reader.endArray();
            expect(JsonToken.END_DOCUMENT, "json.trailingData");
        });
    }

    /**
     * Reads a document that is one object, keeping its known fields.
     *
     * @param schema the known fields and their kinds
     * @return the known fields present, by name
     */
    Map<String, Object> readDocumentObject(Map<String, Kind> schema) throws TerritoryImportException {
        List<Map<String, Object>> holder = new ArrayList<>(1);
        read(() -> {
            holder.add(readObject(schema));
            expect(JsonToken.END_DOCUMENT, "json.trailingData");
        });
        return holder.get(0);
    }

    /**
     * @param path the JSON path of the value or record at fault
     * @param key the message key of the problem (its arguments follow the file and the path)
     * @param args the problem's arguments
     * @return an exception whose message names the file and path
     */
    TerritoryImportException invalid(String path, String key, Object... args) {
        String problem = Messages.get(key, args);
        return new TerritoryImportException(file, Messages.get("json.invalid", file, path, problem), null);
    }

    private Map<String, Object> readObject(Map<String, Kind> schema) throws IOException, TerritoryImportException {
        expect(JsonToken.BEGIN_OBJECT, "json.expectedObject");
        Map<String, Object> values = new HashMap<>();
        reader.beginObject();
        while (reader.hasNext()) {
            String name = reader.nextName();
            Kind kind = schema.get(name);
            if (kind == null) {
                reader.skipValue();
            } else if (reader.peek() == JsonToken.NULL) {
                reader.nextNull();
            } else {
                values.put(name, readValue(kind));
            }
        }
        reader.endObject();
        return values;
    }

    private Object readValue(Kind kind) throws IOException, TerritoryImportException {
        switch (kind) {
            case STRING:
                return string();
            case COUNT:
                expect(JsonToken.NUMBER, "json.expectedNumber");
                String path = reader.getPath();
                long value = reader.nextLong();
                if (value < 0 || value > Integer.MAX_VALUE) {
                    throw invalid(path, "json.badCount", value);
                }
                return (int) value;
            case CODES:
                expect(JsonToken.BEGIN_ARRAY, "json.expectedArray");
                List<String> codes = new ArrayList<>();
                reader.beginArray();
                while (reader.hasNext()) {
                    if (codes.size() >= limits.maxRecords()) {
                        throw invalid(reader.getPath(), "json.tooManyRecords", limits.maxRecords());
                    }
                    String memberPath = reader.getPath();
                    Object code = readObject(Map.of("code", Kind.STRING)).get("code");
                    if (code == null) {
                        throw invalid(memberPath, "json.missingField", "code");
                    }
                    codes.add((String) code);
                }
                reader.endArray();
                return codes;
            default:
                throw new IllegalStateException(kind.name());
        }
    }

    private String string() throws IOException, TerritoryImportException {
        expect(JsonToken.STRING, "json.expectedString");
        String path = reader.getPath();
        String value = reader.nextString();
        if (value.length() > limits.maxStringLength()) {
            throw invalid(path, "json.stringTooLong", value.length(), limits.maxStringLength());
        }
        return value;
    }

    private void expect(JsonToken expected, String key) throws IOException, TerritoryImportException {
        JsonToken found = reader.peek();
        if (found != expected) {
            throw invalid(reader.getPath(), key, found);
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
