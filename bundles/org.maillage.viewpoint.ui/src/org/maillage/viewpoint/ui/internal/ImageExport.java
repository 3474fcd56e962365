/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.maillage.viewpoint.model.diagram.Diagram;
import org.maillage.viewpoint.render.PngRenderer;
import org.maillage.viewpoint.render.SvgRenderer;

/**
 * "Exporter l'image…": writes the diagram as SVG or PNG with the headless renderers, the same files the command
 * line's {@code diagram} command produces, so a picture pasted in a report looks the same from either.
 */
final class ImageExport {

    /** PNG exports are drawn at twice the diagram's size, sharp enough for print. */
    static final double PNG_SCALE = 2;

    private ImageExport() {
    }

    /**
     * Asks where to export and writes the file.
     *
     * @param shell the parent shell
     * @param diagram the diagram
     * @param suggestedName the file name offered, without extension
     */
    static void ask(Shell shell, Diagram diagram, String suggestedName) {
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText(Messages.get("export.title"));
        dialog.setFilterExtensions(new String[] { "*.png", "*.svg" });
        dialog.setFilterNames(new String[] { Messages.get("export.png"), Messages.get("export.svg") });
        dialog.setFileName(suggestedName + ".png");
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        Path file = Path.of(chosen);
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".png") && !name.endsWith(".svg")) {
            file = file.resolveSibling(file.getFileName() + (dialog.getFilterIndex() == 1 ? ".svg" : ".png"));
        }
        Path target = file;
        IOException[] failure = new IOException[1];
        BusyIndicator.showWhile(shell.getDisplay(), () -> {
            try {
                write(diagram, target);
            } catch (IOException e) {
                failure[0] = e;
            }
        });
        if (failure[0] != null) {
            String reason = failure[0].getMessage() == null ? failure[0].getClass().getSimpleName()
                    : failure[0].getMessage();
            MessageDialog.openError(shell, Messages.get("export.failed"),
                    Messages.get("export.failed.detail", target, reason));
        }
    }

    /** Writes the diagram to a {@code .svg} or (otherwise) {@code .png} file, atomically. */
    static void write(Diagram diagram, Path file) throws IOException {
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg")) {
            new SvgRenderer().write(diagram, file);
        } else {
            new PngRenderer().write(diagram, file, PNG_SCALE);
        }
    }
}
