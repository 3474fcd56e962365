/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.edit.ui;

import java.util.ArrayList;
import java.util.EventObject;
import java.util.List;

import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.Form;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.maillage.edit.ui.internal.ComboField;
import org.maillage.edit.ui.internal.Edits;
import org.maillage.edit.ui.internal.FieldContext;
import org.maillage.edit.ui.internal.FieldErrors;
import org.maillage.edit.ui.internal.PropertyField;
import org.maillage.edit.ui.internal.ReferenceField;
import org.maillage.edit.ui.internal.TextField;
import org.maillage.model.MaillagePackage;

/**
 * Eclipse Forms fields for the properties of roadmap elements, built from their item property descriptors: the
 * label and description come from the model's edit bundle (French), the kind of control from the property's type
 * (text with typed validation, combo for enumerations and yes/no, a chooser with search for references and value
 * lists). Every change runs a command on the roadmap's command stack, so it can be undone; the fields follow the
 * stack (an undo shows at once).
 * <p>
 * A form page creates one {@code PropertyForm} for the element it shows, adds the fields it wants in the order it
 * wants, and disposes it when it shows another element.
 */
public final class PropertyForm {

    private final FieldContext context;
    private final AdapterFactory adapterFactory;
    private final List<PropertyField> fields = new ArrayList<>();
    private final List<Label> labels = new ArrayList<>();
    private final CommandStackListener stackListener = this::stackChanged;

    /**
     * @param toolkit the form's toolkit
     * @param form the form whose heading shows input errors
     * @param domain the roadmap's editing domain
     * @param adapterFactory the roadmap's item providers
     * @param icons element icons, owned by the caller
     */
    public PropertyForm(FormToolkit toolkit, ScrolledForm form, EditingDomain domain,
            AdapterFactory adapterFactory, ItemProviderLabelProvider icons) {
        this(toolkit, form.getForm(), domain, adapterFactory, icons);
    }

    /**
     * @param toolkit the form's toolkit
     * @param form the form (not scrolled: a tab of the Properties view scrolls) whose heading shows input errors
     * @param domain the roadmap's editing domain
     * @param adapterFactory the roadmap's item providers
     * @param icons element icons, owned by the caller
     */
    public PropertyForm(FormToolkit toolkit, Form form, EditingDomain domain, AdapterFactory adapterFactory,
            ItemProviderLabelProvider icons) {
        this.context = new FieldContext(domain, toolkit, new FieldErrors(form), icons);
        this.adapterFactory = adapterFactory;
        domain.getCommandStack().addCommandStackListener(stackListener);
    }

    /**
     * @param owner an element
     * @return the features its item provider shows as properties, in the provider's order, but the technical ones
     *         (see {@link #isForUsers})
     */
    public List<EStructuralFeature> features(EObject owner) {
        IItemPropertySource source = source(owner);
        List<EStructuralFeature> features = new ArrayList<>();
        if (source != null) {
            for (IItemPropertyDescriptor descriptor : source.getPropertyDescriptors(owner)) {
                if (descriptor.getFeature(owner) instanceof EStructuralFeature feature && isForUsers(feature)) {
                    features.add(feature);
                }
            }
        }
        return features;
    }

    /**
     * The uuid identifies an element in files and links; users name elements by kind and name and never need it (a
     * spreadsheet export carries it where a script does). No form or Properties view shows it.
     *
     * @param feature a property
     * @return whether forms and the Properties view show it
     */
    public static boolean isForUsers(EStructuralFeature feature) {
        return feature != MaillagePackage.Literals.ELEMENT__UUID;
    }

    /**
     * Adds a label and a control for one property.
     *
     * @param parent a composite with a two-column {@code GridLayout}
     * @param owner the element
     * @param feature one of {@link #features(EObject)}
     * @param multiLine whether a text spans several lines (a description)
     * @return {@code false} when the element shows no such property (nothing added)
     */
    public boolean addField(Composite parent, EObject owner, EStructuralFeature feature, boolean multiLine) {
        IItemPropertySource source = source(owner);
        IItemPropertyDescriptor descriptor = source == null ? null
                : Edits.descriptor(source, owner, feature);
        if (descriptor == null) {
            return false;
        }
        Label label = context.toolkit().createLabel(parent, descriptor.getDisplayName(owner));
        label.setToolTipText(descriptor.getDescription(owner));
        boolean tall = multiLine || feature.isMany() && feature instanceof EAttribute a && isText(a);
        GridDataFactory.fillDefaults().align(SWT.FILL, tall ? SWT.TOP : SWT.CENTER).applyTo(label);
        labels.add(label);
        fields.add(create(parent, owner, descriptor, feature, multiLine));
        return true;
    }

    private PropertyField create(Composite parent, EObject owner, IItemPropertyDescriptor descriptor,
            EStructuralFeature feature, boolean multiLine) {
        if (feature instanceof EAttribute attribute) {
            if (!attribute.isMany() && isChoice(attribute)) {
                return new ComboField(context, parent, owner, descriptor);
            }
            if (!attribute.isMany() || isText(attribute)) {
                return new TextField(context, parent, owner, descriptor, multiLine);
            }
        }
        return new ReferenceField(context, parent, owner, descriptor);
    }

    private static boolean isChoice(EAttribute attribute) {
        Class<?> kind = attribute.getEAttributeType().getInstanceClass();
        return attribute.getEAttributeType() instanceof EEnum || kind == boolean.class || kind == Boolean.class;
    }

    private static boolean isText(EAttribute attribute) {
        return attribute.getEAttributeType().getInstanceClass() == String.class;
    }

    private IItemPropertySource source(EObject owner) {
        Object source = adapterFactory.adapt(owner, IItemPropertySource.class);
        return source instanceof IItemPropertySource s ? s : null;
    }

    /**
     * @param feature a property
     * @return the main control of the first field added for it (a text, a combo, the summary of references), or
     *         {@code null}; for focus and tests
     */
    public Control control(EStructuralFeature feature) {
        return fields.stream().filter(f -> f.getFeature() == feature).map(PropertyField::getControl).findFirst()
                .orElse(null);
    }

    /**
     * Gives every label of the form the width of the widest, so that the values of all sections start at the same
     * place. Call once the fields are added.
     */
    public void alignLabels() {
        int widest = labels.stream().mapToInt(l -> l.computeSize(SWT.DEFAULT, SWT.DEFAULT).x).max().orElse(0);
        for (Label label : labels) {
            ((GridData) label.getLayoutData()).widthHint = widest;
        }
    }

    /** Commits text typed in a field that still has the focus (before a save, for instance). */
    public void commitPending() {
        for (PropertyField field : fields) {
            if (field instanceof TextField text && !text.getControl().isDisposed()
                    && text.getControl().isFocusControl()) {
                text.commit();
            }
        }
    }

    /** Shows the current values again. */
    public void refresh() {
        fields.forEach(PropertyField::refresh);
    }

    private void stackChanged(EventObject event) {
        refresh();
    }

    /** Stops following the command stack; the controls go with their parent. */
    public void dispose() {
        context.domain().getCommandStack().removeCommandStackListener(stackListener);
        context.errors().clearAll();
        fields.clear();
        labels.clear();
    }
}
