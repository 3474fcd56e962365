/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.roadmap.ui.internal;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.part.EditorActionBarContributor;

/** Points the workbench's Edit actions (undo, redo, delete, cut, copy, paste) at the active roadmap editor's. */
public final class RoadmapEditorContributor extends EditorActionBarContributor {

    @Override
    public void setActiveEditor(IEditorPart part) {
        if (part instanceof RoadmapEditor editor && editor.getActionGroup() != null) {
            editor.getActionGroup().fillActionBars(getActionBars());
        }
    }
}
