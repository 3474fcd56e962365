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
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.forms.widgets.Form;

/**
 * Input errors of a form: the first one in full in the form's heading (in the user's language; the forms
 * message manager would only say "1 error detected", in English), and an error mark next to each refused field
 * with its message as tooltip.
 */
public final class FieldErrors {

    private final Form form;
    private final Map<Object, String> messages = new LinkedHashMap<>();
    private final Map<Object, ControlDecoration> marks = new LinkedHashMap<>();

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
        update();
    }

    /** @param key a field whose input is now accepted */
    public void clear(Object key) {
        messages.remove(key);
        ControlDecoration mark = marks.remove(key);
        if (mark != null) {
            mark.dispose();
        }
        update();
    }

    /** Forgets every error (the form shows another element). */
    public void clearAll() {
        marks.values().forEach(ControlDecoration::dispose);
        marks.clear();
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
