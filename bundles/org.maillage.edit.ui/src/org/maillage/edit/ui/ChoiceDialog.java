/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.edit.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ICheckStateProvider;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.maillage.core.text.Search;
import org.maillage.edit.ui.internal.Messages;

/**
 * Choosing a value among candidates, with search as you type: one element (a reference such as a pilote or an
 * EPCI), or several (partners, QPV, territories, enumeration lists), ticked in a list.
 * <p>
 * The filter matches any part of the label, ignoring case and accents ("evreux" finds "Évreux"). In the
 * several-values mode, the ticks survive filtering, so a user can search, tick, search again.
 */
public final class ChoiceDialog extends Dialog {

    /** The "no value" entry of a single choice that may be empty. */
    private static final Object NONE = new Object();

    private final String title;
    private final String message;
    private final List<Object> candidates;
    private final ILabelProvider labels;
    private final boolean many;
    private final Set<Object> chosen = new LinkedHashSet<>();
    private TableViewer viewer;
    private Text filter;

    private ChoiceDialog(Shell parent, String title, String message, Collection<?> candidates, ILabelProvider labels,
            boolean many) {
        super(parent);
        this.title = title;
        this.message = message;
        this.candidates = new ArrayList<>(candidates);
        this.labels = labels;
        this.many = many;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    /**
     * Asks for one value.
     *
     * @param parent the parent shell
     * @param title the dialog title
     * @param message what to choose
     * @param candidates the possible values ({@code null} entries are ignored)
     * @param current the current value, preselected, or {@code null}
     * @param allowNone whether "(none)" is offered
     * @param labels texts and icons of the candidates
     * @return a one-element list with the choice ({@code null} inside for "none"), or {@code null} when cancelled
     */
    public static List<Object> chooseOne(Shell parent, String title, String message, Collection<?> candidates,
            Object current, boolean allowNone, ILabelProvider labels) {
        List<Object> offered = new ArrayList<>();
        if (allowNone) {
            offered.add(NONE);
        }
        candidates.stream().filter(c -> c != null).forEach(offered::add);
        ChoiceDialog dialog = new ChoiceDialog(parent, title, message, offered, labels, false);
        dialog.chosen.add(current == null ? NONE : current);
        if (dialog.open() != OK) {
            return null;
        }
        Object choice = dialog.chosen.isEmpty() ? NONE : dialog.chosen.iterator().next();
        List<Object> result = new ArrayList<>(1);
        result.add(choice == NONE ? null : choice);
        return result;
    }

    /**
     * Asks for several values.
     *
     * @param parent the parent shell
     * @param title the dialog title
     * @param message what to choose
     * @param candidates the possible values
     * @param current the values ticked at first
     * @param labels texts and icons of the candidates
     * @return the ticked values in the candidates' order, or {@code null} when cancelled
     */
    public static List<Object> chooseMany(Shell parent, String title, String message, Collection<?> candidates,
            Collection<?> current, ILabelProvider labels) {
        List<Object> offered = new ArrayList<>(new LinkedHashSet<>(candidates));
        offered.remove(null);
        // A current value that is no longer a candidate stays visible, so that it can be unticked knowingly.
        current.stream().filter(c -> !offered.contains(c)).forEach(offered::add);
        ChoiceDialog dialog = new ChoiceDialog(parent, title, message, offered, labels, true);
        dialog.chosen.addAll(current);
        if (dialog.open() != OK) {
            return null;
        }
        return offered.stream().filter(dialog.chosen::contains).toList();
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Label label = new Label(area, SWT.WRAP);
        label.setText(message);
        GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(label);
        filter = new Text(area, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        filter.setMessage(Messages.get("choice.filter"));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
        int style = SWT.BORDER | SWT.V_SCROLL | SWT.FULL_SELECTION | (many ? SWT.CHECK : SWT.SINGLE);
        viewer = many ? CheckboxTableViewer.newCheckList(area, style) : new TableViewer(area, style);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return element == NONE ? Messages.get("choice.none") : labels.getText(element);
            }

            @Override
            public Image getImage(Object element) {
                return element == NONE ? null : labels.getImage(element);
            }
        });
        viewer.setComparator(new ViewerComparator() {
            @Override
            public int compare(Viewer v, Object a, Object b) {
                // "(none)" first, then by label as a French reader sorts.
                return a == NONE ? -1 : b == NONE ? 1 : super.compare(v, a, b);
            }
        });
        viewer.addFilter(new TextFilter(this::labelOf));
        viewer.setInput(candidates);
        GridDataFactory.fillDefaults().grab(true, true).hint(420, 320).applyTo(viewer.getControl());
        if (viewer instanceof CheckboxTableViewer checks) {
            checks.setCheckStateProvider(new ICheckStateProvider() {
                @Override
                public boolean isChecked(Object element) {
                    return chosen.contains(element);
                }

                @Override
                public boolean isGrayed(Object element) {
                    return false;
                }
            });
            checks.addCheckStateListener(event -> {
                if (event.getChecked()) {
                    chosen.add(event.getElement());
                } else {
                    chosen.remove(event.getElement());
                }
            });
        } else {
            viewer.setSelection(new StructuredSelection(new ArrayList<>(chosen)), true);
            viewer.addSelectionChangedListener(event -> {
                chosen.clear();
                chosen.addAll(((IStructuredSelection) event.getSelection()).toList());
                Control ok = getButton(IDialogConstants.OK_ID);
                if (ok != null) {
                    ok.setEnabled(!chosen.isEmpty());
                }
            });
            viewer.addDoubleClickListener(event -> okPressed());
        }
        filter.addModifyListener(event -> {
            ((TextFilter) viewer.getFilters()[0]).setPattern(filter.getText());
            viewer.refresh();
            if (!many && viewer.getTable().getItemCount() > 0 && viewer.getStructuredSelection().isEmpty()) {
                viewer.setSelection(new StructuredSelection(viewer.getElementAt(0)));
            }
        });
        return area;
    }

    private String labelOf(Object element) {
        return element == NONE ? Messages.get("choice.none") : labels.getText(element);
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        // French labels: the platform's own JFace messages are English only here.
        createButton(parent, IDialogConstants.OK_ID, Messages.get("choice.ok"), true);
        createButton(parent, IDialogConstants.CANCEL_ID, Messages.get("choice.cancel"), false);
    }

    /** @return the filter field, for tests that type into it */
    public Text getFilterText() {
        return filter;
    }

    /** @return the list of candidates, for tests */
    public TableViewer getViewer() {
        return viewer;
    }

    /** Keeps the elements whose label contains the typed text, ignoring case and accents. */
    static final class TextFilter extends ViewerFilter {

        private final Function<Object, String> label;
        private String pattern = "";

        TextFilter(Function<Object, String> label) {
            this.label = label;
        }

        void setPattern(String text) {
            pattern = Search.normalize(text);
        }

        @Override
        public boolean select(Viewer viewer, Object parent, Object element) {
            return pattern.isEmpty() || Search.normalize(label.apply(element)).contains(pattern);
        }
    }
}
