/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Objects;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * A figure drawn for a report: its PNG, its size in pixels (so that the report can give a wide figure a landscape
 * page) and its title.
 *
 * @param png the PNG bytes
 * @param width the width in pixels
 * @param height the height in pixels
 * @param title the title shown above the figure, in the user's language
 */
public record ReportFigure(byte[] png, int width, int height, String title) {

    /** A figure wider than this many times its height gets a landscape page. */
    public static final double LANDSCAPE_RATIO = 1.2;

    /**
     * @param png as the record's
     * @param width as the record's
     * @param height as the record's
     * @param title as the record's
     */
    public ReportFigure {
        Objects.requireNonNull(png, "png");
        title = title == null ? "" : title;
    }

    /**
     * @param png a PNG image
     * @param title its title
     * @return the figure, its size read from the PNG's header (0 x 0 when it cannot be read)
     */
    public static ReportFigure of(byte[] png, String title) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(png))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers != null && readers.hasNext()) {
                ImageReader reader = readers.next();
                try {
                    reader.setInput(in);
                    return new ReportFigure(png, reader.getWidth(0), reader.getHeight(0), title);
                } finally {
                    reader.dispose();
                }
            }
        } catch (IOException e) {
            // An unreadable header: the report still embeds the bytes, on a portrait page.
        }
        return new ReportFigure(png, 0, 0, title);
    }

    /** @return true when the figure is wide enough to deserve a landscape page */
    public boolean landscape() {
        return height > 0 && width > height * LANDSCAPE_RATIO;
    }
}
