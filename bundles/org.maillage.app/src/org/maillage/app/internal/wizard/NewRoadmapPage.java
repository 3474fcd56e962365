/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.app.internal.wizard;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.SelectionListener;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.maillage.app.internal.Messages;
import org.maillage.edit.ui.HelpContexts;
import org.maillage.model.util.ModelFormat;
import org.maillage.territory.DepartementInfo;
import org.maillage.territory.NewRoadmap;
import org.maillage.territory.TerritoryData;

/**
 * The one page of the new roadmap wizard: département, year, file, and whether to import the communes and EPCI: from
 * the INSEE data built into Maillage by default, or from another millésime's unpacked package when the user picks
 * its folder.
 */
public final class NewRoadmapPage extends WizardPage {

    private final List<DepartementInfo> departements = DepartementInfo.all();
    private final String initialDepartement;
    private Combo departement;
    private Spinner annee;
    private Text file;
    private Button importTerritory;
    private Button otherMillesime;
    private Text dataFolder;
    private Button dataBrowse;
    private boolean fileEdited;
    private boolean settingFile;

    /** @param initialDepartement the code of the département proposed first, or {@code null} */
    NewRoadmapPage(String initialDepartement) {
        super("newRoadmap");
        this.initialDepartement = initialDepartement;
        setTitle(Messages.get("wizard.title"));
        setDescription(Messages.get("wizard.description"));
    }

