/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.app;

/** Identifiers of the workbench parts that other bundles and tests may refer to. */
public final class MaillageUi {

    /** The product's main window title. */
    public static final String WINDOW_TITLE = "Maillage";
    /** The default perspective. */
    public static final String PERSPECTIVE_ID = "org.maillage.app.perspective";
    /** The bundle's id, also the node of its preferences. */
    public static final String PLUGIN_ID = "org.maillage.app";
    /** The roadmap explorer: the open roadmap as a tree. */
    public static final String ROADMAP_VIEW_ID = "org.maillage.app.views.roadmap";
    /** The problems view: the validation diagnostics of the active roadmap. */
    public static final String PROBLEMS_VIEW_ID = "org.maillage.app.views.problems";
    /** The changes view: what changed in the active roadmap since its last frozen CTS séance. */
    public static final String CHANGES_VIEW_ID = "org.maillage.app.views.changes";
    /** The home view shown when the workbench opens. */
    public static final String HOME_VIEW_ID = "org.maillage.app.views.home";

    private MaillageUi() {
    }
}
