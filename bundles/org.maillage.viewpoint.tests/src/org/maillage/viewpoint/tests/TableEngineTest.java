/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.cli.ExitCodes;
import org.maillage.core.persistence.ModelLoadException;
import org.maillage.core.text.Search;
import org.maillage.examples.Examples;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.dispositif.ContratDeVille;
import org.maillage.model.plan.Chantier;
import org.maillage.model.plan.MesurePraps;
import org.maillage.model.territoire.Qpv;
import org.maillage.testsupport.CliRunner;
import org.maillage.testsupport.FrenchLocale;
import org.maillage.viewpoint.ViewpointResources;
import org.maillage.viewpoint.model.description.CrossTableDescription;
import org.maillage.viewpoint.model.description.Viewpoint;
import org.maillage.viewpoint.table.Table;
import org.maillage.viewpoint.table.TableCell;
import org.maillage.viewpoint.table.TableColumn;
import org.maillage.viewpoint.table.TableExport;
import org.maillage.viewpoint.table.TableLine;
import org.maillage.viewpoint.table.TableSession;
import org.maillage.viewpoint.table.TableViews;

/**
 * Covered cases: a cell edit (feature column: a measure's code; intersection: a QPV added to a contrat de ville, a
 * measure declined by a chantier) executed on a command stack changes the model and the table, and undo puts both back;
 * a value that does not fit or changes nothing is not executable; a failing cell expression shows every cell as an
 * error with the French reason, never blank, with one diagnostic; a description whose domain class does not exist is
 * refused at load with the file and the line; CSV (BOM, ";", quoting, formula starts neutralised) and HTML (escaped,
 * standalone, gaps coloured) exports; sort by a column (amounts by value) and the accent- and case-insensitive filter;
 * a date in a cell reads JJ/MM/AAAA; {@code maillage diagram --list} gives each representation's kind and {@code --out}
 * exports a table to CSV and HTML, a picture extension for a table is a usage error.
 */
@ExtendWith(FrenchLocale.class)
class TableEngineTest {

    @TempDir
    Path folder;

    @Test
    void editsGoThroughTheCommandStackAndUndo() {
        ModeleMaillage model = Fixtures.eure();
        TableSession session = TableSession.create(model, ShippedTablesTest.table(ShippedTablesTest.QPV));
        BasicCommandStack stack = new BasicCommandStack();
        session.bindCommandStack(stack);
        AtomicInteger refreshes = new AtomicInteger();
        session.addListener((s, t) -> refreshes.incrementAndGet());

        Table table = session.table();
        TableCell cell = firstCell(table, c -> c.column().element() instanceof ContratDeVille contrat
                && !contrat.getQpvs().contains(c.line().element()));
        ContratDeVille contrat = (ContratDeVille) cell.column().element();
        Qpv qpv = (Qpv) cell.line().element();
        assertEquals("", cell.text());
        Command add = session.editCommand(cell, Boolean.TRUE);
        assertTrue(add.canExecute());
        stack.execute(add);
        assertTrue(contrat.getQpvs().contains(qpv));
        assertEquals("✓", cellOf(session.table(), qpv, contrat).text());
        assertEquals(1, refreshes.get());
        assertFalse(session.editCommand(cellOf(session.table(), qpv, contrat), Boolean.TRUE).canExecute(),
                "already there: nothing to do");

        stack.undo();
        assertFalse(contrat.getQpvs().contains(qpv));
        assertEquals("", cellOf(session.table(), qpv, contrat).text());
        stack.redo();
        assertEquals("✓", cellOf(session.table(), qpv, contrat).text());
        stack.undo();

        // A feature column: the code of a PRAPS measure, then undone.
        TableSession praps = TableSession.create(model, ShippedTablesTest.table(ShippedTablesTest.PRAPS));
        praps.bindCommandStack(stack);
        TableLine line = praps.table().lines().get(0);
        MesurePraps mesure = (MesurePraps) line.element();
        String before = mesure.getCode();
        TableCell code = praps.table().cells(line).get(0);
        assertTrue(code.editable());
        stack.execute(praps.editCommand(code, "9.9.9"));
        assertEquals("9.9.9", mesure.getCode());
        assertEquals("9.9.9", praps.table().cells(praps.table().lines().get(0)).get(0).text());
        stack.undo();
        assertEquals(before, mesure.getCode());
        TableCell theme = praps.table().cells(praps.table().lines().get(0)).get(1);
        assertFalse(theme.editable());
        assertFalse(praps.editCommand(theme, "x").canExecute());

        // A chantier column toggles Chantier.declines (owner: the column element).
        TableCell declines = firstCell(praps.table(), c -> c.column().element() instanceof Chantier ch
                && !ch.getDeclines().contains(c.line().element()));
        Chantier chantier = (Chantier) declines.column().element();
        stack.execute(praps.editCommand(declines, null));
        assertTrue(chantier.getDeclines().contains(declines.line().element()));
        stack.undo();
        assertFalse(chantier.getDeclines().contains(declines.line().element()));
        session.dispose();
        praps.dispose();
    }

