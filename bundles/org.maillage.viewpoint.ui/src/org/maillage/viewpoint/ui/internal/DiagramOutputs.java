/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.ui.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.ImageTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Device;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.printing.PrintDialog;
import org.eclipse.swt.printing.Printer;
import org.eclipse.swt.printing.PrinterData;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.maillage.core.persistence.OutputPaths;
import org.maillage.core.persistence.OutputRefusedException;
import org.maillage.viewpoint.model.diagram.Diagram;
import org.maillage.viewpoint.render.PdfRenderer;
import org.maillage.viewpoint.render.PngRenderer;
import org.maillage.viewpoint.render.TablePdfRenderer;
import org.maillage.viewpoint.render.TablePngRenderer;
import org.maillage.viewpoint.table.Table;

/**
 * A diagram or a table leaves its editor: "Imprimer…" (the platform's Fichier &gt; Imprimer), "Exporter en PDF…" and
 * "Copier comme image". Every picture comes from the headless renderers ({@link PngRenderer}, {@link PdfRenderer},
 * {@link TablePngRenderer}, {@link TablePdfRenderer}), so the paper, the PDF, the clipboard, the command line and the
 * reports show the same drawing. A printed page holds the whole representation fitted under its title, landscape
 * when it is wide.
 */
public final class DiagramOutputs {

    /**
     * What leaves an editor, whatever its kind.
     *
     * @param title the title printed above it
     * @param landscape whether it deserves a landscape page
     * @param picture draws the whole picture at a scale
     * @param pdf writes it as a PDF file
     */
    private record Output(String title, boolean landscape, Picture picture, Pdf pdf) {

        static Output of(Diagram diagram) {
            return new Output(diagram.getName(), DiagramOutputs.landscape(diagram),
                    scale -> new PngRenderer().image(diagram, scale), file -> new PdfRenderer().write(diagram, file));
        }

        static Output of(Table table) {
            BufferedImage image = new TablePngRenderer().image(table, 1);
            return new Output(table.title(), PdfRenderer.isLandscape(image.getWidth(), image.getHeight()),
                    scale -> new TablePngRenderer().image(table, scale),
                    file -> new TablePdfRenderer().write(table, file));
        }
    }

    @FunctionalInterface
    private interface Picture {
        BufferedImage draw(double scale) throws IOException;
    }

    @FunctionalInterface
    private interface Pdf {
        void write(Path file) throws IOException;
    }

    /** Pixels per diagram unit of the printed and copied pictures: sharp on paper, small enough to paste. */
    public static final double PICTURE_SCALE = 2;

    /** Page margin, in inches (about 1 cm). */
    private static final double MARGIN_INCHES = 0.4;
    private static final int TITLE_POINTS = 13;

    private DiagramOutputs() {
    }

    /** @return true when the diagram deserves a landscape page */
    public static boolean landscape(Diagram diagram) {
        return PdfRenderer.isLandscape(diagram.getWidth(), diagram.getHeight());
    }

    /** @return the whole diagram as SWT image data, drawn by the headless PNG renderer */
    public static ImageData picture(Diagram diagram, double scale) throws IOException {
        return picture(Output.of(diagram), scale);
    }

    /** @return the whole table as SWT image data, drawn by the headless table renderer */
    public static ImageData picture(Table table, double scale) throws IOException {
        return picture(Output.of(table), scale);
    }

