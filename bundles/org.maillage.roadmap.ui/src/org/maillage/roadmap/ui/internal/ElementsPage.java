/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.roadmap.ui.internal;

import java.util.ArrayList;
import java.util.EventObject;
import java.util.List;

import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreePath;
import org.eclipse.jface.viewers.TreeSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.maillage.edit.ui.ItemProviderContentProvider;
import org.maillage.edit.ui.ItemProviderLabelProvider;
import org.maillage.model.edit.RoadmapDocument;

/**
 * The "Éléments" page: the roadmap as a tree on the left, the form of the selected element on the right (master
 * and details). Selecting an element in the model explorer shows it here; the page's selection is the editor's,
 * so the Properties view and the Edit menu follow it.
 */
public final class ElementsPage extends FormPage {

    static final String ID = "elements";

    private final CommandStackListener treeUpdater = this::stackChanged;
    private TreeViewer tree;
    private ElementDetails details;
    private Composite detailsParent;
    private ItemProviderLabelProvider icons;
    private EObject pending;
    private MenuManager menu;

    ElementsPage(RoadmapEditor editor) {
        super(editor, ID, Messages.get("elements.tab"));
    }

    private RoadmapEditor editor() {
        return (RoadmapEditor) getEditor();
    }

    @Override
    protected void createFormContent(IManagedForm managedForm) {
        RoadmapDocument document = editor().getDocument();
        ScrolledForm form = managedForm.getForm();
        FormToolkit toolkit = managedForm.getToolkit();
        toolkit.decorateFormHeading(form.getForm());
        icons = new ItemProviderLabelProvider(document.getAdapterFactory());
        GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(form.getBody());
        SashForm sash = new SashForm(form.getBody(), SWT.HORIZONTAL);
        toolkit.adapt(sash);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);

        Section master = toolkit.createSection(sash, Section.TITLE_BAR);
        master.setText(Messages.get("elements.master"));
        Composite masterClient = toolkit.createComposite(master);
        GridLayoutFactory.fillDefaults().margins(2, 2).applyTo(masterClient);
        tree = new TreeViewer(toolkit.createTree(masterClient, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL));
        // A fixed height: a tree asks for the height of all its items, which would make the page that tall.
        GridDataFactory.fillDefaults().grab(true, true).hint(260, 460).applyTo(tree.getControl());
        tree.setUseHashlookup(true);
        tree.setContentProvider(new ItemProviderContentProvider(document.getAdapterFactory()));
        tree.setLabelProvider(new ItemProviderLabelProvider(document.getAdapterFactory()));
        tree.setInput(document.getModel());
        tree.expandToLevel(2);
        master.setClient(masterClient);
        tree.addSelectionChangedListener(event -> selected(event.getStructuredSelection()));
        // The Edit actions (undo, redo, delete, cut, copy, paste) on the element under the mouse.
        menu = new MenuManager();
        editor().getActionGroup().actions().forEach(menu::add);
        tree.getControl().setMenu(menu.createContextMenu(tree.getControl()));

        detailsParent = toolkit.createComposite(sash);
        GridLayoutFactory.fillDefaults().margins(6, 0).applyTo(detailsParent);
        sash.setWeights(30, 70);
        details = new ElementDetails(managedForm, document, icons, this::show);
        details.show(detailsParent, null);
        document.getCommandStack().addCommandStackListener(treeUpdater);
        if (pending != null) {
            EObject first = pending;
            pending = null;
            show(first);
        }
    }

    /**
     * Shows an element: selects it in the tree (which shows its form). Before the page's controls exist, remembers
     * it for when they do.
     *
     * @param element an element of this editor's roadmap
     */
    void show(EObject element) {
        if (tree == null) {
            pending = element;
            return;
        }
        if (element == details.getElement()) {
            return;
        }
        tree.setSelection(new TreeSelection(pathTo(element)), true);
    }

    private TreePath pathTo(EObject element) {
        List<Object> segments = new ArrayList<>();
        ItemProviderContentProvider content = (ItemProviderContentProvider) tree.getContentProvider();
        for (Object current = element; current != null && current != tree.getInput();
                current = content.getParent(current)) {
            segments.add(0, current);
        }
        return new TreePath(segments.toArray());
    }

    private void selected(IStructuredSelection selection) {
        Object first = selection.getFirstElement();
        EObject element = first instanceof EObject e ? e : null;
        if (element != details.getElement()) {
            details.show(detailsParent, element);
        }
        editor().selection().setSelection(element == null ? StructuredSelection.EMPTY
                : new StructuredSelection(element));
    }

    private void stackChanged(EventObject event) {
        if (tree.getControl().isDisposed()) {
            return;
        }
        tree.refresh();
        EObject shown = details.getElement();
        // The element shown was deleted (or its creation undone): show nothing rather than a detached element.
        if (shown != null && shown.eResource() == null) {
            details.show(detailsParent, null);
        }
    }

    /** @return the form of the element shown */
    public ElementDetails getDetails() {
        return details;
    }

    /** @return the tree of elements */
    public TreeViewer getTree() {
        return tree;
    }

    @Override
    public void dispose() {
        if (details != null) {
            editor().getDocument().getCommandStack().removeCommandStackListener(treeUpdater);
            details.dispose();
            icons.dispose();
            menu.dispose();
        }
        super.dispose();
    }
}
