/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.edit;

import java.util.MissingResourceException;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.maillage.model.provider.MaillageEditPlugin;

/**
 * The names users read for element kinds and fields, as the model's item providers give them (French, English
 * fallback): « Fiche action » rather than FicheAction, « Nom » rather than nom. One place for the keys' shape, for
 * headings and messages that stand for a kind or a field rather than for one element.
 */
public final class ModelLabels {

    private ModelLabels() {
    }

    /** @return e.g. "Contrat de ville" for the class ContratDeVille; the class name for kinds without a label */
    public static String typeName(EClass eClass) {
        return string("_UI_" + eClass.getName() + "_type", eClass.getName());
    }

    /** @return e.g. "EPCI" for ModeleMaillage.epcis; the feature name for features without a label */
    public static String featureName(EStructuralFeature feature) {
        return string("_UI_" + feature.getEContainingClass().getName() + "_" + feature.getName() + "_feature",
                feature.getName());
    }

    private static String string(String key, String fallback) {
        try {
            return MaillageEditPlugin.INSTANCE.getString(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }
}
