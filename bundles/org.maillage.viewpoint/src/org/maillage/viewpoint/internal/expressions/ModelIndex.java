/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.internal.expressions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.figures.Figures;

/**
 * Every object of a roadmap and its inverse references, built on first use by one walk of the model, so that
 * {@code vp:inverse} and {@code vp:allOfType} cost a lookup instead of a walk each. Valid for one refresh: the
 * interpreter makes a new one each time (the model may have changed in between).
 */
public final class ModelIndex {

    private final EObject root;
    private List<EObject> all;
    private Map<EObject, Map<String, List<EObject>>> inverse;
    private Figures figures;

    /** @param anyInModel an object of the roadmap; the index covers the whole tree of its root */
    public ModelIndex(EObject anyInModel) {
        this.root = EcoreUtil.getRootContainer(anyInModel);
    }

    /** @return every object under the root (the root excluded), in tree order */
    List<EObject> all() {
        if (all == null) {
            all = new ArrayList<>();
            root.eAllContents().forEachRemaining(all::add);
        }
        return all;
    }

    /** @return the objects whose reference named {@code feature} holds {@code target} */
    List<EObject> inverse(EObject target, String feature) {
        if (inverse == null) {
            inverse = new HashMap<>();
            for (EObject object : all()) {
                for (EReference reference : object.eClass().getEAllReferences()) {
                    if (reference.isContainment() || reference.isContainer() || reference.isDerived()) {
                        continue;
                    }
                    Object value = object.eGet(reference, false);
                    if (value instanceof Collection<?> values) {
                        for (Object v : values) {
                            add(v, reference.getName(), object);
                        }
                    } else {
                        add(value, reference.getName(), object);
                    }
                }
            }
        }
        Map<String, List<EObject>> byFeature = inverse.get(target);
        List<EObject> found = byFeature == null ? null : byFeature.get(feature);
        return found == null ? List.of() : found;
    }

    /**
     * @return the figures of the roadmap, judged today, computed on first use (one pass for all the nodes of a
     *         refresh); {@code null} when the root is not a roadmap model
     */
    Figures figures() {
        if (figures == null && root instanceof ModeleMaillage model) {
            figures = Figures.of(model, LocalDate.now());
        }
        return figures;
    }

    private void add(Object target, String feature, EObject source) {
        if (target instanceof EObject t) {
            List<EObject> sources = inverse.computeIfAbsent(t, k -> new HashMap<>(4)).computeIfAbsent(feature,
                    k -> new ArrayList<>(2));
            if (sources.isEmpty() || sources.get(sources.size() - 1) != source) {
                sources.add(source);
            }
        }
    }
}
