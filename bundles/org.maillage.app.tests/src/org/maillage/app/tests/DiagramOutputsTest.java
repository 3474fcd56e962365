/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.app.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.ImageTransfer;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.printing.Printer;
import org.eclipse.swt.printing.PrinterData;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.actions.ActionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maillage.core.persistence.OutputPaths;
import org.maillage.core.persistence.OutputRefusedException;
import org.maillage.examples.Examples;
import org.maillage.model.edit.RoadmapDocument;
import org.maillage.viewpoint.model.diagram.Diagram;
import org.maillage.viewpoint.ui.DiagramEditors;
import org.maillage.viewpoint.ui.internal.DiagramEditor;
import org.maillage.viewpoint.ui.internal.DiagramOutputs;

/**
 * Covered cases: with the Eure articulation diagram open, Fichier &gt; Imprimer… is enabled and runs the diagram's
 * print action; the context menu offers "Exporter en PDF…", "Copier comme image" and "Imprimer…"; the page drawing
 * puts the title at the top and the whole picture inside the margins, proportions kept, on a landscape page for this
 * wide diagram (drawn on an SWT image standing for an A4 page at 150 dpi: it is the same code the printer's GC
 * runs); printing to GTK's "Print to File" printer (listed under Xvfb) writes a PDF (skipped, with the reason, where
 * {@link Printer#getPrinterList()} is empty); "Copier comme image" puts the diagram on the clipboard as an image
 * of its size; the PDF export writes a PDF and refuses the roadmap and its diagram file as output, leaving them
 * untouched. The page picture is kept in target/screenshots (looked at, not compared).
 */
class DiagramOutputsTest {

    private static final String ARTICULATION = "org.maillage.viewpoints.articulation/articulation";

    private IWorkbenchPage page;
    private Path roadmap;
    private DiagramEditor editor;

    @BeforeEach
    void open() throws Exception {
        page = UiSupport.page();
        roadmap = Examples.find(Examples.EURE).orElseThrow().copyTo(Files.createTempDirectory("maillage-sorties"));
        IEditorPart part = DiagramEditors.open(page, roadmap, ARTICULATION);
        assertTrue(part instanceof DiagramEditor);
        editor = (DiagramEditor) part;
        page.activate(editor);
        UiSupport.spin();
    }

    @AfterEach
    void close() {
        for (var reference : page.getEditorReferences()) {
            IEditorPart part = reference.getEditor(false);
            if (part instanceof DiagramEditor) {
                page.closeEditor(part, false);
            }
        }
        for (var reference : page.getEditorReferences()) {
            IEditorPart part = reference.getEditor(false);
            if (part != null && part.getAdapter(RoadmapDocument.class) != null) {
                page.closeEditor(part, false);
            }
        }
        UiSupport.spin();
    }

