/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.testsupport.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * Screenshots the UI tests keep as build artifacts (target/screenshots) so that people look at the screens, and that
 * releng/scripts/screenshots.sh copies to docs/screenshots. Nothing is compared with them.
 */
public final class Screenshots {

    private Screenshots() {
    }

    /**
     * Shows the shell (opened if it is not yet), lets it paint, and writes what is on the screen in its bounds as a
     * PNG.
     *
     * @param shell a shell of the running display
     * @param file the PNG to write; its folder is created
     * @throws IOException when the folder cannot be created
     * @throws InterruptedException when interrupted while the shell paints
     */
    public static void save(Shell shell, Path file) throws IOException, InterruptedException {
        if (!shell.isVisible()) {
            shell.open();
        }
        shell.forceActive();
        Display display = shell.getDisplay();
        long until = System.currentTimeMillis() + 500;
        while (System.currentTimeMillis() < until) {
            if (!display.readAndDispatch()) {
                Thread.sleep(10);
            }
        }
        // Without a window manager the shell's bounds still count decorations that are never drawn: stop at the
        // bottom and right of the client area (the menu bar, above it, is kept).
        Rectangle bounds = shell.getBounds();
        Rectangle client = display.map(shell, null, shell.getClientArea());
        bounds.height = Math.min(bounds.height, client.y + client.height - bounds.y);
        bounds.width = Math.min(bounds.width, client.x + client.width - bounds.x);
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, bounds.x, bounds.y);
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { image.getImageData() };
            Files.createDirectories(file.toAbsolutePath().getParent());
            loader.save(file.toString(), SWT.IMAGE_PNG);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }
}
