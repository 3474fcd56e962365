/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.territory;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The territory data shipped with Maillage: INSEE's Code officiel géographique (régions, départements, communes
 * actuelles with their populations légales) and the DGCL's EPCI with their members, from the npm package
 * {@code @etalab/decoupage-administratif}, converted at build time into the bundle's {@code territory/} folder
 * (see docs/territory-data.md). {@link TerritoryImport} uses them when it is given no data folder.
 */
public final class TerritoryData {

    /** Where the build puts the data in this bundle (the internal reader reads {@code cog.tsv.gz} there). */
    public static final String FOLDER = "/territory/";

    private static Source source;

    private TerritoryData() {
    }

    /**
     * Where the shipped data come from, for the About dialog and the documentation.
     *
     * @param name the npm package, {@code @etalab/decoupage-administratif}
     * @param version the package version, e.g. {@code 6.0.0}
     * @param millesime the year of the data (the COG's vintage), e.g. {@code 2026}
     * @param producers who produce the data (INSEE, DGCL), in French
     * @param licence the licence of the data, {@code Licence Ouverte / Open Licence 2.0}
     * @param licenceUrl the licence's text
     * @param url the package's page for this version
     * @param repository the package's source repository
     */
    public record Source(String name, String version, String millesime, String producers, String licence,
            String licenceUrl, String url, String repository) {
    }

    /**
     * @return the source of the shipped data
     * @throws IllegalStateException when the bundle was built without them (a broken build)
     */
    public static synchronized Source source() {
        if (source == null) {
            Properties p = new Properties();
            try (InputStream in = TerritoryData.class.getResourceAsStream(FOLDER + "sources.properties")) {
                if (in == null) {
                    throw new IllegalStateException("org.maillage.territory was built without its territory data");
                }
                p.load(in);
            } catch (IOException e) {
                throw new IllegalStateException("cannot read the territory data's sources.properties", e);
            }
            source = new Source(p.getProperty("name"), p.getProperty("version"), p.getProperty("millesime"),
                    p.getProperty("producers"), p.getProperty("licence"), p.getProperty("licenceUrl"),
                    p.getProperty("url"), p.getProperty("repository"));
        }
        return source;
    }
}
