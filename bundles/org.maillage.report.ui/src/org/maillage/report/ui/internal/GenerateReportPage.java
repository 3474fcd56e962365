/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.report.ui.internal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.maillage.core.text.Dates;
import org.maillage.edit.ui.HelpContexts;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.instance.Seance;
import org.maillage.model.plan.FeuilleDeRoute;
import org.maillage.report.FigureChoice;
import org.maillage.report.OutputFormat;
import org.maillage.report.ReportDesign;
import org.maillage.report.ReportOptions;
import org.maillage.report.ReportService;
import org.maillage.report.data.ReportScope;

/**
 * The one page of the wizard: design, roadmap and date (the scope), format, file, the diagrams of the dossier de
 * séance (a checklist of the diagrams that apply to the roadmap), whether to preview.
 */
final class GenerateReportPage extends WizardPage {

    /** The id of the dossier de séance's design: its file is named after the séance, and it needs one. */
    static final String DOSSIER_CTS = "dossier-cts";

    /** The diagram the dossier de séance shows unless the user chooses others. */
    static final String DEFAULT_DIAGRAM = "articulation";

    private final List<ReportDesign> designs;
    private final ModeleMaillage model;
    private final Path folder;
    Combo design;
    Combo roadmap;
    /**
     * Dates as in the editor's forms (JJ/MM/AAAA); strict, so that 31/02 is refused rather than turned into 28/02.
     * The command line keeps ISO dates (scripts), and ISO is accepted here too for users who type it.
     */
    static final DateTimeFormatter FRENCH_DATE = Dates.SHORT;

    Text date;
    Combo format;
    Text file;
    Button preview;
    /** The diagrams of the dossier de séance (its parameter {@value ReportOptions#DIAGRAMS}), checked when chosen. */
    Table diagrams;
    private Label diagramsLabel;
    private List<FigureChoice> choices = List.of();

    GenerateReportPage(List<ReportDesign> designs, ModeleMaillage model, Path folder) {
        super("report");
        this.designs = designs;
        this.model = model;
        this.folder = folder;
        setTitle(Messages.get("page.title"));
        setDescription(Messages.get("page.description"));
    }

    @Override
    public void createControl(Composite parent) {
        // F1: the guide's page on reports.
        HelpContexts.set(parent, HelpContexts.REPORT_WIZARD);
        Composite page = new Composite(parent, SWT.NONE);
        page.setLayout(new GridLayout(3, false));
        design = combo(page, "page.design");
        designs.forEach(d -> design.add(d.name()));
        design.select(designs.size() - 1 >= 0 ? designs.size() - 1 : 0);
        roadmap = combo(page, "page.roadmap");
        model.getFeuillesDeRoute().forEach(f -> roadmap.add(f.getNom()));
        roadmap.select(0);
        label(page, "page.date");
        date = new Text(page, SWT.BORDER);
        date.setText(FRENCH_DATE.format(ReportScope.of(model).dateSituation()));
        date.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        format = combo(page, "page.format");
        for (OutputFormat f : OutputFormat.values()) {
            format.add(f.name());
        }
        format.select(0);
        label(page, "page.file");
        file = new Text(page, SWT.BORDER);
        file.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button browse = new Button(page, SWT.PUSH);
        browse.setText(Messages.get("page.browse"));
        browse.addListener(SWT.Selection, e -> browse());
        diagramsLabel = new Label(page, SWT.NONE);
        diagramsLabel.setText(Messages.get("page.diagrams"));
        diagramsLabel.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
        diagrams = new Table(page, SWT.CHECK | SWT.BORDER | SWT.V_SCROLL);
        GridData table = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
        table.heightHint = 110;
        diagrams.setLayoutData(table);
        fillDiagrams();
        diagrams.addListener(SWT.Selection, e -> validate());
        preview = check(page, "page.preview", false);
        design.addListener(SWT.Selection, e -> {
            proposeFile();
            validate();
        });
        format.addListener(SWT.Selection, e -> proposeFile());
        for (var control : List.of(date, file)) {
            control.addListener(SWT.Modify, e -> validate());
        }
        proposeFile();
        setControl(page);
        validate();
    }

    /**
     * Lists the diagrams the installed figure providers can draw for this roadmap (plug-ins' included), the
     * dossier's default ({@code articulation}) checked.
     */
    private void fillDiagrams() {
        try {
            choices = ReportService.getDefault().figureChoices(ReportScope.of(model));
        } catch (IllegalStateException e) {
            // No report service (the report bundle is stopping): the dossier keeps its default diagram.
            choices = List.of();
        }
        for (FigureChoice choice : choices) {
            TableItem item = new TableItem(diagrams, SWT.NONE);
            item.setText(choice.title());
            item.setData(choice.id());
            item.setChecked(DEFAULT_DIAGRAM.equals(choice.id()));
        }
    }