    private static ImageData picture(Output output, double scale) throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(output.picture().draw(scale), "png", png);
        return new ImageData(new ByteArrayInputStream(png.toByteArray()));
    }

    /**
     * Asks for a printer (landscape offered first for a wide diagram) and prints the diagram on one page.
     *
     * @param shell the parent shell
     * @param diagram the diagram
     */
    public static void print(Shell shell, Diagram diagram) {
        print(shell, Output.of(diagram));
    }

    /**
     * Asks for a printer (landscape offered first for a wide table) and prints the whole table on one page.
     *
     * @param shell the parent shell
     * @param table the table
     */
    public static void print(Shell shell, Table table) {
        print(shell, Output.of(table));
    }

    private static void print(Shell shell, Output output) {
        PrintDialog dialog = new PrintDialog(shell, SWT.NONE);
        PrinterData preset = new PrinterData();
        preset.orientation = output.landscape() ? PrinterData.LANDSCAPE : PrinterData.PORTRAIT;
        dialog.setPrinterData(preset);
        dialog.setText(Messages.get("print.title"));
        PrinterData data = dialog.open();
        if (data == null) {
            return;
        }
        Exception[] failure = new Exception[1];
        BusyIndicator.showWhile(shell.getDisplay(), () -> {
            try {
                print(data, output);
            } catch (IOException | SWTException | IllegalStateException e) {
                failure[0] = e;
            }
        });
        if (failure[0] != null) {
            MessageDialog.openError(shell, Messages.get("print.failed"), Messages.get("print.failed.detail",
                    output.title(), reason(failure[0])));
        }
    }

    /**
     * Prints the diagram on one page of the printer {@code data} names (e.g. a file printer in tests).
     *
     * @throws IOException when the picture cannot be drawn
     * @throws IllegalStateException when the printer refuses the job
     */
    public static void print(PrinterData data, Diagram diagram) throws IOException {
        print(data, Output.of(diagram));
    }

    /** Prints the table on one page of the printer {@code data} names, as {@link #print(PrinterData, Diagram)}. */
    public static void print(PrinterData data, Table table) throws IOException {
        print(data, Output.of(table));
    }

    private static void print(PrinterData data, Output output) throws IOException {
        ImageData picture = picture(output, PICTURE_SCALE);
        Printer printer = new Printer(data);
        try {
            if (!printer.startJob(output.title())) {
                throw new IllegalStateException(Messages.get("print.refused", data.name));
            }
            if (printer.startPage()) {
                GC gc = new GC(printer);
                try {
                    drawPage(gc, printer, printer.getClientArea(), printer.getDPI(), output.title(), picture);
                } finally {
                    gc.dispose();
                }
                printer.endPage();
            }
            printer.endJob();
        } finally {
            printer.dispose();
        }
    }

    /**
     * Draws one page: the title at the top, the picture below it, fitted to what is left inside the margins with its
     * proportions kept, centred. Any GC does: a printer's, or an image standing for the page in tests.
     *
     * @param gc where to draw
     * @param device the GC's device (fonts and images are made on it)
     * @param page the printable area, in device pixels
     * @param dpi the device's resolution
     * @param title the diagram's title
     * @param picture the whole diagram
     * @return where the picture went, in device pixels
     */
    public static Rectangle drawPage(GC gc, Device device, Rectangle page, Point dpi, String title,
            ImageData picture) {
        int marginX = (int) Math.round(dpi.x * MARGIN_INCHES);
        int marginY = (int) Math.round(dpi.y * MARGIN_INCHES);
        int top = page.y + marginY;
        Font font = new Font(device, "Sans", TITLE_POINTS, SWT.BOLD);
        try {
            gc.setFont(font);
            gc.setForeground(device.getSystemColor(SWT.COLOR_BLACK));
            gc.drawText(title == null ? "" : title, page.x + marginX, top, true);
            top += gc.getFontMetrics().getHeight() * 3 / 2;
        } finally {
            gc.setFont(null);
            font.dispose();
        }
        int availableW = page.width - 2 * marginX;
        int availableH = page.y + page.height - marginY - top;
        double fit = Math.min((double) availableW / picture.width, (double) availableH / picture.height);
        int w = Math.max(1, (int) Math.floor(picture.width * fit));
        int h = Math.max(1, (int) Math.floor(picture.height * fit));
        Rectangle target = new Rectangle(page.x + marginX + (availableW - w) / 2, top, w, h);
        Image image = new Image(device, picture);
        try {
            gc.setInterpolation(SWT.HIGH);
            gc.drawImage(image, 0, 0, picture.width, picture.height, target.x, target.y, target.width,
                    target.height);
        } finally {
            image.dispose();
        }
        return target;
    }

    /**
     * Asks where to write the PDF and writes it; never over the roadmap, its diagram file or their backups.
     *
     * @param shell the parent shell
     * @param diagram the diagram
     * @param suggestedName the file name offered, without extension
     * @param inputs the files an output must never replace
     */
    public static void askPdf(Shell shell, Diagram diagram, String suggestedName, List<Path> inputs) {
        askPdf(shell, Output.of(diagram), suggestedName, inputs);
    }

    /** Asks where to write the table's PDF and writes it, as {@link #askPdf(Shell, Diagram, String, List)}. */
    public static void askPdf(Shell shell, Table table, String suggestedName, List<Path> inputs) {
        askPdf(shell, Output.of(table), suggestedName, inputs);
    }

    private static void askPdf(Shell shell, Output output, String suggestedName, List<Path> inputs) {
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText(Messages.get("pdf.title"));
        dialog.setFilterExtensions(new String[] { "*.pdf" });
        dialog.setFilterNames(new String[] { Messages.get("pdf.filter") });
        dialog.setFileName(suggestedName + ".pdf");
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        Path file = Path.of(chosen);
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            file = file.resolveSibling(file.getFileName() + ".pdf");
        }
        Path target = file;
        Exception[] failure = new Exception[1];
        BusyIndicator.showWhile(shell.getDisplay(), () -> {
            try {
                writePdf(output, target, inputs);
            } catch (IOException | OutputRefusedException e) {
                failure[0] = e;
            }
        });
        if (failure[0] != null) {
            MessageDialog.openError(shell, Messages.get("export.failed"),
                    Messages.get("export.failed.detail", target, reason(failure[0])));
        }
    }

    /**
     * Writes the diagram as a one-page PDF, atomically.
     *
     * @throws OutputRefusedException when {@code file} is one of {@code inputs} (also through a link), a folder or a
     *         device: nothing is written
     */
    public static void writePdf(Diagram diagram, Path file, List<Path> inputs)
            throws IOException, OutputRefusedException {
        writePdf(Output.of(diagram), file, inputs);
    }

    /**
     * Writes the table as a PDF (pages split, headers repeated), atomically.
     *
     * @throws OutputRefusedException as {@link #writePdf(Diagram, Path, List)}
     */
    public static void writePdf(Table table, Path file, List<Path> inputs) throws IOException, OutputRefusedException {
        writePdf(Output.of(table), file, inputs);
    }

    private static void writePdf(Output output, Path file, List<Path> inputs)
            throws IOException, OutputRefusedException {
        OutputPaths.checkFile(file, inputs);
        output.pdf().write(file);
    }

    /** Puts the whole diagram on the clipboard as an image, to paste in a text or a slide. */
    public static void copy(Display display, Diagram diagram) throws IOException {
        copy(display, Output.of(diagram));
    }

    /** Puts the whole table on the clipboard as an image. */
    public static void copy(Display display, Table table) throws IOException {
        copy(display, Output.of(table));
    }

    private static void copy(Display display, Output output) throws IOException {
        ImageData picture = picture(output, PICTURE_SCALE);
        Clipboard clipboard = new Clipboard(display);
        try {
            clipboard.setContents(new Object[] { picture }, new Transfer[] { ImageTransfer.getInstance() });
        } finally {
            clipboard.dispose();
        }
    }

    private static String reason(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