    @Test
    void failingExpressionShowsTheReasonInEveryCell() {
        ModeleMaillage model = Fixtures.eure();
        CrossTableDescription description = (CrossTableDescription) EcoreUtil
                .copy(ShippedTablesTest.table(ShippedTablesTest.QPV));
        description.getIntersections().get(1).setLabelExpression("line.inexistant");
        Table table = TableSession.create(model, description).table();
        List<TableCell> failed = new ArrayList<>();
        for (TableLine line : table.lines()) {
            for (TableCell cell : table.cells(line)) {
                if (cell.column().element() instanceof ContratDeVille) {
                    failed.add(cell);
                }
            }
        }
        assertFalse(failed.isEmpty());
        for (TableCell cell : failed) {
            assertTrue(cell.failed());
            assertTrue(cell.error().contains("propriété inconnue ou interdite : « inexistant »"), cell.error());
            assertTrue(cell.text().startsWith("⚠ ") && cell.text().contains(cell.error()), cell.text());
        }
        assertEquals(1, table.diagnostics().size(), table.diagnostics().toString());
        assertTrue(table.diagnostics().get(0).toString().contains("qpv-du-contrat (IntersectionMapping)"));
        assertTrue(table.cells(table.lines().get(0)).stream()
                .anyMatch(c -> c.column().element() != null && !c.failed()), "other cells still computed");
    }

    @Test
    void unknownDomainClassIsRefusedWithFileAndLine() throws Exception {
        Path file = folder.resolve("mauvais.viewpoint");
        Files.writeString(file, """
                <?xml version="1.0" encoding="UTF-8"?>
                <vpdescription:Viewpoint xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                    xmlns:vpdescription="http://maillage.org/viewpoint/1.0/description" id="essai" label="Essai">
                  <tables xsi:type="vpdescription:CrossTableDescription" id="t" label="T" domainClass="ModeleMaillage">
                    <lineMappings id="l" domainClass="Quartier" semanticCandidatesExpression="self.qpvs"/>
                  </tables>
                </vpdescription:Viewpoint>
                """, StandardCharsets.UTF_8);
        ModelLoadException refused = assertThrows(ModelLoadException.class,
                () -> ViewpointResources.loadViewpoint(file));
        assertTrue(refused.getMessage().contains("mauvais.viewpoint, ligne 6"), refused.getMessage());
        assertTrue(refused.getMessage().contains("« Quartier »") && refused.getMessage().contains("« l »"),
                refused.getMessage());
        assertEquals(6, refused.getLine());

        Files.writeString(file, Files.readString(file).replace("Quartier", "Qpv")
                .replace("domainClass=\"ModeleMaillage\"", "domainClass=\"Feuille\""));
        ModelLoadException table = assertThrows(ModelLoadException.class,
                () -> ViewpointResources.loadViewpoint(file));
        assertTrue(table.getMessage().contains("ligne 5") && table.getMessage().contains("« Feuille »"),
                table.getMessage());

        Files.writeString(file, Files.readString(file).replace("Feuille", "ModeleMaillage"));
        Viewpoint good = ViewpointResources.loadViewpoint(file);
        assertEquals(1, good.getTables().size());
    }

    @Test
    void csvAndHtmlExportsAreSafe() throws Exception {
        ModeleMaillage model = Fixtures.eure();
        List<String> hostile = List.of("=HYPERLINK(\"http://x\")", "+1+1", "-2", "@SUM(A1)", "\tcache",
                "\rretour", "<script>alert(1)</script> & 'q'", "a;b");
        for (int i = 0; i < hostile.size(); i++) {
            model.getQpvs().get(i).setNom(hostile.get(i));
        }
        Table table = TableSession.create(model, ShippedTablesTest.table(ShippedTablesTest.QPV)).table();
        Path csv = folder.resolve("qpv.csv");
        TableExport.write(table, csv);
        byte[] bytes = Files.readAllBytes(csv);
        assertEquals(0xEF, bytes[0] & 0xFF);
        assertEquals(0xBB, bytes[1] & 0xFF);
        assertEquals(0xBF, bytes[2] & 0xFF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("QPV;EPCI;"), text.substring(0, 40));
        assertTrue(text.contains("\r\n'=HYPERLINK(\"\"http://x\"\")") || text.contains("\r\n\"'=HYPERLINK(\"\"http://x\"\")\""),
                text);
        for (String start : List.of("'+1+1;", "'-2;", "'@SUM(A1);", "'\tcache;", "\"'\rretour\";", "\"a;b\";")) {
            assertTrue(text.contains("\r\n" + start), start + " in " + text);
        }
        for (String line : text.split("\r\n")) {
            char first = line.isEmpty() ? ' ' : line.charAt(0) == '"' ? line.charAt(1) : line.charAt(0);
            assertFalse("=+-@\t".indexOf(first) >= 0, "unneutralised: " + line);
        }
        assertEquals(table.lines().size() + 1, text.split("\r\n").length);

        Path html = folder.resolve("qpv.html");
        TableExport.write(table, html);
        String page = Files.readString(html);
        assertTrue(page.startsWith("<!DOCTYPE html>") && page.contains("<meta charset=\"UTF-8\">"));
        assertFalse(page.contains("<script>"), "escaped");
        assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &#39;q&#39;"));
        assertFalse(page.contains("src=") || page.contains("href="), "standalone");
        assertTrue(page.contains("background:#FDE2E2;color:#B00020;font-weight:bold;"), "gaps in red");
    }

