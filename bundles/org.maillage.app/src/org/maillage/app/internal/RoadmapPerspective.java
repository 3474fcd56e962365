/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.app.internal;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.maillage.app.MaillageUi;

/** The roadmap perspective: the home view fills the window until editors and diagrams arrive. */
public final class RoadmapPerspective implements IPerspectiveFactory {

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(false);
        layout.addStandaloneView(MaillageUi.HOME_VIEW_ID, true, IPageLayout.LEFT, 1.0f, layout.getEditorArea());
        layout.getViewLayout(MaillageUi.HOME_VIEW_ID).setCloseable(true);
    }
}
