/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.roadmap.ui.internal;

import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;
import org.maillage.edit.ui.ItemProviderContentProvider;
import org.maillage.edit.ui.ItemProviderLabelProvider;
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
     * @param icons element labels and icons
     * @param open opens a child in the details
     */
    ChildrenSection(FormToolkit toolkit, Composite parent, RoadmapDocument document, EObject element,
            ItemProviderLabelProvider icons, Consumer<EObject> open) {
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
        Button add = toolkit.createButton(client, Messages.get("children.add"), SWT.PUSH);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.TOP).applyTo(add);
        Menu menu = new Menu(add);
        fillNewChildMenu(menu, document.getEditingDomain(), element, icons, open);
        add.setEnabled(menu.getItemCount() > 0);
        add.addListener(SWT.Selection, event -> {
            menu.setLocation(add.toDisplay(0, add.getSize().y));
            menu.setVisible(true);
        });
        section.setClient(client);
    }

    private static void fillNewChildMenu(Menu menu, EditingDomain domain, EObject element,
            ItemProviderLabelProvider icons, Consumer<EObject> open) {
        Collection<?> descriptors = domain.getNewChildDescriptors(element, null);
        for (Object descriptor : descriptors) {
            Command command = CreateChildCommand.create(domain, element, descriptor, List.of(element));
            if (!command.canExecute() || !(descriptor instanceof CommandParameter parameter)) {
                continue;
            }
            MenuItem item = new MenuItem(menu, SWT.PUSH);
            item.setText(command.getLabel());
            item.setImage(icons.getImage(parameter.getValue()));
            item.addListener(SWT.Selection, event -> {
                // A fresh command: the one used for the label may only run once.
                Command create = CreateChildCommand.create(domain, element, descriptor, List.of(element));
                domain.getCommandStack().execute(create);
                create.getAffectedObjects().stream().filter(EObject.class::isInstance).findFirst()
                        .ifPresent(child -> open.accept((EObject) child));
            });
        }
    }

    /** Shows the children again after a change. */
    void refresh() {
        if (!viewer.getControl().isDisposed()) {
            viewer.refresh();
        }
    }
}
