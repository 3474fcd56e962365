/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The id of a figure a report embeds, as a design or a report parameter writes it:
 * <ul>
 * <li>{@code diagram:<viewpointId>/<descriptionId>} with optional layers {@code ?layers=a,b}: a diagram of any
 * installed viewpoint, Maillage's or a plug-in's, e.g. {@code diagram:org.maillage.viewpoints.territoires/territoires
 * ?layers=lacunes};</li>
 * <li>{@code table:<viewpointId>/<descriptionId>}: a table representation (drawn by whichever provider knows tables);
 * </li>
 * <li>a plain name such as {@code articulation}, kept for the figures reports had before.</li>
 * </ul>
 * Ids are data read from a design or typed by a user, never paths: each part is a short run of letters, digits, dots,
 * hyphens and underscores, and anything else is refused by {@link #parse(String)}.
 *
 * @param kind what kind of representation
 * @param name the plain name ({@link Kind#NAMED}), or {@code viewpointId/descriptionId}
 * @param layers the optional layers to show, in order; empty for the description's defaults
 */
public record FigureId(Kind kind, String name, List<String> layers) {

    /** The kinds of figure ids. */
    public enum Kind {
        /** A plain name, e.g. {@code articulation}. */
        NAMED,
        /** {@code diagram:...}. */
        DIAGRAM,
        /** {@code table:...}. */
        TABLE
    }

    /** Longest id accepted, in characters: a design is not a place for megabytes of id. */
    public static final int MAX_LENGTH = 400;

    private static final String PART = "[A-Za-z0-9_][A-Za-z0-9_.\\-]{0,99}";
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_\\-]{0,63}");
    private static final Pattern QUALIFIED = Pattern.compile(PART + "/" + PART);
    private static final Pattern LAYER = Pattern.compile(PART);

    /**
     * @param kind as the record's
     * @param name as the record's
     * @param layers as the record's
     */
    public FigureId {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        layers = List.copyOf(layers);
    }

    /**
     * @param text an id as written in a design or a parameter, e.g. {@code diagram:vp/desc?layers=a,b}
     * @return the id
     * @throws IllegalArgumentException when it is not an id; the message, in French, quotes it and says what is
     *         expected
     */
    public static FigureId parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.length() > MAX_LENGTH || t.contains("..")) {
            throw invalid(text);
        }
        if (NAME.matcher(t).matches()) {
            return new FigureId(Kind.NAMED, t, List.of());
        }
        Kind kind = t.startsWith("diagram:") ? Kind.DIAGRAM : t.startsWith("table:") ? Kind.TABLE : null;
        if (kind == null) {
            throw invalid(text);
        }
        String rest = t.substring(t.indexOf(':') + 1);
        List<String> layers = new ArrayList<>();
        int query = rest.indexOf('?');
        if (query >= 0) {
            String options = rest.substring(query + 1);
            rest = rest.substring(0, query);
            if (kind != Kind.DIAGRAM || !options.startsWith("layers=")) {
                throw invalid(text);
            }
            for (String layer : options.substring("layers=".length()).split(",", -1)) {
                if (!LAYER.matcher(layer.strip()).matches()) {
                    throw invalid(text);
                }
                layers.add(layer.strip());
            }
        }
        if (!QUALIFIED.matcher(rest).matches()) {
            throw invalid(text);
        }
        return new FigureId(kind, rest, layers);
    }

    /**
     * Reads a list of ids, as the {@code diagrammes} parameter of the CTS meeting pack holds it. Ids are separated
     * by commas or semicolons; after {@code ?layers=}, the words that follow up to the next id with a colon (or the
     * next semicolon) are more layers, so {@code diagram:a/b?layers=x,y,diagram:c/d} is two diagrams.
     *
     * @param text the list; blank gives an empty list
     * @return the ids, in order, without duplicates
     * @throws IllegalArgumentException for the first invalid id, as {@link #parse(String)}
     */
    public static List<FigureId> parseList(String text) {
        List<FigureId> ids = new ArrayList<>();
        for (String one : split(text)) {
            FigureId id = parse(one);
            if (!ids.contains(id)) {
                ids.add(id);
            }
        }
        return ids;
    }

    /**
     * Splits a list of ids as {@link #parseList(String)} does, without judging them: a caller that must go on past
     * an invalid id (a report shows a placeholder for it) parses each one.
     *
     * @param text the list; blank gives an empty list
     * @return the ids' texts, in order
     */
    public static List<String> split(String text) {
        List<String> ids = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return ids;
        }
        for (String group : text.split(";")) {
            StringBuilder current = null;
            for (String token : group.split(",")) {
                String word = token.strip();
                if (word.isEmpty()) {
                    continue;
                }
                if (current != null && current.indexOf("?layers=") >= 0 && !word.contains(":")) {
                    current.append(',').append(word);
                    continue;
                }
                if (current != null) {
                    ids.add(current.toString());
                }
                current = new StringBuilder(word);
            }
            if (current != null) {
                ids.add(current.toString());
            }
        }
        return ids;
    }

    /** @return the viewpoint id of a diagram or table; empty for a plain name */
    public String viewpointId() {
        int slash = name.indexOf('/');
        return kind == Kind.NAMED ? "" : name.substring(0, slash);
    }

    /** @return the description id of a diagram or table; the name itself for a plain name */
    public String descriptionId() {
        return kind == Kind.NAMED ? name : name.substring(name.indexOf('/') + 1);
    }

    /** @return the id as {@link #parse(String)} reads it */
    public String text() {
        return switch (kind) {
            case NAMED -> name;
            case DIAGRAM -> "diagram:" + name + (layers.isEmpty() ? "" : "?layers=" + String.join(",", layers));
            case TABLE -> "table:" + name;
        };
    }

    @Override
    public String toString() {
        return text();
    }

    private static IllegalArgumentException invalid(String text) {
        String shown = text == null ? "" : text.length() > 80 ? text.substring(0, 80) + "…" : text;
        return new IllegalArgumentException("Identifiant de figure invalide : « " + shown + " ». Attendu : "
                + "diagram:<point de vue>/<description>, suivi au besoin de ?layers=<calque>,<calque>, "
                + "table:<point de vue>/<description>, ou un nom simple comme articulation.");
    }
}
