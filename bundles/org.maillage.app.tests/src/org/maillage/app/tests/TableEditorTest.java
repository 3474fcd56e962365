/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.maillage.app.tests.UiSupport.spin;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.jface.action.IAction;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maillage.core.text.Search;
import org.maillage.examples.Examples;
import org.maillage.model.dispositif.ContratDeVille;
import org.maillage.model.edit.RoadmapDocument;
import org.maillage.model.territoire.Qpv;
import org.maillage.viewpoint.table.TableCell;
import org.maillage.viewpoint.table.TableLine;
import org.maillage.viewpoint.table.TableViews;
import org.maillage.viewpoint.ui.DiagramEditors;
import org.maillage.viewpoint.ui.internal.TableEditor;

/**
 * Covered cases: the "Diagrammes" menu lists the shipped tables after the diagrams, and its command opens
 * "Couverture des QPV" of a copy of the Eure example in the table editor, on the roadmap editor's document; the
 * QPV that no CLS fiche action targets are drawn in red; clicking a column header sorts the lines by it (again:
 * reverse); the filter keeps the lines that contain the text, ignoring case and accents; ticking a contrat de ville
 * cell adds the QPV to it through the roadmap's command stack (the roadmap becomes dirty, the cell shows ✓) and
 * Édition > Annuler takes it back; closing the roadmap editor closes the table. Screenshots of the QPV and PRAPS
 * tables are kept in target/screenshots (looked at, not compared).
 */
class TableEditorTest {

    private static final String QPV = "org.maillage.viewpoints.tableaux/couverture-qpv";
    private static final String PRAPS = "org.maillage.viewpoints.tableaux/praps";

    private IWorkbenchPage page;
    private Path roadmap;

    @BeforeEach
    void copyTheEure() throws Exception {
        page = window().getActivePage();
        roadmap = Examples.find(Examples.EURE).orElseThrow().copyTo(Files.createTempDirectory("maillage-table"));
    }

    @AfterEach
    void closeEditors() {
        page.closeAllEditors(false);
        spin();
    }

    @Test
    void openSortFilterEditUndo() throws Exception {
        IEditorPart first = DiagramEditors.open(page, roadmap, "org.maillage.viewpoints.articulation/articulation");
        assertNotNull(first);
        spin();
        List<String> entries = UiSupport.menuItems(window(), "Diagrammes");
        assertTrue(entries.containsAll(List.of("Articulation des dispositifs", "Déclinaison du PRAPS",
                "Couverture des QPV", "Financements")), entries.toString());
        assertTrue(entries.indexOf("Couverture des QPV") > entries.indexOf("Articulation des dispositifs"));

        ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
        IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
        handlers.executeCommand(ParameterizedCommand.generateCommand(
                commands.getCommand(DiagramEditors.OPEN_COMMAND_ID), Map.of(DiagramEditors.DESCRIPTION_PARAMETER, QPV)),
                null);
        spin();
        assertTrue(page.getActiveEditor() instanceof TableEditor, "the command opened the table editor");
        TableEditor editor = (TableEditor) page.getActiveEditor();
        RoadmapDocument document = editor.getAdapter(RoadmapDocument.class);
        assertSame(document, first.getAdapter(RoadmapDocument.class), "one document for the diagram and the table");
        assertEquals("Couverture des QPV", editor.getPartName());
        Table table = editor.viewer().getTable();
        int lines = editor.session().table().lines().size();
        assertTrue(lines > 5, "the Eure has its QPV");
        assertEquals(lines, table.getItemCount());
        assertEquals(editor.session().table().columns().size() + 1, table.getColumnCount());

        // Gaps in red: the header of a QPV no CLS fiche action targets.
        TableItem gap = Arrays.stream(table.getItems()).filter(i -> i.getText(0).contains("Navarre")).findFirst()
                .orElseThrow();
        assertEquals(0xB0, gap.getForeground(0).getRed());

        // Sort by the EPCI column, then reverse.
        click(table.getColumn(1));
        List<TableLine> expected = new ArrayList<>(editor.session().table().lines());
        expected.sort(TableViews.byColumn(editor.session().table(), editor.session().table().columns().get(0)));
        assertEquals(expected.stream().map(l -> editor.session().table().cells(l).get(0).text()).toList(),
                column(table, 1), "sorted by EPCI");
        List<String> epcis = column(table, 1);
        assertFalse(epcis.get(0).equals(epcis.get(epcis.size() - 1)), "several EPCI");
        assertEquals(SWT.UP, table.getSortDirection());
        click(table.getColumn(1));
        assertEquals(SWT.DOWN, table.getSortDirection());
        List<String> reversed = column(table, 1);
        assertEquals(epcis.get(0), reversed.get(reversed.size() - 1));

        // Filter: upper case and no accent still find the line.
        String header = editor.session().table().lines().stream().map(TableLine::header)
                .filter(h -> !Search.normalize(h).equals(h.toLowerCase(java.util.Locale.ROOT))).findFirst()
                .orElse(editor.session().table().lines().get(0).header());
        String typed = Search.normalize(header).toUpperCase(java.util.Locale.ROOT);
        editor.filterField().setText(typed);
        spin();
        assertTrue(table.getItemCount() >= 1 && table.getItemCount() < lines, table.getItemCount() + " lines");
        assertTrue(column(table, 0).contains(header), typed + " finds " + header);
        editor.filterField().setText("");
        spin();
        assertEquals(lines, table.getItemCount());

        // Edit: tick a contrat de ville cell, then Édition > Annuler.
        int columnIndex = -1;
        TableLine target = null;
        ContratDeVille contrat = null;
        outer:
        for (TableLine line : editor.session().table().lines()) {
            List<TableCell> cells = editor.session().table().cells(line);
            for (int i = 0; i < cells.size(); i++) {
                if (cells.get(i).editable() && cells.get(i).text().isEmpty()) {
                    columnIndex = i + 1;
                    target = line;
                    contrat = (ContratDeVille) cells.get(i).column().element();
                    break outer;
                }
            }
        }
        assertNotNull(target, "an empty contrat de ville cell");
        Qpv qpv = (Qpv) target.element();
        assertFalse(document.isDirty());
        editor.viewer().editElement(target, columnIndex);
        spin();
        assertTrue(contrat.getQpvs().contains(qpv), "the cell edit added the QPV to the contrat de ville");
        assertTrue(document.isDirty());
        assertTrue(editor.isDirty());
        assertEquals("✓", textOf(editor, qpv, columnIndex));
        screenshot(editor, "table-couverture-qpv.png");

        page.activate(editor);
        spin();
        IAction undo = editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId());
        assertNotNull(undo, "Édition > Annuler is the roadmap's");
        assertTrue(undo.isEnabled());
        undo.run();
        spin();
        assertFalse(contrat.getQpvs().contains(qpv), "undone");
        assertEquals("", textOf(editor, qpv, columnIndex));

