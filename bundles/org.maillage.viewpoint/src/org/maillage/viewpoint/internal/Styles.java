/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.internal;

import java.util.Objects;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.maillage.viewpoint.model.diagram.Style;

/**
 * Copy, overlay and comparison of styles. Styles are flat (attributes only), so these loops over the attributes
 * do what {@code EcoreUtil.copy} and {@code EcoreUtil.equals} do without their per-call maps: a refresh copies or
 * compares one style per element.
 */
final class Styles {

    private Styles() {
    }

    /** @return a copy of the style, with the same attributes set */
    @SuppressWarnings("unchecked")
    static <T extends Style> T copy(T style) {
        T copy = (T) EcoreUtil.create(style.eClass());
        for (EAttribute attribute : style.eClass().getEAllAttributes()) {
            if (style.eIsSet(attribute)) {
                copy.eSet(attribute, style.eGet(attribute));
            }
        }
        return copy;
    }

    /** Sets on {@code style} the attributes that {@code over} sets (and that {@code style}'s class has). */
    static void overlay(Style over, Style style) {
        for (EAttribute attribute : over.eClass().getEAllAttributes()) {
            if (over.eIsSet(attribute) && style.eClass().getEAllAttributes().contains(attribute)) {
                style.eSet(attribute, over.eGet(attribute));
            }
        }
    }

    /** @return whether both styles are of the same class and set the same attributes to the same values */
    static boolean same(Style a, Style b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null || a.eClass() != b.eClass()) {
            return false;
        }
        for (EAttribute attribute : a.eClass().getEAllAttributes()) {
            boolean set = a.eIsSet(attribute);
            if (set != b.eIsSet(attribute) || set && !Objects.equals(a.eGet(attribute), b.eGet(attribute))) {
                return false;
            }
        }
        return true;
    }
}
