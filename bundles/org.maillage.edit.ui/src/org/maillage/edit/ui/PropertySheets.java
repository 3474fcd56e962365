/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.edit.ui;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.IPropertySourceProvider;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;
import org.maillage.edit.ui.internal.ItemPropertySource;

/**
 * The Properties view for roadmap elements: tabs (Général, Relations, Sources) with the fields of the forms
 * ({@link PropertyForm}: French names, typed text, combos, choosers with search), and changes as undoable commands.
 * <p>
 * An editor or view returns {@link #createPage} from {@code getAdapter(IPropertySheetPage.class)}. Parts that do
 * not still get the properties of selected elements through the platform adapter this bundle registers (the
 * editing domain is found from the element), in the platform's default, untabbed page.
 */
public final class PropertySheets {

    private PropertySheets() {
    }

    /** The tabbed property contributor of roadmap elements (tabs and sections in this bundle's plugin.xml). */
    public static final String CONTRIBUTOR_ID = "org.maillage.properties";

    /**
     * @return a tabbed property sheet page for roadmap elements (tabs Général, Relations, Sources), whichever
     *         roadmap they belong to; edits run on that roadmap's command stack
     */
    public static IPropertySheetPage createPage() {
        return new TabbedPropertySheetPage(() -> CONTRIBUTOR_ID);
    }

    /**
     * @param domain the roadmap's editing domain
     * @param adapterFactory its item providers
     * @param icons element icons, owned by the caller, or {@code null} for none
     * @return property sources for the elements of that roadmap
     */
    public static IPropertySourceProvider provider(EditingDomain domain, AdapterFactory adapterFactory,
            ItemProviderLabelProvider icons) {
        return object -> source(object, domain, adapterFactory, icons);
    }

    /**
     * @param object an element, or anything else
     * @return the property source of an element whose roadmap is open (its domain is found from the element), or
     *         {@code null}
     */
    public static IPropertySource sourceOf(Object object) {
        if (!(object instanceof EObject element)) {
            return null;
        }
        if (!(AdapterFactoryEditingDomain.getEditingDomainFor(element) instanceof AdapterFactoryEditingDomain d)) {
            return null;
        }
        return source(object, d, d.getAdapterFactory(), null);
    }

    private static IPropertySource source(Object object, EditingDomain domain, AdapterFactory adapterFactory,
            ItemProviderLabelProvider icons) {
        if (!(object instanceof EObject element)) {
            return null;
        }
        Object source = adapterFactory.adapt(element, IItemPropertySource.class);
        return source instanceof IItemPropertySource items ? new ItemPropertySource(element, items, domain, icons)
                : null;
    }
}
