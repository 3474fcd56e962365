/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.cli.ExitCodes;
import org.maillage.examples.Examples;
import org.maillage.model.ModeleMaillage;
import org.maillage.testsupport.CliRunner;
import org.maillage.viewpoint.DiagramSession;
import org.maillage.viewpoint.ViewpointRegistry;
import org.maillage.viewpoint.ViewpointResources;
import org.maillage.viewpoint.internal.DescriptionLabels;
import org.maillage.viewpoint.model.description.DescriptionFactory;
import org.maillage.viewpoint.model.description.DiagramDescription;
import org.maillage.viewpoint.model.description.Viewpoint;
import org.osgi.framework.Bundle;

/**
 * Covered cases: the labels of the shipped viewpoints are {@code %key}s of org.maillage.viewpoints'
 * plugin.properties, translated once when the registry loads them. Every label, documentation and initial label of
 * every shipped file, and every title expression, is a key (no French text left in the files). In English each key
 * resolves (no {@code %} left, no registry problem) to a text that does not read as French (the heuristic of the
 * properties languages test: no French accented letter nor French little word once the administrative terms English
 * keeps are removed), string literals of expressions included. In French each key resolves to exactly the text the
 * file held before it became a key (shipped-labels-fr.txt, taken from the files then). The run's default locale
 * (the one {@code -nl} sets) chooses the language of {@code fromExtensions()}, e.g. the title of a drawn diagram.
 * {@code maillage diagram --list} names the diagrams and tables in English under an English locale, in French
 * under a French one. The mechanism itself: {@code %key} found, {@code %key default} falls back to the default, an unknown key stays
 * and is reported, {@code %%} gives a plain {@code %}, "% de" and a text without {@code %} are kept.
 */
class ShippedLabelsTest {

    private static final String SHIPPED = "org.maillage.viewpoints";
    /** Attributes that must be keys in the shipped files: what users read as names and explanations. */
    private static final Set<String> ALWAYS_KEYS = Set.of("label", "documentation", "initialLabel", "titleExpression");

    /** French words of France's administration that English texts keep, as English writers about France do. */
    private static final Pattern KEPT_TERMS = Pattern.compile("(?i)d[ée]partements?(\\(s\\))?|r[ée]gions?(\\(s\\))?"
            + "|communaut[ée] (de communes|d'agglom[ée]ration|urbaine)|m[ée]tropole"
            + "|p[ôo]le (m[ée]tropolitain|de sant[ée])"
            + "|atelier sant[ée] ville|code officiel g[ée]ographique|CTS pl[ée]ni[èe]re|Licence Ouverte");
    private static final Pattern FRENCH_LETTER = Pattern.compile("[éèêëàâçùûîïôœÉÈÀÇ«»]");
    private static final Pattern FRENCH_WORD = Pattern.compile(
            "(?<![\\p{L}'-])(le|la|les|des|une|du|aux|pour|avec|dans|sont|est|aucun|aucune|n'est|d'une|l'|qu')"
                    + "(?![\\p{L}-])");
    private static final Pattern LITERAL = Pattern.compile("'([^']*)'");

    @Test
    void everyShippedLabelIsAKey() throws Exception {
        List<String> plain = new ArrayList<>();
        for (Viewpoint raw : rawShipped().values()) {
            eachText(raw, (object, attribute, text) -> {
                if (ALWAYS_KEYS.contains(attribute.getName()) && !text.startsWith("%")) {
                    plain.add(raw.getId() + " " + object.eClass().getName() + "." + attribute.getName() + "=" + text);
                }
            });
        }
        assertEquals(List.of(), plain);
    }

