/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.roadmap.ui.internal;

import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;
import org.maillage.edit.ui.ItemProviderContentProvider;
import org.maillage.edit.ui.ItemProviderLabelProvider;
import org.maillage.edit.ui.NewChildActions;
import org.maillage.model.dispositif.DispositifPackage;
import org.maillage.model.edit.RoadmapDocument;

/**
 * What an element contains (a CLS's axes and their fiches actions, a roadmap's chantiers...), as a tree to open
 * them from, and a button to add a new one of each kind the model allows, as an undoable command.
 */
final class ChildrenSection {

    private final TreeViewer viewer;

    /**
     * @param toolkit the form's toolkit
     * @param parent the details host
     * @param document the roadmap
     * @param element the element shown
     * @param open opens a child in the details
     */
    ChildrenSection(FormToolkit toolkit, Composite parent, RoadmapDocument document, EObject element,
            Consumer<EObject> open) {
        Section section = toolkit.createSection(parent, Section.TITLE_BAR | Section.TWISTIE | Section.EXPANDED);
        section.setText(Messages.get(DispositifPackage.Literals.CLS.isSuperTypeOf(element.eClass())
                ? "section.axes" : "section.enfants"));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(section);
        Composite client = toolkit.createComposite(section);
        GridLayoutFactory.fillDefaults().numColumns(2).margins(2, 2).applyTo(client);
        viewer = new TreeViewer(toolkit.createTree(client, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL));
        // An item provider's elements are its children: the element itself is the input.
        viewer.setContentProvider(new ItemProviderContentProvider(document.getAdapterFactory()));
        // A provider of its own: a viewer disposes its label provider with itself.
        viewer.setLabelProvider(new ItemProviderLabelProvider(document.getAdapterFactory()));
        viewer.setInput(element);
        viewer.expandToLevel(2);
        GridDataFactory.fillDefaults().grab(true, false).hint(300, 140).applyTo(viewer.getControl());
        viewer.addDoubleClickListener(event -> {
            Object chosen = ((IStructuredSelection) event.getSelection()).getFirstElement();
            if (chosen instanceof EObject child) {
                open.accept(child);
            }
        });
        // A tree of elements: "Nouvel enfant" on its rows too, as in the explorer and the Éléments tree.
        MenuManager rowMenu = new MenuManager();
        rowMenu.setRemoveAllWhenShown(true);
        rowMenu.addMenuListener(manager -> {
            Object row = viewer.getStructuredSelection().getFirstElement();
            NewChildActions.fillSubmenu(manager, NewChildActions.create(document.getEditingDomain(),
                    row instanceof EObject child ? child : element, descriptor -> true,
                    NewChildActions.selectIn(viewer)));
        });
        viewer.getControl().setMenu(rowMenu.createContextMenu(viewer.getControl()));
        viewer.getControl().addDisposeListener(event -> rowMenu.dispose());
        Button add = toolkit.createButton(client, Messages.get("children.add"), SWT.PUSH);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.TOP).applyTo(add);
        // The same kinds, labels and icons as the explorer's and the tree's "Nouvel enfant".
        MenuManager actions = new MenuManager();
        NewChildActions.create(document.getEditingDomain(), element, descriptor -> true,
                created -> created.stream().filter(EObject.class::isInstance).findFirst()
                        .ifPresent(child -> open.accept((EObject) child)))
                .forEach(actions::add);
        Menu menu = actions.createContextMenu(add);
        add.addDisposeListener(event -> actions.dispose());
        add.setEnabled(!actions.isEmpty());
        add.addListener(SWT.Selection, event -> {
            menu.setLocation(add.toDisplay(0, add.getSize().y));
            menu.setVisible(true);
        });
        section.setClient(client);
    }

    /** Shows the children again after a change. */
    void refresh() {
        if (!viewer.getControl().isDisposed()) {
            viewer.refresh();
        }
    }
}
