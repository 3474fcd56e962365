/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.figures;

import java.util.Objects;

import org.maillage.model.Element;

/**
 * One gap of the roadmap: an element a rule of coverage or declension finds missing something.
 *
 * @param rule the stable identifier of the rule, one of {@link #EPCI_SANS_CLS}, {@link #QPV_SANS_ACTION_CLS},
 *            {@link #COMMUNE_HORS_CPTS}, {@link #MESURE_NON_DECLINEE}
 * @param element the EPCI, QPV, commune or PRAPS measure concerned
 */
public record Gap(String rule, Element element) {

    /** An EPCI of the département whose communes no CLS covers. */
    public static final String EPCI_SANS_CLS = "epci-sans-cls";
    /** A QPV of an EPCI of the département that no fiche action of a CLS of the département targets. */
    public static final String QPV_SANS_ACTION_CLS = "qpv-sans-action-cls";
    /** A member commune of an EPCI of the département that no CPTS covers. */
    public static final String COMMUNE_HORS_CPTS = "commune-hors-cpts";
    /** A measure of the roadmap's PRAPS that no chantier of the roadmap declines. */
    public static final String MESURE_NON_DECLINEE = "mesure-non-declinee";

    /** Checks the required parts. */
    public Gap {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(element, "element");
    }
}
