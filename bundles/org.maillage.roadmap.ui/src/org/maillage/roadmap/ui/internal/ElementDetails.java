/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.roadmap.ui.internal;

import java.util.EventObject;
import java.util.function.Consumer;

import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;
import org.eclipse.ui.forms.widgets.SharedScrolledComposite;
import org.maillage.edit.ui.ItemProviderContentProvider;
import org.maillage.edit.ui.ItemProviderLabelProvider;
import org.maillage.edit.ui.PropertyForm;
import org.maillage.model.edit.RoadmapDocument;

/**
 * The form of one element: a heading with its label and icon, the sections its kind's layout gives
 * ({@link FormLayouts}), and what it contains. Built again for each element shown; every field edits through the
 * roadmap's command stack.
 */
public final class ElementDetails {

    private final IManagedForm managedForm;
    private final RoadmapDocument document;
    private final ItemProviderLabelProvider icons;
    private final Consumer<EObject> open;
    private final CommandStackListener headingUpdater = this::stackChanged;
    private Composite host;
    private EObject element;
    private PropertyForm form;
    private ChildrenSection children;

    ElementDetails(IManagedForm managedForm, RoadmapDocument document, ItemProviderLabelProvider icons,
            Consumer<EObject> open) {
        this.managedForm = managedForm;
        this.document = document;
        this.icons = icons;
        this.open = open;
        document.getCommandStack().addCommandStackListener(headingUpdater);
    }

    /**
     * Shows the form of an element in the host, replacing the previous one.
     *
     * @param parent the composite of the details (a one-column grid)
     * @param shown the element, or {@code null} to show a hint
     */
    void show(Composite parent, EObject shown) {
        clear();
        element = shown;
        FormToolkit toolkit = managedForm.getToolkit();
        host = toolkit.createComposite(parent);
        GridLayoutFactory.fillDefaults().applyTo(host);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(host);
        if (shown == null) {
            toolkit.createLabel(host, Messages.get("details.none"));
        } else {
            form = new PropertyForm(toolkit, managedForm.getForm(), document.getEditingDomain(),
                    document.getAdapterFactory(), icons);
            for (FormLayouts.SectionLayout layout : FormLayouts.sections(shown.eClass(), form.features(shown))) {
                addSection(toolkit, shown, layout);
            }
            if (!document.getEditingDomain().getNewChildDescriptors(shown, null).isEmpty()
                    || new ItemProviderContentProvider(document.getAdapterFactory())
                            .hasChildren(shown)) {
                children = new ChildrenSection(toolkit, host, document, shown, open);
            }
            form.alignLabels();
        }
        updateHeading();
        parent.layout(true, true);
        // The form scrolls in its own area (the page does not): size it, and start at the top of the new element.
        for (Composite area = parent; area != null; area = area.getParent()) {
            if (area instanceof SharedScrolledComposite scrolled) {
                scrolled.setOrigin(0, 0);
                scrolled.reflow(true);
                break;
            }
        }
        managedForm.reflow(true);
    }

    private void addSection(FormToolkit toolkit, EObject shown, FormLayouts.SectionLayout layout) {
        Section section = toolkit.createSection(host, Section.TITLE_BAR | Section.TWISTIE | Section.EXPANDED);
        section.setText(Messages.get(layout.titleKey()));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(section);
        Composite client = toolkit.createComposite(section);
        GridLayoutFactory.fillDefaults().numColumns(2).margins(4, 4).spacing(10, 6).applyTo(client);
        int added = 0;
        for (EStructuralFeature feature : layout.features()) {
            if (form.addField(client, shown, feature, layout.multiLine().contains(feature))) {
                added++;
            }
        }
        if (added == 0) {
            section.dispose();
            return;
        }
        // On GTK, form texts have no native border: the toolkit draws them.
        toolkit.paintBordersFor(client);
        section.setClient(client);
    }

    private void stackChanged(EventObject event) {
        // The fields follow by themselves; the heading (the element's name) and the children list are here.
        if (host != null && !host.isDisposed()) {
            updateHeading();
            if (children != null) {
                children.refresh();
            }
        }
    }

    private void updateHeading() {
        if (managedForm.getForm().isDisposed()) {
            return;
        }
        managedForm.getForm().setText(element == null ? Messages.get("elements.title") : heading(element));
        managedForm.getForm().setImage(element == null ? null : icons.getImage(element));
    }

    /**
     * "Chantier : Renforcer le maillage...", but "CLS d'Évreux..." rather than "CLS : CLS d'Évreux...": the kind
     * once, then the name.
     */
    private String heading(EObject shown) {
        String full = icons.getText(shown);
        String name = icons.getShortText(shown);
        String kind = full.substring(0, full.length() - name.length()).strip();
        return kind.isEmpty() || name.startsWith(kind) ? name : Messages.get("details.heading", kind, name);
    }

    /** @return the element shown, or {@code null} */
    public EObject getElement() {
        return element;
    }

    /** @return the fields of the element shown, or {@code null} */
    public PropertyForm getForm() {
        return form;
    }

    /**
     * @param feature a property of the element shown
     * @return its control, or {@code null}
     */
    public Control control(EStructuralFeature feature) {
        return form == null ? null : form.control(feature);
    }

    private void clear() {
        if (form != null) {
            form.dispose();
            form = null;
        }
        children = null;
        if (host != null && !host.isDisposed()) {
            host.dispose();
        }
    }

    void dispose() {
        document.getCommandStack().removeCommandStackListener(headingUpdater);
        clear();
    }
}
