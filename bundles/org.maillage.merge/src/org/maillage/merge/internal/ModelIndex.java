/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.merge.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.maillage.viewpoint.model.diagram.Diagram;

/**
 * The identified objects of one version of a model, by key, with where each one lives.
 * <p>
 * An object is identified by its ID attribute (a roadmap element's {@code uuid}, a diagram element's {@code id}).
 * Keys of objects below a root that has no ID (a {@code .maillagediag} file holds several {@code Diagram} roots
 * without one) are scoped by that root, because such ids need only be unique within one diagram. A root without
 * an ID is keyed by what makes it unique in its file ({@link #naturalKey}: a diagram's viewpoint, description and
 * target), else by its class and its rank among the ID-less roots of that class. Objects of a class without an ID
 * attribute (a node's style, an edge's bend points) are not identified: they are values of their container's
 * feature.
 */
public final class ModelIndex {

    /** Where an identified object lives: its container's key and the containment feature ({@code ""} for roots). */
    public record Location(String container, String feature) {
        /** The resource's list of roots. */
        static final Location ROOT = new Location("", "");
    }

    final Map<String, EObject> byKey = new LinkedHashMap<>();
    final Map<EObject, String> keyOf = new IdentityHashMap<>();
    final Map<String, Location> locations = new HashMap<>();
    /** Children keys by container key and feature name ("" / "" for the roots), in order. */
    final Map<Location, List<String>> children = new HashMap<>();

    /**
     * @param roots the model's roots, in resource order
     */
    public ModelIndex(List<EObject> roots) {
        Map<String, Integer> idLessRanks = new HashMap<>();
        List<String> rootKeys = new ArrayList<>();
        for (EObject root : roots) {
            String id = EcoreUtil.getID(root);
            String key;
            if (id != null) {
                key = "#" + id;
            } else {
                String natural = root.eClass().getName() + ":" + naturalKey(root);
                int rank = idLessRanks.merge(natural, 1, Integer::sum) - 1;
                key = "@" + natural + ":" + rank;
            }
            rootKeys.add(key);
            put(key, root, Location.ROOT);
            walk(root, key, id != null ? "" : key);
        }
        children.put(Location.ROOT, rootKeys);
    }

    /**
     * A diagram file holds one diagram per viewpoint, description and target element (docs/diagrams.md), with no
     * ID: that triple identifies it across versions. By rank alone, a diagram one side deleted or added would shift
     * the others, and a node moved on one diagram would land on another.
     *
     * @return the triple for a Diagram, {@code ""} for other ID-less roots (then matched by rank)
     */
    static String naturalKey(EObject root) {
        if (root instanceof Diagram diagram) {
            return diagram.getViewpointId() + "/" + diagram.getDescriptionId() + "/" + diagram.getTarget();
        }
        return "";
    }

    private void put(String key, EObject object, Location location) {
        byKey.put(key, object);
        keyOf.put(object, key);
        locations.put(key, location);
    }

    private void walk(EObject object, String key, String scope) {
        // Iterative descent would save stack on absurd nesting; roadmaps are a few levels deep.
        for (EReference feature : object.eClass().getEAllContainments()) {
            if (!MergeFeatures.isIdentityContainment(feature) || !MergeFeatures.isMerged(feature)) {
                continue;
            }
            Location location = new Location(key, feature.getName());
            List<String> keys = new ArrayList<>();
            List<EObject> values = MergeFeatures.asList(object.eGet(feature));
            for (int i = 0; i < values.size(); i++) {
                EObject child = values.get(i);
                String id = EcoreUtil.getID(child);
                String childKey = id != null ? scope + "#" + id : key + "/" + feature.getName() + "[" + i + "]";
                keys.add(childKey);
                put(childKey, child, location);
                walk(child, childKey, scope);
            }
            children.put(location, keys);
        }
    }

    /** @return the object of that key, or {@code null} */
    public EObject get(String key) {
        return key == null ? null : byKey.get(key);
    }

    /** @return the key of that object, or {@code null} when it is not identified in this version */
    public String key(EObject object) {
        return keyOf.get(object);
    }

    /** @return where the object of that key lives, or {@code null} when this version has no such object */
    public Location location(String key) {
        return locations.get(key);
    }

    /** @return the keys of the children at that location, in order (empty when none) */
    public List<String> children(Location location) {
        List<String> keys = children.get(location);
        return keys == null ? List.of() : keys;
    }

    /** @return the ID part of a key, as the user sees it */
    static String idOf(String key) {
        int hash = key.lastIndexOf('#');
        return hash >= 0 ? key.substring(hash + 1) : key;
    }

    static boolean hasId(EObject object) {
        EAttribute id = object.eClass().getEIDAttribute();
        return id != null && object.eGet(id) != null;
    }
}
