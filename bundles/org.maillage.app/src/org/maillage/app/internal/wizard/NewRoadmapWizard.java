/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.app.internal.wizard;

import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IWorkbenchWindow;
import org.maillage.app.internal.Messages;
import org.maillage.model.edit.RoadmapDocument;
import org.maillage.model.plan.FeuilleDeRoute;
import org.maillage.model.territoire.Departement;
import org.maillage.roadmap.ui.RoadmapEditors;

/**
 * Fichier > Nouvelle feuille de route : département, year, file, optional territory import; the roadmap is created
 * by a background job ({@link NewRoadmapJob}) and opened in the editor.
 */
public final class NewRoadmapWizard extends Wizard {

    /** The family of the creation jobs, for tests. */
    public static final Object JOB_FAMILY = NewRoadmapJob.FAMILY;

    private final IWorkbenchWindow window;
    private NewRoadmapPage page;

    /** @param window the window the new roadmap opens in */
    public NewRoadmapWizard(IWorkbenchWindow window) {
        this.window = window;
        setWindowTitle(Messages.get("wizard.window"));
        setNeedsProgressMonitor(false);
    }

    @Override
    public void addPages() {
        page = new NewRoadmapPage(activeDepartement());
        addPage(page);
    }

    /** The département of the roadmap open now: a délégation usually creates next year's roadmap for it. */
    private String activeDepartement() {
        RoadmapDocument document = RoadmapEditors.activeDocument(window.getActivePage());
        if (document == null) {
            return null;
        }
        return document.getModel().getFeuillesDeRoute().stream().map(FeuilleDeRoute::getDepartement)
                .filter(d -> d != null).map(Departement::getCode).findFirst().orElse(null);
    }

    /** @return the page, for tests */
    public NewRoadmapPage getPage() {
        return page;
    }

    @Override
    public boolean performFinish() {
        new NewRoadmapJob(page.request(), window).schedule();
        return true;
    }
}
