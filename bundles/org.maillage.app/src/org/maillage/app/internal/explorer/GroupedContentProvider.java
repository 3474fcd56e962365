/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.app.internal.explorer;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.maillage.edit.ui.ItemProviderContentProvider;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.plan.FeuilleDeRoute;

/**
 * The explorer's tree: the item providers' tree with {@link RoadmapGroups headings} between the root and its
 * elements, and the chantiers of a feuille de route grouped by theme. Below those, children are the item providers'
 * (axes and fiches actions of a CLS, départements and communes of a région...).
 */
public final class GroupedContentProvider implements ITreeContentProvider {

    private final ItemProviderContentProvider delegate;

    /** @param adapterFactory the roadmap's item providers */
    public GroupedContentProvider(AdapterFactory adapterFactory) {
        this.delegate = new ItemProviderContentProvider(adapterFactory);
    }

    @Override
    public Object[] getElements(Object input) {
        return input instanceof ModeleMaillage model ? RoadmapGroups.headings(model).toArray()
                : delegate.getElements(input);
    }

    @Override
    public Object[] getChildren(Object parent) {
        if (parent instanceof GroupNode group) {
            return group.children().toArray();
        }
        if (parent instanceof FeuilleDeRoute feuille) {
            return RoadmapGroups.themes(feuille).toArray();
        }
        return delegate.getChildren(parent);
    }

    @Override
    public Object getParent(Object element) {
        if (element instanceof GroupNode group) {
            return group.parent();
        }
        GroupNode group = element instanceof EObject object ? RoadmapGroups.groupOf(object) : null;
        return group != null ? group : delegate.getParent(element);
    }

    @Override
    public boolean hasChildren(Object element) {
        if (element instanceof GroupNode group) {
            return !group.children().isEmpty();
        }
        if (element instanceof FeuilleDeRoute feuille) {
            return !feuille.getChantiers().isEmpty();
        }
        return delegate.hasChildren(element);
    }
}
