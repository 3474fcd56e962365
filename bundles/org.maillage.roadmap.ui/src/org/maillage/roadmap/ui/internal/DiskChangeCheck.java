/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.roadmap.ui.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.maillage.model.edit.RoadmapDocument;

/**
 * Asks the user what to do when the roadmap's file was changed on disk by someone else (another program, another
 * Maillage): reload it and lose the changes made here, or keep this version, which replaces the file at the next
 * save. Asked once per change on disk.
 */
final class DiskChangeCheck {

    /** What the user chose. */
    enum Choice {
        /** Nothing changed on disk, or the question is already being asked. */
        NONE,
        /** Load the file again; the changes made in the editor are lost. */
        RELOAD,
        /** Keep the editor's version; the next save overwrites the file. */
        KEEP
    }

    private boolean asking;

    /**
     * @param shell the parent of the question
     * @param document the roadmap
     * @return the user's choice; the document accepts the disk state when they keep their version
     */
    Choice check(Shell shell, RoadmapDocument document) {
        if (asking || !document.isChangedOnDisk()) {
            return Choice.NONE;
        }
        asking = true;
        try {
            Path file = document.getFile();
            if (!Files.exists(file)) {
                MessageDialog.openWarning(shell, Messages.get("disk.title"), Messages.get("disk.deleted", file));
                document.acknowledgeDiskState();
                return Choice.KEEP;
            }
            // With unsaved changes, Enter keeps them: losing work takes a deliberate click.
            MessageDialog dialog = new MessageDialog(shell, Messages.get("disk.title"), null,
                    Messages.get(document.isDirty() ? "disk.changedDirty" : "disk.changed", file),
                    MessageDialog.QUESTION, document.isDirty() ? 1 : 0, Messages.get("disk.reload"),
                    Messages.get("disk.keep"));
            if (dialog.open() == 0) {
                return Choice.RELOAD;
            }
            document.acknowledgeDiskState();
            return Choice.KEEP;
        } finally {
            asking = false;
        }
    }
}
