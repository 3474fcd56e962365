/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.edit;

import java.text.Normalizer;
import java.util.Collection;
import java.util.List;
import java.util.MissingResourceException;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.EMFEditPlugin;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.ChangeCommand;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.DragAndDropCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.maillage.model.provider.MaillageEditPlugin;

/**
 * The label an Undo/Redo menu item shows for a command: EMF.Edit's own labels are generic ("Modifier" for any set,
 * "Glisser-déposer" for any drop), so they are replaced by what the command does to what: "Modifier le nom",
 * "Nouvelle fiche action", "Supprimer le chantier", "Déplacer la fiche action".
 * <p>
 * French needs the gender, so the edit plug-in's properties hold one table of it: {@code _UI_<Class>_type_gender}
 * (m, f or fp, elision before a vowel is derived) with the class's name {@code _UI_<Class>_type}; the templates
 * {@code _UI_NewObject_*} and {@code _UI_TheObject_*} make "Nouvel axe", "l'axe" from them. A feature names itself
 * with its article ({@code _UI_<Class>_<feature>_feature_the = le nom}) because its label is not a class's name.
 * Commands labelled by their maker (a quick fix, a séance edit, "Renommer") keep their own label.
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
        String label = command.getLabel() == null ? "" : command.getLabel();
        String better = null;
        if (command instanceof SetCommand set && isGeneric(label, "_UI_SetCommand_label")) {
            better = change(set.getFeature());
        } else if (command instanceof CreateChildCommand create && create.getResult().size() == 1
                && create.getResult().iterator().next() instanceof EObject child) {
            better = newObject(child.eClass());
        } else if (command instanceof ChangeCommand && command.getResult().size() == 1
                && command.getResult().iterator().next() instanceof EObject created) {
            // A recorded change that gives one object as its result created it: a diagram palette's tool.
            better = newObject(created.eClass());
        } else if (command instanceof DeleteCommand delete && isGeneric(label, "_UI_DeleteCommand_label")) {
            better = ofObjects("_UI_DeleteObject_label", "_UI_DeleteObjects_label", delete.getCollection());
        } else if (command instanceof DragAndDropCommand drop && isGeneric(label, "_UI_DragAndDropCommand_label")) {
            better = ofObjects("_UI_MoveObject_label", "_UI_MoveObjects_label", drop.getCollection());
        } else if (command instanceof MoveCommand move && isGeneric(label, "_UI_MoveCommand_label")) {
            better = ofObjects("_UI_MoveObject_label", "_UI_MoveObjects_label", List.of(move.getValue()));
        } else if (command instanceof AddCommand add && isGeneric(label, "_UI_AddCommand_label")) {
            better = addOrRemove(add.getFeature(), add.getCollection());
        } else if (command instanceof RemoveCommand remove && isGeneric(label, "_UI_RemoveCommand_label")) {
            better = addOrRemove(remove.getFeature(), remove.getCollection());
        }
        return better != null ? better : label;
    }

    /**
     * @param eClass a class of the Maillage model
     * @return "Nouvelle fiche action" in French, "New action sheet" in English; {@code null} when the edit plug-in
     *         gives no gender for the class (a wrong gender is worse than EMF's generic label)
     */
    public static String newObject(EClass eClass) {
        return withGender(eClass, "_UI_NewObject_");
    }

    /**
     * @param eClass a class of the Maillage model
     * @return "la fiche action", "l’axe" in French, "the action sheet" in English, or {@code null} as
     *         {@link #newObject(EClass)}
     */
    public static String theObject(EClass eClass) {
        return withGender(eClass, "_UI_TheObject_");
    }

    /** @return "Modifier le nom" for a set of a feature that names itself with its article, else {@code null} */
    private static String change(EStructuralFeature feature) {
        String the = feature == null ? null : featureWithArticle(feature);
        return the == null ? null : format("_UI_SetFeatureCommand_label", the);
    }

    /**
     * An add or remove in a list of references (partners, territories) is, to the user, a change of that list; in a
     * containment (a paste, a drop) it is about the objects.
     */
    private static String addOrRemove(EStructuralFeature feature, Collection<?> objects) {
        if (feature instanceof EReference reference && reference.isContainment()) {
            return null;
        }
        return change(feature);
    }

    private static String ofObjects(String one, String several, Collection<?> objects) {
        if (objects == null || objects.isEmpty()) {
            return null;
        }
        if (objects.size() > 1) {
            return format(several, Integer.toString(objects.size()));
        }
        Object object = objects.iterator().next();
        String the = object instanceof EObject eObject ? theObject(eObject.eClass()) : null;
        return the == null ? null : format(one, the);
    }

    private static String withGender(EClass eClass, String template) {
        String gender = eClass == null ? null : optional("_UI_" + eClass.getName() + "_type_gender");
        String name = gender == null ? null : optional("_UI_" + eClass.getName() + "_type");
        if (name == null) {
            return null;
        }
        String lowered = lowerFirst(name);
        // Elision and "nouvel" come from the sound: before a vowel (acronyms included: « un EPCI »).
        String suffix = gender.equals("fp") ? "fp" : startsWithVowel(lowered) ? gender + "_vowel" : gender;
        return format(template + suffix, lowered);
    }

    /** "Fiche action" -> "fiche action"; "CLS", "EPCI" stay as they are. */
    private static String lowerFirst(String name) {
        if (name.length() > 1 && Character.isUpperCase(name.charAt(1))) {
            return name;
        }
        return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    private static boolean startsWithVowel(String text) {
        String bare = Normalizer.normalize(text, Normalizer.Form.NFD);
        return !bare.isEmpty() && "aeiouAEIOU".indexOf(bare.charAt(0)) >= 0;
    }

    private static boolean isGeneric(String label, String emfKey) {
        return EMFEditPlugin.INSTANCE.getString(emfKey).equals(label);
    }

    private static String featureWithArticle(EStructuralFeature feature) {
        if (feature.getEContainingClass() == null) {
            return null;
        }
        return optional("_UI_" + feature.getEContainingClass().getName() + "_" + feature.getName() + "_feature_the");
    }

    private static String format(String key, String argument) {
        return MaillageEditPlugin.INSTANCE.getString(key, new Object[] {argument});
    }

    private static String optional(String key) {
        try {
            return MaillageEditPlugin.INSTANCE.getString(key);
        } catch (MissingResourceException e) {
            // No text for this feature or class: EMF's generic label is better than a wrong gender.
            return null;
        }
    }
}
