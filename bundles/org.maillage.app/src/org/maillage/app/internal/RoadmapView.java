/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.app.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.maillage.app.internal.explorer.DepartementFilter;
import org.maillage.app.internal.explorer.ExplorerDragAndDrop;
import org.maillage.app.internal.explorer.ExplorerLabelProvider;
import org.maillage.app.internal.explorer.ExplorerMenu;
import org.maillage.app.internal.explorer.GroupedContentProvider;
import org.maillage.app.internal.explorer.LateChantiersFilter;
import org.maillage.app.internal.seance.SeanceActions;
import org.maillage.edit.ui.EditingDomainActionGroup;
import org.maillage.edit.ui.HelpContexts;
import org.maillage.edit.ui.PropertySheets;
import org.maillage.edit.ui.TreeSearchFilter;
import org.maillage.model.edit.RoadmapDocument;
import org.maillage.model.plan.FeuilleDeRoute;
import org.maillage.model.territoire.Departement;

/**
 * The model explorer: the roadmap of the active roadmap editor as a tree grouped the way users think (feuille de
 * route and chantiers by theme, dispositifs by kind, territoire, financements, instances), labelled and iconed by the
 * model's item providers. A filter field and "show only" toggles sit above the tree; the context menu creates,
 * deletes and validates; elements are moved by drag and drop. Every change goes through the roadmap's command stack,
 * and the tree refreshes on every change of the model, wherever it was made.
 */
public final class RoadmapView extends ViewPart {

    private TreeViewer viewer;
    private ExplorerFilterBar filterBar;
    private ActiveRoadmapTracker tracker;
    private RoadmapDocument document;
    private EditingDomainActionGroup actions;
    private final TreeSearchFilter textFilter = new TreeSearchFilter(this::label);
    private final LateChantiersFilter lateFilter = new LateChantiersFilter(LocalDate.now());
    private DepartementFilter departementFilter;
    private ExplorerDragAndDrop dropAdapter;
    private boolean refreshPending;
    private final INotifyChangedListener modelListener = this::modelChanged;
    private final CommandStackListener stackListener = event -> modelChanged(null);

