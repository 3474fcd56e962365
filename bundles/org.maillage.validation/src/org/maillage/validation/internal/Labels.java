/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.validation.internal;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.maillage.model.Element;

/**
 * How validation messages name an element: its kind in the user's language and its {@code nom}, e.g.
 * « Chantier « Renforcer le maillage des PASS » »; its uuid when it has no name, so that it can be found in the
 * file.
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
            return Messages.get("label.unnamed", kind, element.getUuid());
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
