/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.edit.ui;

import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.PlatformUI;

/**
 * The context help ids (F1) of Maillage's views, editors and wizards, defined in the user guide's
 * {@code contexts.xml} (bundle {@code org.maillage.help}, hence the prefix): each names a page of the guide. A test
 * ({@code HelpContentTest}) checks that every id here exists there and that its pages exist.
 */
public final class HelpContexts {

    private static final String PREFIX = "org.maillage.help.";

    /** The home page (Accueil). */
    public static final String HOME = PREFIX + "accueil";
    /** The roadmap explorer (Feuille de route). */
    public static final String EXPLORER = PREFIX + "explorateur";
    /** The Problèmes view. */
    public static final String PROBLEMS = PREFIX + "problemes";
    /** The Changements depuis la séance view. */
    public static final String CHANGES = PREFIX + "changements";
    /** The Représentations view. */
    public static final String REPRESENTATIONS = PREFIX + "representations";
    /** The roadmap editor (Tableau de bord, Éléments). */
    public static final String ROADMAP_EDITOR = PREFIX + "editeur";
    /** The diagram editor. */
    public static final String DIAGRAM_EDITOR = PREFIX + "diagramme";
    /** The table editor. */
    public static final String TABLE_EDITOR = PREFIX + "tableau";
    /** The new roadmap wizard. */
    public static final String NEW_ROADMAP_WIZARD = PREFIX + "nouvelle_feuille_de_route";
    /** The report wizard (Rapports > Générer un rapport). */
    public static final String REPORT_WIZARD = PREFIX + "rapport";
    /** The new séance dialog. */
    public static final String NEW_SEANCE = PREFIX + "nouvelle_seance";

    private HelpContexts() {
    }

    /**
     * Gives a control (and, through SWT's help events, its children) a context id: F1 on it opens the guide's page.
     * Does nothing without a running workbench (headless tests of a part's content).
     */
    public static void set(Control control, String contextId) {
        if (PlatformUI.isWorkbenchRunning()) {
            PlatformUI.getWorkbench().getHelpSystem().setHelp(control, contextId);
        }
    }
}
