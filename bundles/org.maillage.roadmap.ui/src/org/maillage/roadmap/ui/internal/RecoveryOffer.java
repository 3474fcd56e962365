/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.roadmap.ui.internal;

import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.maillage.core.persistence.ModelLoadException;
import org.maillage.core.persistence.RecoveryStore;
import org.maillage.model.edit.RoadmapDocument;
import org.maillage.roadmap.ui.RoadmapEditorInput;
import org.maillage.roadmap.ui.RoadmapEditors;

/**
 * After a crash: the roadmaps whose unsaved changes have a recovery copy are offered to the user, one question per
 * roadmap. Recovering opens the copy in the editor, for the original file and dirty (saving writes the file);
 * discarding deletes the copy; "later" keeps it for the next start.
 */
public final class RecoveryOffer {

    /** What happened to one copy. */
    public enum Outcome {
        /** Opened in an editor. */
        RECOVERED,
        /** Deleted. */
        DISCARDED,
        /** Kept for later. */
        KEPT
    }

    private RecoveryOffer() {
    }

    /**
     * Offers every recovery copy of the store.
     *
     * @param page where recovered roadmaps open
     * @param store the recovery copies
     * @return what happened to each copy, in the order offered
     */
    public static List<Outcome> offer(IWorkbenchPage page, RecoveryStore store) {
        List<RecoveryStore.Copy> copies;
        try {
            copies = store.list();
        } catch (IOException e) {
            Platform.getLog(RecoveryOffer.class).log(Status.warning(String.valueOf(e.getMessage()), e));
            return List.of();
        }
        return copies.stream().map(copy -> offer(page, store, copy)).toList();
    }

    private static Outcome offer(IWorkbenchPage page, RecoveryStore store, RecoveryStore.Copy copy) {
        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(Locale.getDefault()).withZone(ZoneId.systemDefault()).format(copy.written());
        String what = copy.original() == null ? Messages.get("recovery.untitled") : copy.original().toString();
        MessageDialog dialog = new MessageDialog(page.getWorkbenchWindow().getShell(),
                Messages.get("recovery.title"), null, Messages.get("recovery.question", what, when),
                MessageDialog.QUESTION, 0, Messages.get("recovery.recover"), Messages.get("recovery.discard"),
                Messages.get("recovery.later"));
        int answer = dialog.open();
        if (answer == 0) {
            IEditorPart open = copy.original() == null ? null
                    : page.findEditor(new RoadmapEditorInput(copy.original(), null));
            // An editor restored on the same file shows what is on disk: it makes way for the recovered version,
            // unless it has changes of its own, which are never dropped silently.
            if (open != null && (open.isDirty() || !page.closeEditor(open, false))) {
                return Outcome.KEPT;
            }
            try {
                RoadmapDocument document = RoadmapDocument.recover(copy.content(), copy.original());
                if (RoadmapEditors.open(page, new RoadmapEditorInput(copy.original(), document)) != null) {
                    // The editor keeps a new copy of its own while dirty; the old one has served.
                    delete(store, copy);
                    return Outcome.RECOVERED;
                }
            } catch (ModelLoadException e) {
                MessageDialog.openError(page.getWorkbenchWindow().getShell(), Messages.get("recovery.title"),
                        e.getMessage());
            }
            return Outcome.KEPT;
        }
        if (answer == 1) {
            delete(store, copy);
            return Outcome.DISCARDED;
        }
        return Outcome.KEPT;
    }

    private static void delete(RecoveryStore store, RecoveryStore.Copy copy) {
        try {
            store.delete(copy.id());
        } catch (IOException e) {
            Platform.getLog(RecoveryOffer.class).log(Status.warning(String.valueOf(e.getMessage()), e));
        }
    }
}