    @Test
    void datesInCellsReadAsJjMmAaaa() {
        assertEquals("15/03/2027",
                org.maillage.viewpoint.internal.table.TableInterpreter.text(java.time.LocalDate.of(2027, 3, 15)));
    }

    @Test
    void sortAndFilterAreViewState() {
        ModeleMaillage model = Fixtures.eure();
        Table financements = TableSession.create(model, ShippedTablesTest.table(ShippedTablesTest.FINANCEMENTS))
                .table();
        TableColumn total = financements.columns().get(0);
        List<TableLine> sorted = new ArrayList<>(financements.lines());
        sorted.sort(TableViews.byColumn(financements, total));
        List<java.math.BigDecimal> amounts = sorted.stream()
                .map(l -> ShippedTablesTest.amount(financements.cell(l, total).text())).toList();
        List<java.math.BigDecimal> ordered = new ArrayList<>(amounts);
        ordered.sort(Comparator.naturalOrder());
        assertEquals(ordered, amounts, "amounts by value, not as text");

        Table qpv = TableSession.create(model, ShippedTablesTest.table(ShippedTablesTest.QPV)).table();
        TableLine someLine = qpv.lines().stream().filter(l -> l.header().chars().anyMatch(c -> c > 127))
                .findFirst().orElse(qpv.lines().get(0));
        String folded = Search.normalize(someLine.header()).toUpperCase(java.util.Locale.ROOT);
        assertTrue(TableViews.matches(qpv, someLine, folded), folded + " finds " + someLine.header());
        assertTrue(TableViews.matches(qpv, someLine, ""));
        assertFalse(TableViews.matches(qpv, someLine, "zzz-introuvable"));
        assertEquals("evreux", Search.normalize("ÉVREUX"));
    }

    @Test
    void commandLineListsAndExportsTables() throws Exception {
        Examples.eure().copyTo(folder);
        CliRunner.Result list = CliRunner.run(folder, "diagram", "--list", "eure.maillage");
        assertEquals(ExitCodes.OK, list.code(), list.err());
        assertTrue(list.out().contains(Fixtures.ARTICULATION + "\tdiagramme\tArticulation des dispositifs"),
                list.out());
        assertTrue(list.out().contains(ShippedTablesTest.QPV + "\ttableau\tCouverture des QPV"), list.out());
        assertTrue(list.out().contains(ShippedTablesTest.PRAPS + "\ttableau\tDéclinaison du PRAPS"), list.out());
        assertTrue(list.out().contains(ShippedTablesTest.FINANCEMENTS + "\ttableau\tFinancements"), list.out());

        CliRunner.Result csv = CliRunner.run(folder, "diagram", "--viewpoint", ShippedTablesTest.QPV, "--out",
                "qpv.csv", "eure.maillage");
        assertEquals(ExitCodes.OK, csv.code(), csv.err());
        assertTrue(csv.err().contains("qpv.csv écrit"), csv.err());
        assertTrue(Files.readString(folder.resolve("qpv.csv")).contains("Navarre"));

        CliRunner.Result html = CliRunner.run(folder, "diagram", "--viewpoint", "financements", "--out",
                "financements.html", "eure.maillage");
        assertEquals(ExitCodes.OK, html.code(), html.err());
        assertTrue(Files.readString(folder.resolve("financements.html")).contains("\u00a0€"));

        CliRunner.Result svg = CliRunner.run(folder, "diagram", "--viewpoint", ShippedTablesTest.QPV, "--out",
                "qpv.svg", "eure.maillage");
        assertEquals(ExitCodes.USAGE, svg.code(), svg.err());
        assertTrue(svg.err().contains(".csv, .html, .xlsx, .ods, .pdf ou .png"), svg.err());
        assertFalse(Files.exists(folder.resolve("qpv.svg")));

        CliRunner.Result diagramAsCsv = CliRunner.run(folder, "diagram", "--viewpoint", Fixtures.ARTICULATION,
                "--out", "a.csv", "eure.maillage");
        assertEquals(ExitCodes.USAGE, diagramAsCsv.code(), diagramAsCsv.err());
    }

    private static TableCell firstCell(Table table, java.util.function.Predicate<TableCell> test) {
        return table.lines().stream().flatMap(l -> table.cells(l).stream()).filter(c -> c.editable() && test.test(c))
                .findFirst().orElseThrow();
    }

    private static TableCell cellOf(Table table, Object line, Object column) {
        TableLine l = table.lines().stream().filter(x -> x.element() == line).findFirst().orElseThrow();
        return table.cells(l).stream().filter(c -> c.column().element() == column).findFirst().orElseThrow();
    }
}
