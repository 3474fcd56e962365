/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.render;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import javax.imageio.ImageIO;
import javax.swing.JComponent;

import org.maillage.core.persistence.AtomicFileWriter;
import org.maillage.viewpoint.model.diagram.Diagram;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.LoaderContext;
import com.github.weisj.jsvg.parser.SVGLoader;
import com.github.weisj.jsvg.parser.resources.ResourcePolicy;

/**
 * Draws a diagram as PNG: the {@link SvgRenderer} output rasterised by jsvg on a headless Java2D image (no SWT
 * display, no window), so that both formats show the same picture. Large diagrams are scaled down to stay within
 * {@value #MAX_PIXELS} pixels.
 */
public final class PngRenderer {

    /** Largest image produced, in pixels (width x height). */
    public static final long MAX_PIXELS = 60_000_000L;

    private final SvgRenderer svg = new SvgRenderer();

    /**
     * @param diagram the laid-out diagram
     * @param scale pixels per diagram unit, e.g. 2 for a sharp print
     * @return the image
     * @throws IOException when the SVG cannot be rasterised
     */
    public BufferedImage image(Diagram diagram, double scale) throws IOException {
        return image(diagram, scale, RenderOptions.NONE);
    }

    /**
     * The picture with a legend beside the diagram and problem decorators, when asked: what reports embed.
     *
     * @param diagram the laid-out diagram
     * @param scale pixels per diagram unit
     * @param options what to add to the diagram
     * @return the image
     * @throws IOException when the SVG cannot be rasterised
     */
    public BufferedImage image(Diagram diagram, double scale, RenderOptions options) throws IOException {
        byte[] document = svg.render(diagram, options).getBytes(StandardCharsets.UTF_8);
        // Node icons are embedded as data: URIs, which jsvg draws under any policy; nothing external is fetched.
        SVGDocument loaded = new SVGLoader().load(new ByteArrayInputStream(document), null,
                LoaderContext.builder().externalResourcePolicy(ResourcePolicy.DENY_EXTERNAL).build());
        if (loaded == null) {
            throw new IOException("SVG");
        }
        double[] size = SvgRenderer.size(diagram, options);
        double width = size[0];
        double height = size[1];
        double s = Math.min(scale, Math.sqrt(MAX_PIXELS / (width * height)));
        int w = (int) Math.ceil(width * s);
        int h = (int) Math.ceil(height * s);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.scale(s, s);
            loaded.render((JComponent) null, g);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Writes the diagram as a PNG file, atomically. */
    public void write(Diagram diagram, Path file, double scale) throws IOException {
        write(diagram, file, scale, RenderOptions.NONE);
    }

    /** Writes the diagram with the given additions as a PNG file, atomically. */
    public void write(Diagram diagram, Path file, double scale, RenderOptions options) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (!ImageIO.write(image(diagram, scale, options), "png", bytes)) {
            throw new IOException("PNG");
        }
        AtomicFileWriter.write(file, out -> bytes.writeTo(out));
    }
}
