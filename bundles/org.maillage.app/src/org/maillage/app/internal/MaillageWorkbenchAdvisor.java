/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.app.internal;

import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.maillage.app.MaillageUi;

/** Workbench-wide policy: the initial perspective, and the window layout kept between sessions. */
final class MaillageWorkbenchAdvisor extends WorkbenchAdvisor {

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        super.initialize(configurer);
        // Users find their window as they left it.
        configurer.setSaveAndRestore(true);
    }

    @Override
    public void postStartup() {
        RoadmapStartup.openInitialRoadmap(getWorkbenchConfigurer().getWorkbench().getActiveWorkbenchWindow()
                .getActivePage());
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return MaillageUi.PERSPECTIVE_ID;
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new MaillageWindowAdvisor(configurer);
    }
}
