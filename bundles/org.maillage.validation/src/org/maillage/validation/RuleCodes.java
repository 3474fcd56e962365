/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.validation;

import java.util.Locale;

/**
 * The codes of the built-in rules, one line each. Codes are stable: users filter and discuss problems by them,
 * so a code is never renumbered or reused. The same list, with the reasons, is in the bundle's README.
 */
public final class RuleCodes {

    /** A scheme (dispositif) starts after it ends ({@code debut} > {@code fin}). */
    public static final String DATES_DISPOSITIF = "MAILLAGE-DATES-001";
    /** A chantier starts after its deadline ({@code debut} > {@code echeance}). */
    public static final String DATES_CHANTIER = "MAILLAGE-DATES-002";
    /** A PRS starts after it ends ({@code anneeDebut} > {@code anneeFin}). */
    public static final String DATES_PRS = "MAILLAGE-DATES-003";
    /** An indicator's baseline year is after its target year ({@code anneeReference} > {@code anneeCible}). */
    public static final String DATES_INDICATEUR = "MAILLAGE-DATES-004";
    /** A CLS is signed after it ends ({@code dateSignature} > {@code fin}). */
    public static final String DATES_SIGNATURE_CLS = "MAILLAGE-DATES-005";

    /** A chantier has no pilot ({@code pilote}). */
    public static final String CHANTIER_PILOTE = "MAILLAGE-CHANTIER-001";
    /** A chantier has no theme ({@code theme}). */
    public static final String CHANTIER_THEME = "MAILLAGE-CHANTIER-002";
    /** A chantier has no deadline ({@code echeance}). */
    public static final String CHANTIER_ECHEANCE = "MAILLAGE-CHANTIER-003";

    /** A signed CLS covers no territory. */
    public static final String CLS_TERRITOIRE = "MAILLAGE-CLS-001";
    /** A signed CLS has no signatory. */
    public static final String CLS_SIGNATAIRES = "MAILLAGE-CLS-002";

    /** A funder's share of an object's yearly funding exceeds the co-funding rule's maximum share. */
    public static final String FINANCEMENT_PART = "MAILLAGE-FIN-001";
    /** A funder's yearly amount for an object exceeds the co-funding rule's cap. */
    public static final String FINANCEMENT_PLAFOND = "MAILLAGE-FIN-002";
    /** A funding has a negative amount ({@code montant} &lt; 0). */
    public static final String FINANCEMENT_MONTANT = "MAILLAGE-FIN-003";
    /** A chantier's progress is outside 0 to 100 percent ({@code avancement}). */
    public static final String CHANTIER_AVANCEMENT = "MAILLAGE-CHANTIER-005";

    /** A chantier is late today: marked late, or past its deadline and neither finished nor abandoned (warning). */
    public static final String CHANTIER_RETARD = "MAILLAGE-CHANTIER-004";

    /** An EPCI of the roadmap's département is covered by no CLS (information). */
    public static final String COUVERTURE_EPCI = "MAILLAGE-COUV-001";
    /** A QPV is targeted by no fiche action of a CLS of the département (information). */
    public static final String COUVERTURE_QPV = "MAILLAGE-COUV-002";
    /** Communes of an EPCI are outside every CPTS (information, once per EPCI). */
    public static final String COUVERTURE_CPTS = "MAILLAGE-COUV-003";

    /** A PRAPS measure is declined by no chantier (warning). */
    public static final String PRAPS_DECLINAISON = "MAILLAGE-PRAPS-001";

    /** A QPV of the roadmap's département is in no contrat de ville of its EPCI. */
    public static final String QPV_CONTRAT_DE_VILLE = "MAILLAGE-QPV-001";
    /** A QPV of the roadmap's département has no piloting EPCI, so its coverage cannot be checked (warning). */
    public static final String QPV_EPCI = "MAILLAGE-QPV-002";

    /** A cross-reference is an unresolved proxy, e.g. to territory data that is not loaded. */
    public static final String REFERENCE_NON_RESOLUE = "MAILLAGE-REF-001";
    /** A cross-reference points to an element that is no longer in any model. */
    public static final String REFERENCE_PENDANTE = "MAILLAGE-REF-002";

    /** An element that users know by its name (chantier, dispositif, territoire...) has an empty {@code nom}. */
    public static final String NOM = "MAILLAGE-NOM-001";

    /** A rule failed with an exception: a bug in the rule, not in the model. */
    public static final String RULE_FAILED = "MAILLAGE-REGLE-001";
    /**
     * A plug-in's contribution cannot be used: a rule (class missing, duplicate code) or a kind of dispositif of
     * {@code org.maillage.model.schemeTypes} (see {@code SchemeTypes.problems()}).
     */
    public static final String RULE_UNUSABLE = "MAILLAGE-REGLE-002";

    /** Prefix of EMF's basic constraints, followed by the three digits of EMF's code (e.g. 012: duplicate id). */
    public static final String EMF_PREFIX = "MAILLAGE-EMF-";

    private RuleCodes() {
    }

    /**
     * @param emfCode a code of {@link org.eclipse.emf.ecore.util.EObjectValidator}, e.g. {@code EOBJECT__UNIQUE_ID}
     * @return the Maillage code of that basic constraint, e.g. {@code MAILLAGE-EMF-012}
     */
    public static String emf(int emfCode) {
        return EMF_PREFIX + String.format(Locale.ROOT, "%03d", emfCode);
    }
}