    @Test
    void fileMenuPrintRunsTheDiagramsPrintAction() {
        assertSame(editor.action("action.print"),
                editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.PRINT.getId()));
        assertTrue(UiSupport.menuItemEnabled("Fichier", ActionFactory.PRINT.getId()),
                "Fichier > Imprimer… is enabled on a diagram");
        assertNotNull(editor.action("action.exportPdf"), "Exporter en PDF… in the context menu");
        assertNotNull(editor.action("action.copyImage"), "Copier comme image in the context menu");
        assertEquals("Imprimer…", editor.action("action.print").getText().replace("&", ""));
    }

    @Test
    void thePageHoldsTheTitleAndTheWholeDiagram() throws Exception {
        Diagram diagram = editor.session().diagram();
        assertTrue(DiagramOutputs.landscape(diagram), "the Eure articulation is wide: landscape page");
        // A4 landscape at 150 dpi.
        Rectangle a4 = new Rectangle(0, 0, 1754, 1240);
        Point dpi = new Point(150, 150);
        Display display = Display.getCurrent();
        Image sheet = new Image(display, a4.width, a4.height);
        Rectangle drawn;
        try {
            GC gc = new GC(sheet);
            try {
                gc.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
                gc.fillRectangle(a4);
                drawn = DiagramOutputs.drawPage(gc, display, a4, dpi, diagram.getName(),
                        DiagramOutputs.picture(diagram, DiagramOutputs.PICTURE_SCALE));
            } finally {
                gc.dispose();
            }
            ImageData data = sheet.getImageData();
            Files.createDirectories(Path.of("target", "screenshots"));
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { data };
            loader.save(Path.of("target", "screenshots", "diagram-print-page.png").toString(), SWT.IMAGE_PNG);
            int margin = 60; // 0.4 inch at 150 dpi
            assertTrue(drawn.x >= margin && drawn.y > margin && drawn.x + drawn.width <= a4.width - margin
                    && drawn.y + drawn.height <= a4.height - margin, "inside the margins: " + drawn);
            assertTrue(drawn.width >= a4.width - 2 * margin - 2 || drawn.height >= a4.height - margin - drawn.y - 2,
                    "fitted to the page: " + drawn);
            double ratio = diagram.getWidth() / diagram.getHeight();
            assertEquals(ratio, (double) drawn.width / drawn.height, ratio * 0.03, "proportions kept");
            assertTrue(inked(data, new Rectangle(margin, margin, a4.width / 2, drawn.y - margin)), "a title above");
            assertFalse(inked(data, new Rectangle(0, 0, a4.width, margin - 2)), "nothing in the top margin");
            assertFalse(inked(data, new Rectangle(0, a4.height - margin + 2, a4.width, margin - 2)),
                    "nothing in the bottom margin");
            assertTrue(inked(data, drawn), "the diagram is drawn");
        } finally {
            sheet.dispose();
        }
    }

    @Test
    void printsToAFilePrinterWhenThereIsOne() throws Exception {
        PrinterData[] printers = Printer.getPrinterList();
        Assumptions.assumeTrue(printers.length > 0, "GTK lists no printer here (no CUPS, no file backend): the page "
                + "drawing is tested on an image instead");
        PrinterData data = Arrays.stream(printers).filter(p -> p.name.toLowerCase().contains("fi")).findFirst()
                .orElse(printers[0]);
        Path out = roadmap.resolveSibling("impression.pdf");
        data.printToFile = true;
        data.fileName = out.toString();
        data.orientation = PrinterData.LANDSCAPE;
        DiagramOutputs.print(data, editor.session().diagram());
        // GTK sends the job in the background, from the event loop: wait for the file (60 s at most).
        UiSupport.waitUntil("the printed file " + out, () -> size(out) > 0);
        assertEquals("%PDF", new String(Arrays.copyOf(Files.readAllBytes(out), 4)), "printed with " + data.name);
    }

    @Test
    void copyAsImagePutsTheDiagramOnTheClipboard() {
        Display display = Display.getCurrent();
        Clipboard clipboard = new Clipboard(display);
        try {
            clipboard.clearContents();
            editor.action("action.copyImage").run();
            UiSupport.spin();
            ImageData image = (ImageData) clipboard.getContents(ImageTransfer.getInstance());
            assertNotNull(image, "an image on the clipboard");
            Diagram diagram = editor.session().diagram();
            assertEquals(Math.ceil(diagram.getWidth() * DiagramOutputs.PICTURE_SCALE), image.width, 2);
            assertEquals(Math.ceil(diagram.getHeight() * DiagramOutputs.PICTURE_SCALE), image.height, 2);
        } finally {
            clipboard.dispose();
        }
    }

    @Test
    void pdfExportNeverReplacesAnInput() throws Exception {
        Diagram diagram = editor.session().diagram();
        List<Path> inputs = OutputPaths.protectedFilesOf(roadmap);
        Path pdf = roadmap.resolveSibling("articulation.pdf");
        DiagramOutputs.writePdf(diagram, pdf, inputs);
        assertEquals("%PDF", new String(Arrays.copyOf(Files.readAllBytes(pdf), 4)));
        byte[] before = Files.readAllBytes(roadmap);
        assertThrows(OutputRefusedException.class, () -> DiagramOutputs.writePdf(diagram, roadmap, inputs));
        Path link = Files.createSymbolicLink(roadmap.resolveSibling("lien.pdf"), roadmap);
        assertThrows(OutputRefusedException.class, () -> DiagramOutputs.writePdf(diagram, link, inputs));
        assertArrayEquals(before, Files.readAllBytes(roadmap), "the roadmap is untouched");
    }

    private static long size(Path file) {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    /** @return whether some pixel of {@code area} is clearly darker than white */
    private static boolean inked(ImageData data, Rectangle area) {
        for (int y = Math.max(0, area.y); y < Math.min(data.height, area.y + area.height); y++) {
            for (int x = Math.max(0, area.x); x < Math.min(data.width, area.x + area.width); x++) {
                RGB rgb = data.palette.getRGB(data.getPixel(x, y));
                if (rgb.red + rgb.green + rgb.blue < 600) {
                    return true;
                }
            }
        }
        return false;
    }
}
