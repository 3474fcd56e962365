/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.internal.expressions;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

/**
 * The semantic objects a set of evaluations read, and whether one of them looked at the whole roadmap (all
 * instances of a class, inverse references). A cached result stays valid while none of these changes.
 */
public final class Dependencies {

    private final Set<EObject> objects = new HashSet<>();
    private boolean global;

    Set<EObject> objects() {
        return objects;
    }

    /** Marks the results as depending on the whole roadmap (any reference change may affect them). */
    public void markGlobal() {
        global = true;
    }

    /** Adds an object read outside an expression (e.g. the element itself). */
    public void add(EObject object) {
        objects.add(object);
    }

    /** Calls {@code action} with each object read. */
    public void forEachObject(java.util.function.Consumer<EObject> action) {
        objects.forEach(action);
    }

    /** @return whether a result depending on these reads may have changed after {@code touched} changed */
    public boolean affectedBy(Collection<EObject> touched, boolean structural) {
        if (global && structural) {
            return true;
        }
        if (objects.size() < touched.size()) {
            for (EObject o : objects) {
                if (touched.contains(o)) {
                    return true;
                }
            }
            return false;
        }
        for (EObject o : touched) {
            if (objects.contains(o)) {
                return true;
            }
        }
        return false;
    }
}
