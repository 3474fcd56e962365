/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.spreadsheet.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.maillage.model.Element;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.instance.Snapshot;

/**
 * Finds the element a cell names: by uuid, by name, or by code or number (accents and case ignored). The model is
 * walked once per type asked, not once per cell. Frozen séance states are not candidates.
 */
public final class Resolver {

    /** What a name gave: the element, or why there is none. */
    public record Result(EObject element, boolean ambiguous) {
    }

    private final ModeleMaillage model;
    private final Map<EClass, Map<String, List<EObject>>> indexes = new HashMap<>();

    /** @param model the roadmap whose elements cells name */
    public Resolver(ModeleMaillage model) {
        this.model = model;
    }

    /** @return every element of the model of that type, in document order, frozen states left out */
    public static List<EObject> all(ModeleMaillage model, EClass type) {
        List<EObject> found = new ArrayList<>();
        for (TreeIterator<EObject> it = model.eAllContents(); it.hasNext();) {
            EObject object = it.next();
            if (object instanceof Snapshot) {
                it.prune();
            } else if (type.isInstance(object)) {
                found.add(object);
            }
        }
        return found;
    }

    /** @return the code or number of an element ({@code code}, {@code numero}, {@code identifiant}), or null */
    public static String code(EObject object) {
        for (String name : new String[] { "code", "numero", "identifiant" }) {
            EStructuralFeature feature = object.eClass().getEStructuralFeature(name);
            if (feature != null && !feature.isMany() && object.eGet(feature) instanceof String s && !s.isBlank()) {
                return s;
            }
        }
        return null;
    }

    /**
     * @param type the type wanted
     * @param text the cell's text for one element
     * @return the element, {@code null} in the result when none or several match
     */
    public Result resolve(EClass type, String text) {
        List<EObject> matches = indexes.computeIfAbsent(type, this::index).getOrDefault(Headers.normalise(text),
                List.of());
        if (matches.size() == 1) {
            return new Result(matches.get(0), false);
        }
        return new Result(null, matches.size() > 1);
    }

    private Map<String, List<EObject>> index(EClass type) {
        Map<String, List<EObject>> index = new HashMap<>();
        Map<String, List<EObject>> byName = new HashMap<>();
        for (EObject object : all(model, type)) {
            if (object instanceof Element element) {
                put(index, element.getUuid(), object);
                put(byName, element.getNom(), object);
            }
            put(byName, code(object), object);
        }
        // A uuid wins over a name that happens to read the same.
        byName.forEach((k, v) -> index.merge(k, v, (a, b) -> a));
        return index;
    }

    private static void put(Map<String, List<EObject>> index, String key, EObject object) {
        if (key != null && !key.isBlank()) {
            List<EObject> list = index.computeIfAbsent(Headers.normalise(key), k -> new ArrayList<>());
            if (!list.contains(object)) {
                list.add(object);
            }
        }
    }
}
