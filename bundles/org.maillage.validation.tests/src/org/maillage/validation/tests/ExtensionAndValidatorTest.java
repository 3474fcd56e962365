/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.junit.jupiter.api.Test;
import org.maillage.model.MaillagePackage;
import org.maillage.model.dispositif.DispositifPackage;
import org.maillage.model.plan.PlanPackage;
import org.maillage.validation.AbstractValidationRule;
import org.maillage.validation.IValidationRule;
import org.maillage.validation.MaillageValidator;
import org.maillage.validation.ModelValidation;
import org.maillage.validation.ProblemReporter;
import org.maillage.validation.RuleCodes;
import org.maillage.validation.RuleDiagnostic;
import org.maillage.validation.Severity;

/**
 * Covered cases: a rule contributed in this fragment's {@code fragment.xml} runs with the built-in ones and passes
 * when its condition holds; a contribution taking a built-in code and one whose class is missing are ignored and
 * reported as warnings naming the contributor, and so is a kind of dispositif (schemeTypes) that is not one; a rule
 * that throws is reported as such and the others still run; a rule targeting a supertype (Dispositif) runs on
 * subclasses; the global EMF registry is left untouched; the result is an EMF diagnostic whose severity is the worst
 * of its problems; messages fall back to English.
 */
class ExtensionAndValidatorTest extends FrenchFixtureTest {

    private static List<String> codes(Diagnostic diagnostic) {
        return ModelValidation.problems(diagnostic).stream().map(RuleDiagnostic::getRuleCode).toList();
    }

    @Test
    void contributedRuleRunsWithTheBuiltinOnes() {
        f.agglo.setCourriel(null);
        f.chantier.setPilote(null);
        List<RuleDiagnostic> problems = ModelValidation.problems(ModelValidation.validate(f.model));
        RuleDiagnostic contributed = problems.stream().filter(p -> p.getRuleCode().equals(ContributedRule.CODE))
                .findFirst().orElseThrow(() -> new AssertionError(problems.toString()));
        assertSame(f.agglo, contributed.getElement());
        assertEquals(Severity.INFO, contributed.getSeverityLevel());
        assertEquals("Organisation « Évreux Portes de Normandie » : pas de boîte fonctionnelle",
                contributed.getMessage());
        assertTrue(codes(ModelValidation.validate(f.model)).contains(RuleCodes.CHANTIER_PILOTE));
    }

    @Test
    void contributedRulePassesWhenItsConditionHolds() {
        assertFalse(codes(ModelValidation.validate(f.model)).contains(ContributedRule.CODE));
    }

    @Test
    void unusableContributionsAreReportedNotRun() {
        List<RuleDiagnostic> unusable = ModelValidation.problems(ModelValidation.validate(f.model)).stream()
                .filter(p -> p.getRuleCode().equals(RuleCodes.RULE_UNUSABLE)).toList();
        assertEquals(3, unusable.size(), unusable::toString);
        assertTrue(unusable.stream()
                .allMatch(p -> p.getSeverityLevel() == Severity.WARNING && p.getElement() == f.model));
        assertTrue(unusable.get(0).getMessage().contains("le code MAILLAGE-CHANTIER-001 est déjà pris"),
                unusable.get(0).getMessage());
        // Equinox names a fragment's contributions after its host.
        assertTrue(unusable.get(1).getMessage().contains("org.maillage.validation.tests.Absente apportée par "
                + "org.maillage.validation ne peut pas être créée"), unusable.get(1).getMessage());
        assertTrue(unusable.get(2).getMessage().contains("Greffon org.maillage.validation.tests : type de "
                + "dispositif http://maillage.org/model/1.0/plan#Chantier ignoré"), unusable.get(2).getMessage());
        assertFalse(ModelValidation.problems(ModelValidation.validate(f.model)).stream()
                .anyMatch(p -> p.getMessage().contains("ne doit jamais apparaître")));
    }

    @Test
    void failingRuleIsReportedAndOthersStillRun() {
        f.chantier.setTheme(null);
        List<IValidationRule> rules = new ArrayList<>();
        rules.add(new AbstractValidationRule("TEST-PANNE-001", Severity.WARNING, PlanPackage.Literals.CHANTIER) {
            @Override
            public void check(EObject object, ProblemReporter reporter) {
                throw new IllegalStateException("panne simulée");
            }
        });
        rules.addAll(ValidationFixtures.builtinRules());
        List<RuleDiagnostic> problems = ModelValidation.problems(ModelValidation.validate(f.model, rules));
        assertEquals(List.of(RuleCodes.RULE_FAILED, RuleCodes.CHANTIER_THEME),
                problems.stream().map(RuleDiagnostic::getRuleCode).toList());
        assertEquals(Severity.ERROR, problems.get(0).getSeverityLevel());
        assertTrue(problems.get(0).getMessage().contains("la règle TEST-PANNE-001 a échoué"), problems.get(0)
                .getMessage());
        assertTrue(problems.get(0).getMessage().contains("panne simulée"), problems.get(0).getMessage());
    }

    @Test
    void ruleOnASupertypeRunsOnEverySubclass() {
        List<EObject> seen = new ArrayList<>();
        IValidationRule rule = new AbstractValidationRule("TEST-DISPOSITIF-001", Severity.INFO,
                DispositifPackage.Literals.DISPOSITIF) {
            @Override
            public void check(EObject object, ProblemReporter reporter) {
                seen.add(object);
            }
        };
        ModelValidation.validate(f.model, List.of(rule));
        assertEquals(List.of(f.contratEpn, f.cls), seen);
    }

    @Test
    void globalRegistryIsLeftUntouched() {
        Object before = EValidator.Registry.INSTANCE.get(MaillagePackage.eINSTANCE);
        ModelValidation.validate(f.model);
        assertSame(before, EValidator.Registry.INSTANCE.get(MaillagePackage.eINSTANCE));
        assertFalse(before instanceof MaillageValidator);
    }

    @Test
    void resultSeverityIsTheWorstProblemAndOkWhenClean() {
        Diagnostic clean = ModelValidation.validate(f.model, ValidationFixtures.builtinRules());
        assertEquals(Diagnostic.OK, clean.getSeverity());
        assertEquals(ModelValidation.DIAGNOSTIC_SOURCE, clean.getSource());
        f.chantier.getDeclines().clear();
        assertEquals(Diagnostic.WARNING, ModelValidation.validate(f.model, ValidationFixtures.builtinRules())
                .getSeverity());
        f.chantier.setEcheance(null);
        assertEquals(Diagnostic.ERROR, ModelValidation.validate(f.model, ValidationFixtures.builtinRules())
                .getSeverity());
    }

    @Test
    void messagesFallBackToEnglish() {
        Locale.setDefault(Locale.UK);
        f.chantier.setPilote(null);
        assertEquals("Chantier \"Renforcer le maillage des PASS\": no pilot",
                f.single(RuleCodes.CHANTIER_PILOTE, f.chantier).getMessage());
    }
}
