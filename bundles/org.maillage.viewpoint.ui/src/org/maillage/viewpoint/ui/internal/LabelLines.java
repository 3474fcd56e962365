/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.ui.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Label wrapping as the engine measured it: the refresh sized each node for labels cut at
 * {@value #MAX_LINE_CHARS} characters (at spaces when possible), and the SVG renderer draws those lines. The
 * engine's helper is internal to its bundle, so the rule is restated here; the canvas must break lines at the same
 * places or the text would not fit the boxes.
 */
final class LabelLines {

    /** Longest line, in characters, as the engine wraps. */
    static final int MAX_LINE_CHARS = 28;
    /** Inner margin of a node around its label, as the engine measures. */
    static final double PADDING = 8;

    private LabelLines() {
    }

    static List<String> of(String label) {
        List<String> lines = new ArrayList<>();
        if (label == null || label.isEmpty()) {
            return lines;
        }
        for (String paragraph : label.split("\n")) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String rest = word;
                if (line.length() > 0 && line.length() + 1 + rest.length() > MAX_LINE_CHARS) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                for (; rest.length() > MAX_LINE_CHARS; rest = rest.substring(MAX_LINE_CHARS)) {
                    lines.add(rest.substring(0, MAX_LINE_CHARS));
                }
                line.append(line.length() > 0 ? " " : "").append(rest);
            }
            if (line.length() > 0) {
                lines.add(line.toString());
            }
        }
        return lines;
    }

    /** @return the height of one line at a font size, as the engine measures */
    static double lineHeight(double fontSize) {
        return Math.ceil(fontSize * 1.3);
    }
}
