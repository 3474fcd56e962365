/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.merge.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The order of a list that two sides changed from a common base. The side that kept the base's relative order of
 * the items all three share gives way to the other; the items each side added are put after the item that precedes
 * them on their side. When both sides reordered the shared items differently, "ours" wins and the caller is told.
 * Items removed by one side are not removed here: the caller knows where each item finally lives.
 */
final class ListMerge {

    private ListMerge() {
    }

    static List<Object> order(List<?> base, List<?> ours, List<?> theirs, Runnable reorderConflict) {
        Set<Object> inBase = new HashSet<>(base);
        Set<Object> inOurs = new HashSet<>(ours);
        Set<Object> inTheirs = new HashSet<>(theirs);
        List<Object> sharedBase = shared(base, inOurs, inTheirs, inBase);
        List<Object> sharedOurs = shared(ours, inOurs, inTheirs, inBase);
        List<Object> sharedTheirs = shared(theirs, inOurs, inTheirs, inBase);
        List<?> skeleton = ours;
        List<?> other = theirs;
        if (!sharedTheirs.equals(sharedBase) && !sharedTheirs.equals(sharedOurs)) {
            if (sharedOurs.equals(sharedBase)) {
                skeleton = theirs;
                other = ours;
            } else {
                reorderConflict.run();
            }
        }
        List<Object> result = new ArrayList<>(skeleton);
        Set<Object> present = new HashSet<>(skeleton);
        if (present.containsAll(other)) {
            return result;
        }
        Set<Object> inOther = other == theirs ? inTheirs : inOurs;
        Object previous = null;
        for (Object item : other) {
            if (present.add(item)) {
                // Linear search: few items are added per merge, and lists are at most a few thousand long.
                int at = previous == null ? 0 : result.indexOf(previous) + 1;
                // After what the skeleton's side added there too: its additions first, as if applied first.
                while (at < result.size() && !inBase.contains(result.get(at)) && !inOther.contains(result.get(at))) {
                    at++;
                }
                result.add(at, item);
            }
            previous = item;
        }
        return result;
    }

    private static List<Object> shared(List<?> list, Set<Object> a, Set<Object> b, Set<Object> c) {
        List<Object> shared = new ArrayList<>();
        for (Object item : list) {
            if (a.contains(item) && b.contains(item) && c.contains(item)) {
                shared.add(item);
            }
        }
        return shared;
    }
}
