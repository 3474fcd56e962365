/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.app.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.maillage.app.MaillageUi;

/**
 * The "Feuille de route" perspective: the model explorer on the left, the roadmap editor in the middle, and below it
 * the home view, the problems view, the changes since the last séance and the Properties view.
 */
public final class RoadmapPerspective implements IPerspectiveFactory {

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editorArea = layout.getEditorArea();
        layout.setEditorAreaVisible(true);
        layout.addView(MaillageUi.ROADMAP_VIEW_ID, IPageLayout.LEFT, 0.32f, editorArea);
        IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.62f, editorArea);
        bottom.addView(MaillageUi.HOME_VIEW_ID);
        bottom.addView(MaillageUi.PROBLEMS_VIEW_ID);
        bottom.addView(MaillageUi.CHANGES_VIEW_ID);
        bottom.addView(IPageLayout.ID_PROP_SHEET);
    }
}
