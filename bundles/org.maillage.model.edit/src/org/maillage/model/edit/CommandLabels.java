/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.edit;

import java.util.MissingResourceException;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.EMFEditPlugin;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.maillage.model.provider.MaillageEditPlugin;

/**
 * The label an Undo/Redo menu item shows for a command: EMF.Edit's own labels are generic ("Modifier" for any set),
 * so a set of a feature that says how to name it ({@code _UI_<Class>_<feature>_feature_the = le nom} in the edit
 * plug-in's properties) reads "Modifier le nom", and a child creation whose class says it ({@code _UI_<Class>_type_new
 * = Nouvelle fiche action}) reads so rather than "New Fiche action". The article lives with the feature or class
 * because French needs its gender. Other commands keep their own label.
 */
public final class CommandLabels {

    private CommandLabels() {
    }

    /**
     * @param command a command, or {@code null}
     * @return its label for the Edit menu, never {@code null}
     */
    public static String label(Command command) {
        if (command == null) {
            return "";
        }
        // Only a bare set: a compound or wrapper carries a label of its own (a fix's name, a séance edit).
        // Only EMF.Edit's generic label: a set labelled by its maker ("Renommer") keeps its own.
        if (command instanceof SetCommand set && set.getFeature() instanceof EStructuralFeature feature
                && EMFEditPlugin.INSTANCE.getString("_UI_SetCommand_label").equals(set.getLabel())) {
            String the = featureWithArticle(feature);
            if (the != null) {
                return MaillageEditPlugin.INSTANCE.getString("_UI_SetFeatureCommand_label", new Object[] {the});
            }
        }
        if (command instanceof CreateChildCommand create && create.getResult().size() == 1
                && create.getResult().iterator().next() instanceof EObject child) {
            String created = optional("_UI_" + child.eClass().getName() + "_type_new");
            if (created != null) {
                return created;
            }
        }
        String label = command.getLabel();
        return label == null ? "" : label;
    }

    private static String featureWithArticle(EStructuralFeature feature) {
        if (feature.getEContainingClass() == null) {
            return null;
        }
        return optional("_UI_" + feature.getEContainingClass().getName() + "_" + feature.getName() + "_feature_the");
    }

    private static String optional(String key) {
        try {
            return MaillageEditPlugin.INSTANCE.getString(key);
        } catch (MissingResourceException e) {
            // No text for this feature or class yet: EMF's generic label is better than a wrong gender.
            return null;
        }
    }
}
