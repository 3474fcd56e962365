/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.internal;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

/** Type names as modellers write them: the EClass name, simple ({@code Cls}) or with its package ({@code dispositif.Cls}). */
public final class Types {

    private Types() {
    }

    /** @return whether {@code object} is an instance of the named class or of a sub-class */
    public static boolean isA(Object object, String type) {
        if (!(object instanceof EObject o) || type == null || type.isBlank()) {
            return false;
        }
        if (matches(o.eClass(), type)) {
            return true;
        }
        for (EClass superType : o.eClass().getEAllSuperTypes()) {
            if (matches(superType, type)) {
                return true;
            }
        }
        return false;
    }

    /** @return whether the class has the name, simple or qualified with its package name */
    public static boolean matches(EClass eClass, String type) {
        int dot = type.lastIndexOf('.');
        if (dot < 0) {
            return eClass.getName().equals(type);
        }
        return eClass.getName().equals(type.substring(dot + 1))
                && eClass.getEPackage().getName().equals(type.substring(0, dot));
    }
}
