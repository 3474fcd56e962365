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
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
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
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.eclipse.ui.forms.widgets.SharedScrolledComposite;
import org.maillage.edit.ui.ItemProviderContentProvider;
import org.maillage.edit.ui.ItemProviderLabelProvider;
import org.maillage.edit.ui.NewChildActions;
import org.maillage.edit.ui.TreeSearchFilter;
import org.maillage.model.edit.RoadmapDocument;

/**
 * The "Éléments" page: the roadmap as a tree on the left, with a search field and "Nouvel enfant" in its context
 * menu, the form of the selected element on the right (master and details), each scrolling in its own area. Selecting
 * an element in the model explorer shows it here; the page's selection is the editor's, so the Properties view and the
 * Edit menu follow it.
 */
public final class ElementsPage extends FormPage {

    static final String ID = "elements";

    private final CommandStackListener treeUpdater = this::stackChanged;
    private TreeViewer tree;
    private ElementDetails details;
    private Composite detailsParent;
    private SharedScrolledComposite detailsScroll;
    private Text search;
    private TreeSearchFilter searchFilter;
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
        // A small size hint: the page itself must never scroll. When it did, clicking a row after scrolling moved
        // the whole page under the mouse (the form brings the focused tree into view) and the next click hit
        // another row. The tree and the form scroll each in its own area instead.
        GridDataFactory.fillDefaults().grab(true, true).hint(400, 200).applyTo(sash);

        Section master = toolkit.createSection(sash, Section.TITLE_BAR);
        master.setText(Messages.get("elements.master"));
        Composite masterClient = toolkit.createComposite(master);
        GridLayoutFactory.fillDefaults().margins(2, 2).applyTo(masterClient);
        search = toolkit.createText(masterClient, "", SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        search.setMessage(Messages.get("elements.search"));
        search.setToolTipText(Messages.get("elements.search.tooltip"));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(search);
        tree = new TreeViewer(toolkit.createTree(masterClient, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL));
        GridDataFactory.fillDefaults().grab(true, true).hint(260, 100).applyTo(tree.getControl());
        tree.setUseHashlookup(true);
        tree.setContentProvider(new ItemProviderContentProvider(document.getAdapterFactory()));
        ItemProviderLabelProvider labels = new ItemProviderLabelProvider(document.getAdapterFactory());
        tree.setLabelProvider(labels);
        searchFilter = new TreeSearchFilter(labels::getText);
        tree.setInput(document.getModel());
        tree.expandToLevel(2);
        master.setClient(masterClient);
        toolkit.paintBordersFor(masterClient);
        search.addModifyListener(event -> search(search.getText()));
        tree.addSelectionChangedListener(event -> selected(event.getStructuredSelection()));
        // Nouvel enfant, then the Edit actions (undo, redo, delete, cut, copy, paste) on the element under the mouse.
        menu = new MenuManager();
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(this::fillContextMenu);
        tree.getControl().setMenu(menu.createContextMenu(tree.getControl()));

        detailsScroll = new SharedScrolledComposite(sash, SWT.V_SCROLL | SWT.H_SCROLL) {
            // Nothing to add: a scrolled area that sizes its content to its width, as forms do.
        };
        toolkit.adapt(detailsScroll);
        detailsScroll.setExpandHorizontal(true);
        detailsScroll.setExpandVertical(true);
        detailsParent = toolkit.createComposite(detailsScroll);
        GridLayoutFactory.fillDefaults().margins(6, 0).applyTo(detailsParent);
        detailsScroll.setContent(detailsParent);
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
        if (element == null && searchFilter.isActive() && details.getElement() != null
                && details.getElement().eResource() != null) {
            // The search hid the selected row: the user is looking for another element, not done with this one.
            return;
        }
        if (element != details.getElement()) {
            details.show(detailsParent, element);
        }
        editor().selection().setSelection(element == null ? StructuredSelection.EMPTY
                : new StructuredSelection(element));
    }

    /**
     * Fills the tree's context menu: "Nouvel enfant" with the explorer's kinds and labels, then the Edit actions.
     *
     * @param manager the menu, emptied before
     */
    public void fillContextMenu(IMenuManager manager) {
        IStructuredSelection selection = tree.getStructuredSelection();
        EObject owner = selection.size() == 1 && selection.getFirstElement() instanceof EObject e ? e : null;
        NewChildActions.fillSubmenu(manager, NewChildActions.create(editor().getDocument().getEditingDomain(),
                owner, descriptor -> true, NewChildActions.selectIn(tree)));
        manager.add(new Separator());
        editor().getActionGroup().actions().forEach(manager::add);
    }

    /**
     * Shows only the elements whose label contains the text (accents and case aside) and what contains them, all
     * opened; an empty text shows the whole tree again, the selection kept in sight.
     */
    private void search(String text) {
        searchFilter.setQuery(text);
        Control control = tree.getControl();
        control.setRedraw(false);
        try {
            if (searchFilter.isActive()) {
                if (tree.getFilters().length == 0) {
                    tree.addFilter(searchFilter);
                } else {
                    tree.refresh();
                }
                tree.expandAll();
            } else {
                tree.removeFilter(searchFilter);
                tree.collapseAll();
                tree.expandToLevel(2);
                if (details.getElement() != null) {
                    tree.reveal(details.getElement());
                }
            }
        } finally {
            control.setRedraw(true);
        }
    }

    /** @return the search field above the tree */
    public Text getSearchField() {
        return search;
    }

    private void stackChanged(EventObject event) {
        if (tree.getControl().isDisposed()) {
            return;
        }
        if (searchFilter.isActive()) {
            // What matches may have changed (a renamed element): search again.
            searchFilter.setQuery(search.getText());
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
