/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.ui.internal;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.part.EditorActionBarContributor;

/**
 * Points the workbench's Edit actions (undo, redo, delete, rename, select all) at the active diagram editor's, or
 * undo and redo at the active table editor's.
 */
public final class DiagramEditorContributor extends EditorActionBarContributor {

    @Override
    public void setActiveEditor(IEditorPart part) {
        if (part instanceof DiagramEditor editor) {
            editor.fillActionBars(getActionBars());
        } else if (part instanceof TableEditor editor) {
            editor.fillActionBars(getActionBars());
        }
    }
}
