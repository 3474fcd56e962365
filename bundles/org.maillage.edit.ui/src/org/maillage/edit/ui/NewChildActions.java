/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.edit.ui;

import java.net.URL;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.CommandActionDelegate;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.Viewer;
import org.maillage.edit.ui.internal.Messages;
import org.maillage.model.scheme.SchemeTypes;

/**
 * "Nouvel enfant": one action per kind of child the item providers allow under an element, each running EMF's
 * CreateChildCommand on the roadmap's command stack, then showing the new element. Every tree of model elements
 * (the explorer, the editor's Éléments page and its children section) builds its menu here, so that users meet the
 * same kinds, labels and icons everywhere.
 */
public final class NewChildActions {

    /** Id of the "Nouvel enfant" submenu, the same in every context menu. */
    public static final String MENU_ID = "org.maillage.edit.ui.newChild";

    private NewChildActions() {
    }

    /**
     * @param domain the roadmap's editing domain
     * @param owner the element new children go into, or {@code null} (no actions)
     * @param wanted which child descriptors to offer (e.g. those of the list a heading stands for)
     * @param created what to do with the new elements (select them, open them)
     * @return the actions, in the item providers' order; empty when nothing can be created there
     */
    public static List<IAction> create(EditingDomain domain, EObject owner, Predicate<Object> wanted,
            Consumer<Collection<?>> created) {
        if (owner == null) {
            return List.of();
        }
        List<IAction> actions = new ArrayList<>();
        for (Object descriptor : domain.getNewChildDescriptors(owner, null)) {
            if (!wanted.test(descriptor)) {
                continue;
            }
            Command command = CreateChildCommand.create(domain, owner, descriptor, List.of(owner));
            if (command.canExecute()) {
                actions.add(new CreateAction(domain, owner, descriptor, command, created));
            }
        }
        return actions;
    }

    /**
     * @param viewer the viewer whose selection shows the new elements
     * @return selects and reveals the new elements in the viewer
     */
    public static Consumer<Collection<?>> selectIn(Viewer viewer) {
        return created -> viewer.setSelection(new StructuredSelection(created.toArray()), true);
    }

    /**
     * Adds the "Nouvel enfant" submenu to a context menu.
     *
     * @param menu the context menu
     * @param actions from {@link #create}
     */
    public static void fillSubmenu(IMenuManager menu, List<IAction> actions) {
        MenuManager newChild = new MenuManager(Messages.get("newChild.menu"), MENU_ID);
        actions.forEach(newChild::add);
        menu.add(newChild);
    }

    /**
     * @param descriptor a child descriptor of the item providers
     * @return the feature it adds to, or {@code null}
     */
    public static Object feature(Object descriptor) {
        return descriptor instanceof CommandParameter parameter ? parameter.getEStructuralFeature() : null;
    }

    /** Runs a creation command, a fresh one each time: a command runs once, a menu may be shown again. */
    private static final class CreateAction extends Action {

        private final EditingDomain domain;
        private final EObject owner;
        private final Object descriptor;
        private final Consumer<Collection<?>> created;

        CreateAction(EditingDomain domain, EObject owner, Object descriptor, Command command,
                Consumer<Collection<?>> created) {
            this.domain = domain;
            this.owner = owner;
            this.descriptor = descriptor;
            this.created = created;
            if (command instanceof CommandActionDelegate delegate) {
                setText(delegate.getText());
                setToolTipText(delegate.getToolTipText());
                setImageDescriptor(image(delegate.getImage()));
            } else {
                setText(command.getLabel());
            }
            // A kind of dispositif, Maillage's or a plug-in's, reads as its scheme type contribution says.
            if (descriptor instanceof CommandParameter parameter && parameter.getValue() instanceof EObject child) {
                SchemeTypes.running().find(child.eClass()).ifPresent(type -> {
                    setText(type.name());
                    if (type.icon() != null) {
                        setImageDescriptor(ImageDescriptor.createFromURL(type.icon()));
                    }
                });
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
            Command command = CreateChildCommand.create(domain, owner, descriptor, List.of(owner));
            domain.getCommandStack().execute(command);
            created.accept(command.getAffectedObjects());
        }
    }
}
