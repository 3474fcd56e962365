/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.maillage.validation.RuleCodes;
import org.maillage.validation.RuleDiagnostic;
import org.maillage.validation.Severity;

/**
 * Covered cases: a chantier's progress below 0 or above 100 % fails with a French message naming the chantier by
 * its kind and name, 0 and 100 pass; a negative funding amount fails with a French message naming the funding, 0
 * passes, an unset amount is not checked by this rule.
 */
class ValueRangeRulesTest extends FrenchFixtureTest {

    private static String plain(String message) {
        return message.replace('\u202f', ' ').replace('\u00a0', ' ');
    }

    @Test
    void progressAboveHundredFails() {
        f.chantier.setAvancement(120);
        RuleDiagnostic problem = f.single(RuleCodes.CHANTIER_AVANCEMENT, f.chantier);
        assertEquals(Severity.ERROR, problem.getSeverityLevel());
        assertEquals("Chantier « Renforcer le maillage des PASS » : « avancement » vaut 120 % : un avancement est "
                + "compris entre 0 et 100 %", plain(problem.getMessage()));
    }

    @Test
    void negativeProgressFails() {
        f.chantier.setAvancement(-5);
        RuleDiagnostic problem = f.single(RuleCodes.CHANTIER_AVANCEMENT, f.chantier);
        assertEquals("Chantier « Renforcer le maillage des PASS » : « avancement » vaut -5 % : un avancement est "
                + "compris entre 0 et 100 %", plain(problem.getMessage()));
    }

    @Test
    void progressBoundsPass() {
        f.chantier.setAvancement(0);
        f.none(RuleCodes.CHANTIER_AVANCEMENT);
        f.chantier.setAvancement(100);
        f.none(RuleCodes.CHANTIER_AVANCEMENT);
    }

    @Test
    void negativeAmountFails() {
        f.financementAgglo.setMontant(new BigDecimal("-3000.50"));
        RuleDiagnostic problem = f.single(RuleCodes.FINANCEMENT_MONTANT, f.financementAgglo);
        assertEquals(Severity.ERROR, problem.getSeverityLevel());
        assertEquals("Financement sans nom : « montant » vaut -3 000,5 € : "
                + "un montant ne peut pas être négatif", plain(problem.getMessage()));
    }

    @Test
    void zeroOrUnsetAmountPasses() {
        f.financementAgglo.setMontant(BigDecimal.ZERO);
        f.none(RuleCodes.FINANCEMENT_MONTANT);
        f.financementAgglo.setMontant(null);
        f.none(RuleCodes.FINANCEMENT_MONTANT);
    }
}
