/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.app.internal.explorer;

import java.net.URL;
import java.util.MissingResourceException;

import org.eclipse.emf.ecore.EClass;
import org.maillage.model.provider.MaillageEditPlugin;

/**
 * Icons of element kinds as the model's item providers give them, for headings that stand for a kind rather than for
 * one element (their names: {@link org.maillage.model.edit.ModelLabels}).
 */
final class EditLabels {

    private EditLabels() {
    }

    /**
     * @return the kind's icon: its PNG (EMF only looks for a GIF when the key has no extension; the item providers get
     *         that GIF twin), else the GIF; {@code null} for a kind that has neither (added by a plug-in)
     */
    static URL icon(EClass eClass) {
        for (String key : new String[] { "full/obj16/" + eClass.getName() + ".png", "full/obj16/" + eClass.getName() }) {
            try {
                if (MaillageEditPlugin.INSTANCE.getImage(key) instanceof URL url) {
                    return url;
                }
            } catch (MissingResourceException e) {
                // try the next
            }
        }
        return null;
    }
}
