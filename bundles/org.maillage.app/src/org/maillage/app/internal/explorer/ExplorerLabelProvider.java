/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.app.internal.explorer;

import java.net.URL;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.viewers.IColorProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.maillage.edit.ui.ItemProviderLabelProvider;
import org.maillage.model.figures.Figures;
import org.maillage.model.plan.Chantier;

/**
 * Labels of the explorer: the item providers' for elements, the heading and its number of elements for groups
 * ("CLS (4)"); late chantiers in red, as users look for them first.
 */
public final class ExplorerLabelProvider extends LabelProvider implements IColorProvider {

    private final ItemProviderLabelProvider elements;
    private final Map<URL, Image> icons = new HashMap<>();

    /** @param adapterFactory the roadmap's item providers */
    public ExplorerLabelProvider(AdapterFactory adapterFactory) {
        this.elements = new ItemProviderLabelProvider(adapterFactory);
    }

    @Override
    public String getText(Object element) {
        if (element instanceof GroupNode group) {
            return group.label() + " (" + count(group) + ")";
        }
        return elements.getText(element);
    }

    @Override
    public Image getImage(Object element) {
        if (!(element instanceof GroupNode group)) {
            return elements.getImage(element);
        }
        URL icon = group.icon();
        if (icon == null) {
            return PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJ_FOLDER);
        }
        return icons.computeIfAbsent(icon, url -> ImageDescriptor.createFromURL(url).createImage());
    }

    @Override
    public Color getForeground(Object element) {
        return element instanceof Chantier chantier && Figures.enRetard(chantier, LocalDate.now())
                ? Display.getCurrent().getSystemColor(SWT.COLOR_DARK_RED)
                : null;
    }

    @Override
    public Color getBackground(Object element) {
        return null;
    }

    /** @return the number of elements under a heading, sub-headings not counted */
    static int count(GroupNode group) {
        int count = 0;
        for (Object child : group.children()) {
            count += child instanceof GroupNode sub ? count(sub) : 1;
        }
        return count;
    }

    @Override
    public void dispose() {
        elements.dispose();
        icons.values().forEach(Image::dispose);
        icons.clear();
        super.dispose();
    }
}
