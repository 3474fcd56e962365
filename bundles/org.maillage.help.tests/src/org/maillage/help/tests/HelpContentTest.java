/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.help.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.core.runtime.Platform;
import org.eclipse.help.HelpSystem;
import org.eclipse.help.IContext;
import org.junit.jupiter.api.Test;
import org.maillage.edit.ui.HelpContexts;
import org.maillage.help.ui.internal.HelpPage;
import org.maillage.help.ui.internal.HelpTopics;
import org.maillage.help.ui.internal.HelpTopics.Topic;
import org.osgi.framework.Bundle;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Covered cases: every topic of the French and English tables of contents and every topic of the French and English
 * contexts names a page that exists (for English, under nl/en/ or else the French page); every page's pictures,
 * style sheet and links to other pages exist; the French and English contexts have the same ids; every context id
 * of {@link HelpContexts} and every "org.maillage.help.*" id written in the code exists in contexts.xml; the views,
 * editors and wizards of the issue set a context id; the help system, in French, finds the guide with its French
 * label and a context with its French description and page; the search ignores accents and case; a page reads as
 * headings, paragraphs, list items and pictures.
 */
class HelpContentTest {

    private static final String GUIDE = "org.maillage.help";
    private static final Pattern REFERENCE = Pattern.compile("(?:src|href)=\"([^\"]+)\"");
    private static final Path BUNDLES = Path.of("..").toAbsolutePath().normalize();

    private static Bundle guide() {
        Bundle bundle = Platform.getBundle(GUIDE);
        assertNotNull(bundle, "the guide's bundle is installed");
        return bundle;
    }

