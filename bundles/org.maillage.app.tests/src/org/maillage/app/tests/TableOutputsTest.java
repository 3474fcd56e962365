/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.app.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.ImageTransfer;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.actions.ActionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maillage.core.persistence.OutputPaths;
import org.maillage.core.persistence.OutputRefusedException;
import org.maillage.examples.Examples;
import org.maillage.viewpoint.render.TablePngRenderer;
import org.maillage.viewpoint.table.Table;
import org.maillage.viewpoint.ui.DiagramEditors;
import org.maillage.viewpoint.ui.internal.DiagramOutputs;
import org.maillage.viewpoint.ui.internal.TableEditor;

/**
 * Covered cases: with the Eure's "Couverture des QPV" table open, Fichier &gt; Imprimer… is enabled and runs the
 * table's print action; the context menu offers "Exporter en PDF…", "Copier comme image" and "Imprimer…" besides
 * "Exporter le tableau…"; the printed page (drawn on an image standing for an A4 landscape page, the code the
 * printer's GC runs) holds the whole table inside the margins, and is kept in target/screenshots to be looked at;
 * "Copier comme image" puts the whole table on the clipboard at the print scale; the PDF export writes a PDF whose
 * text holds the table's title and refuses the roadmap as output, leaving it untouched.
 */
class TableOutputsTest {

    private static final String QPV = "org.maillage.viewpoints.tableaux/couverture-qpv";

    private IWorkbenchPage page;
    private Path roadmap;
    private TableEditor editor;

    @BeforeEach
    void open() throws Exception {
        page = UiSupport.page();
        roadmap = Examples.find(Examples.EURE).orElseThrow().copyTo(Files.createTempDirectory("maillage-tableau"));
        IEditorPart part = DiagramEditors.open(page, roadmap, QPV);
        assertTrue(part instanceof TableEditor, String.valueOf(part));
        editor = (TableEditor) part;
        page.activate(editor);
        UiSupport.spin();
    }

    @AfterEach
    void close() {
        page.closeAllEditors(false);
        UiSupport.spin();
    }

    @Test
    void fileMenuPrintAndTheContextMenu() {
        assertSame(editor.contextAction("action.print"),
                editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.PRINT.getId()));
        assertTrue(UiSupport.menuItemEnabled("Fichier", ActionFactory.PRINT.getId()),
                "Fichier > Imprimer… is enabled on a table");
        assertNotNull(editor.contextAction("table.export"));
        assertNotNull(editor.contextAction("action.exportPdf"), "Exporter en PDF…");
        assertNotNull(editor.contextAction("action.copyImage"), "Copier comme image");
        assertEquals("Imprimer…", editor.contextAction("action.print").getText().replace("&", ""));
    }

    @Test
    void thePageHoldsTheWholeTable() throws Exception {
        Table table = editor.session().table();
        Rectangle a4 = new Rectangle(0, 0, 1754, 1240);
        Display display = Display.getCurrent();
        Image sheet = new Image(display, a4.width, a4.height);
        try {
            GC gc = new GC(sheet);
            Rectangle drawn;
            try {
                gc.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
                gc.fillRectangle(a4);
                drawn = DiagramOutputs.drawPage(gc, display, a4, new Point(150, 150), table.title(),
                        DiagramOutputs.picture(table, DiagramOutputs.PICTURE_SCALE));
            } finally {
                gc.dispose();
            }
            Files.createDirectories(Path.of("target", "screenshots"));
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { sheet.getImageData() };
            loader.save(Path.of("target", "screenshots", "table-print-page.png").toString(), SWT.IMAGE_PNG);
            int margin = 60;
            assertTrue(drawn.x >= margin && drawn.y > margin && drawn.x + drawn.width <= a4.width - margin
                    && drawn.y + drawn.height <= a4.height - margin, "inside the margins: " + drawn);
        } finally {
            sheet.dispose();
        }
    }

    @Test
    void copyAsImagePutsTheWholeTableOnTheClipboard() {
        Clipboard clipboard = new Clipboard(Display.getCurrent());
        try {
            clipboard.clearContents();
            editor.contextAction("action.copyImage").run();
            UiSupport.spin();
            ImageData image = (ImageData) clipboard.getContents(ImageTransfer.getInstance());
            assertNotNull(image, "an image on the clipboard");
            BufferedImage expected = new TablePngRenderer().image(editor.session().table(),
                    DiagramOutputs.PICTURE_SCALE);
            assertEquals(expected.getWidth(), image.width, 2);
            assertEquals(expected.getHeight(), image.height, 2);
        } finally {
            clipboard.dispose();
        }
    }

    @Test
    void pdfExportWritesTheTableAndNeverReplacesTheRoadmap() throws Exception {
        Table table = editor.session().table();
        List<Path> inputs = OutputPaths.protectedFilesOf(roadmap);
        Path pdf = roadmap.resolveSibling("couverture.pdf");
        DiagramOutputs.writePdf(table, pdf, inputs);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertTrue(new PDFTextStripper().getText(document).contains("Couverture des QPV"));
        }
        byte[] before = Files.readAllBytes(roadmap);
        assertThrows(OutputRefusedException.class, () -> DiagramOutputs.writePdf(table, roadmap, inputs));
        assertArrayEquals(before, Files.readAllBytes(roadmap), "the roadmap is untouched");
        assertEquals("%PDF", new String(Arrays.copyOf(Files.readAllBytes(pdf), 4)));
    }
}
