/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.edit.ui.internal;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.maillage.edit.ui.ItemProviderLabelProvider;
import org.maillage.model.edit.MaillageItemProviders;

/**
 * The title of the tabbed Properties view: the icon and French label of the selected element (the framework gives
 * the whole selection).
 */
public final class ElementTitles extends LabelProvider {

    private final ItemProviderLabelProvider labels =
            new ItemProviderLabelProvider(MaillageItemProviders.createAdapterFactory());

    @Override
    public String getText(Object selection) {
        Object element = first(selection);
        return element == null ? "" : labels.getText(element);
    }

    @Override
    public Image getImage(Object selection) {
        Object element = first(selection);
        return element == null ? null : labels.getImage(element);
    }

    private static Object first(Object selection) {
        return selection instanceof IStructuredSelection s ? s.getFirstElement() : selection;
    }

    @Override
    public void dispose() {
        labels.dispose();
        super.dispose();
    }
}
