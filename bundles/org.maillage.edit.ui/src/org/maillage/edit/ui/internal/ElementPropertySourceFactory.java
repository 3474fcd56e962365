/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.edit.ui.internal;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.ui.views.properties.IPropertySource;
import org.maillage.edit.ui.PropertySheets;

/**
 * Gives the Properties view the properties of any selected roadmap element, whichever part selected it: the
 * element's editing domain (and so its command stack) is found from the element's resource set.
 */
public final class ElementPropertySourceFactory implements IAdapterFactory {

    @Override
    public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
        if (adapterType != IPropertySource.class) {
            return null;
        }
        IPropertySource source = PropertySheets.sourceOf(adaptable);
        return source == null ? null : adapterType.cast(source);
    }

    @Override
    public Class<?>[] getAdapterList() {
        return new Class<?>[] { IPropertySource.class };
    }
}
