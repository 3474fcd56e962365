/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.validation.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.maillage.model.MaillagePackage;
import org.maillage.model.articulation.ArticulationPackage;
import org.maillage.model.dispositif.Cls;
import org.maillage.model.dispositif.CycleCls;
import org.maillage.model.dispositif.DispositifPackage;
import org.maillage.model.financement.FinancementPackage;
import org.maillage.model.indicateur.IndicateurPackage;
import org.maillage.model.instance.InstancePackage;
import org.maillage.model.organisation.OrganisationPackage;
import org.maillage.model.plan.PlanPackage;
import org.maillage.model.territoire.TerritoirePackage;
import org.maillage.validation.IValidationRule;
import org.maillage.validation.RuleCodes;
import org.maillage.validation.Severity;
import org.maillage.validation.internal.rules.CofinancementRule;
import org.maillage.validation.internal.rules.DateOrderRule;
import org.maillage.validation.internal.rules.FigureRule;
import org.maillage.validation.internal.rules.PrapsDeclinedRule;
import org.maillage.validation.internal.rules.QpvCoverageRule;
import org.maillage.validation.internal.rules.QpvEpciRule;
import org.maillage.validation.internal.rules.ReferenceRule;
import org.maillage.validation.internal.rules.RequiredValueRule;
import org.maillage.validation.internal.rules.ValueRangeRule;

/** The built-in rules, one per code of {@link RuleCodes}; the README says why each exists. */
public final class BuiltinRules {

    /**
     * Kinds that users pick and read by their name in lists, diagrams and reports; other elements (values,
     * financements, meetings, snapshots...) are shown through what they belong to.
     */
    private static final List<EClass> NAMED_KINDS = List.of(TerritoirePackage.Literals.TERRITOIRE,
            OrganisationPackage.Literals.ORGANISATION, OrganisationPackage.Literals.ROLE, PlanPackage.Literals.PRS,
            PlanPackage.Literals.ORIENTATION, PlanPackage.Literals.THEME_PRAPS, PlanPackage.Literals.FEUILLE_DE_ROUTE,
            PlanPackage.Literals.CHANTIER, PlanPackage.Literals.BONNE_PRATIQUE, DispositifPackage.Literals.DISPOSITIF,
            DispositifPackage.Literals.AXE, DispositifPackage.Literals.FICHE_ACTION, FinancementPackage.Literals.FONDS,
            IndicateurPackage.Literals.INDICATEUR, InstancePackage.Literals.INSTANCE,
            ArticulationPackage.Literals.TYPE_ARTICULATION);

    private BuiltinRules() {
    }

    /** @return new instances of the built-in rules, in the order of {@link RuleCodes}, in a modifiable list */
    public static List<IValidationRule> create() {
        List<IValidationRule> rules = new ArrayList<>();
        rules.add(new DateOrderRule(RuleCodes.DATES_DISPOSITIF, DispositifPackage.Literals.DISPOSITIF,
                DispositifPackage.Literals.DISPOSITIF__DEBUT, DispositifPackage.Literals.DISPOSITIF__FIN));
        rules.add(new DateOrderRule(RuleCodes.DATES_CHANTIER, PlanPackage.Literals.CHANTIER,
                PlanPackage.Literals.CHANTIER__DEBUT, PlanPackage.Literals.CHANTIER__ECHEANCE));
        rules.add(new DateOrderRule(RuleCodes.DATES_PRS, PlanPackage.Literals.PRS,
                PlanPackage.Literals.PRS__ANNEE_DEBUT, PlanPackage.Literals.PRS__ANNEE_FIN));
        rules.add(new DateOrderRule(RuleCodes.DATES_INDICATEUR, IndicateurPackage.Literals.INDICATEUR,
                IndicateurPackage.Literals.INDICATEUR__ANNEE_REFERENCE,
                IndicateurPackage.Literals.INDICATEUR__ANNEE_CIBLE));
        rules.add(new DateOrderRule(RuleCodes.DATES_SIGNATURE_CLS, DispositifPackage.Literals.CLS,
                DispositifPackage.Literals.CLS__DATE_SIGNATURE, DispositifPackage.Literals.DISPOSITIF__FIN));
        rules.add(new RequiredValueRule(RuleCodes.CHANTIER_PILOTE, Severity.ERROR, PlanPackage.Literals.CHANTIER,
                PlanPackage.Literals.CHANTIER__PILOTE, always(), "rule.chantier.pilote"));
        rules.add(new RequiredValueRule(RuleCodes.CHANTIER_THEME, Severity.ERROR, PlanPackage.Literals.CHANTIER,
                PlanPackage.Literals.CHANTIER__THEME, always(), "rule.chantier.theme"));
        rules.add(new RequiredValueRule(RuleCodes.CHANTIER_ECHEANCE, Severity.ERROR, PlanPackage.Literals.CHANTIER,
                PlanPackage.Literals.CHANTIER__ECHEANCE, always(), "rule.chantier.echeance"));
        rules.add(new RequiredValueRule(RuleCodes.CLS_TERRITOIRE, Severity.ERROR, DispositifPackage.Literals.CLS,
                DispositifPackage.Literals.DISPOSITIF__TERRITOIRES, BuiltinRules::signed, "rule.cls.territoire"));
        rules.add(new RequiredValueRule(RuleCodes.CLS_SIGNATAIRES, Severity.ERROR, DispositifPackage.Literals.CLS,
                DispositifPackage.Literals.CLS__SIGNATAIRES, BuiltinRules::signed, "rule.cls.signataires"));
        rules.add(new CofinancementRule(true));
        rules.add(new CofinancementRule(false));
        rules.add(new ValueRangeRule(RuleCodes.FINANCEMENT_MONTANT, FinancementPackage.Literals.FINANCEMENT,
                FinancementPackage.Literals.FINANCEMENT__MONTANT, BigDecimal.ZERO, null, "rule.fin.montant"));
        rules.add(new ValueRangeRule(RuleCodes.CHANTIER_AVANCEMENT, PlanPackage.Literals.CHANTIER,
                PlanPackage.Literals.CHANTIER__AVANCEMENT, BigDecimal.ZERO, BigDecimal.valueOf(100),
                "rule.chantier.avancement"));
        rules.add(new PrapsDeclinedRule());
        rules.add(FigureRule.lateChantiers());
        rules.add(FigureRule.epcisWithoutCls());
        rules.add(FigureRule.qpvWithoutAction());
        rules.add(FigureRule.communesOutsideCpts());
        rules.add(new QpvCoverageRule());
        rules.add(new QpvEpciRule());
        rules.add(new ReferenceRule(true));
        rules.add(new ReferenceRule(false));
        rules.add(new RequiredValueRule(RuleCodes.NOM, Severity.ERROR, MaillagePackage.Literals.ELEMENT,
                MaillagePackage.Literals.ELEMENT__NOM, BuiltinRules::named, "rule.nom"));
        return rules;
    }

    private static Predicate<EObject> always() {
        return object -> true;
    }

    /**
     * A CLS is signed once its cycle has reached the signature (signature, suivi/évaluation, échu) or once its
     * signature date is known, whichever the user filled in.
     */
    static boolean signed(EObject object) {
        Cls cls = (Cls) object;
        return cls.getDateSignature() != null || cls.getCycle().getValue() >= CycleCls.SIGNATURE_VALUE;
    }

    private static boolean named(EObject object) {
        return NAMED_KINDS.stream().anyMatch(kind -> kind.isInstance(object));
    }
}
