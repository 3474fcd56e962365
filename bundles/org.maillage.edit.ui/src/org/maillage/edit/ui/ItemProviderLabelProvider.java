/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.edit.ui;

import java.net.URL;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.maillage.model.provider.MaillageEditPlugin;

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

    /**
     * The item provider's label, "<kind> <name>", except that a name which already begins with its kind ("CLS de
     * Pont-Audemer", "Contrat de ville 2024-2030 : ...") is not preceded by the kind a second time.
     */
    @Override
    public String getText(Object element) {
        String kind = kind(element);
        String text = fullText(element);
        String name = withoutKind(text, kind);
        return kind != null && name.length() < text.length() && name.startsWith(kind) ? name : text;
    }

    /**
     * @param element an element
     * @return its label without the name of its kind in front ("Évreux" rather than "Commune Évreux"), for places
     *         where the kind is already known; the full label when the item provider does not follow that pattern
     */
    public String getShortText(Object element) {
        return withoutKind(fullText(element), kind(element));
    }

    /** @return the text without {@code kind} and a space in front, or the same text when it does not start so */
    private static String withoutKind(String text, String kind) {
        return kind != null && text.startsWith(kind + " ") && text.length() > kind.length() + 1
                ? text.substring(kind.length() + 1)
                : text;
    }

    private String fullText(Object element) {
        IItemLabelProvider provider = labelProvider(element);
        return provider == null ? String.valueOf(element) : provider.getText(element);
    }

    /** @return the name of the element's kind as its generated item provider prefixes it, or {@code null} */
    private static String kind(Object element) {
        if (!(element instanceof EObject object)) {
            return null;
        }
        try {
            return MaillageEditPlugin.INSTANCE.getString("_UI_" + object.eClass().getName() + "_type");
        } catch (MissingResourceException e) {
            // A kind from a plug-in's own edit bundle: its label is left whole.
            return null;
        }
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
