/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.app.internal.explorer;

import java.net.URL;
import java.util.MissingResourceException;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.maillage.model.edit.ModelLabels;
import org.maillage.model.provider.MaillageEditPlugin;

/**
 * Names and icons of element kinds and features as the model's item providers give them (in French with an English
 * fallback), for headings that stand for a kind or a feature rather than for one element.
 */
final class EditLabels {

    private EditLabels() {
    }

    /** @return e.g. "Contrat de ville" for the class ContratDeVille; the class name for kinds without a label */
    static String typeName(EClass eClass) {
        return ModelLabels.typeName(eClass);
    }

    /** @return e.g. "EPCI" for ModeleMaillage.epcis; the feature name for features without a label */
    static String featureName(EStructuralFeature feature) {
        return ModelLabels.featureName(feature);
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