    @Override
    public void createPartControl(Composite parent) {
        HelpContexts.set(parent, HelpContexts.EXPLORER);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.verticalSpacing = 2;
        parent.setLayout(layout);
        filterBar = new ExplorerFilterBar(parent, this::applyFilters);
        viewer = new TreeViewer(parent, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
        viewer.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        viewer.setUseHashlookup(true);
        getSite().setSelectionProvider(viewer);
        dropAdapter = ExplorerDragAndDrop.install(viewer, this::editingDomain);
        createContextMenu();
        viewer.addDoubleClickListener(event -> {
            Object element = ((IStructuredSelection) event.getSelection()).getFirstElement();
            if (element != null && viewer.isExpandable(element)) {
                viewer.setExpandedState(element, !viewer.getExpandedState(element));
            }
        });
        tracker = new ActiveRoadmapTracker(getSite().getPage(), this::show);
    }

    private void createContextMenu() {
        MenuManager menu = new MenuManager("#PopupMenu");
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(this::fillContextMenu);
        viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
        getSite().registerContextMenu(menu, viewer);
    }

    /**
     * Fills the context menu for the current selection: Nouvel enfant, Supprimer, Valider; on a séance, Figer l'état
     * pour cette séance; on an instance, Nouvelle séance.
     *
     * @param menu the menu, emptied before
     */
    public void fillContextMenu(IMenuManager menu) {
        if (document == null) {
            return;
        }
        ExplorerMenu.fill(menu, document.getEditingDomain(), viewer, actions,
                () -> ProblemsView.showAndValidate(getSite().getPage()));
        IStructuredSelection selection = viewer.getStructuredSelection();
        SeanceActions.fillMenu(menu, selection.size() == 1 ? selection.getFirstElement() : null,
                getSite().getShell(), getSite().getPage());
    }

    private EditingDomain editingDomain() {
        return document == null ? null : document.getEditingDomain();
    }

    /** Shows a roadmap (the active editor's), or says there is none. */
    private void show(RoadmapDocument shown) {
        detach();
        document = shown;
        if (shown == null) {
            if (viewer.getContentProvider() != null) {
                viewer.setInput(null);
            }
            filterBar.setDepartement(null);
            setContentDescription(Messages.get("roadmap.none"));
            return;
        }
        viewer.setContentProvider(new GroupedContentProvider(shown.getAdapterFactory()));
        viewer.setLabelProvider(new ExplorerLabelProvider(shown.getAdapterFactory()));
        Departement departement = shown.getModel().getFeuillesDeRoute().stream().map(FeuilleDeRoute::getDepartement)
                .filter(d -> d != null).findFirst().orElse(null);
        departementFilter = departement == null ? null : new DepartementFilter(departement);
        filterBar.setDepartement(departement);
        viewer.setInput(shown.getModel());
        applyFilters();
        viewer.expandToLevel(2);
        shown.getAdapterFactory().addListener(modelListener);
        // The item providers only notify for the elements they were asked about; a headings' count (a CLS added
        // from the diagram's palette under "Dispositifs") changes with no notification here. Every change is a
        // command: follow the stack too.
        shown.getCommandStack().addCommandStackListener(stackListener);
        actions = new EditingDomainActionGroup(shown.getEditingDomain(), viewer);
        actions.fillActionBars(getViewSite().getActionBars());
        setContentDescription(shown.getFile() == null ? "" : shown.getFile().getFileName().toString());
        if (shown.getFile() != null) {
            RecentFiles.add(shown.getFile());
        }
    }

    private void detach() {
        if (document != null) {
            document.getAdapterFactory().removeListener(modelListener);
            document.getCommandStack().removeCommandStackListener(stackListener);
        }
        if (actions != null) {
            actions.dispose();
            actions = null;
        }
    }

    /** Coalesces the many notifications of one command into one refresh, run once the command is done. */
    private void modelChanged(Notification notification) {
        if (refreshPending || viewer.getControl().isDisposed()) {
            return;
        }
        refreshPending = true;
        viewer.getControl().getDisplay().asyncExec(() -> {
            refreshPending = false;
            if (!viewer.getControl().isDisposed() && document != null) {
                refresh();
            }
        });
    }

    /** Recomputes the tree from the model, keeping what is expanded and selected. */
    void refresh() {
        lateFilter.invalidate();
        if (!filterBar.filterText().isEmpty()) {
            // Setting the pattern again empties the filter's cache of matches, which the change may have made stale.
            textFilter.setQuery(filterBar.filterText());
        }
        viewer.refresh();
        if (!filterBar.filterText().isEmpty() || filterBar.onlyLate()) {
            // A change may bring new matches under closed headings: keep every match in sight.
            viewer.expandAll();
        }
    }

    private void applyFilters() {
        if (document == null) {
            return;
        }
        List<ViewerFilter> filters = new ArrayList<>();
        String text = filterBar.filterText();
        if (!text.isEmpty()) {
            textFilter.setQuery(text);
            filters.add(textFilter);
        }
        if (filterBar.onlyLate()) {
            lateFilter.invalidate();
            filters.add(lateFilter);
        }
        if (filterBar.onlyDepartement() && departementFilter != null) {
            filters.add(departementFilter);
        }
        viewer.getControl().setRedraw(false);
        try {
            viewer.setFilters(filters.toArray(ViewerFilter[]::new));
            if (!text.isEmpty() || filterBar.onlyLate()) {
                // Matches are found deep in the tree: show them without making the user open every heading.
                viewer.expandAll();
            }
        } finally {
            viewer.getControl().setRedraw(true);
        }
    }

    /**
     * Selects and reveals an element, clearing the filters if they hide it (the problems view uses this).
     *
     * @param element an element of the roadmap shown
     */
    public void reveal(Object element) {
        viewer.setSelection(new StructuredSelection(element), true);
        if (viewer.getStructuredSelection().isEmpty()) {
            filterBar.clear();
            viewer.setSelection(new StructuredSelection(element), true);
        }
    }

    private String label(Object element) {
        return viewer.getLabelProvider() instanceof ILabelProvider labels ? labels.getText(element) : "";
    }

    /** @return the filter field and toggles, for tests */
    public ExplorerFilterBar getFilterBar() {
        return filterBar;
    }

    /** @return what drops run, for tests */
    public ExplorerDragAndDrop getDropAdapter() {
        return dropAdapter;
    }

    /** @return the roadmap shown, or {@code null} */
    public RoadmapDocument getDocument() {
        return document;
    }

    /** @return the tree, for tests */
    public TreeViewer getViewer() {
        return viewer;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        if (tracker != null) {
            tracker.dispose();
        }
        detach();
        super.dispose();
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == IPropertySheetPage.class) {
            // The tabbed Properties view, as in the roadmap editor.
            return adapter.cast(PropertySheets.createPage());
        }
        return super.getAdapter(adapter);
    }
}