    @Test
    void inEnglishEveryKeyResolvesToEnglish() throws Exception {
        ViewpointRegistry english = ViewpointRegistry.fromExtensions(Platform.getExtensionRegistry(), Locale.ENGLISH);
        assertEquals(List.of(), english.problems());
        List<String> problems = new ArrayList<>();
        int[] keys = {0};
        compare(english, (key, object, attribute, text) -> {
            keys[0]++;
            if (text.startsWith("%")) {
                problems.add(key + " unresolved: " + text);
            }
        });
        assertEquals(frenchSnapshot().size(), keys[0]);
        for (Viewpoint viewpoint : shipped(english)) {
            eachText(viewpoint, (object, attribute, text) -> {
                boolean expression = attribute.getName().endsWith("Expression");
                List<String> texts = new ArrayList<>();
                if (expression) {
                    Matcher literals = LITERAL.matcher(text);
                    while (literals.find()) {
                        texts.add(literals.group(1));
                    }
                } else if (!attribute.getName().equals("id")) {
                    texts.add(text);
                }
                for (String shown : texts) {
                    String value = KEPT_TERMS.matcher(shown).replaceAll("");
                    if (FRENCH_LETTER.matcher(value).find() || FRENCH_WORD.matcher(value).find()) {
                        problems.add(viewpoint.getId() + " " + object.eClass().getName() + "." + attribute.getName()
                                + " reads French: " + text);
                    }
                }
            });
        }
        assertEquals(List.of(), problems);
        assertEquals("Territory map", english.find(Fixtures.TERRITOIRES).orElseThrow().getLabel());
    }

    @Test
    void inFrenchEveryKeyResolvesToTheFormerText() throws Exception {
        ViewpointRegistry french = ViewpointRegistry.fromExtensions(Platform.getExtensionRegistry(), Locale.FRANCE);
        assertEquals(List.of(), french.problems());
        Map<String, String> former = frenchSnapshot();
        Map<String, String> shown = new LinkedHashMap<>();
        compare(french, (key, object, attribute, text) -> shown.put(key, text));
        assertEquals(former, shown);
        assertEquals("Carte des territoires", french.find(Fixtures.TERRITOIRES).orElseThrow().getLabel());
    }

