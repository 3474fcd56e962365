/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.help.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page of the guide read as text: its title and its headings, paragraphs, list items and images in order. The
 * help window shows this when no embedded browser can be made (Linux without WebKitGTK), and the search reads it.
 * The guide's pages are simple, well-formed HTML written for it; this is not a general HTML parser.
 *
 * @param title the page's {@code <title>}
 * @param blocks the content of its {@code <body>}
 */
public record HelpPage(String title, List<Block> blocks) {

    /** What a block is. */
    public enum Kind {
        /** {@code h1} to {@code h4} */
        HEADING,
        /** a paragraph, a table row, a preformatted text */
        PARAGRAPH,
        /** an {@code li} */
        ITEM,
        /** an {@code img}: its alternative text, its {@code src} in {@link Block#source()} */
        IMAGE
    }

    /**
     * @param kind what the block is
     * @param text its text, entities decoded, spaces collapsed
     * @param source the {@code src} of an image, relative to the page; {@code null} otherwise
     */
    public record Block(Kind kind, String text, String source) {
    }

    private static final Pattern TITLE = Pattern.compile("<title>(.*?)</title>", Pattern.DOTALL);
    private static final Pattern BODY = Pattern.compile("<body[^>]*>(.*)</body>", Pattern.DOTALL);
    /** The tags that start or end a block; an img is a block of its own. */
    private static final Pattern BLOCK = Pattern.compile(
            "<(/?)(h[1-4]|p|li|tr|pre|div|ul|ol|table|dt|dd)\\b[^>]*>|<img\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)=\"([^\"]*)\"");
    private static final Pattern TAG = Pattern.compile("<[^>]+>");
    private static final Pattern ENTITY = Pattern.compile("&(#x?[0-9a-fA-F]+|[a-z]+);");

    /** @return the page of this HTML */
    public static HelpPage parse(String html) {
        Matcher title = TITLE.matcher(html);
        Matcher body = BODY.matcher(html);
        String content = body.find() ? body.group(1) : html;
        List<Block> blocks = new ArrayList<>();
        Matcher block = BLOCK.matcher(content);
        int start = 0;
        Kind kind = Kind.PARAGRAPH;
        while (block.find()) {
            add(blocks, kind, content.substring(start, block.start()));
            start = block.end();
            if (block.group(3) != null) {
                String alt = attribute(block.group(3), "alt");
                blocks.add(new Block(Kind.IMAGE, alt, attribute(block.group(3), "src")));
                continue;
            }
            String name = block.group(2).toLowerCase();
            boolean closing = !block.group(1).isEmpty();
            if (closing) {
                kind = Kind.PARAGRAPH;
            } else if (name.startsWith("h")) {
                kind = Kind.HEADING;
            } else if (name.equals("li")) {
                kind = Kind.ITEM;
            } else {
                kind = Kind.PARAGRAPH;
            }
        }
        add(blocks, kind, content.substring(start));
        return new HelpPage(title.find() ? text(title.group(1)) : "", blocks);
    }

    private static void add(List<Block> blocks, Kind kind, String html) {
        String text = text(html);
        if (!text.isEmpty()) {
            blocks.add(new Block(kind, text, null));
        }
    }

    private static String attribute(String attributes, String name) {
        Matcher matcher = ATTRIBUTE.matcher(attributes);
        while (matcher.find()) {
            if (matcher.group(1).equalsIgnoreCase(name)) {
                return decode(matcher.group(2));
            }
        }
        return "";
    }

    private static String text(String html) {
        return decode(TAG.matcher(html).replaceAll("")).replaceAll("\\s+", " ").strip();
    }

    private static String decode(String text) {
        Matcher matcher = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String entity = matcher.group(1);
            String replacement = switch (entity) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                case "nbsp" -> "\u00a0";
                default -> entity.startsWith("#") ? codePoint(entity) : matcher.group();
            };
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String codePoint(String entity) {
        boolean hex = entity.startsWith("#x");
        int value = Integer.parseInt(entity.substring(hex ? 2 : 1), hex ? 16 : 10);
        return new String(Character.toChars(value));
    }

    /** @return the whole text of the page, blocks separated by new lines, for the search */
    public String text() {
        StringBuilder out = new StringBuilder(title);
        for (Block block : blocks) {
            out.append('\n').append(block.text());
        }
        return out.toString();
    }
}
