/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.territory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A département as the reference list names it, without its communes: what a user picks when creating a roadmap.
 * <p>
 * {@link #all()} reads the list shipped with this bundle (the 101 départements of INSEE's Code officiel
 * géographique 2026, through {@code @etalab/decoupage-administratif} 6.0.0), so that a roadmap can be created
 * without the territory data at hand. A test compares the list with the package.
 *
 * @param code the INSEE code, e.g. {@code 27}, {@code 2A}, {@code 971}
 * @param nom the name, e.g. {@code Eure}
 * @param regionCode the INSEE code of its région, e.g. {@code 28}
 * @param regionNom the name of its région, e.g. {@code Normandie}
 */
public record DepartementInfo(String code, String nom, String regionCode, String regionNom) {

    private static final String LIST = "internal/departements.tsv";
    private static final int COLUMNS = 4;
    private static List<DepartementInfo> all;

    /** @return every département of the shipped list, in the order of their codes */
    public static synchronized List<DepartementInfo> all() {
        if (all == null) {
            all = read();
        }
        return all;
    }

    /**
     * @param code a département code; case and surrounding blanks do not matter, {@code 1} is {@code 01}
     * @return the département of the shipped list with that code
     */
    public static Optional<DepartementInfo> find(String code) {
        String wanted = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        String padded = wanted.length() == 1 ? "0" + wanted : wanted;
        return all().stream().filter(d -> d.code.equals(padded)).findFirst();
    }

    /** @return {@code "27 - Eure"}, as lists show it */
    public String label() {
        return code + " - " + nom;
    }

    private static List<DepartementInfo> read() {
        List<DepartementInfo> list = new ArrayList<>();
        try (InputStream in = DepartementInfo.class.getResourceAsStream(LIST)) {
            if (in == null) {
                throw new IOException("missing resource " + LIST);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                if (cells.length != COLUMNS) {
                    throw new IOException(LIST + ": malformed line " + line);
                }
                list.add(new DepartementInfo(cells[0], cells[1], cells[2], cells[3]));
            }
        } catch (IOException e) {
            // The list is part of the bundle: without it the build is broken, not the user's data.
            throw new UncheckedIOException(e);
        }
        return List.copyOf(list);
    }
}
