/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.internal.expressions;

import java.util.List;

import org.apache.commons.jexl3.JexlException;
import org.apache.commons.jexl3.introspection.JexlPropertyGet;
import org.apache.commons.jexl3.introspection.JexlPropertySet;
import org.apache.commons.jexl3.introspection.JexlUberspect;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Reads EMF objects by feature name ({@code self.nom}, {@code self.porteur.nom}) and lists by index
 * ({@code self.territoires[0]}), nothing else: no Java getter, no EMF method. Read-only (no property set).
 * Enum values are returned as their literal name ({@code self.statut == 'ACTIF'}), which keeps expressions free
 * of Java types.
 */
final class EmfPropertyResolver implements JexlUberspect.PropertyResolver {

    static final EmfPropertyResolver INSTANCE = new EmfPropertyResolver();


    private EmfPropertyResolver() {
    }

    @Override
    public JexlPropertyGet getPropertyGet(JexlUberspect uberspect, Object object, Object identifier) {
        if (object instanceof EObject eObject && identifier instanceof String name) {
            EStructuralFeature feature = eObject.eClass().getEStructuralFeature(name);
            return feature == null ? null : new FeatureGet(name);
        }
        if (object instanceof List<?> && identifier instanceof Number) {
            return new IndexGet(((Number) identifier).intValue());
        }
        return null;
    }

    @Override
    public JexlPropertySet getPropertySet(JexlUberspect uberspect, Object object, Object identifier, Object arg) {
        return null;
    }

    /** @return the value of {@code feature}, enums as literal names; records the read */
    static Object get(EObject object, EStructuralFeature feature) {
        EvaluationContext context = EvaluationContext.CURRENT.get();
        if (context != null) {
            context.checkTime();
            context.read(object);
        }
        Object value = object.eGet(feature);
        if (value instanceof Enumerator literal) {
            return literal.getName();
        }
        if (value instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Enumerator) {
            return list.stream().map(v -> ((Enumerator) v).getName()).toList();
        }
        return value;
    }

    /** Reads one named feature; tried again (tryInvoke) on other objects when JEXL caches it. */
    private record FeatureGet(String name) implements JexlPropertyGet {

        @Override
        public Object invoke(Object object) {
            EObject eObject = (EObject) object;
            return get(eObject, eObject.eClass().getEStructuralFeature(name));
        }

        @Override
        public Object tryInvoke(Object object, Object key) throws JexlException.TryFailed {
            if (object instanceof EObject eObject && name.equals(key)) {
                EStructuralFeature feature = eObject.eClass().getEStructuralFeature(name);
                if (feature != null) {
                    return get(eObject, feature);
                }
            }
            return TRY_FAILED;
        }

        @Override
        public boolean tryFailed(Object rval) {
            return rval == TRY_FAILED;
        }

        @Override
        public boolean isCacheable() {
            return true;
        }
    }

    /** Marker returned by a failed try, as JEXL's own executors do. */
    private static final Object TRY_FAILED = org.apache.commons.jexl3.JexlEngine.TRY_FAILED;

    /** {@code list[i]}; out of range gives {@code null}. */
    private record IndexGet(int index) implements JexlPropertyGet {

        @Override
        public Object invoke(Object object) {
            List<?> list = (List<?>) object;
            return index >= 0 && index < list.size() ? list.get(index) : null;
        }

        @Override
        public Object tryInvoke(Object object, Object key) {
            if (object instanceof List<?> && key instanceof Number n && n.intValue() == index) {
                return invoke(object);
            }
            return TRY_FAILED;
        }

        @Override
        public boolean tryFailed(Object rval) {
            return rval == TRY_FAILED;
        }

        @Override
        public boolean isCacheable() {
            return true;
        }
    }
}