    @Override
    public void createControl(Composite parent) {
        HelpContexts.set(parent, HelpContexts.NEW_ROADMAP_WIZARD);
        Composite body = new Composite(parent, SWT.NONE);
        body.setLayout(new GridLayout(3, false));

        label(body, Messages.get("wizard.departement"));
        departement = new Combo(body, SWT.READ_ONLY | SWT.DROP_DOWN);
        departement.setItems(departements.stream().map(DepartementInfo::label).toArray(String[]::new));
        departement.setVisibleItemCount(20);
        departement.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        DepartementInfo.find(initialDepartement == null ? "" : initialDepartement)
                .ifPresent(d -> departement.select(departements.indexOf(d)));

        label(body, Messages.get("wizard.year"));
        annee = new Spinner(body, SWT.BORDER);
        annee.setValues(LocalDate.now().getYear(), NewRoadmap.FIRST_YEAR, NewRoadmap.LAST_YEAR, 0, 1, 10);
        annee.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 2, 1));

        label(body, Messages.get("wizard.file"));
        file = new Text(body, SWT.BORDER);
        file.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        file.addModifyListener(event -> {
            fileEdited |= !settingFile;
            update();
        });
        button(body, Messages.get("wizard.browse"), this::browseFile);

        Group territory = new Group(body, SWT.NONE);
        territory.setText(Messages.get("wizard.territory"));
        territory.setLayout(new GridLayout(3, false));
        territory.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
        importTerritory = new Button(territory, SWT.CHECK);
        importTerritory.setText(Messages.get("wizard.territory.import"));
        importTerritory.setSelection(true);
        importTerritory.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        importTerritory.addSelectionListener(SelectionListener.widgetSelectedAdapter(event -> update()));
        Label source = new Label(territory, SWT.WRAP);
        source.setText(builtInSource());
        GridData sourceData = new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1);
        sourceData.widthHint = 480;
        source.setLayoutData(sourceData);
        // Another millésime stays possible, for a délégation that has a newer package than the one shipped.
        otherMillesime = new Button(territory, SWT.CHECK);
        otherMillesime.setText(Messages.get("wizard.territory.other"));
        otherMillesime.addSelectionListener(SelectionListener.widgetSelectedAdapter(event -> update()));
        dataFolder = new Text(territory, SWT.BORDER);
        dataFolder.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        dataFolder.addModifyListener(event -> update());
        dataBrowse = button(territory, Messages.get("wizard.browse"), this::browseData);

        departement.addSelectionListener(SelectionListener.widgetSelectedAdapter(event -> proposeFile()));
        annee.addModifyListener(event -> proposeFile());
        proposeFile();
        setControl(body);
        update();
    }

    private static void label(Composite parent, String text) {
        Label label = new Label(parent, SWT.NONE);
        label.setText(text);
    }

    private static Button button(Composite parent, String text, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.addSelectionListener(SelectionListener.widgetSelectedAdapter(event -> action.run()));
        return button;
    }

    /** Proposes a file name from the département and year, until the user types one. */
    private void proposeFile() {
        DepartementInfo chosen = chosenDepartement();
        if (fileEdited || chosen == null) {
            update();
            return;
        }
        Path home = Path.of(System.getProperty("user.home"));
        Path folder = Files.isDirectory(home.resolve("Documents")) ? home.resolve("Documents") : home;
        settingFile = true;
        file.setText(folder.resolve(new NewRoadmap(chosen, annee.getSelection()).defaultFileName()).toString());
        settingFile = false;
        update();
    }

    private void browseFile() {
        FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*." + ModelFormat.FILE_EXTENSION });
        dialog.setFileName(file.getText());
        String chosen = dialog.open();
        if (chosen != null) {
            file.setText(chosen);
        }
    }

    private void browseData() {
        DirectoryDialog dialog = new DirectoryDialog(getShell());
        dialog.setMessage(Messages.get("wizard.territory.note"));
        String chosen = dialog.open();
        if (chosen != null) {
            dataFolder.setText(chosen);
            importTerritory.setSelection(true);
            otherMillesime.setSelection(true);
            update();
        }
    }

    /** @return the sentence naming the built-in data, or why there are none (an incomplete installation) */
    private static String builtInSource() {
        try {
            TerritoryData.Source source = TerritoryData.source();
            return Messages.get("wizard.territory.builtIn", source.millesime(), source.name(), source.version(),
                    source.licence());
        } catch (IllegalStateException e) {
            return e.getMessage();
        }
    }

    private DepartementInfo chosenDepartement() {
        int index = departement.getSelectionIndex();
        return index < 0 ? null : departements.get(index);
    }

    /** @return the file typed, with the roadmap extension added if missing, or {@code null} when not a path */
    private Path chosenFile() {
        String text = file.getText().strip();
        if (text.isEmpty()) {
            return null;
        }
        String withExtension = text.endsWith("." + ModelFormat.FILE_EXTENSION) ? text
                : text + "." + ModelFormat.FILE_EXTENSION;
        try {
            return Path.of(withExtension).toAbsolutePath();
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private Path chosenData() {
        try {
            String text = dataFolder.getText().strip();
            return text.isEmpty() ? null : Path.of(text);
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private void update() {
        if (dataFolder == null) {
            return;
        }
        otherMillesime.setEnabled(importTerritory.getSelection());
        boolean other = importTerritory.getSelection() && otherMillesime.getSelection();
        dataFolder.setEnabled(other);
        dataBrowse.setEnabled(other);
        String error = null;
        Path chosen = chosenFile();
        Path data = chosenData();
        if (chosenDepartement() == null) {
            error = Messages.get("wizard.error.departement");
        } else if (chosen == null) {
            error = Messages.get("wizard.error.file");
        } else if (other && (data == null || !Files.isDirectory(data))) {
            error = Messages.get("wizard.error.data");
        }
        setErrorMessage(error);
        if (error == null && chosen != null && Files.exists(chosen)) {
            setMessage(Messages.get("wizard.warning.exists", chosen.getFileName()), IMessageProvider.WARNING);
        } else {
            setMessage(null);
        }
        setPageComplete(error == null);
    }

    /** @return what the user asked for; only when the page is complete */
    NewRoadmapJob.Request request() {
        return new NewRoadmapJob.Request(chosenDepartement(), annee.getSelection(), chosenFile(),
                importTerritory.getSelection(),
                importTerritory.getSelection() && otherMillesime.getSelection() ? chosenData() : null);
    }

    /**
     * Fills the page as a user would, for tests.
     *
     * @param code a département code
     * @param year the year
     * @param target the file
     * @param territory whether to import the communes and EPCI
     * @param data another millésime's package folder, or {@code null} for the built-in data
     */
    public void fill(String code, int year, Path target, boolean territory, Path data) {
        departement.select(departements.indexOf(DepartementInfo.find(code).orElseThrow()));
        annee.setSelection(year);
        file.setText(target.toString());
        importTerritory.setSelection(territory);
        otherMillesime.setSelection(data != null);
        dataFolder.setText(data == null ? "" : data.toString());
        update();
    }
}
