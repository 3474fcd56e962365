/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.app.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Covered cases: in every Maillage bundle, each English (fallback) properties file, messages or plugin texts, has
 * a French twin with exactly the same keys, and no English value reads as French: once the French administrative
 * terms that English texts keep on purpose are set aside (département, région, communauté de communes, CTS
 * plénière...), an English value holds no French accented letter nor a French little word (le, la, les, des, une,
 * pour, avec...). A file without a French twin fails unless listed here with its reason.
 */
class PropertiesLanguagesTest {

    /** English files without a French twin, on purpose. */
    private static final List<String> ENGLISH_ONLY = List.of(
            // French labels of enumeration literals in report rows: reports are French documents (UTF-8 file).
            "org.maillage.report/org/maillage/report/data/labels.properties",
            // Where the built-in territory data come from (package, version, licence): data read by TerritoryData,
            // written by the build, not a text of the interface.
            "org.maillage.territory/territory/sources.properties");

    /** French words of France's administration that English texts keep, as English writers about France do. */
    private static final Pattern KEPT_TERMS = Pattern.compile("(?i)d[ée]partements?(\\(s\\))?|r[ée]gions?(\\(s\\))?"
            + "|communaut[ée] (de communes|d'agglom[ée]ration|urbaine)|m[ée]tropole"
            + "|p[ôo]le (m[ée]tropolitain|de sant[ée])"
            + "|atelier sant[ée] ville|code officiel g[ée]ographique|CTS pl[ée]ni[èe]re|Licence Ouverte");

    private static final Pattern FRENCH_LETTER = Pattern.compile("[éèêëàâçùûîïôœÉÈÀÇ«»]");

    private static final Pattern FRENCH_WORD = Pattern.compile(
            "(?<![\\p{L}'-])(le|la|les|des|une|du|aux|pour|avec|dans|sont|est|aucun|aucune|n'est|d'une|l'|qu')"
                    + "(?![\\p{L}-])");

    @Test
    void twinsHaveTheSameKeysAndEnglishIsEnglish() throws Exception {
        List<String> problems = new ArrayList<>();
        int pairs = 0;
        Bundle self = FrameworkUtil.getBundle(getClass());
        for (Bundle bundle : self.getBundleContext().getBundles()) {
            String name = bundle.getSymbolicName();
            if (!name.startsWith("org.maillage.") || name.endsWith(".tests") || name.startsWith("org.maillage.nl.")) {
                continue;
            }
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (URL url : Collections.list(java.util.Objects.requireNonNullElse(
                    bundle.findEntries("/", "*.properties", true), Collections.emptyEnumeration()))) {
                String path = url.getPath();
                // A bundle run from its folder (not its jar) shows src/ and target/classes/ copies: read one.
                // META-INF holds Maven's pom.properties, not texts.
                String canonical = path.replaceFirst("^/(target/classes|src)/", "/");
                if (path.contains("_fr.") || path.endsWith("build.properties") || !seen.add(canonical)
                        || canonical.startsWith("/target/") || canonical.startsWith("/META-INF/")) {
                    continue;
                }
                String where = name + canonical;
                URL french = bundle.getEntry(path.replace(".properties", "_fr.properties"));
                if (french == null) {
                    if (!ENGLISH_ONLY.contains(where)) {
                        problems.add(where + ": no French twin");
                    }
                    continue;
                }
                pairs++;
                Properties english = load(url);
                Properties frenchTexts = load(french);
                TreeSet<String> onlyEnglish = new TreeSet<>(english.stringPropertyNames());
                onlyEnglish.removeAll(frenchTexts.stringPropertyNames());
                TreeSet<String> onlyFrench = new TreeSet<>(frenchTexts.stringPropertyNames());
                onlyFrench.removeAll(english.stringPropertyNames());
                if (!onlyEnglish.isEmpty()) {
                    problems.add(where + ": not in French: " + onlyEnglish);
                }
                if (!onlyFrench.isEmpty()) {
                    problems.add(where + ": not in English: " + onlyFrench);
                }
                for (String key : english.stringPropertyNames()) {
                    String value = KEPT_TERMS.matcher(english.getProperty(key)).replaceAll("");
                    if (FRENCH_LETTER.matcher(value).find() || FRENCH_WORD.matcher(value).find()) {
                        problems.add(where + ": French in English: " + key + "=" + english.getProperty(key));
                    }
                }
            }
        }
        assertTrue(pairs > 20, "pairs found: " + pairs + " (platform " + Platform.getNL() + ")");
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private static Properties load(URL url) throws Exception {
        Properties properties = new Properties();
        // UTF-8 reads the ISO-8859-1 plugin files too: they hold only ASCII and \\u escapes.
        try (InputStream in = url.openStream()) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