        IEditorPart praps = DiagramEditors.open(page, roadmap, PRAPS);
        assertTrue(praps instanceof TableEditor);
        spin();
        screenshot((TableEditor) praps, "table-praps.png");

        // Closing the roadmap editor closes its tables.
        IEditorPart roadmapEditor = Arrays.stream(page.getEditorReferences()).map(r -> r.getEditor(false))
                .filter(p -> p != null && !(p instanceof TableEditor) && p.getAdapter(RoadmapDocument.class) == document
                        && p.getClass().getName().contains("Roadmap"))
                .findFirst().orElseThrow();
        page.closeEditor(roadmapEditor, false);
        spin();
        assertTrue(Arrays.stream(page.getEditorReferences()).noneMatch(r -> r.getEditor(false) instanceof TableEditor),
                "the tables closed with their roadmap");
    }

    private static String textOf(TableEditor editor, Qpv qpv, int columnIndex) {
        for (TableItem item : editor.viewer().getTable().getItems()) {
            if (((TableLine) item.getData()).element() == qpv) {
                return item.getText(columnIndex);
            }
        }
        throw new AssertionError("no line for " + qpv.getNom());
    }

    private static List<String> column(Table table, int index) {
        return Arrays.stream(table.getItems()).map(i -> i.getText(index)).toList();
    }

    private static void click(org.eclipse.swt.widgets.TableColumn column) {
        column.notifyListeners(SWT.Selection, new Event());
        spin();
    }

    private static IWorkbenchWindow window() {
        return PlatformUI.getWorkbench().getWorkbenchWindows()[0];
    }

    /** The editor maximised in a 1600x960 window; kept as a build artifact. */
    private void screenshot(TableEditor shown, String name) throws Exception {
        Shell shell = window().getShell();
        shell.setBounds(0, 0, 1600, 960);
        page.activate(shown);
        page.setPartState(page.getReference(shown), IWorkbenchPage.STATE_MAXIMIZED);
        spin();
        try {
            UiSupport.screenshot(shell, Path.of("target", "screenshots", name));
        } finally {
            page.setPartState(page.getReference(shown), IWorkbenchPage.STATE_RESTORED);
            spin();
        }
    }
}
