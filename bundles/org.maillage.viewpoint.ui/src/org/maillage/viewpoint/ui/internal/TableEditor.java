/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.CheckboxCellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.jface.window.ToolTip;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorPart;
import org.maillage.core.persistence.OutputPaths;
import org.maillage.edit.ui.EditingDomainActionGroup;
import org.maillage.edit.ui.HelpContexts;
import org.maillage.model.edit.RoadmapDocument;
import org.maillage.roadmap.ui.RoadmapEditors;
import org.maillage.viewpoint.ViewpointRegistry;
import org.maillage.viewpoint.model.description.TableDescription;
import org.maillage.viewpoint.table.CellLook;
import org.maillage.viewpoint.table.TableCell;
import org.maillage.viewpoint.table.TableDescriptions;
import org.maillage.viewpoint.table.TableExport;
import org.maillage.viewpoint.table.TableLine;
import org.maillage.viewpoint.table.TableSession;
import org.maillage.viewpoint.table.TableViews;
import org.maillage.viewpoint.ui.DiagramEditorInput;
import org.maillage.viewpoint.ui.DiagramEditors;

/**
 * Shows a table or cross table of a roadmap ({@link TableSession}) in a JFace table: the line headers in the first
 * column, one column per table column, each cell with its computed colours and weight, cells in error with their
 * message as tooltip. Clicking a header sorts by that column (again: reverse order; {@link TableViews#byColumn});
 * the field above filters lines, ignoring case and accents ({@link TableViews#matches}). Sort and filter are view
 * state, lost when the editor closes.
 * <p>
 * Like the diagram editor, it edits through the roadmap editor's {@link RoadmapDocument}: editable cells run the
 * session's edit commands on the roadmap's command stack (<em>Édition &gt; Annuler</em> undoes them), the table
 * is recomputed after every command of that stack (the form's edits too), the editor is dirty when the roadmap is,
 * and it closes with the roadmap editor. A table has nothing of its own to save.
 */
public final class TableEditor extends EditorPart implements IEditingDomainProvider {

    /** The editor's id. */
    public static final String ID = "org.maillage.viewpoint.ui.tableEditor";

