/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.report.ui.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.edit.ui.FileReadyNotice;
import org.maillage.examples.Examples;
import org.maillage.model.edit.RoadmapDocument;
import org.maillage.model.instance.Instance;
import org.maillage.model.instance.InstancePackage;
import org.maillage.model.instance.TypeInstance;
import org.maillage.report.OutputFormat;
import org.maillage.report.ReportDesign;
import org.maillage.report.ReportDesigns;
import org.maillage.roadmap.ui.RoadmapEditors;
import org.maillage.testsupport.ui.Screenshots;

/**
 * Covered cases: the dossier de séance is proposed as {@code dossier-cts-2024-12-12.pdf} for the Eure example
 * (the date of its latest CTS séance; the extension follows the format), other designs keep their id; the
 * format list offers PDF, DOCX, HTML, ODT, ODS, PPTX and XLS, PDF first (the dossier as slides is a .pptx); a
 * roadmap
 * without a CTS séance gets a French warning when the dossier is chosen (and a plain name), not before; an existing
 * file is replaced only after the question (the French dialog, "Annuler" keeps the wizard open and the file as it
 * was; "Remplacer" writes the report, with the folder's usual permissions); when the job is done the "Rapport prêt" notice appears without blocking,
 * says in French when no application could open the report and stays, and "Ouvrir le dossier" shows the file in
 * the file manager and closes it. Screenshots of the warning and of the notice are kept in target/screenshots.
 */
class DossierFileTest {

    @TempDir
    Path folder;

    private IWorkbenchPage page;
    private IEditorPart editor;
    private final List<Shell> opened = new ArrayList<>();

    @BeforeEach
    void openEure() throws Exception {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        editor = RoadmapEditors.open(page, Examples.eure().copyTo(folder));
    }

    @AfterEach
    void close() {
        opened.stream().filter(s -> !s.isDisposed()).forEach(Shell::close);
        page.closeEditor(editor, false);
    }

    private RoadmapDocument document() {
        return editor.getAdapter(RoadmapDocument.class);
    }

    private GenerateReportWizard wizard(Consumer<ReportRequest> done) {
        List<ReportDesign> designs = ReportDesigns.read(Platform.getExtensionRegistry(), problem -> { });
        GenerateReportWizard wizard = new GenerateReportWizard(designs, document().getModel(), folder, done);
        WizardDialog dialog = new WizardDialog(page.getWorkbenchWindow().getShell(), wizard);
        dialog.create();
        opened.add(dialog.getShell());
        return wizard;
    }

    private static void select(GenerateReportPage form, String designId, OutputFormat format) {
        String name = ReportDesigns.find(Platform.getExtensionRegistry(), designId).orElseThrow().name();
        form.design.select(form.design.indexOf(name));
        form.design.notifyListeners(SWT.Selection, new Event());
        form.format.select(format.ordinal());
        form.format.notifyListeners(SWT.Selection, new Event());
    }

    private static String fileName(GenerateReportPage form) {
        return Path.of(form.file.getText()).getFileName().toString();
    }

    @Test
    void dossierIsNamedAfterItsSeance() {
        GenerateReportPage form = wizard(request -> { }).page();
        select(form, "dossier-cts", OutputFormat.PDF);
        assertEquals("dossier-cts-2024-12-12.pdf", fileName(form));
        assertEquals(folder.resolve("dossier-cts-2024-12-12.pdf").toString(), form.file.getText());
        assertNull(form.getMessage(), "no warning: the example has its séances");
        select(form, "dossier-cts", OutputFormat.DOCX);
        assertEquals("dossier-cts-2024-12-12.docx", fileName(form));
        select(form, "bilan-feuille-de-route", OutputFormat.HTML);
        assertEquals("bilan-feuille-de-route.html", fileName(form));
    }

    @Test
    void formatListOffersTheOfficeFormats() {
        GenerateReportPage form = wizard(request -> { }).page();
        assertArrayEquals(new String[] {"PDF", "DOCX", "HTML", "ODT", "ODS", "PPTX", "XLS"}, form.format.getItems());
        assertEquals(0, form.format.getSelectionIndex());
        select(form, "dossier-cts", OutputFormat.PPTX);
        assertEquals("dossier-cts-2024-12-12.pptx", fileName(form));
        select(form, "bilan-feuille-de-route", OutputFormat.XLS);
        assertEquals("bilan-feuille-de-route.xls", fileName(form));
    }

    @Test
    void withoutSeanceTheDossierIsWarnedAbout() throws Exception {
        RoadmapDocument document = document();
        CompoundCommand removeAll = new CompoundCommand();
        for (Instance instance : document.getModel().getInstances()) {
            if (instance.getType() == TypeInstance.CTS_PLENIERE && !instance.getSeances().isEmpty()) {
                removeAll.append(RemoveCommand.create(document.getEditingDomain(), instance,
                        InstancePackage.Literals.INSTANCE__SEANCES, List.copyOf(instance.getSeances())));
            }
        }
        document.getCommandStack().execute(removeAll);
        GenerateReportPage form = wizard(request -> { }).page();
        select(form, "bilan-feuille-de-route", OutputFormat.PDF);
        assertNull(form.getMessage(), "the bilan needs no séance");
        select(form, "dossier-cts", OutputFormat.PDF);
        assertEquals(IMessageProvider.WARNING, form.getMessageType());
        assertTrue(form.getMessage().contains("aucune séance du CTS"), form.getMessage());
        assertEquals("dossier-cts.pdf", fileName(form));
        assertTrue(form.isPageComplete(), "a warning, not a refusal");
        Screenshots.save(form.getShell(),
                Path.of("target", "screenshots", "dossier-sans-seance.png"));
    }

