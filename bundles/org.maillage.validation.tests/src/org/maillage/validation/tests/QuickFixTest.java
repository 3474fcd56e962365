/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.dispositif.Axe;
import org.maillage.model.dispositif.Cls;
import org.maillage.model.dispositif.DispositifFactory;
import org.maillage.model.dispositif.FicheAction;
import org.maillage.validation.ModelValidation;
import org.maillage.validation.QuickFix;
import org.maillage.validation.QuickFixes;
import org.maillage.validation.RuleCodes;
import org.maillage.validation.RuleDiagnostic;
import org.maillage.validation.ValidationSnapshot;

/**
 * Covered cases: each built-in quick fix (a QPV targeted by no CLS fiche action, a QPV in no contrat de ville of its
 * EPCI, a chantier and a dispositif starting after their end) is offered with its French label, removes the problem
 * when run on the command stack, and one undo gives back exactly the model before (compared with a copy) and the
 * problem; the QPV fix creates an axis when the CLS has none and offers one fix per CLS when the EPCI has two; no
 * fix is offered where none is obvious (QPV of an EPCI without CLS, a CLS signed after its end, a QPV whose EPCI
 * pilots two contrats de ville); a background snapshot's problems name the original elements, not the copy's.
 */
class QuickFixTest extends FrenchFixtureTest {

    private AdapterFactoryEditingDomain domain;
    private BasicCommandStack stack;

