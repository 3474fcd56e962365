/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.edit.ui.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.Form;
import org.eclipse.ui.forms.widgets.SharedScrolledComposite;

/**
 * Input errors of a form: each in full under its field (wrapped, never cut), the latest in the form's heading (in the
 * user's language; the forms message manager would only say "1 error detected", in English), and an error mark next to
 * each refused field with its message as tooltip.
 */
public final class FieldErrors {

    private final Form form;
    private final Map<Object, String> messages = new LinkedHashMap<>();
    private final Map<Object, ControlDecoration> marks = new LinkedHashMap<>();
    private final Map<Object, Label> lines = new LinkedHashMap<>();

    /** @param form the form whose heading shows the errors */
    public FieldErrors(Form form) {
        this.form = form;
    }

    /**
     * @param key the field
     * @param control its control, marked
     * @param message what is wrong, for the user
     */
    public void show(Object key, Control control, String message) {
        messages.remove(key);
        messages.put(key, message);
        ControlDecoration mark = marks.computeIfAbsent(key, k -> {
            ControlDecoration decoration = new ControlDecoration(control, SWT.LEFT | SWT.TOP);
            decoration.setImage(FieldDecorationRegistry.getDefault()
                    .getFieldDecoration(FieldDecorationRegistry.DEC_ERROR).getImage());
            return decoration;
        });
        mark.setDescriptionText(message);
        mark.show();
        Label line = lines.computeIfAbsent(key, k -> line(control));
        if (line != null) {
            line.setText(message);
            relayout(line);
        }
        update();
    }

    /**
     * The message in full under the field, wrapped to the form's width: the heading cuts a long message and the
     * mark's tooltip needs the mouse. Only in a grid (the forms' layout); elsewhere the heading and the mark stay.
     */
    private static Label line(Control control) {
        Composite parent = control.getParent();
        if (!(parent.getLayout() instanceof GridLayout grid)) {
            return null;
        }
        Label line = new Label(parent, SWT.WRAP);
        line.setBackground(parent.getBackground());
        line.setForeground(control.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        line.setData(FieldErrors.class.getName(), Boolean.TRUE);
        // A small width hint: the label takes the row's width and wraps within it instead of widening the form.
        GridDataFactory.fillDefaults().grab(true, false).span(grid.numColumns, 1).hint(120, SWT.DEFAULT)
                .applyTo(line);
        line.moveBelow(control);
        return line;
    }

    private static void relayout(Control changed) {
        if (changed.isDisposed()) {
            return;
        }
        changed.requestLayout();
        for (Composite area = changed.getParent(); area != null; area = area.getParent()) {
            if (area instanceof SharedScrolledComposite scrolled) {
                scrolled.reflow(true);
                return;
            }
        }
    }

    /** @param key a field whose input is now accepted */
    public void clear(Object key) {
        messages.remove(key);
        ControlDecoration mark = marks.remove(key);
        if (mark != null) {
            mark.dispose();
        }
        Label line = lines.remove(key);
        if (line != null && !line.isDisposed()) {
            Composite parent = line.getParent();
            line.dispose();
            relayout(parent);
        }
        update();
    }

    /** Forgets every error (the form shows another element). */
    public void clearAll() {
        marks.values().forEach(ControlDecoration::dispose);
        marks.clear();
        lines.values().stream().filter(l -> !l.isDisposed()).forEach(Label::dispose);
        lines.clear();
        messages.clear();
        update();
    }

    private void update() {
        if (form.isDisposed()) {
            return;
        }
        // The latest error is the one the user just made: it is the one to read.
        String latest = messages.values().stream().reduce((first, second) -> second).orElse(null);
        form.setMessage(latest, latest == null ? IMessageProvider.NONE : IMessageProvider.ERROR);
    }
}
