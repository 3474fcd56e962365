/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.app.internal.explorer;

import java.util.List;
import java.util.function.Predicate;

import org.eclipse.emf.ecore.EObject;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.maillage.app.internal.Messages;
import org.maillage.edit.ui.EditingDomainActionGroup;
import org.maillage.edit.ui.NewChildActions;
import org.maillage.model.ModeleMaillage;

/** The explorer's context menu: Nouvel enfant (submenu), Annuler/Rétablir, Supprimer, Valider, then contributions. */
public final class ExplorerMenu {

    /** Id of the "Nouvel enfant" submenu. */
    public static final String NEW_CHILD_MENU = NewChildActions.MENU_ID;
    /** Id of the "Valider" action. */
    public static final String VALIDATE_ID = "org.maillage.app.explorer.validate";

    private ExplorerMenu() {
    }

    /**
     * @param menu the menu to fill
     * @param domain the roadmap's editing domain
     * @param viewer the explorer's tree, for its selection
     * @param actions the Edit actions of the explorer
     * @param validate runs the validation of the roadmap
     */
    public static void fill(IMenuManager menu, EditingDomain domain, StructuredViewer viewer,
            EditingDomainActionGroup actions, Runnable validate) {
        IStructuredSelection selection = viewer.getStructuredSelection();
        NewChildActions.fillSubmenu(menu, selection.size() == 1
                ? newChildActions(domain, selection.getFirstElement(), viewer)
                : List.of());
        menu.add(new Separator());
        List<IAction> edit = actions.actions();
        menu.add(edit.get(0));
        menu.add(edit.get(1));
        menu.add(new Separator());
        menu.add(actions.deleteAction());
        menu.add(new Separator());
        Action validation = new Action(Messages.get("explorer.menu.validate")) {
            @Override
            public void run() {
                validate.run();
            }
        };
        validation.setId(VALIDATE_ID);
        menu.add(validation);
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
    }

    /**
     * On an element, its kinds of children; on a heading, those of the element it stands for, restricted to the
     * lists of that heading ("Dispositifs" offers dispositifs, not QPV).
     */
    static List<IAction> newChildActions(EditingDomain domain, Object selected, StructuredViewer viewer) {
        Object node = selected;
        while (node instanceof GroupNode group) {
            node = group.parent();
        }
        EObject owner = node instanceof EObject object ? object : null;
        Predicate<Object> wanted = selected instanceof GroupNode group && owner instanceof ModeleMaillage
                ? descriptor -> RoadmapGroups.holds(group, descriptor)
                : descriptor -> true;
        return NewChildActions.create(domain, owner, wanted, NewChildActions.selectIn(viewer));
    }
}