    private static List<Element> elements(String file, String tag) throws Exception {
        URL url = guide().getEntry(file);
        assertNotNull(url, file + " exists");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try (InputStream in = url.openStream()) {
            NodeList nodes = factory.newDocumentBuilder().parse(in).getElementsByTagName(tag);
            List<Element> list = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                list.add((Element) nodes.item(i));
            }
            return list;
        }
    }

    /** @return the page's path in the bundle for this language folder ("" or "nl/en/"), falling back to French */
    private static String page(String nl, String href) {
        String plain = HelpTopics.stripAnchor(href);
        if (!nl.isEmpty() && guide().getEntry(nl + plain) != null) {
            return nl + plain;
        }
        return plain;
    }

    private static Set<String> tocPages(String nl) throws Exception {
        Set<String> pages = new LinkedHashSet<>();
        String root = elements(nl + "toc.xml", "toc").get(0).getAttribute("topic");
        pages.add(page(nl, root));
        for (Element topic : elements(nl + "toc.xml", "topic")) {
            assertFalse(topic.getAttribute("label").isBlank(), "a label for " + topic.getAttribute("href"));
            pages.add(page(nl, topic.getAttribute("href")));
        }
        return pages;
    }

    @Test
    void everyTopicOfTheTablesOfContentsAndContextsHasItsPage() throws Exception {
        for (String nl : List.of("", "nl/en/")) {
            Set<String> pages = tocPages(nl);
            for (Element context : elements(nl + "contexts.xml", "context")) {
                List<Element> topics = new ArrayList<>();
                NodeList nodes = context.getElementsByTagName("topic");
                for (int i = 0; i < nodes.getLength(); i++) {
                    topics.add((Element) nodes.item(i));
                }
                assertFalse(topics.isEmpty(), "context " + context.getAttribute("id") + " names a page");
                for (Element topic : topics) {
                    pages.add(page(nl, topic.getAttribute("href")));
                }
            }
            for (String page : pages) {
                assertNotNull(guide().getEntry(page), nl + ": the page " + page + " exists");
            }
        }
    }

    @Test
    void everyPictureAndLinkOfEveryPageExists() throws Exception {
        List<String> missing = new ArrayList<>();
        int pictures = 0;
        for (String nl : List.of("", "nl/en/")) {
            for (String page : tocPages(nl)) {
                String html = read(guide().getEntry(page));
                String folder = page.substring(0, page.lastIndexOf('/') + 1);
                Matcher matcher = REFERENCE.matcher(html);
                while (matcher.find()) {
                    String target = matcher.group(1);
                    if (target.startsWith("#") || target.contains("://")) {
                        continue;
                    }
                    String path = Path.of(folder + HelpTopics.stripAnchor(target)).normalize().toString()
                            .replace('\\', '/');
                    pictures += target.endsWith(".png") ? 1 : 0;
                    if (guide().getEntry(path) == null) {
                        missing.add(page + " -> " + target);
                    }
                }
            }
        }
        assertEquals(List.of(), missing, "pictures (copied from docs/screenshots by the build) and links");
        assertTrue(pictures >= 8, "the pages show the screenshots: " + pictures);
    }

    @Test
    void frenchAndEnglishContextsHaveTheSameIds() throws Exception {
        assertEquals(contextIds(""), contextIds("nl/en/"));
    }

    private static Set<String> contextIds(String nl) throws Exception {
        Set<String> ids = new TreeSet<>();
        for (Element context : elements(nl + "contexts.xml", "context")) {
            ids.add(GUIDE + "." + context.getAttribute("id"));
        }
        return ids;
    }

    @Test
    void everyContextIdOfTheCodeExistsInContextsXml() throws Exception {
        Set<String> defined = contextIds("");
        Set<String> constants = new TreeSet<>();
        for (Field field : HelpContexts.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                constants.add((String) field.get(null));
            }
        }
        assertTrue(constants.size() >= 11, constants.toString());
        // Ids written as literals in the code (should a bundle not see HelpContexts), in every bundle's sources.
        Set<String> literals = new TreeSet<>();
        Pattern literal = Pattern.compile("\"(org\\.maillage\\.help\\.[a-z_]+)\"");
        for (Path source : sources()) {
            Matcher matcher = literal.matcher(Files.readString(source, StandardCharsets.UTF_8));
            while (matcher.find()) {
                literals.add(matcher.group(1));
            }
        }
        for (String id : union(constants, literals)) {
            assertTrue(defined.contains(id), id + " is in contexts.xml " + defined);
            IContext context = HelpSystem.getContext(id);
            assertNotNull(context, "the help system finds " + id);
            assertTrue(context.getRelatedTopics().length > 0, id + " names a page");
        }
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(BUNDLES)) {
            return files.filter(f -> f.toString().endsWith(".java") && f.toString().contains("/src/")
                    && !f.toString().contains("/target/") && !f.toString().contains(".tests/")).toList();
        }
    }

    @Test
    void theMainViewsEditorsAndWizardsSetAContextId() throws IOException {
        List<String> classes = List.of("RoadmapView", "HomeView", "ProblemsView", "ChangesView",
                "RepresentationsView", "RoadmapEditor", "DiagramEditor", "TableEditor", "NewRoadmapPage",
                "NewSeanceDialog", "GenerateReportPage");
        List<Path> sources = sources();
        for (String name : classes) {
            Path source = sources.stream().filter(p -> p.getFileName().toString().equals(name + ".java"))
                    .findFirst().orElseThrow(() -> new AssertionError("no source " + name));
            String text = Files.readString(source, StandardCharsets.UTF_8);
            assertTrue(text.contains("HelpContexts.set(") || text.contains(".setHelp("), name + " sets its help");
        }
    }

    @Test
    void theHelpSystemHoldsTheFrenchGuide() {
        List<Topic> books = HelpTopics.books();
        Topic book = books.stream().filter(b -> b.label().equals("Guide de l'utilisateur de Maillage")).findFirst()
                .orElseThrow(() -> new AssertionError("no French guide in " + books));
        assertEquals("/org.maillage.help/html/index.html", book.href());
        List<String> labels = book.children().stream().map(Topic::label).toList();
        assertTrue(labels.containsAll(List.of("Créer une feuille de route", "Préparer une séance du CTS",
                "Diagrammes et tableaux", "Rapports", "Importer et exporter")), labels.toString());
        for (Topic topic : HelpTopics.flatten(books)) {
            assertNotNull(HelpTopics.find(topic.href()), "the help system's href " + topic.href() + " resolves");
        }

        IContext explorer = HelpSystem.getContext(HelpContexts.EXPLORER);
        assertTrue(explorer.getText().contains("explorateur"), explorer.getText());
        assertEquals("/org.maillage.help/html/explorateur.html", explorer.getRelatedTopics()[0].getHref());
    }

    @Test
    void theSearchIgnoresAccentsAndCase() {
        List<Topic> books = HelpTopics.books();
        List<String> found = HelpTopics.search(books, "SEANCE figer").stream().map(Topic::href).toList();
        assertTrue(found.contains("/org.maillage.help/html/seance-cts.html"), found.toString());
        // One result per page, named by its own topic rather than by the book it opens.
        assertEquals(List.of("Présentation de Maillage", "Préparer une séance du CTS"),
                HelpTopics.search(books, "seance figer").stream().map(Topic::label).toList());
        assertEquals(List.of(), HelpTopics.search(books, "zzzintrouvable"));
    }

    @Test
    void aPageReadsAsText() throws IOException {
        HelpPage page = HelpPage.parse(read(HelpTopics.find("/org.maillage.help/html/seance-cts.html")));
        assertEquals("Préparer une séance du CTS", page.title());
        assertEquals(new HelpPage.Block(HelpPage.Kind.HEADING, "Préparer une séance du CTS", null),
                page.blocks().get(0));
        assertTrue(page.blocks().contains(new HelpPage.Block(HelpPage.Kind.IMAGE, "La vue Changements",
                "images/changements.png")), page.blocks().toString());
        assertTrue(page.blocks().stream().anyMatch(b -> b.kind() == HelpPage.Kind.PARAGRAPH
                && b.text().startsWith("Rapports > Nouvelle séance...")), page.blocks().toString());
        HelpPage entities = HelpPage.parse("<html><body><ul><li>a &amp; b &#233;t&#xe9;</li></ul></body></html>");
        assertEquals(List.of(new HelpPage.Block(HelpPage.Kind.ITEM, "a & b été", null)), entities.blocks());
    }

    private static String read(URL url) throws IOException {
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
