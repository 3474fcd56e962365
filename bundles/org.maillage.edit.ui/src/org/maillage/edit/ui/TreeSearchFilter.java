/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.edit.ui;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.maillage.core.text.Search;

/**
 * The search of a tree of elements: keeps the nodes whose label contains the typed text (accents and case aside,
 * through {@link Search}) and the nodes above them, so that a match is always seen where it sits. The explorer
 * and the editor's Éléments page share it.
 */
public final class TreeSearchFilter extends ViewerFilter {

    private final Function<Object, String> label;
    private final Map<Object, Boolean> kept = new HashMap<>();
    private String query = "";

    /** @param label the label a node is searched by, as shown */
    public TreeSearchFilter(Function<Object, String> label) {
        this.label = label;
    }

    /**
     * Sets the text searched and forgets what was found: call it again after a change of the model.
     *
     * @param text what the user typed
     */
    public void setQuery(String text) {
        query = Search.normalize(text);
        kept.clear();
    }

    /** @return whether there is a text to search, i.e. whether the filter hides anything */
    public boolean isActive() {
        return !query.isEmpty();
    }

    @Override
    public boolean select(Viewer viewer, Object parent, Object element) {
        if (query.isEmpty()) {
            return true;
        }
        ITreeContentProvider contents = (ITreeContentProvider) ((StructuredViewer) viewer).getContentProvider();
        return keeps(contents, element, 0);
    }

    private boolean keeps(ITreeContentProvider contents, Object element, int depth) {
        Boolean known = kept.get(element);
        if (known != null) {
            return known;
        }
        // A depth bound: a content provider that loops (an element under itself) must not hang the search.
        boolean keep = Search.normalize(label.apply(element)).contains(query);
        if (!keep && depth < 64) {
            for (Object child : contents.getChildren(element)) {
                if (keeps(contents, child, depth + 1)) {
                    keep = true;
                    break;
                }
            }
        }
        kept.put(element, keep);
        return keep;
    }
}
