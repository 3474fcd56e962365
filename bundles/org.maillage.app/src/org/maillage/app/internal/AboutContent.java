/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.app.internal;

import java.text.ParseException;
import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.List;

import org.eclipse.core.runtime.IProduct;
import org.eclipse.core.runtime.Platform;
import org.maillage.territory.TerritoryData;
import org.osgi.framework.Version;

/**
 * What Aide > À propos de Maillage says, in the user's language: the product's name and version (from the bundle
 * that defines the product, so a build never shows a stale number), Maillage's licence, the main third-party
 * components with their licences, and where the reference data comes from. Kept apart from the dialog so that a
 * test reads it without opening a window.
 */
final class AboutContent {

    private AboutContent() {
    }

    /** @return "Maillage", the product's name */
    static String productName() {
        IProduct product = Platform.getProduct();
        return product == null || product.getName() == null ? "Maillage" : product.getName();
    }

    /** @return "0.1.0 (20261206-1234)": the version of the bundle defining the product, its build as qualifier */
    static String version() {
        IProduct product = Platform.getProduct();
        Version version = product == null || product.getDefiningBundle() == null
                ? org.osgi.framework.FrameworkUtil.getBundle(AboutContent.class).getVersion()
                : product.getDefiningBundle().getVersion();
        String number = version.getMajor() + "." + version.getMinor() + "." + version.getMicro();
        String build = version.getQualifier();
        if (build.isEmpty() || build.equals("qualifier")) {
            return number;
        }
        try {
            // Tycho's qualifier is the build's time, yyyyMMddHHmm: shown as a date the user reads.
            Date built = new SimpleDateFormat("yyyyMMddHHmm").parse(build);
            return Messages.get("about.versionBuilt", number, built);
        } catch (ParseException e) {
            return Messages.get("about.versionBuild", number, build);
        }
    }

    /** @return the section headings of {@link #text()}, for the dialog to set them in bold */
    static List<String> headings() {
        return List.of(Messages.get("about.licence.heading"), Messages.get("about.thirdParty.heading"),
                Messages.get("about.data.heading"));
    }

    /** @return the dialog's text below the product's name: version, description, licence, components, data */
    static String text() {
        return String.join("\n",
                Messages.get("about.version", version()),
                Messages.get("about.description"),
                "",
                Messages.get("about.licence.heading"),
                Messages.get("about.licence"),
                "",
                Messages.get("about.thirdParty.heading"),
                Messages.get("about.thirdParty"),
                "",
                Messages.get("about.data.heading"),
                territoryData());
    }

    /**
     * The source, millésime and licence of the built-in territory data, read from what the build actually packed
     * (TerritoryData), so that the dialog names the millésime shipped and not the one a message once said.
     */
    static String territoryData() {
        try {
            TerritoryData.Source source = TerritoryData.source();
            return Messages.get("about.data.territory", source.name(), source.version(), source.millesime(),
                    source.licence(), source.licenceUrl());
        } catch (IllegalStateException brokenBuild) {
            return Messages.get("about.data.territoryMissing");
        }
    }
}