    @Test
    void theRunsLocaleChoosesTheLanguage() {
        Locale before = Locale.getDefault();
        ModeleMaillage eure = Fixtures.eure();
        try {
            Locale.setDefault(Locale.UK);
            DiagramDescription english = ViewpointRegistry.fromExtensions().find(Fixtures.TERRITOIRES).orElseThrow();
            assertEquals("Territory map: " + eure.getNom(),
                    DiagramSession.create(eure, english, false).diagram().getName());
            Locale.setDefault(Locale.FRANCE);
            DiagramDescription french = ViewpointRegistry.fromExtensions().find(Fixtures.TERRITOIRES).orElseThrow();
            assertEquals("Carte des territoires : " + eure.getNom(),
                    DiagramSession.create(eure, french, false).diagram().getName());
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void theCommandLineListsInTheRunsLanguage(@TempDir Path folder) throws Exception {
        Examples.eure().copyTo(folder);
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.UK);
            CliRunner.Result english = CliRunner.run(folder, "diagram", "--list", "eure.maillage");
            assertEquals(ExitCodes.OK, english.code(), english.err());
            for (String name : List.of("Territory map", "Schemes and how they fit together", "Roadmap breakdown",
                    "PRAPS breakdown", "QPV coverage", "Funding")) {
                assertTrue(english.out().contains(name), english.out());
            }
            for (String name : List.of("Carte des territoires", "Articulation des dispositifs", "Financements")) {
                assertFalse(english.out().contains(name), english.out());
            }
            Locale.setDefault(Locale.FRANCE);
            CliRunner.Result french = CliRunner.run(folder, "diagram", "--list", "eure.maillage");
            assertTrue(french.out().contains("Carte des territoires"), french.out());
            assertTrue(french.out().contains("Couverture des QPV"), french.out());
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void keysDefaultsEscapesAndPlainTexts() {
        Viewpoint viewpoint = DescriptionFactory.eINSTANCE.createViewpoint();
        viewpoint.setId("%notTranslated");
        viewpoint.setLabel("%known");
        viewpoint.setDocumentation("%unknown Texte par défaut");
        DiagramDescription a = DescriptionFactory.eINSTANCE.createDiagramDescription();
        a.setLabel("%unknown.too");
        a.setDocumentation("%%known");
        a.setTitleExpression("'% de ' + self.nom");
        DiagramDescription b = DescriptionFactory.eINSTANCE.createDiagramDescription();
        b.setLabel("% de couverture");
        b.setDocumentation("Sans clé");
        viewpoint.getDiagrams().add(a);
        viewpoint.getDiagrams().add(b);

        List<String> missing = DescriptionLabels.localize(viewpoint, key -> key.equals("known") ? "Connu" : null);

        assertEquals(List.of("notTranslated", "unknown.too"), missing);
        assertEquals("Connu", viewpoint.getLabel());
        assertEquals("Texte par défaut", viewpoint.getDocumentation());
        assertEquals("%unknown.too", a.getLabel());
        assertEquals("%known", a.getDocumentation());
        assertEquals("'% de ' + self.nom", a.getTitleExpression());
        assertEquals("% de couverture", b.getLabel());
        assertEquals("Sans clé", b.getDocumentation());
    }

    private interface TextVisitor {
        void visit(EObject object, EAttribute attribute, String text);
    }

    private interface KeyVisitor {
        void visit(String key, EObject object, EAttribute attribute, String translated);
    }

    private static void eachText(EObject root, TextVisitor visitor) {
        List<EObject> objects = new ArrayList<>(List.of(root));
        root.eAllContents().forEachRemaining(objects::add);
        for (EObject object : objects) {
            for (EAttribute attribute : object.eClass().getEAllAttributes()) {
                if (!attribute.isMany() && object.eGet(attribute) instanceof String text) {
                    visitor.visit(object, attribute, text);
                }
            }
        }
    }

    /** Walks each shipped file as written beside its translation in {@code registry}, key by key. */
    private static void compare(ViewpointRegistry registry, KeyVisitor visitor) throws Exception {
        Map<String, Viewpoint> translated = new LinkedHashMap<>();
        for (Viewpoint viewpoint : shipped(registry)) {
            translated.put(viewpoint.getId(), viewpoint);
        }
        for (Viewpoint raw : rawShipped().values()) {
            Viewpoint viewpoint = translated.get(raw.getId());
            assertNotNull(viewpoint, raw.getId());
            List<EObject> rawObjects = new ArrayList<>(List.of(raw));
            raw.eAllContents().forEachRemaining(rawObjects::add);
            Iterator<EObject> others = viewpoint.eAllContents();
            for (EObject rawObject : rawObjects) {
                EObject object = rawObject == raw ? viewpoint : others.next();
                assertEquals(rawObject.eClass(), object.eClass());
                for (EAttribute attribute : rawObject.eClass().getEAllAttributes()) {
                    if (!attribute.isMany() && rawObject.eGet(attribute) instanceof String text
                            && text.startsWith("%")) {
                        visitor.visit(text.substring(1), object, attribute, (String) object.eGet(attribute));
                    }
                }
            }
            assertFalse(others.hasNext());
        }
    }

    private static List<Viewpoint> shipped(ViewpointRegistry registry) {
        return registry.viewpoints().stream().filter(v -> v.getId().startsWith(SHIPPED + '.')).toList();
    }

    /** @return the shipped files as written, keys untranslated, by viewpoint id */
    private static Map<String, Viewpoint> rawShipped() throws Exception {
        Bundle bundle = Platform.getBundle(SHIPPED);
        Map<String, Viewpoint> result = new LinkedHashMap<>();
        for (URL url : Collections.list(bundle.findEntries("viewpoints", "*.viewpoint", false))) {
            try (InputStream in = url.openStream()) {
                Viewpoint raw = ViewpointResources.loadViewpoint(in, url.getPath());
                result.put(raw.getId(), raw);
            }
        }
        assertEquals(6, result.size());
        return result;
    }

    /** @return key -> French text of the files before they held keys ("\n" written \n, "\" written \\) */
    private static Map<String, String> frenchSnapshot() throws Exception {
        Map<String, String> result = new LinkedHashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                ShippedLabelsTest.class.getResourceAsStream("shipped-labels-fr.txt"), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    int tab = line.indexOf('\t');
                    result.put(line.substring(0, tab), unescape(line.substring(tab + 1)));
                }
            }
        }
        assertTrue(result.size() > 150, "snapshot read: " + result.size());
        return result;
    }

    private static String unescape(String text) {
        StringBuilder result = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                result.append(next == 'n' ? '\n' : next);
            } else {
                result.append(c);
            }
        }
        return result.toString();
    }
}
