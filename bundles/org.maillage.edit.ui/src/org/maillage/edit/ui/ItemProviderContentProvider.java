/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.edit.ui;

import java.util.Collection;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;

/**
 * A JFace tree content provider backed by EMF.Edit item providers.
 * <p>
 * EMF's own glue ({@code org.eclipse.emf.edit.ui}) is not published on Maven Central, so Maillage keeps this small
 * equivalent: the item providers of {@code org.maillage.model.edit} decide what the children of an element are,
 * the viewer only asks.
 */
public final class ItemProviderContentProvider implements ITreeContentProvider {

    private final AdapterFactory adapterFactory;

    /** @param adapterFactory the factory of item providers, usually a composed one */
    public ItemProviderContentProvider(AdapterFactory adapterFactory) {
        this.adapterFactory = adapterFactory;
    }

    @Override
    public Object[] getElements(Object input) {
        Object provider = adapterFactory.adapt(input, IStructuredItemContentProvider.class);
        return provider instanceof IStructuredItemContentProvider structured
                ? structured.getElements(input).toArray()
                : new Object[0];
    }

    @Override
    public Object[] getChildren(Object parent) {
        ITreeItemContentProvider provider = treeProvider(parent);
        Collection<?> children = provider == null ? null : provider.getChildren(parent);
        return children == null ? new Object[0] : children.toArray();
    }

    @Override
    public Object getParent(Object element) {
        ITreeItemContentProvider provider = treeProvider(element);
        return provider == null ? null : provider.getParent(element);
    }

    @Override
    public boolean hasChildren(Object element) {
        ITreeItemContentProvider provider = treeProvider(element);
        return provider != null && provider.hasChildren(element);
    }

    private ITreeItemContentProvider treeProvider(Object element) {
        Object provider = adapterFactory.adapt(element, ITreeItemContentProvider.class);
        return provider instanceof ITreeItemContentProvider tree ? tree : null;
    }
}
