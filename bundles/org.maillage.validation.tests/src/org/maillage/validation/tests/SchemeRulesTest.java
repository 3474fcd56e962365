/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.maillage.model.dispositif.CycleCls;
import org.maillage.model.financement.Financement;
import org.maillage.model.financement.FinancementFactory;
import org.maillage.validation.RuleCodes;
import org.maillage.validation.RuleDiagnostic;
import org.maillage.validation.Severity;

/**
 * Covered cases: a signed CLS (by its cycle or by its signature date) without territory or without signatory fails,
 * a CLS still being prepared passes without them; co-funding: a funder above the maximum share fails (also when it
 * is the only funder recorded), exactly at the share passes, above the yearly cap fails (summing two financements),
 * at the cap passes; a financement that names another rule, another funder, another kind of object or another year
 * is not counted; a rule named explicitly applies even without criteria.
 */
class SchemeRulesTest extends FrenchFixtureTest {

    @Test
    void signedClsWithoutTerritoryFails() {
        f.cls.getTerritoires().clear();
        RuleDiagnostic problem = f.single(RuleCodes.CLS_TERRITOIRE, f.cls);
        assertEquals(Severity.ERROR, problem.getSeverityLevel());
        assertEquals("CLS « CLS d'Évreux Portes de Normandie » : CLS signé sans territoire couvert",
                problem.getMessage());
    }

    @Test
    void clsWithSignatureDateButEarlyCycleWithoutSignatoryFails() {
        f.cls.setCycle(CycleCls.FICHES_ACTIONS);
        f.cls.getSignataires().clear();
        RuleDiagnostic problem = f.single(RuleCodes.CLS_SIGNATAIRES, f.cls);
        assertTrue(problem.getMessage().endsWith(": CLS signé sans signataire"), problem.getMessage());
    }

    @Test
    void clsAtSignatureStepWithoutDateOrSignatoryFails() {
        f.cls.setDateSignature(null);
        f.cls.setCycle(CycleCls.SIGNATURE);
        f.cls.getSignataires().clear();
        f.single(RuleCodes.CLS_SIGNATAIRES, f.cls);
    }

    @Test
    void clsInPreparationNeedsNeitherTerritoryNorSignatory() {
        f.cls.setCycle(CycleCls.DIAGNOSTIC);
        f.cls.setDateSignature(null);
        f.cls.getTerritoires().clear();
        f.cls.getSignataires().clear();
        f.none(RuleCodes.CLS_TERRITOIRE);
        f.none(RuleCodes.CLS_SIGNATAIRES);
    }

    @Test
    void signedClsWithTerritoryAndSignatoriesPasses() {
        f.none(RuleCodes.CLS_TERRITOIRE);
        f.none(RuleCodes.CLS_SIGNATAIRES);
    }

    @Test
    void funderAboveMaximumShareFails() {
        f.financementArs.setMontant(new BigDecimal("20000"));
        RuleDiagnostic problem = f.single(RuleCodes.FINANCEMENT_PART, f.financementArs);
        assertEquals(Severity.ERROR, problem.getSeverityLevel());
        String message = problem.getMessage().replace('\u202f', ' ').replace('\u00a0', ' ');
        assertEquals("Financement sans nom : Organisation « ARS Normandie, "
                + "délégation de l'Eure » paie 20 000 € sur 35 000 € pour Rôle « Coordinateur CLS » en 2025, soit "
                + "57,1 % : au-delà de la part maximale de 50 % fixée par Règle de cofinancement « ARS : coordinateur "
                + "CLS à 50 %, 30 000 € au plus »", message);
        assertEquals(List.of(f.financementArs, f.regle, f.coordinateur), problem.getData());
    }

    @Test
    void soleFunderIsAboveAnyShareBelowHundredPercent() {
        f.model.getFinancements().remove(f.financementAgglo);
        f.single(RuleCodes.FINANCEMENT_PART, f.financementArs);
    }

    @Test
    void funderExactlyAtMaximumSharePasses() {
        f.none(RuleCodes.FINANCEMENT_PART);
    }

    @Test
    void funderAboveYearlyCapFailsSummingItsFinancements() {
        f.financementArs.setMontant(new BigDecimal("20000"));
        f.financementAgglo.setMontant(new BigDecimal("45000"));
        f.financement(f.ars, f.fir, "10000.50", f.coordinateur);
        RuleDiagnostic problem = f.single(RuleCodes.FINANCEMENT_PLAFOND, f.financementArs);
        String message = problem.getMessage().replace('\u202f', ' ').replace('\u00a0', ' ');
        assertTrue(message.contains("paie 30 000,5 € pour Rôle « Coordinateur CLS » en 2025 : au-delà du plafond de "
                + "30 000 € par an"), message);
        f.none(RuleCodes.FINANCEMENT_PART);
    }

    @Test
    void funderAtYearlyCapPasses() {
        f.financementArs.setMontant(new BigDecimal("30000"));
        f.financementAgglo.setMontant(new BigDecimal("30000"));
        f.none(RuleCodes.FINANCEMENT_PLAFOND);
        f.none(RuleCodes.FINANCEMENT_PART);
    }

    @Test
    void otherFunderKindOrYearIsNotCounted() {
        f.financementAgglo.setMontant(new BigDecimal("90000"));
        Financement otherYear = f.financement(f.ars, f.fir, "20000", f.coordinateur);
        otherYear.setAnnee(2026);
        f.financement(f.agglo, null, "200000", f.coordinateur).setAnnee(2026);
        f.financement(f.ars, f.fir, "90000", f.cls);
        f.financement(f.agglo, null, "90000", f.cls);
        // ARS pays 15 000 of 105 000 for the coordinator in 2025, 20 000 of 220 000 in 2026; a CLS is no Role.
        f.none(RuleCodes.FINANCEMENT_PART);
        f.none(RuleCodes.FINANCEMENT_PLAFOND);
    }

    @Test
    void financementNamingAnotherRuleIsNotCountedForThisOne() {
        Financement other = f.financement(f.ars, f.fir, "90000", f.coordinateur);
        other.setRegle(ValidationFixtures.named(FinancementFactory.eINSTANCE.createRegleCofinancement(), "Autre"));
        f.model.getReglesCofinancement().add(other.getRegle());
        f.none(RuleCodes.FINANCEMENT_PLAFOND);
    }

    @Test
    void ruleWithoutCriteriaAppliesToFinancementsThatNameIt() {
        f.regle.setFinanceur(null);
        f.none(RuleCodes.FINANCEMENT_PART);
        f.financementAgglo.setRegle(f.regle);
        f.financementAgglo.setMontant(new BigDecimal("40000"));
        f.single(RuleCodes.FINANCEMENT_PLAFOND, f.financementAgglo);
        f.single(RuleCodes.FINANCEMENT_PART, f.financementAgglo);
    }
}
