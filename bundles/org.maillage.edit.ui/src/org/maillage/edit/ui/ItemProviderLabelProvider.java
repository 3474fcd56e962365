/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.edit.ui;

import java.net.URL;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;

/**
 * A JFace label provider backed by EMF.Edit item providers: texts and icons come from
 * {@code org.maillage.model.edit}, in the user's language. Images are created once per icon and disposed with the
 * provider.
 */
public final class ItemProviderLabelProvider extends LabelProvider {

    private final AdapterFactory adapterFactory;
    private final Map<Object, Image> images = new HashMap<>();

    /** @param adapterFactory the factory of item providers, usually a composed one */
    public ItemProviderLabelProvider(AdapterFactory adapterFactory) {
        this.adapterFactory = adapterFactory;
    }

    @Override
    public String getText(Object element) {
        IItemLabelProvider provider = labelProvider(element);
        return provider == null ? String.valueOf(element) : provider.getText(element);
    }

    @Override
    public Image getImage(Object element) {
        IItemLabelProvider provider = labelProvider(element);
        Object image = provider == null ? null : provider.getImage(element);
        if (image instanceof ComposedImage composed) {
            // Overlays are not used by Maillage's item providers: the base icon is enough.
            List<Object> parts = composed.getImages();
            image = parts.isEmpty() ? null : parts.get(0);
        }
        if (!(image instanceof URL url)) {
            return null;
        }
        return images.computeIfAbsent(url.toExternalForm(), key -> ImageDescriptor.createFromURL(url).createImage());
    }

    private IItemLabelProvider labelProvider(Object element) {
        Object provider = adapterFactory.adapt(element, IItemLabelProvider.class);
        return provider instanceof IItemLabelProvider label ? label : null;
    }

    @Override
    public void dispose() {
        images.values().forEach(Image::dispose);
        images.clear();
        super.dispose();
    }
}
