/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.edit.ui.internal;

import java.util.Set;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.forms.widgets.Form;
import org.eclipse.ui.views.properties.tabbed.AbstractPropertySection;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;
import org.maillage.edit.ui.ItemProviderLabelProvider;
import org.maillage.edit.ui.PropertyForm;
import org.maillage.model.MaillagePackage;

/**
 * One tab of the Properties view for a roadmap element: the {@link PropertyForm} fields of the element's
 * properties that belong to the tab, named in plugin.xml after the class ({@code ElementSection:general},
 * {@code :relations} or {@code :sources}). General shows the attributes, relations the references, sources the
 * description, citations and the illustrative mark. Edits run on the roadmap's command stack (its editing domain
 * is found from the element) and the fields follow the stack.
 */
public final class ElementSection extends AbstractPropertySection implements IExecutableExtension {

    private static final Set<EStructuralFeature> SOURCES = Set.of(MaillagePackage.Literals.ELEMENT__DESCRIPTION,
            MaillagePackage.Literals.ELEMENT__CITATIONS, MaillagePackage.Literals.ELEMENT__ILLUSTRATIVE);

    private String tab = "general";
    private Composite parent;
    private EObject element;
    private Form form;
    private PropertyForm fields;
    private ItemProviderLabelProvider icons;

    @Override
    public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
        if (data instanceof String name && !name.isBlank()) {
            tab = name.trim();
        }
    }

    @Override
    public void createControls(Composite parent, TabbedPropertySheetPage page) {
        super.createControls(parent, page);
        this.parent = parent;
    }

    @Override
    public void setInput(IWorkbenchPart part, ISelection selection) {
        super.setInput(part, selection);
        EObject next = selection instanceof IStructuredSelection s && s.getFirstElement() instanceof EObject e ? e
                : null;
        if (next != element) {
            element = next;
            build();
        }
    }

    /**
     * @param tab {@code general}, {@code relations} or {@code sources}
     * @param feature a property
     * @return whether the tab shows it
     */
    static boolean shows(String tab, EStructuralFeature feature) {
        return switch (tab) {
            case "sources" -> SOURCES.contains(feature);
            case "relations" -> !(feature instanceof EAttribute);
            default -> feature instanceof EAttribute && !SOURCES.contains(feature);
        };
    }

    private void build() {
        clear();
        if (element == null || parent == null || parent.isDisposed()
                || !(AdapterFactoryEditingDomain.getEditingDomainFor(element) instanceof AdapterFactoryEditingDomain d)) {
            return;
        }
        form = getWidgetFactory().createForm(parent);
        Composite body = form.getBody();
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(body);
        icons = new ItemProviderLabelProvider(d.getAdapterFactory());
        fields = new PropertyForm(getWidgetFactory(), form, d, d.getAdapterFactory(), icons);
        for (EStructuralFeature feature : fields.features(element)) {
            if (shows(tab, feature)) {
                fields.addField(body, element, feature, feature == MaillagePackage.Literals.ELEMENT__DESCRIPTION);
            }
        }
        fields.alignLabels();
        getWidgetFactory().paintBordersFor(body);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(form);
        parent.layout(true, true);
    }

    /**
     * @param feature a property
     * @return its control in this tab, or {@code null}; for tests
     */
    public Control control(EStructuralFeature feature) {
        return fields == null ? null : fields.control(feature);
    }

    @Override
    public void refresh() {
        if (fields != null) {
            fields.refresh();
        }
    }

    @Override
    public void aboutToBeHidden() {
        if (fields != null) {
            fields.commitPending();
        }
    }

    @Override
    public boolean shouldUseExtraSpace() {
        return true;
    }

    private void clear() {
        if (fields != null) {
            fields.dispose();
            fields = null;
        }
        if (form != null) {
            form.dispose();
            form = null;
        }
        if (icons != null) {
            icons.dispose();
            icons = null;
        }
    }

    @Override
    public void dispose() {
        clear();
        super.dispose();
    }
}
