/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.spreadsheet.ui.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.maillage.model.edit.RoadmapDocument;
import org.maillage.spreadsheet.ColumnMapping;
import org.maillage.spreadsheet.SpreadsheetException;
import org.maillage.spreadsheet.Spreadsheets;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The columns page (issue #15 point 3): for each column whose header is none of Maillage's, the field it holds,
 * proposed by header similarity ({@link ColumnMapping#propose}) or as the user set it for the last file of the same
 * layout, remembered in the workbench's preferences under {@link ColumnMapping#layoutKey}.
 */
final class ImportMappingPage extends WizardPage {

    private static final String NODE = "org.maillage.spreadsheet.ui";
    private static final char PAIR = '\u001e';
    private static final char SEPARATOR = '\u001f';

    private final RoadmapDocument document;
    private final ImportFilePage filePage;
    private Composite rows;
    private Label intro;
    private Path read;
    private String layout;
    /** Sheet header to its combo; item 0 is « ignorée ». */
    final Map<String, Combo> combos = new LinkedHashMap<>();
    private List<String> fields = List.of();

    ImportMappingPage(RoadmapDocument document, ImportFilePage filePage) {
        super("mapping");
        this.document = document;
        this.filePage = filePage;
        setTitle(Messages.get("import.mapping.title"));
        setDescription(Messages.get("import.mapping.description"));
    }

    @Override
    public void createControl(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().applyTo(root);
        intro = new Label(root, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).applyTo(intro);
        rows = new Composite(root, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(rows);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(rows);
        setControl(root);
    }

    @Override
    public void setVisible(boolean visible) {
        Path file = filePage.input();
        if (visible && file != null && !file.equals(read)) {
            fill(file);
        }
        super.setVisible(visible);
    }

    private void fill(Path file) {
        read = file;
        combos.clear();
        for (Control child : rows.getChildren()) {
            child.dispose();
        }
        setErrorMessage(null);
        Set<String> all = new LinkedHashSet<>();
        List<String> foreign = new ArrayList<>();
        try {
            Spreadsheets.sheetHeaders(file).values().forEach(all::addAll);
        } catch (SpreadsheetException e) {
            // The preview page says why the file cannot be read.
            intro.setText("");
            return;
        }
        Set<String> known = new LinkedHashSet<>();
        Spreadsheets.tables().forEach(t -> known.addAll(Spreadsheets.headers(document.getModel(), t)));
        fields = List.copyOf(known);
        Set<String> present = new LinkedHashSet<>();
        for (String header : all) {
            if (header.isBlank()) {
                continue;
            }
            String same = fields.stream().filter(f -> ColumnMapping.layoutKey(List.of(f))
                    .equals(ColumnMapping.layoutKey(List.of(header)))).findFirst().orElse(null);
            if (same == null) {
                foreign.add(header);
            } else {
                present.add(same);
            }
        }
        layout = ColumnMapping.layoutKey(List.copyOf(all));
        Map<String, String> initial = remembered(layout);
        if (initial == null) {
            initial = ColumnMapping.propose(foreign, fields.stream().filter(f -> !present.contains(f)).toList());
        }
        intro.setText(foreign.isEmpty() ? Messages.get("import.mapping.none")
                : Messages.get("import.mapping.intro", foreign.size()));
        for (String header : foreign) {
            new Label(rows, SWT.NONE).setText(header);
            Combo combo = new Combo(rows, SWT.READ_ONLY);
            combo.add(Messages.get("import.mapping.ignore"));
            fields.forEach(combo::add);
            String field = initial.get(header);
            combo.select(field == null ? 0 : Math.max(0, fields.indexOf(field) + 1));
            combos.put(header, combo);
        }
        rows.getParent().layout(true, true);
    }

    /** @return the sheet's headers to Maillage's, as chosen on the page (empty when nothing is to be renamed) */
    Map<String, String> mapping() {
        Map<String, String> mapping = new LinkedHashMap<>();
        combos.forEach((header, combo) -> {
            if (combo.getSelectionIndex() > 0) {
                mapping.put(header, fields.get(combo.getSelectionIndex() - 1));
            }
        });
        return mapping;
    }

    /** Remembers the mapping for the next file of the same layout (after Finish: a mapping that was used). */
    void remember() {
        if (layout == null || combos.isEmpty()) {
            return;
        }
        StringBuilder value = new StringBuilder();
        mapping().forEach((header, field) -> value.append(header).append(SEPARATOR).append(field).append(PAIR));
        IEclipsePreferences node = InstanceScope.INSTANCE.getNode(NODE);
        node.put(key(layout), value.toString());
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // Not remembered on disk: the next import proposes the mapping again, which is no harm.
        }
    }

    private static Map<String, String> remembered(String layout) {
        String value = InstanceScope.INSTANCE.getNode(NODE).get(key(layout), null);
        if (value == null) {
            return null;
        }
        Map<String, String> mapping = new LinkedHashMap<>();
        for (String pair : value.split(String.valueOf(PAIR))) {
            int at = pair.indexOf(SEPARATOR);
            if (at > 0) {
                mapping.put(pair.substring(0, at), pair.substring(at + 1));
            }
        }
        return mapping;
    }

    /** Preference keys stay short and free of the separators a layout key may hold. */
    private static String key(String layout) {
        return "mapping." + UUID.nameUUIDFromBytes(layout.getBytes(StandardCharsets.UTF_8));
    }
}