    private RoadmapDocument document;
    private TableSession session;
    private TableViewer viewer;
    private Text filter;
    private Label status;
    private TableSelectionProvider selection;
    private EditingDomainActionGroup editActions;
    private Path roadmapFile;
    private MenuManager contextMenu;
    private final IAction print = action("action.print", () -> DiagramOutputs.print(getSite().getShell(),
            session.table()));
    private int sortIndex = -1;
    private int sortDirection = SWT.NONE;
    private final List<Color> colors = new ArrayList<>();
    private final List<CellEditor> cellEditors = new ArrayList<>();
    private Font bold;
    private final RoadmapDocument.Listener documentListener = changed -> firePropertyChange(PROP_DIRTY);
    private final IPartListener2 roadmapTracker = new IPartListener2() {
        @Override
        public void partClosed(IWorkbenchPartReference reference) {
            IWorkbenchPart part = reference.getPart(false);
            if (RoadmapEditors.EDITOR_ID.equals(reference.getId()) && part != null
                    && part.getAdapter(RoadmapDocument.class) == document) {
                getSite().getShell().getDisplay().asyncExec(() -> getSite().getPage().closeEditor(TableEditor.this,
                        false));
            }
        }
    };

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof DiagramEditorInput tableInput)) {
            throw new PartInitException(Messages.get("open.notDiagram", input.getName()));
        }
        setSite(site);
        setInput(input);
        roadmapFile = tableInput.getRoadmapFile();
        document = DiagramEditors.findDocument(site.getPage(), roadmapFile);
        if (document == null) {
            throw new PartInitException(Messages.get("open.noRoadmap", roadmapFile));
        }
        TableDescription description = TableDescriptions.find(ViewpointRegistry.fromExtensions(),
                tableInput.getDescriptionId()).orElseThrow(() -> new PartInitException(
                        Messages.get("open.noDescription", tableInput.getDescriptionId())));
        session = TableSession.create(document.getModel(), description);
        session.bindCommandStack(document.getCommandStack());
        session.addListener((s, table) -> tableChanged());
        document.addListener(documentListener);
        site.getPage().addPartListener(roadmapTracker);
        setPartName(description.getLabel());
        setTitleToolTip(Messages.get("editor.tooltip", session.table().title(), roadmapFile));
    }

    @Override
    public void createPartControl(Composite parent) {
        HelpContexts.set(parent, HelpContexts.TABLE_EDITOR);
        Composite body = new Composite(parent, SWT.NONE);
        body.setLayout(new GridLayout(2, false));
        Label filterLabel = new Label(body, SWT.NONE);
        filterLabel.setText(Messages.get("table.filter"));
        filter = new Text(body, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL | SWT.BORDER);
        filter.setMessage(Messages.get("table.filter.hint"));
        filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        viewer = new TableViewer(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
        viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        ColumnViewerToolTipSupport.enableFor(viewer, ToolTip.NO_RECREATE);
        viewer.addFilter(new ViewerFilter() {
            @Override
            public boolean select(Viewer v, Object parentElement, Object element) {
                return TableViews.matches(session.table(), (TableLine) element, filter.getText());
            }
        });
        filter.addModifyListener(e -> {
            viewer.refresh();
            updateStatus();
        });
        status = new Label(body, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        bold = JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT);
        buildColumns();
        viewer.setInput(session.table().lines());
        fitColumns();
        updateStatus();

        selection = new TableSelectionProvider(viewer);
        getSite().setSelectionProvider(selection);
        editActions = new EditingDomainActionGroup(document.getEditingDomain(), selection);
        MenuManager menu = new MenuManager();
        contextMenu = menu;
        menu.add(action("table.export", this::export));
        menu.add(action("action.exportPdf", () -> DiagramOutputs.askPdf(getSite().getShell(), session.table(),
                session.description().getId(), OutputPaths.protectedFilesOf(roadmapFile))));
        menu.add(action("action.copyImage", this::copyImage));
        menu.add(print);
        viewer.getTable().setMenu(menu.createContextMenu(viewer.getTable()));
    }

    // ---- columns -------------------------------------------------------------------------------------------------

    private void buildColumns() {
        Table table = viewer.getTable();
        table.setRedraw(false);
        try {
            for (TableColumn column : table.getColumns()) {
                column.dispose();
            }
            cellEditors.forEach(CellEditor::dispose);
            cellEditors.clear();
            org.maillage.viewpoint.table.Table model = session.table();
            addColumn(-1, model.cornerHeader(), 220);
            for (int i = 0; i < model.columns().size(); i++) {
                addColumn(i, model.columns().get(i).header(), 110);
            }
            viewer.setComparator(comparator());
        } finally {
            table.setRedraw(true);
        }
    }

    /**
     * Each column as wide as its header and cells, within bounds: long chantier names would otherwise make a cross
     * table one screen per column (the header's tooltip gives the full name).
     */
    private void fitColumns() {
        TableColumn[] columns = viewer.getTable().getColumns();
        for (int i = 0; i < columns.length; i++) {
            columns[i].pack();
            int max = i == 0 ? 320 : 150;
            columns[i].setWidth(Math.max(60, Math.min(max, columns[i].getWidth())));
        }
    }

    private void addColumn(int index, String header, int width) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(header);
        column.getColumn().setWidth(width);
        column.getColumn().setMoveable(index >= 0);
        column.getColumn().setToolTipText(header);
        column.setLabelProvider(new CellLabels(index));
        if (index >= 0) {
            column.setEditingSupport(new CellEditing(index));
        }
        column.getColumn().addListener(SWT.Selection, e -> sortBy(index, column.getColumn()));
    }

    private void sortBy(int index, TableColumn column) {
        sortDirection = sortIndex == index && sortDirection == SWT.UP ? SWT.DOWN : SWT.UP;
        sortIndex = index;
        viewer.getTable().setSortColumn(column);
        viewer.getTable().setSortDirection(sortDirection);
        viewer.setComparator(comparator());
    }

    private ViewerComparator comparator() {
        if (sortDirection == SWT.NONE) {
            return null;
        }
        return new ViewerComparator() {
            @Override
            public int compare(Viewer v, Object a, Object b) {
                org.maillage.viewpoint.table.Table model = session.table();
                // Columns may have changed since the click (a refresh): an index past the end sorts by header.
                Comparator<TableLine> order = TableViews.byColumn(model,
                        sortIndex < 0 || sortIndex >= model.columns().size() ? null : model.columns().get(sortIndex));
                int result = order.compare((TableLine) a, (TableLine) b);
                return sortDirection == SWT.DOWN ? -result : result;
            }
        };
    }

    /** @return the cell of a line in column {@code index} of the current table ({@code -1}: the header) */
    private TableCell cell(Object line, int index) {
        List<TableCell> cells = session.table().cells((TableLine) line);
        return index >= 0 && index < cells.size() ? cells.get(index) : null;
    }

    /** Text, colours, weight and error tooltip of one column. */
    private final class CellLabels extends ColumnLabelProvider {
        private final int index;

        CellLabels(int index) {
            this.index = index;
        }

        @Override
        public String getText(Object element) {
            TableLine line = (TableLine) element;
            if (index < 0) {
                return "    ".repeat(line.depth()) + line.header();
            }
            TableCell cell = cell(element, index);
            return cell == null ? "" : cell.text();
        }

        private CellLook look(Object element) {
            TableCell cell = index < 0 ? null : cell(element, index);
            return index < 0 ? ((TableLine) element).look() : cell == null ? CellLook.PLAIN : cell.look();
        }

        @Override
        public Color getBackground(Object element) {
            return color(look(element).background());
        }

        @Override
        public Color getForeground(Object element) {
            return color(look(element).foreground());
        }

        @Override
        public Font getFont(Object element) {
            return look(element).bold() ? bold : null;
        }

        @Override
        public String getToolTipText(Object element) {
            String error = index < 0 ? ((TableLine) element).error() : errorOf(cell(element, index));
            return error == null ? null : Messages.get("table.cellError", error);
        }

        private String errorOf(TableCell cell) {
            return cell == null ? null : cell.error();
        }
    }

    /** Editable cells: a text for feature columns, a check box for membership cells; both through commands. */
    private final class CellEditing extends EditingSupport {
        private final int index;
        /** Made once per column and reused: a text cell editor owns a widget (disposed when columns are rebuilt). */
        private CellEditor text;
        private CellEditor check;

        CellEditing(int index) {
            super(viewer);
            this.index = index;
        }

        @Override
        protected boolean canEdit(Object element) {
            TableCell cell = cell(element, index);
            return cell != null && cell.editable();
        }

        @Override
        protected CellEditor getCellEditor(Object element) {
            TableCell cell = cell(element, index);
            if (cell != null && cell.column().element() != null) {
                if (check == null) {
                    check = new CheckboxCellEditor(viewer.getTable());
                    cellEditors.add(check);
                }
                return check;
            }
            if (text == null) {
                text = new TextCellEditor(viewer.getTable());
                cellEditors.add(text);
            }
            return text;
        }

        @Override
        protected Object getValue(Object element) {
            TableCell cell = cell(element, index);
            if (cell.column().element() != null) {
                return !cell.text().isEmpty();
            }
            return cell.text();
        }

        @Override
        protected void setValue(Object element, Object value) {
            TableCell cell = cell(element, index);
            if (cell == null) {
                return;
            }
            Command command = session.editCommand(cell, value);
            if (command.canExecute()) {
                document.getCommandStack().execute(command);
            }
        }
    }

    // ---- changes -------------------------------------------------------------------------------------------------

    private void tableChanged() {
        if (viewer == null || viewer.getTable().isDisposed() || Display.getCurrent() == null) {
            return;
        }
        List<String> before = new ArrayList<>();
        for (int i = 1; i < viewer.getTable().getColumnCount(); i++) {
            before.add(viewer.getTable().getColumn(i).getText());
        }
        List<String> after = session.table().columns().stream()
                .map(org.maillage.viewpoint.table.TableColumn::header).toList();
        if (!before.equals(after)) {
            buildColumns();
            viewer.setInput(session.table().lines());
            fitColumns();
        } else {
            viewer.setInput(session.table().lines());
        }
        updateStatus();
    }

    private void updateStatus() {
        org.maillage.viewpoint.table.Table table = session.table();
        int shown = viewer.getTable().getItemCount();
        String text = Messages.get("table.status", shown, table.lines().size(), table.columns().size());
        if (!table.diagnostics().isEmpty()) {
            text += Messages.get("status.problems", table.diagnostics().size());
        }
        status.setText(text);
    }

    private static Action action(String key, Runnable run) {
        Action action = new Action(Messages.get(key)) {
            @Override
            public void run() {
                run.run();
            }
        };
        action.setId(key);
        return action;
    }

    private void copyImage() {
        try {
            DiagramOutputs.copy(getSite().getShell().getDisplay(), session.table());
        } catch (IOException | RuntimeException e) {
            MessageDialog.openError(getSite().getShell(), Messages.get("table.copy.failed"),
                    Messages.get("table.copy.failed.detail", e.getMessage() == null ? e.getClass().getSimpleName()
                            : e.getMessage()));
        }
    }

    /** @return the context menu's actions by id ({@code table.export}, {@code action.exportPdf}...), for tests */
    public IAction contextAction(String id) {
        for (IContributionItem item : contextMenu.getItems()) {
            if (item instanceof ActionContributionItem contribution && id.equals(contribution.getId())) {
                return contribution.getAction();
            }
        }
        return null;
    }

    private void export() {
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
        dialog.setText(Messages.get("table.export.title"));
        // XLSX first: what délégations open (typed amounts, frozen header); the formats in the filters' order.
        String[] extensions = { ".xlsx", ".ods", ".csv", ".html" };
        dialog.setFilterExtensions(Arrays.stream(extensions).map(e -> "*" + e).toArray(String[]::new));
        dialog.setFilterNames(new String[] { Messages.get("table.export.xlsx"), Messages.get("table.export.ods"),
            Messages.get("table.export.csv"), Messages.get("table.export.html") });
        dialog.setFileName(session.description().getId() + extensions[0]);
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        Path file = Path.of(chosen);
        if (TableExport.format(file.getFileName().toString()) == null) {
            int index = dialog.getFilterIndex();
            file = Path.of(chosen + extensions[index >= 0 && index < extensions.length ? index : 0]);
        }
        try {
            TableExport.write(session.table(), file);
        } catch (IOException e) {
            MessageDialog.openError(getSite().getShell(), Messages.get("export.failed"),
                    Messages.get("export.failed.detail", file, e.getMessage()));
        }
    }

    /**
     * Points the workbench's Edit commands at the roadmap's command stack (undo, redo); deleting or pasting roadmap
     * elements from a table would bypass its description, so those stay off.
     */
    void fillActionBars(org.eclipse.ui.IActionBars bars) {
        editActions.fillActionBars(bars);
        bars.setGlobalActionHandler(ActionFactory.DELETE.getId(), null);
        bars.setGlobalActionHandler(ActionFactory.CUT.getId(), null);
        bars.setGlobalActionHandler(ActionFactory.PASTE.getId(), null);
        // Fichier > Imprimer prints the table, as it prints the diagram of a diagram editor.
        bars.setGlobalActionHandler(ActionFactory.PRINT.getId(), print);
        bars.updateActionBars();
    }

    private Color color(String hex) {
        if (hex == null || !hex.matches("#[0-9A-Fa-f]{6}")) {
            return null;
        }
        RGB rgb = new RGB(Integer.parseInt(hex.substring(1, 3), 16), Integer.parseInt(hex.substring(3, 5), 16),
                Integer.parseInt(hex.substring(5, 7), 16));
        for (Color color : colors) {
            if (color.getRGB().equals(rgb)) {
                return color;
            }
        }
        Color color = new Color(rgb);
        colors.add(color);
        return color;
    }

    // ---- editor --------------------------------------------------------------------------------------------------

    /** @return the session (tests) */
    public TableSession session() {
        return session;
    }

    /** @return the viewer (tests) */
    public TableViewer viewer() {
        return viewer;
    }

    /** @return the filter field (tests) */
    public Text filterField() {
        return filter;
    }

    @Override
    public boolean isDirty() {
        return document.isDirty();
    }

    @Override
    public boolean isSaveOnCloseNeeded() {
        // The roadmap's changes stay in its editor, which asks for them when it closes; a table has nothing to save.
        return false;
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        if (document.isDirty() && document.getFile() != null) {
            try {
                document.save();
            } catch (IOException e) {
                MessageDialog.openError(getSite().getShell(), Messages.get("save.failed"),
                        Messages.get("save.failed.detail", document.getFile(), e.getMessage()));
            }
            firePropertyChange(PROP_DIRTY);
        }
    }

    @Override
    public void doSaveAs() {
        // "Save as" belongs to the roadmap editor.
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public void setFocus() {
        viewer.getTable().setFocus();
    }

    @Override
    public EditingDomain getEditingDomain() {
        return document.getEditingDomain();
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == RoadmapDocument.class) {
            return adapter.cast(document);
        }
        if (adapter == EditingDomain.class) {
            return adapter.cast(document.getEditingDomain());
        }
        if (adapter == TableSession.class) {
            return adapter.cast(session);
        }
        return super.getAdapter(adapter);
    }

    @Override
    public void dispose() {
        getSite().getPage().removePartListener(roadmapTracker);
        if (document != null) {
            document.removeListener(documentListener);
        }
        if (session != null) {
            session.dispose();
        }
        if (editActions != null) {
            editActions.dispose();
        }
        colors.forEach(Color::dispose);
        super.dispose();
    }

    /** The selection the workbench sees: the roadmap elements of the selected lines (Properties view, explorer). */
    private static final class TableSelectionProvider implements org.eclipse.jface.viewers.ISelectionProvider {
        private final TableViewer viewer;

        TableSelectionProvider(TableViewer viewer) {
            this.viewer = viewer;
        }

        @Override
        public ISelection getSelection() {
            List<Object> elements = new ArrayList<>();
            for (Object line : ((IStructuredSelection) viewer.getSelection()).toList()) {
                elements.add(((TableLine) line).element());
            }
            return new StructuredSelection(elements);
        }

        @Override
        public void setSelection(ISelection selected) {
            // Lines are selected by the user only.
        }

        @Override
        public void addSelectionChangedListener(org.eclipse.jface.viewers.ISelectionChangedListener listener) {
            viewer.addSelectionChangedListener(listener);
        }

        @Override
        public void removeSelectionChangedListener(org.eclipse.jface.viewers.ISelectionChangedListener listener) {
            viewer.removeSelectionChangedListener(listener);
        }
    }
}
