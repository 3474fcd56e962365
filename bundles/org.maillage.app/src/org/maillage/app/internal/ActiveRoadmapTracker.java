/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.app.internal;

import java.util.function.Consumer;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.maillage.model.edit.RoadmapDocument;
import org.maillage.roadmap.ui.RoadmapEditors;

/**
 * Follows the roadmap of the active roadmap editor, as Eclipse's outline follows the active editor: views that show
 * "the roadmap" (explorer, problems) are told when it changes, including to none when the last editor closes.
 */
final class ActiveRoadmapTracker implements IPartListener2 {

    private final IWorkbenchPage page;
    private final Consumer<RoadmapDocument> onChange;
    private RoadmapDocument current;

    /**
     * Starts following and tells {@code onChange} the current roadmap at once (possibly {@code null}).
     *
     * @param page the view's page
     * @param onChange told the new roadmap (or {@code null}) each time it changes
     */
    ActiveRoadmapTracker(IWorkbenchPage page, Consumer<RoadmapDocument> onChange) {
        this.page = page;
        this.onChange = onChange;
        page.addPartListener(this);
        current = RoadmapEditors.activeDocument(page);
        onChange.accept(current);
    }

    /** @return the roadmap followed, or {@code null} */
    RoadmapDocument current() {
        return current;
    }

    private void update() {
        RoadmapDocument active = RoadmapEditors.activeDocument(page);
        if (active != current) {
            current = active;
            onChange.accept(active);
        }
    }

    @Override
    public void partActivated(IWorkbenchPartReference reference) {
        if (reference.getPart(false) instanceof IEditorPart) {
            update();
        }
    }

    @Override
    public void partClosed(IWorkbenchPartReference reference) {
        if (reference.getPart(false) instanceof IEditorPart) {
            update();
        }
    }

    /** Stops following. */
    void dispose() {
        page.removePartListener(this);
    }
}
