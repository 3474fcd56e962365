/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.app.internal;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.maillage.app.MaillageUi;

/** The roadmap perspective: the roadmap explorer on the left, the home view beside it (editors come later). */
public final class RoadmapPerspective implements IPerspectiveFactory {

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editorArea = layout.getEditorArea();
        layout.setEditorAreaVisible(false);
        layout.addView(MaillageUi.ROADMAP_VIEW_ID, IPageLayout.LEFT, 0.4f, editorArea);
        layout.addView(MaillageUi.HOME_VIEW_ID, IPageLayout.RIGHT, 0.6f, editorArea);
    }
}