    /** @return the ids of the checked diagrams, in the list's order */
    List<String> chosenDiagrams() {
        List<String> ids = new ArrayList<>();
        for (TableItem item : diagrams.getItems()) {
            if (item.getChecked()) {
                ids.add((String) item.getData());
            }
        }
        return ids;
    }

    private Combo combo(Composite page, String key) {
        label(page, key);
        Combo combo = new Combo(page, SWT.READ_ONLY);
        combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        return combo;
    }

    private static void label(Composite page, String key) {
        new Label(page, SWT.NONE).setText(Messages.get(key));
    }

    private static Button check(Composite page, String key, boolean selected) {
        Button button = new Button(page, SWT.CHECK);
        button.setText(Messages.get(key));
        button.setSelection(selected);
        button.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        return button;
    }

    private void proposeFile() {
        if (design.getSelectionIndex() < 0) {
            return;
        }
        file.setText(folder.resolve(fileName(designs.get(design.getSelectionIndex()), selectedFormat(), model))
                .toString());
    }

    /**
     * The name proposed for a report: the design's id, and for the dossier de séance the date of the séance it is
     * for ({@code dossier-cts-2024-12-12.pdf}), so that the dossiers of successive séances sit side by side in a
     * folder instead of replacing one another.
     *
     * @param design the design
     * @param format the output format (the extension)
     * @param model the roadmap model
     * @return a file name
     */
    static String fileName(ReportDesign design, OutputFormat format, ModeleMaillage model) {
        Seance seance = DOSSIER_CTS.equals(design.id()) ? ReportScope.of(model).seance() : null;
        String base = seance == null || seance.getDate() == null ? design.id() : design.id() + '-' + seance.getDate();
        return base + '.' + format.extension();
    }

    private void browse() {
        FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
        dialog.setOverwrite(true);
        dialog.setFilterExtensions(new String[] { "*." + selectedFormat().extension() });
        dialog.setFileName(Path.of(file.getText()).getFileName().toString());
        String chosen = dialog.open();
        if (chosen != null) {
            file.setText(chosen);
        }
    }

    private OutputFormat selectedFormat() {
        return OutputFormat.values()[Math.max(0, format.getSelectionIndex())];
    }

    private void validate() {
        String error = null;
        if (model.getFeuillesDeRoute().isEmpty()) {
            error = Messages.get("page.error.roadmap");
        } else if (file.getText().isBlank()) {
            error = Messages.get("page.error.file");
        } else {
            if (parseDate(date.getText()) == null) {
                error = Messages.get("page.error.date", date.getText());
            }
        }
        setErrorMessage(error);
        setPageComplete(error == null);
        boolean dossier = design.getSelectionIndex() >= 0
                && DOSSIER_CTS.equals(designs.get(design.getSelectionIndex()).id());
        // Only the dossier de séance takes a choice of diagrams.
        diagrams.setEnabled(dossier);
        diagramsLabel.setEnabled(dossier);
        if (error == null && dossier && !choices.isEmpty() && chosenDiagrams().isEmpty()) {
            error = Messages.get("page.error.diagrams");
            setErrorMessage(error);
            setPageComplete(false);
        }
        if (dossier && ReportScope.of(model).seance() == null) {
            setMessage(Messages.get("page.warning.noSeance"), WARNING);
        } else {
            setMessage(null);
        }
    }

    /** @return what the user chose; call only when the page is complete */
    ReportRequest request() {
        FeuilleDeRoute feuille = model.getFeuillesDeRoute().get(Math.max(0, roadmap.getSelectionIndex()));
        ReportScope defaults = ReportScope.of(model);
        ReportScope scope = new ReportScope(model, feuille, parseDate(date.getText()), defaults.seance());
        ReportDesign chosen = designs.get(design.getSelectionIndex());
        List<String> figures = DOSSIER_CTS.equals(chosen.id()) ? chosenDiagrams() : List.of();
        return new ReportRequest(chosen, scope, selectedFormat(), Path.of(file.getText().trim()),
                preview.getSelection(), figures);
    }

    /** @return the date typed as JJ/MM/AAAA or AAAA-MM-JJ, {@code null} when it is neither */
    static LocalDate parseDate(String text) {
        for (DateTimeFormatter format : List.of(FRENCH_DATE, DateTimeFormatter.ISO_LOCAL_DATE)) {
            try {
                return LocalDate.parse(text.trim(), format);
            } catch (DateTimeParseException e) {
                // Try the other format.
            }
        }
        return null;
    }
}
