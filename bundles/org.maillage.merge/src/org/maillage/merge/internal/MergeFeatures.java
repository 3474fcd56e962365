/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.merge.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Which features a merge compares, and their values in a form that compares across versions: attribute values as
 * they are, references as the keys of their targets, contained objects without an ID as canonical text.
 */
public final class MergeFeatures {

    private static final Map<EClass, List<EStructuralFeature>> FEATURES = new ConcurrentHashMap<>();

    private MergeFeatures() {
    }

    /** @return the features of that class a merge compares: stored, changeable, not the ID, one side of a pair */
    static List<EStructuralFeature> of(EClass eClass) {
        return FEATURES.computeIfAbsent(eClass, c -> {
            List<EStructuralFeature> features = new ArrayList<>();
            for (EStructuralFeature feature : c.getEAllStructuralFeatures()) {
                if (isMerged(feature) && feature != c.getEIDAttribute()) {
                    features.add(feature);
                }
            }
            return List.copyOf(features);
        });
    }

    static boolean isMerged(EStructuralFeature feature) {
        if (feature.isDerived() || feature.isTransient() || feature.isVolatile() || !feature.isChangeable()) {
            return false;
        }
        if (feature instanceof EReference reference) {
            if (reference.isContainer()) {
                return false;
            }
            EReference opposite = reference.getEOpposite();
            // Of two stored opposite references, merge one: setting it sets the other.
            if (opposite != null && !opposite.isContainer() && !opposite.isTransient() && !opposite.isDerived()
                    && !reference.isContainment()) {
                String mine = reference.getEContainingClass().getName() + '.' + reference.getName();
                String theirs = opposite.getEContainingClass().getName() + '.' + opposite.getName();
                return mine.compareTo(theirs) < 0;
            }
        }
        return true;
    }

    /** @return whether the children of that containment are identified objects (their class has an ID) */
    static boolean isIdentityContainment(EReference reference) {
        return reference.isContainment() && reference.getEReferenceType().getEIDAttribute() != null;
    }

    @SuppressWarnings("unchecked")
    static List<EObject> asList(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return (List<EObject>) list;
        }
        return List.of((EObject) value);
    }

    /**
     * @param index the version the object belongs to
     * @param object the object, or {@code null} when that version lacks it
     * @param feature one of {@link #of}
     * @return a value that equals the same feature's value in another version when, and only when, it is the same
     */
    static Object comparable(ModelIndex index, EObject object, EStructuralFeature feature) {
        if (object == null) {
            return Absent.VALUE;
        }
        Object value = object.eGet(feature, false);
        if (feature instanceof EAttribute) {
            return feature.isMany() ? new ArrayList<>((Collection<?>) value) : value;
        }
        EReference reference = (EReference) feature;
        if (reference.isContainment() && isIdentityContainment(reference)) {
            return keys(index, asList(value));
        }
        if (reference.isContainment()) {
            List<String> texts = new ArrayList<>();
            for (EObject child : asList(value)) {
                texts.add(canonical(index, child));
            }
            return reference.isMany() ? texts : (texts.isEmpty() ? null : texts.get(0));
        }
        if (reference.isMany()) {
            return keys(index, asList(value));
        }
        return value == null ? null : keyOrUri(index, (EObject) value);
    }

    private static List<String> keys(ModelIndex index, List<EObject> objects) {
        List<String> keys = new ArrayList<>(objects.size());
        for (EObject object : objects) {
            keys.add(keyOrUri(index, object));
        }
        return keys;
    }

    private static String keyOrUri(ModelIndex index, EObject object) {
        String key = index.key(object);
        return key != null ? key : "?" + EcoreUtil.getURI(object).fragment();
    }

    /** A contained object without an ID, as text that compares: class, stored features, nested the same way. */
    static String canonical(ModelIndex index, EObject object) {
        StringBuilder text = new StringBuilder(object.eClass().getName()).append('{');
        for (EStructuralFeature feature : of(object.eClass())) {
            if (object.eIsSet(feature)) {
                text.append(feature.getName()).append('=').append(comparable(index, object, feature)).append(';');
            }
        }
        return text.append('}').toString();
    }

    /** The value of a feature of an object a version lacks: never equal to a real value. */
    enum Absent {
        VALUE;

        @Override
        public String toString() {
            return "";
        }
    }
}
