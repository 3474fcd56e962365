/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.validation.internal;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.maillage.model.Element;
import org.maillage.model.ModeleMaillage;

/**
 * How validation messages name an element: its kind in the user's language and its {@code nom}, e.g.
 * « Chantier « Renforcer le maillage des PASS » »; when it has no name, the element it sits in. Never its uuid:
 * users do not know it (the Properties view does not show it).
 */
public final class Labels {

    private Labels() {
    }

    /**
     * @param object any object, possibly a proxy or {@code null}
     * @return its label
     */
    public static String describe(EObject object) {
        if (object == null) {
            return Messages.get("label.none");
        }
        if (object.eIsProxy()) {
            return Messages.get("label.proxy", kind(object.eClass()), EcoreUtil.getURI(object));
        }
        String kind = kind(object.eClass());
        if (object instanceof Element element) {
            if (element.getNom() != null && !element.getNom().isBlank()) {
                return Messages.get("label.named", kind, element.getNom().strip());
            }
            // Not the uuid: users do not know it. Where the element sits is what they can look for.
            EObject container = object.eContainer();
            return container instanceof Element parent && !(container instanceof ModeleMaillage)
                    ? Messages.get("label.unnamedIn", kind, describe(parent))
                    : Messages.get("label.unnamed", kind);
        }
        return kind;
    }

    /**
     * @param eClass a class of the metamodel, or of a plug-in
     * @return its name for users; the class name itself for kinds the messages do not know (plug-ins' kinds)
     */
    public static String kind(EClass eClass) {
        String key = "kind." + eClass.getName();
        return Messages.has(key) ? Messages.get(key) : eClass.getName();
    }
}
