/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.app.internal.explorer;

import java.net.URL;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.CommandActionDelegate;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.Viewer;
import org.maillage.model.ModeleMaillage;

/**
 * "Nouvel enfant": one action per kind of child the item providers allow under the selected element (or under the
 * element a heading stands for, restricted to the lists of that heading), each running EMF's CreateChildCommand on
 * the roadmap's command stack and then selecting the new element.
 */
final class NewChildActions {

    private NewChildActions() {
    }

    /**
     * @param domain the roadmap's editing domain
     * @param selected the one selected node: an element or a heading
     * @param viewer where to select the new element
     * @return the actions, in the item providers' order; empty when nothing can be created there
     */
    static List<IAction> create(EditingDomain domain, Object selected, Viewer viewer) {
        EObject owner = ownerOf(selected);
        if (owner == null) {
            return List.of();
        }
        List<IAction> actions = new ArrayList<>();
        for (Object descriptor : domain.getNewChildDescriptors(owner, null)) {
            if (selected instanceof GroupNode group && owner instanceof ModeleMaillage
                    && !RoadmapGroups.holds(group, descriptor)) {
                continue;
            }
            Command command = CreateChildCommand.create(domain, owner, descriptor, List.of(owner));
            if (command.canExecute()) {
                actions.add(new CreateAction(domain, command, viewer));
            }
        }
        return actions;
    }

    /** @return the element new children go into: the element itself, or the one a heading stands for */
    private static EObject ownerOf(Object selected) {
        Object node = selected;
        while (node instanceof GroupNode group) {
            node = group.parent();
        }
        return node instanceof EObject object ? object : null;
    }

    /** Runs one creation command. */
    private static final class CreateAction extends Action {

        private final EditingDomain domain;
        private final Command command;
        private final Viewer viewer;

        CreateAction(EditingDomain domain, Command command, Viewer viewer) {
            this.domain = domain;
            this.command = command;
            this.viewer = viewer;
            if (command instanceof CommandActionDelegate delegate) {
                setText(delegate.getText());
                setToolTipText(delegate.getToolTipText());
                setImageDescriptor(image(delegate.getImage()));
            } else {
                setText(command.getLabel());
            }
        }

        private static ImageDescriptor image(Object image) {
            Object base = image instanceof ComposedImage composed && !composed.getImages().isEmpty()
                    ? composed.getImages().get(0)
                    : image;
            return base instanceof URL url ? ImageDescriptor.createFromURL(url) : null;
        }

        @Override
        public void run() {
            domain.getCommandStack().execute(command);
            Collection<?> created = command.getAffectedObjects();
            viewer.setSelection(new StructuredSelection(created.toArray()), true);
        }
    }

    /** @return the feature a child descriptor adds to, for the headings' filter */
    static Object feature(Object descriptor) {
        return descriptor instanceof CommandParameter parameter ? parameter.getEStructuralFeature() : null;
    }
}
