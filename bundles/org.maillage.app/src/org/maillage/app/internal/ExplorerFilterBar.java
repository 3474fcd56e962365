/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.app.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.events.SelectionListener;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.maillage.model.territoire.Departement;

/**
 * What sits above the explorer's tree: a filter field (filter as you type, after a short pause so that typing stays
 * fluid on a large roadmap) and the "Afficher seulement" toggles.
 */
public final class ExplorerFilterBar {

    /** Pause after the last key before filtering, in milliseconds. */
    private static final int TYPING_PAUSE = 250;

    private final Text filter;
    private final Button late;
    private final Button departement;
    private final Runnable onChange;
    private final Runnable delayed;

    ExplorerFilterBar(Composite parent, Runnable onChange) {
        this.onChange = onChange;
        this.delayed = this::filterAfterPause;
        Composite bar = new Composite(parent, SWT.NONE);
        GridData barData = new GridData(SWT.FILL, SWT.TOP, true, false);
        // No width of its own: the bar takes the view's width, and the toggles wrap below each other when narrow.
        barData.widthHint = 0;
        bar.setLayoutData(barData);
        GridLayout layout = new GridLayout(1, false);
        layout.marginHeight = 2;
        layout.marginWidth = 2;
        bar.setLayout(layout);
        filter = new Text(bar, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL | SWT.BORDER);
        filter.setMessage(Messages.get("explorer.filter.hint"));
        filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        filter.addModifyListener(event -> {
            filter.getDisplay().timerExec(-1, delayed);
            filter.getDisplay().timerExec(TYPING_PAUSE, delayed);
        });
        Composite toggles = new Composite(bar, SWT.NONE);
        toggles.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        RowLayout row = new RowLayout(SWT.HORIZONTAL);
        row.wrap = true;
        row.center = true;
        row.marginLeft = 0;
        row.marginTop = 0;
        row.marginBottom = 0;
        toggles.setLayout(row);
        Label only = new Label(toggles, SWT.NONE);
        only.setText(Messages.get("explorer.only"));
        late = toggle(toggles, Messages.get("explorer.only.late"));
        departement = toggle(toggles, Messages.get("explorer.only.departement.none"));
        departement.setEnabled(false);
    }

    private void filterAfterPause() {
        if (!filter.isDisposed()) {
            onChange.run();
        }
    }

    private Button toggle(Composite bar, String text) {
        Button button = new Button(bar, SWT.CHECK);
        button.setText(text);
        button.addSelectionListener(SelectionListener.widgetSelectedAdapter(event -> onChange.run()));
        return button;
    }

    /** @param shown the département of the roadmap shown, or {@code null} when it has none */
    void setDepartement(Departement shown) {
        departement.setEnabled(shown != null);
        if (shown == null) {
            departement.setSelection(false);
            departement.setText(Messages.get("explorer.only.departement.none"));
        } else {
            departement.setText(Messages.get("explorer.only.departement", shown.getNom()));
        }
        departement.getParent().getParent().getParent().layout(true, true);
    }

    /** @return the filter text, trimmed */
    public String filterText() {
        return filter.getText().strip();
    }

    /** @return whether only late chantiers are shown */
    public boolean onlyLate() {
        return late.getSelection();
    }

    /** @return whether only the roadmap's département is shown */
    public boolean onlyDepartement() {
        return departement.getSelection() && departement.isEnabled();
    }

    /**
     * Sets the filter text and filters at once (tests, and programs that reveal an element).
     *
     * @param text the text
     */
    public void setFilterText(String text) {
        filter.setText(text);
        filter.getDisplay().timerExec(-1, delayed);
        onChange.run();
    }

    /** @param selected whether only late chantiers are shown; filters at once */
    public void setOnlyLate(boolean selected) {
        late.setSelection(selected);
        onChange.run();
    }

    /** @param selected whether only the roadmap's département is shown; filters at once */
    public void setOnlyDepartement(boolean selected) {
        departement.setSelection(selected);
        onChange.run();
    }

    /** @return the toggle's text, for tests */
    public String departementToggleText() {
        return departement.getText();
    }

    /** Clears the text and the toggles, and filters at once. */
    void clear() {
        filter.setText("");
        late.setSelection(false);
        departement.setSelection(false);
        filter.getDisplay().timerExec(-1, delayed);
        onChange.run();
    }
}
