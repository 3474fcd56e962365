/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.report.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.commands.Command;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.help.HelpSystem;
import org.eclipse.help.IContext;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.edit.ui.HelpContexts;
import org.maillage.examples.Examples;
import org.maillage.model.edit.RoadmapDocument;
import org.maillage.report.OutputFormat;
import org.maillage.report.ReportDesign;
import org.maillage.report.ReportDesigns;
import org.maillage.report.ReportOptions;
import org.maillage.report.data.ReportScope;
import org.maillage.roadmap.ui.RoadmapEditors;
import org.maillage.testsupport.ui.Screenshots;

/**
 * Covered cases: the "Générer un rapport" command is contributed with its French name; on the roadmap of the
 * active editor the wizard proposes the designs and a file next to the roadmap, shows the date of the situation as
 * JJ/MM/AAAA and reads it so or as AAAA-MM-JJ, refuses an invalid date (31/02 included) naming it, and its
 * Finish runs a job that writes the chosen report (the Eure bilan as PDF); a cancelled job writes nothing; the
 * preview view shows an HTML report or, without a browser engine, says where the file is. For the dossier de séance
 * the wizard offers a checklist of the diagrams that apply to the Eure roadmap (from the installed figure providers),
 * the articulation diagram checked by default; the checklist is off for another design; the chosen diagrams reach
 * the request as the {@code diagrammes} parameter, in the list's order; with none checked, Finish is disabled with a
 * French message. F1 in the wizard opens the user guide's page on reports in a window above the wizard.
 */
class GenerateReportWizardTest {

    private static final String TERRITOIRES = "diagram:org.maillage.viewpoints.territoires/territoires";

    @TempDir
    Path folder;

    private IWorkbenchPage page;
    private IEditorPart editor;

    @BeforeEach
    void openEure() throws Exception {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        page = window.getActivePage();
        editor = RoadmapEditors.open(page, Examples.eure().copyTo(folder));
    }

    @AfterEach
    void close() {
        page.closeEditor(editor, false);
    }

    private GenerateReportWizard wizard(AtomicReference<ReportRequest> done) {
        RoadmapDocument document = editor.getAdapter(RoadmapDocument.class);
        assertNotNull(document, "the editor adapts to its roadmap document");
        List<ReportDesign> designs = ReportDesigns.read(Platform.getExtensionRegistry(), problem -> { });
        return new GenerateReportWizard(designs, document.getModel(), folder, done::set);
    }

    private static void select(GenerateReportPage page, String designName, OutputFormat format) {
        page.design.select(page.design.indexOf(designName));
        page.design.notifyListeners(SWT.Selection, null);
        page.format.select(format.ordinal());
        page.format.notifyListeners(SWT.Selection, null);
    }

    @Test
    void commandIsContributedInFrench() throws Exception {
        Command command = PlatformUI.getWorkbench().getService(ICommandService.class)
                .getCommand("org.maillage.report.ui.generate");
        assertTrue(command.isDefined());
        assertEquals("Générer un rapport...", command.getName());
    }

