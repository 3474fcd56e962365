/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.help.ui.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.Platform;
import org.eclipse.help.HelpSystem;
import org.eclipse.help.ITopic;
import org.eclipse.help.IToc;
import org.osgi.framework.Bundle;

/**
 * The user guide as the Eclipse help system holds it (the {@code org.eclipse.help.toc} contributions, in the user's
 * language), and the pages behind its hrefs. Headless: no SWT, so that the tests check the guide without a window.
 */
public final class HelpTopics {

    /**
     * One entry of the table of contents.
     *
     * @param label the label in the user's language
     * @param href the help system's href, {@code /bundle/path[#anchor]}, or {@code null} for a plain heading
     * @param children the sub-topics, in toc order
     */
    public record Topic(String label, String href, List<Topic> children) {
    }

    private HelpTopics() {
    }

    /** @return every book of the help system (Maillage's user guide, and any plug-in's), in the user's language */
    public static List<Topic> books() {
        List<Topic> books = new ArrayList<>();
        for (IToc toc : HelpSystem.getTocs()) {
            ITopic own = toc.getTopic(null);
            books.add(new Topic(toc.getLabel(), own == null ? null : own.getHref(), topics(toc.getTopics())));
        }
        return books;
    }

    private static List<Topic> topics(ITopic[] topics) {
        List<Topic> list = new ArrayList<>();
        for (ITopic topic : topics) {
            list.add(new Topic(topic.getLabel(), topic.getHref(), topics(topic.getSubtopics())));
        }
        return list;
    }

    /** @return the topics of these books and their sub-topics, depth first (the books' own pages first) */
    public static List<Topic> flatten(List<Topic> topics) {
        List<Topic> all = new ArrayList<>();
        for (Topic topic : topics) {
            all.add(topic);
            all.addAll(flatten(topic.children()));
        }
        return all;
    }

    /**
     * Finds the page of an href in the user's language: {@code nl/<language>/path} when the bundle has it, else
     * the page at {@code path} (French, the guide's own language).
     *
     * @param href {@code /bundle/path}, optionally with {@code #anchor} or {@code ?query}
     * @return the page's URL inside its bundle, without the anchor, or {@code null} when there is no such page
     */
    public static URL find(String href) {
        if (href == null || !href.startsWith("/")) {
            return null;
        }
        String plain = stripAnchor(href);
        int slash = plain.indexOf('/', 1);
        if (slash < 0) {
            return null;
        }
        Bundle bundle = Platform.getBundle(plain.substring(1, slash));
        if (bundle == null) {
            return null;
        }
        return FileLocator.find(bundle, IPath.fromOSString("$nl$/" + plain.substring(slash + 1)), null);
    }

    /**
     * @return the href without its {@code #anchor} and {@code ?query}
     */
    public static String stripAnchor(String href) {
        int end = href.length();
        int hash = href.indexOf('#');
        if (hash >= 0) {
            end = hash;
        }
        int query = href.indexOf('?');
        if (query >= 0 && query < end) {
            end = query;
        }
        return href.substring(0, end);
    }

    /**
     * @return the file URL of the page, which a browser opens with its images and links beside it (the guide's
     *         bundle is installed as a folder), with the href's anchor; {@code null} when there is no such page
     * @throws IOException when the page cannot be made a file
     */
    public static URL fileUrl(String href) throws IOException {
        URL url = find(href);
        if (url == null) {
            return null;
        }
        URL file = FileLocator.toFileURL(url);
        int hash = href.indexOf('#');
        return hash < 0 ? file : url(file.toExternalForm() + href.substring(hash));
    }

    @SuppressWarnings("deprecation") // java.net.URL(String): the string comes from a file URL, already encoded
    private static URL url(String spec) throws IOException {
        return new URL(spec);
    }

    /** @return the page's HTML, read as UTF-8 */
    public static String read(URL page) throws IOException {
        try (InputStream in = page.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** @return the text lower-cased, without accents, so that "mediation" finds "Médiation" */
    public static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    /**
     * @param query words separated by spaces
     * @return the topics whose label or page text holds every word of the query, accents and case ignored, in
     *         toc order; all of them for an empty query
     */
    public static List<Topic> search(List<Topic> books, String query) {
        String[] words = fold(query).trim().split("\\s+");
        // One result per page, named by its most specific topic (the last one, depth first): "Présentation de
        // Maillage" rather than the book, whose first page it is.
        Map<String, Topic> found = new LinkedHashMap<>();
        for (Topic topic : flatten(books)) {
            if (topic.href() == null) {
                continue;
            }
            String text = fold(topic.label() + ' ' + pageText(topic.href()));
            boolean all = true;
            for (String word : words) {
                all &= text.contains(word);
            }
            if (all) {
                found.remove(HelpTopics.stripAnchor(topic.href()));
                found.put(HelpTopics.stripAnchor(topic.href()), topic);
            }
        }
        return new ArrayList<>(found.values());
    }

    private static String pageText(String href) {
        URL url = find(href);
        if (url == null) {
            return "";
        }
        try {
            return HelpPage.parse(read(url)).text();
        } catch (IOException e) {
            return "";
        }
    }
}
