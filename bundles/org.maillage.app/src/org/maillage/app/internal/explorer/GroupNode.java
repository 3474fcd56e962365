/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.app.internal.explorer;

import java.net.URL;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A node of the explorer that is not an element of the roadmap: a heading such as "Dispositifs", "CLS" or a
 * chantier theme, under which the explorer groups elements the way users think of them.
 * <p>
 * Two nodes are equal when they have the same parent and key, so that the tree keeps its expanded and selected
 * nodes across refreshes, when the content provider builds new nodes. The children are computed from the model at
 * each call: a node never shows a stale list.
 */
public final class GroupNode {

    private final Object parent;
    private final String key;
    private final String label;
    private final URL icon;
    private final Supplier<List<?>> children;

    GroupNode(Object parent, String key, String label, URL icon, Supplier<List<?>> children) {
        this.parent = parent;
        this.key = key;
        this.label = label;
        this.icon = icon;
        this.children = children;
    }

    /** @return the node's parent: the roadmap root, another group or an element */
    public Object parent() {
        return parent;
    }

    /** @return what identifies the node among its siblings, e.g. {@code dispositifs} or {@code theme:Santé mentale} */
    public String key() {
        return key;
    }

    /** @return the heading, without the count */
    public String label() {
        return label;
    }

    /** @return the icon's URL, or {@code null} for a folder */
    URL icon() {
        return icon;
    }

    /** @return the elements and groups under this heading, now */
    public List<?> children() {
        return children.get();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GroupNode node && key.equals(node.key) && Objects.equals(parent, node.parent);
    }

    @Override
    public int hashCode() {
        return Objects.hash(parent, key);
    }

    @Override
    public String toString() {
        return label;
    }
}
