/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.maillage.model.dispositif.Pass;
import org.maillage.model.dispositif.DispositifFactory;
import org.maillage.validation.RuleCodes;
import org.maillage.validation.RuleDiagnostic;
import org.maillage.validation.Severity;

/**
 * Covered cases: the fixture roadmap has no problem at all; each date-order rule (scheme, chantier, PRS, indicator,
 * CLS signature) fails on an inverted pair and passes on equal or unknown values; the three chantier rules (pilot,
 * theme, deadline) fail and pass; a PRAPS measure declined by no chantier is a warning, declined it passes; an empty
 * name fails on a named kind and passes on an element users do not name. Messages are French and name the element.
 */
class PlanRulesTest extends FrenchFixtureTest {

    @Test
    void fixtureHasNoProblem() {
        assertEquals(List.of(), f.builtinProblems());
    }

    @Test
    void schemeEndingBeforeItStartsFails() {
        f.contratEpn.setFin(LocalDate.of(2023, 12, 31));
        RuleDiagnostic problem = f.single(RuleCodes.DATES_DISPOSITIF, f.contratEpn);
        assertEquals(Severity.ERROR, problem.getSeverityLevel());
        assertEquals("Contrat de ville « Contrat de ville EPN 2024-2030 » : « debut » (1 janvier 2024) est "
                + "postérieur à « fin » (31 décembre 2023)", problem.getMessage());
    }

    @Test
    void schemeOnOneDayOrWithoutEndPasses() {
        Pass pass = ValidationFixtures.named(DispositifFactory.eINSTANCE.createPass(), "PASS du CH d'Évreux");
        pass.setDebut(LocalDate.of(2025, 3, 1));
        f.model.getDispositifs().add(pass);
        f.contratEpn.setFin(f.contratEpn.getDebut());
        f.none(RuleCodes.DATES_DISPOSITIF);
    }

    @Test
    void chantierDeadlineBeforeStartFails() {
        f.chantier.setEcheance(LocalDate.of(2024, 12, 31));
        RuleDiagnostic problem = f.single(RuleCodes.DATES_CHANTIER, f.chantier);
        assertTrue(problem.getMessage().startsWith("Chantier « Renforcer le maillage des PASS » : « debut »"),
                problem.getMessage());
    }

    @Test
    void chantierWithoutStartPasses() {
        f.chantier.setDebut(null);
        f.none(RuleCodes.DATES_CHANTIER);
    }

    @Test
    void prsYearsInvertedFail() {
        f.prs.setAnneeFin(2020);
        RuleDiagnostic problem = f.single(RuleCodes.DATES_PRS, f.prs);
        assertTrue(problem.getMessage().contains("« anneeDebut » (2023) est postérieur à « anneeFin » (2020)"),
                problem.getMessage());
    }

    @Test
    void prsWithUnknownEndYearPasses() {
        f.prs.setAnneeFin(0);
        f.none(RuleCodes.DATES_PRS);
    }

    @Test
    void indicatorTargetYearBeforeBaselineFails() {
        f.indicateur.setAnneeCible(2023);
        f.single(RuleCodes.DATES_INDICATEUR, f.indicateur);
    }

    @Test
    void indicatorTargetYearEqualToBaselinePasses() {
        f.indicateur.setAnneeCible(2024);
        f.none(RuleCodes.DATES_INDICATEUR);
    }

    @Test
    void clsSignedAfterItsEndFails() {
        f.cls.setDateSignature(LocalDate.of(2028, 1, 15));
        f.single(RuleCodes.DATES_SIGNATURE_CLS, f.cls);
    }

    @Test
    void clsSignedOnItsFirstDayPasses() {
        f.cls.setDateSignature(f.cls.getDebut());
        f.none(RuleCodes.DATES_SIGNATURE_CLS);
    }

    @Test
    void chantierWithoutPilotFails() {
        f.chantier.setPilote(null);
        RuleDiagnostic problem = f.single(RuleCodes.CHANTIER_PILOTE, f.chantier);
        assertEquals(Severity.ERROR, problem.getSeverityLevel());
        assertEquals("Chantier « Renforcer le maillage des PASS » : pas de pilote", problem.getMessage());
    }

    @Test
    void chantierWithBlankThemeFails() {
        f.chantier.setTheme("  ");
        RuleDiagnostic problem = f.single(RuleCodes.CHANTIER_THEME, f.chantier);
        assertEquals("Chantier « Renforcer le maillage des PASS » : pas de thème", problem.getMessage());
    }

    @Test
    void chantierWithoutDeadlineFails() {
        f.chantier.setEcheance(null);
        RuleDiagnostic problem = f.single(RuleCodes.CHANTIER_ECHEANCE, f.chantier);
        assertEquals("Chantier « Renforcer le maillage des PASS » : pas d'échéance", problem.getMessage());
    }

    @Test
    void chantierWithPilotThemeAndDeadlinePasses() {
        f.none(RuleCodes.CHANTIER_PILOTE);
        f.none(RuleCodes.CHANTIER_THEME);
        f.none(RuleCodes.CHANTIER_ECHEANCE);
    }

    @Test
    void prapsMeasureDeclinedByNoChantierIsAWarning() {
        f.chantier.getDeclines().clear();
        RuleDiagnostic problem = f.single(RuleCodes.PRAPS_DECLINAISON, f.mesure);
        assertEquals(Severity.WARNING, problem.getSeverityLevel());
        assertEquals("Mesure PRAPS « Renforcer l'accès aux soins des plus démunis » : aucun chantier ne décline "
                + "cette mesure", problem.getMessage());
    }

    @Test
    void prapsMeasureDeclinedOncePasses() {
        f.none(RuleCodes.PRAPS_DECLINAISON);
    }

    @Test
    void chantierWithoutNameFailsAndNamesWhereItIs() {
        f.chantier.setNom("");
        RuleDiagnostic problem = f.single(RuleCodes.NOM, f.chantier);
        assertEquals("Chantier sans nom dans " + org.maillage.validation.internal.Labels.describe(f.chantier.eContainer()) + " : nom vide", problem.getMessage());
    }

    @Test
    void financementWithoutNamePasses() {
        f.financementArs.setNom(null);
        f.none(RuleCodes.NOM);
    }
}
