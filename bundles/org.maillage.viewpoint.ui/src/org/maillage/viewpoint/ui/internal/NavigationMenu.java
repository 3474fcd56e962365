/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.ui.internal;

import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.maillage.viewpoint.model.description.DiagramDescription;
import org.maillage.viewpoint.model.diagram.DDiagramElement;

/**
 * The diagram editor's "Ouvrir le diagramme ›" context submenu: the diagrams the selected node's mapping navigates
 * to (Sirius's navigation tool), the one a double-click opens first. Shown only when there is one to offer.
 */
final class NavigationMenu {

    /** Id of the submenu, for tests. */
    static final String ID = "org.maillage.viewpoint.ui.navigate";

    private NavigationMenu() {
    }

    static void fill(IMenuManager menu, DiagramEditor editor) {
        List<DDiagramElement> selection = editor.selectedElements();
        if (selection.size() != 1) {
            return;
        }
        DDiagramElement element = selection.get(0);
        List<DiagramDescription> navigations = editor.navigations(element);
        if (navigations.isEmpty()) {
            return;
        }
        MenuManager open = new MenuManager(Messages.get("menu.navigate"), ID);
        for (DiagramDescription description : navigations) {
            Action action = new Action(description.getLabel()) {
                @Override
                public void run() {
                    editor.navigate(element, description);
                }
            };
            action.setId("navigate." + description.getId());
            action.setToolTipText(description.getDocumentation());
            open.add(action);
        }
        menu.add(new Separator());
        menu.add(open);
    }
}