    @Test
    void f1OpensTheGuidesPageOnReportsAboveTheWizard() {
        WizardDialog dialog = new WizardDialog(page.getWorkbenchWindow().getShell(), wizard(new AtomicReference<>()));
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            // SWT sends F1's help event to the nearest control with a context id, from the focused one up.
            Control control = dialog.getCurrentPage().getControl();
            while (control != null && control.getData("org.eclipse.ui.help") == null) {
                control = control.getParent();
            }
            assertNotNull(control, "the wizard's page has a context id");
            assertEquals(HelpContexts.REPORT_WIZARD, control.getData("org.eclipse.ui.help"));
            IContext context = HelpSystem.getContext(HelpContexts.REPORT_WIZARD);
            assertNotNull(context, "the guide defines the context");
            assertEquals("/org.maillage.help/html/rapports.html", context.getRelatedTopics()[0].getHref());

            control.notifyListeners(SWT.Help, new Event());
            spin(dialog.getShell().getDisplay());
            Shell help = Arrays.stream(dialog.getShell().getShells()).filter(s -> "Aide de Maillage".equals(s.getText()))
                    .findFirst().orElse(null);
            assertNotNull(help, "F1 opens the help window above the modal wizard");
            help.close();
        } finally {
            dialog.close();
        }
    }

    private static void spin(Display display) {
        while (display.readAndDispatch()) {
            // Runs what F1 queued.
        }
    }

    @Test
    void finishWritesTheChosenReportInTheBackground() throws Exception {
        AtomicReference<ReportRequest> done = new AtomicReference<>();
        GenerateReportWizard wizard = wizard(done);
        WizardDialog dialog = new WizardDialog(page.getWorkbenchWindow().getShell(), wizard);
        dialog.create();
        GenerateReportPage form = wizard.page();
        select(form, "Bilan de la feuille de route", OutputFormat.PDF);
        Path expected = folder.resolve("bilan-feuille-de-route.pdf");
        assertEquals(expected.toString(), form.file.getText(), "a file next to the roadmap");
        assertTrue(form.isPageComplete());
        Screenshots.save(dialog.getShell(), Path.of("target", "screenshots", "generer-un-rapport.png"));
        assertTrue(wizard.performFinish());
        dialog.close();
        wizard.job.join();
        assertEquals(IStatus.INFO, wizard.job.getResult().getSeverity(), wizard.job.getResult().toString());
        assertEquals(expected, done.get().file());
        byte[] pdf = Files.readAllBytes(expected);
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
    }

    @Test
    void theDossierTakesTheChosenDiagrams() throws Exception {
        GenerateReportWizard wizard = wizard(new AtomicReference<>());
        WizardDialog dialog = new WizardDialog(page.getWorkbenchWindow().getShell(), wizard);
        dialog.create();
        try {
            GenerateReportPage form = wizard.page();
            form.design.select(form.design.indexOf("Dossier de séance du CTS"));
            form.design.notifyListeners(SWT.Selection, null);
            List<String> titles = Arrays.stream(form.diagrams.getItems()).map(TableItem::getText).toList();
            assertTrue(titles.contains("Articulation des dispositifs"), titles.toString());
            assertTrue(titles.contains("Carte des territoires"), titles.toString());
            assertTrue(form.diagrams.isEnabled());
            assertEquals(List.of("articulation"), form.chosenDiagrams(), "the default");

            TableItem territoires = Arrays.stream(form.diagrams.getItems())
                    .filter(i -> TERRITOIRES.equals(i.getData())).findFirst().orElseThrow();
            territoires.setChecked(true);
            form.diagrams.notifyListeners(SWT.Selection, null);
            Screenshots.save(dialog.getShell(),
                    Path.of("target", "screenshots", "generer-un-rapport-diagrammes.png"));
            ReportRequest request = form.request();
            List<String> expected = Arrays.stream(form.diagrams.getItems()).filter(TableItem::getChecked)
                    .map(i -> (String) i.getData()).toList();
            assertEquals(expected, request.diagrams());
            assertTrue(request.diagrams().containsAll(List.of("articulation", TERRITOIRES)));
            assertEquals(String.join(",", expected), request.options().parameters().get(ReportOptions.DIAGRAMS));

            for (TableItem item : form.diagrams.getItems()) {
                item.setChecked(false);
            }
            form.diagrams.notifyListeners(SWT.Selection, null);
            assertFalse(form.isPageComplete());
            assertEquals("Choisissez au moins un diagramme pour le dossier de séance.", form.getErrorMessage());

            form.design.select(form.design.indexOf("Bilan de la feuille de route"));
            form.design.notifyListeners(SWT.Selection, null);
            assertFalse(form.diagrams.isEnabled(), "only the dossier takes diagrams");
            assertTrue(form.isPageComplete());
            assertEquals(List.of(), form.request().diagrams());
        } finally {
            dialog.close();
        }
    }

    @Test
    void invalidDateKeepsFinishDisabled() {
        GenerateReportWizard wizard = wizard(new AtomicReference<>());
        WizardDialog dialog = new WizardDialog(page.getWorkbenchWindow().getShell(), wizard);
        dialog.create();
        wizard.page().date.setText("2024-13-45");
        assertFalse(wizard.page().isPageComplete());
        assertTrue(wizard.page().getErrorMessage().contains("2024-13-45"), wizard.page().getErrorMessage());
        assertTrue(wizard.page().getErrorMessage().contains("JJ/MM/AAAA"), wizard.page().getErrorMessage());
        wizard.page().date.setText("31/02/2025");
        assertFalse(wizard.page().isPageComplete(), "no 31 February");
        dialog.close();
    }

    @Test
    void dateIsShownAndReadTheFrenchWay() {
        GenerateReportWizard wizard = wizard(new AtomicReference<>());
        WizardDialog dialog = new WizardDialog(page.getWorkbenchWindow().getShell(), wizard);
        dialog.create();
        try {
            GenerateReportPage form = wizard.page();
            RoadmapDocument document = editor.getAdapter(RoadmapDocument.class);
            LocalDate situation = ReportScope.of(document.getModel()).dateSituation();
            assertEquals(String.format("%02d/%02d/%d", situation.getDayOfMonth(), situation.getMonthValue(),
                    situation.getYear()), form.date.getText());
            form.date.setText("15/03/2025");
            assertTrue(form.isPageComplete());
            assertEquals(LocalDate.of(2025, 3, 15), form.request().scope().dateSituation());
            form.date.setText(" 2025-06-30 ");
            assertTrue(form.isPageComplete(), "ISO is accepted too");
            assertEquals(LocalDate.of(2025, 6, 30), form.request().scope().dateSituation());
        } finally {
            dialog.close();
        }
    }

    @Test
    void cancelledJobWritesNothing() throws Exception {
        RoadmapDocument document = editor.getAdapter(RoadmapDocument.class);
        ReportDesign design = ReportDesigns.find(Platform.getExtensionRegistry(), "dossier-cts").orElseThrow();
        Path file = folder.resolve("annule.pdf");
        ReportJob job = new ReportJob(new ReportRequest(design, ReportScope.of(document.getModel()),
                OutputFormat.PDF, file, false), request -> { });
        NullProgressMonitor monitor = new NullProgressMonitor();
        monitor.setCanceled(true);
        assertEquals(IStatus.CANCEL, job.run(monitor).getSeverity());
        assertFalse(Files.exists(file));
        try (var files = Files.list(folder)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".part")), "no partial file");
        }
    }

    @Test
    void previewShowsHtmlOrSaysWhereTheFileIs() throws Exception {
        Path html = folder.resolve("apercu.html");
        Files.writeString(html, "<html><body>Bilan</body></html>");
        ReportPreviewView view = (ReportPreviewView) page.showView(ReportPreviewView.ID);
        view.show(html);
        if (!view.hasBrowser()) {
            String text = view.fallbackLabel().getText();
            assertTrue(text.contains(html.toString()), text);
            // SWT's own text ("No more handles ... DefaultType=null") is for the log, not for the user.
            assertFalse(text.contains("SWT") || text.contains("handles") || text.contains("DefaultType"), text);
        }
        page.hideView(view);
    }

}