    @BeforeEach
    void domain() {
        stack = new BasicCommandStack();
        domain = new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(), stack);
    }

    @Test
    void qpvWithoutClsActionGetsAFicheActionInTheClsAndUndoRestores() {
        RuleDiagnostic problem = problem(RuleCodes.COUVERTURE_QPV, f.madeleine);
        List<QuickFix> fixes = QuickFixes.forProblem(problem);
        assertEquals(List.of("Cibler ce QPV depuis une fiche action du CLS « CLS d'Évreux Portes de Normandie »"),
                fixes.stream().map(QuickFix::label).toList());
        ModeleMaillage before = EcoreUtil.copy(f.model);

        run(fixes.get(0));
        assertEquals(1, f.cls.getAxes().size(), "an axis is created for a CLS without one");
        Axe axe = f.cls.getAxes().get(0);
        assertEquals("Quartiers prioritaires de la politique de la ville", axe.getNom());
        FicheAction fiche = axe.getFichesActions().get(0);
        assertEquals(List.of(f.madeleine), fiche.getQpvCibles());
        assertEquals("Actions en direction du QPV La Madeleine", fiche.getNom());
        assertTrue(problems(RuleCodes.COUVERTURE_QPV, f.madeleine).isEmpty(), "the gap is closed");
        assertTrue(f.builtinProblems().isEmpty(), "and the fix makes no new problem: " + f.builtinProblems());

        stack.undo();
        assertTrue(EcoreUtil.equals(before, f.model), "one undo gives back the model");
        assertEquals(1, problems(RuleCodes.COUVERTURE_QPV, f.madeleine).size());
    }

    @Test
    void qpvFixUsesTheFirstAxisAndOffersEachCls() {
        Axe axe = ValidationFixtures.named(DispositifFactory.eINSTANCE.createAxe(), "Axe 1 : accès aux soins");
        f.cls.getAxes().add(axe);
        Cls second = ValidationFixtures.named(DispositifFactory.eINSTANCE.createCls(), "CLS de la ville d'Évreux");
        second.getTerritoires().add(f.evreux);
        f.model.getDispositifs().add(second);
        List<QuickFix> fixes = QuickFixes.forProblem(problem(RuleCodes.COUVERTURE_QPV, f.madeleine));
        assertEquals(2, fixes.size(), fixes.toString());
        assertTrue(fixes.get(1).label().endsWith("« CLS de la ville d'Évreux »"), fixes.toString());
        run(fixes.get(0));
        assertEquals(1, f.cls.getAxes().size());
        assertSame(f.madeleine, axe.getFichesActions().get(0).getQpvCibles().get(0));
        stack.undo();
        assertTrue(axe.getFichesActions().isEmpty());
    }

    @Test
    void qpvOfAnEpciWithoutClsHasNoFix() {
        f.cls.getTerritoires().clear();
        f.cls.getTerritoires().add(f.vernon);
        assertEquals(List.of(), QuickFixes.forProblem(problem(RuleCodes.COUVERTURE_QPV, f.madeleine)));
    }

    @Test
    void qpvAddedToTheContratDeVilleOfItsEpci() {
        f.contratEpn.getQpvs().clear();
        RuleDiagnostic problem = f.single(RuleCodes.QPV_CONTRAT_DE_VILLE, f.madeleine);
        List<QuickFix> fixes = QuickFixes.forProblem(problem);
        assertEquals(List.of("Ajouter ce QPV au contrat de ville « Contrat de ville EPN 2024-2030 »"),
                fixes.stream().map(QuickFix::label).toList());
        ModeleMaillage before = EcoreUtil.copy(f.model);
        run(fixes.get(0));
        f.none(RuleCodes.QPV_CONTRAT_DE_VILLE);
        stack.undo();
        assertTrue(EcoreUtil.equals(before, f.model));
        f.single(RuleCodes.QPV_CONTRAT_DE_VILLE, f.madeleine);

        var other = ValidationFixtures.named(DispositifFactory.eINSTANCE.createContratDeVille(), "Autre contrat");
        other.setEpci(f.epn);
        f.model.getDispositifs().add(other);
        assertEquals(List.of(), QuickFixes.forProblem(f.single(RuleCodes.QPV_CONTRAT_DE_VILLE, f.madeleine)),
                "two contracts of the EPCI: which one is a judgement");
    }

    @Test
    void datesInTheWrongOrderAreSwapped() {
        f.chantier.setDebut(LocalDate.of(2026, 6, 1));
        f.chantier.setEcheance(LocalDate.of(2026, 1, 31));
        RuleDiagnostic problem = f.single(RuleCodes.DATES_CHANTIER, f.chantier);
        List<QuickFix> fixes = QuickFixes.forProblem(problem);
        assertEquals(List.of("Échanger « debut » et « echeance »"), fixes.stream().map(QuickFix::label).toList());
        ModeleMaillage before = EcoreUtil.copy(f.model);
        run(fixes.get(0));
        assertEquals(LocalDate.of(2026, 1, 31), f.chantier.getDebut());
        assertEquals(LocalDate.of(2026, 6, 1), f.chantier.getEcheance());
        f.none(RuleCodes.DATES_CHANTIER);
        stack.undo();
        assertTrue(EcoreUtil.equals(before, f.model));
        f.single(RuleCodes.DATES_CHANTIER, f.chantier);

        f.contratEpn.setFin(LocalDate.of(2020, 1, 1));
        run(QuickFixes.forProblem(f.single(RuleCodes.DATES_DISPOSITIF, f.contratEpn)).get(0));
        f.none(RuleCodes.DATES_DISPOSITIF);
    }

    @Test
    void noFixWhereNoneIsObvious() {
        f.cls.setDateSignature(LocalDate.of(2028, 1, 1));
        assertEquals(List.of(), QuickFixes.forProblem(f.single(RuleCodes.DATES_SIGNATURE_CLS, f.cls)));
        f.chantier.setPilote(null);
        assertEquals(List.of(), QuickFixes.forProblem(f.single(RuleCodes.CHANTIER_PILOTE, f.chantier)));
    }

    @Test
    void snapshotProblemsNameTheOriginalElements() {
        f.chantier.setPilote(null);
        List<RuleDiagnostic> problems = ValidationSnapshot.take(f.model).validate(null);
        RuleDiagnostic pilote = problems.stream().filter(p -> p.getRuleCode().equals(RuleCodes.CHANTIER_PILOTE))
                .findFirst().orElseThrow();
        assertSame(f.chantier, pilote.getElement());
        RuleDiagnostic gap = problems.stream().filter(p -> p.getRuleCode().equals(RuleCodes.COUVERTURE_QPV))
                .findFirst().orElseThrow();
        assertSame(f.madeleine, gap.getElement());
        assertFalse(QuickFixes.forProblem(gap).isEmpty(), "fixes work on the snapshot's problems");
    }

    private void run(QuickFix fix) {
        Command command = fix.createCommand(domain);
        assertTrue(command.canExecute(), fix.label());
        stack.execute(command);
        assertEquals(fix.label(), stack.getUndoCommand().getLabel());
    }

    private RuleDiagnostic problem(String code, EObject element) {
        List<RuleDiagnostic> found = problems(code, element);
        assertEquals(1, found.size(), () -> code + " on " + element + ": " + found);
        return found.get(0);
    }

    private List<RuleDiagnostic> problems(String code, EObject element) {
        return ModelValidation.problems(ModelValidation.validate(f.model, ModelValidation.builtinRules())).stream()
                .filter(p -> p.getRuleCode().equals(code) && p.getElement() == element).toList();
    }
}