    @Test
    void anExistingFileIsReplacedOnlyAfterTheQuestion() throws Exception {
        GenerateReportWizard wizard = wizard(request -> { });
        select(wizard.page(), "bilan-feuille-de-route", OutputFormat.PDF);
        Path file = Path.of(wizard.page().file.getText());
        byte[] before = "le rapport de la semaine dernière".getBytes(StandardCharsets.UTF_8);
        Files.write(file, before);

        // The real question, answered "Annuler" as a user would.
        AtomicReference<String> question = answer("Remplacer le fichier ?", "Annuler");
        assertFalse(wizard.performFinish(), "the wizard stays open");
        assertNotNull(question.get(), "the question was asked");
        assertTrue(question.get().contains("bilan-feuille-de-route.pdf") && question.get().contains("existe déjà"),
                question.get());
        assertNull(wizard.job, "nothing is produced");
        assertArrayEquals(before, Files.readAllBytes(file));

        List<Path> asked = new ArrayList<>();
        wizard.confirmOverwrite = p -> asked.add(p);
        assertTrue(wizard.performFinish());
        assertEquals(List.of(file), asked);
        wizard.job.join();
        assertEquals(IStatus.INFO, wizard.job.getResult().getSeverity(), wizard.job.getResult().toString());
        assertEquals("%PDF", new String(Files.readAllBytes(file), 0, 4, StandardCharsets.US_ASCII));
        // A report is shared: it gets the permissions of any new file there, not owner-only ones.
        assertEquals(Files.getPosixFilePermissions(Files.createFile(folder.resolve("nouveau.txt"))),
                Files.getPosixFilePermissions(file));
    }

    @Test
    void theNoticeOffersToOpenTheReportOrItsFolder() throws Exception {
        Display display = Display.getCurrent();
        GenerateReportWizard wizard = wizard(GenerateReportHandler.afterJob(display, page));
        select(wizard.page(), "bilan-feuille-de-route", OutputFormat.PDF);
        Path file = Path.of(wizard.page().file.getText());
        List<String> calls = new ArrayList<>();
        FileReadyNotice.Desktop real = FileReadyNotice.setDesktop(new FileReadyNotice.Desktop() {
            @Override
            public boolean open(Path opened) {
                calls.add("open " + opened.getFileName());
                return false;
            }

            @Override
            public boolean showInFolder(Path shown, Runnable failed) {
                calls.add("folder " + shown.getFileName());
                return true;
            }
        });
        try {
            assertTrue(wizard.performFinish());
            wizard.job.join();
            Shell notice = waitForShell(display, "Rapport prêt");
            opened.add(notice);
            String text = texts(notice);
            assertTrue(text.contains("bilan-feuille-de-route.pdf") && text.contains(folder.toString()), text);
            assertTrue(notice.isVisible() && (notice.getStyle() & SWT.APPLICATION_MODAL) == 0, "not modal");
            Screenshots.save(notice, Path.of("target", "screenshots", "rapport-pret.png"));

            press(notice, "Ouvrir");
            assertEquals(List.of("open bilan-feuille-de-route.pdf"), calls);
            assertFalse(notice.isDisposed(), "the notice stays when nothing could open the report");
            assertTrue(texts(notice).contains("Aucune application n'a pu ouvrir bilan-feuille-de-route.pdf"),
                    texts(notice));
            Screenshots.save(notice,
                    Path.of("target", "screenshots", "rapport-pret-sans-visionneuse.png"));

            press(notice, "Ouvrir le dossier");
            assertEquals("folder bilan-feuille-de-route.pdf", calls.get(1));
            assertTrue(notice.isDisposed(), "closed once the folder is shown");
            assertTrue(Files.exists(file));
        } finally {
            FileReadyNotice.setDesktop(real);
        }
    }

    /** Schedules the answer to the next dialog with that title; returns its text once answered. */
    private static AtomicReference<String> answer(String title, String button) {
        AtomicReference<String> said = new AtomicReference<>();
        Display display = Display.getCurrent();
        Runnable[] poll = new Runnable[1];
        int[] tries = { 0 };
        poll[0] = () -> {
            for (Shell shell : display.getShells()) {
                if (!shell.isDisposed() && shell.isVisible() && title.equals(shell.getText())) {
                    said.set(texts(shell));
                    press(shell, button);
                    return;
                }
            }
            if (tries[0]++ < 200) {
                display.timerExec(50, poll[0]);
            }
        };
        display.timerExec(50, poll[0]);
        return said;
    }

    private static Shell waitForShell(Display display, String title) throws InterruptedException {
        long end = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < end) {
            while (display.readAndDispatch()) {
                // The job's asyncExec, then the notice's layout and paint.
            }
            for (Shell shell : display.getShells()) {
                if (!shell.isDisposed() && shell.isVisible() && title.equals(shell.getText())) {
                    return shell;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no window " + title);
    }

    private static void press(Shell shell, String label) {
        Button button = all(shell, Button.class).stream().filter(b -> b.getText().replace("&", "").equals(label))
                .findFirst().orElseThrow(() -> new AssertionError("no button " + label + " in " + shell.getText()));
        button.notifyListeners(SWT.Selection, new Event());
        while (Display.getCurrent().readAndDispatch()) {
            // Let the dialog react.
        }
    }

    private static String texts(Shell shell) {
        return String.join("\n", all(shell, Label.class).stream().map(Label::getText).toList());
    }

    private static <T extends Control> List<T> all(Control root, Class<T> type) {
        List<T> found = new ArrayList<>();
        if (type.isInstance(root)) {
            found.add(type.cast(root));
        }
        if (root instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                found.addAll(all(child, type));
            }
        }
        return found;
    }
}
