/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.maillage.app.MaillageUi;
import org.maillage.app.internal.Problem;
import org.maillage.app.internal.ProblemsView;
import org.maillage.app.internal.RoadmapView;
import org.maillage.app.internal.explorer.ExplorerMenu;
import org.maillage.examples.Examples;
import org.maillage.model.edit.RoadmapDocument;
import org.maillage.model.plan.Chantier;
import org.maillage.model.plan.PlanPackage;
import org.maillage.validation.ModelValidation;
import org.maillage.validation.RuleCodes;
import org.maillage.validation.RuleDiagnostic;
import org.maillage.validation.Severity;

/**
 * Covered cases: a copy of the Eure example broken on purpose through the editing domain (a chantier without pilot,
 * another whose start is after its deadline) is validated again in the background after the edit: the problems view
 * lists exactly the diagnostics ModelValidation computes directly, errors first, with French severities; the
 * explorer's "Valider" validates at once; selecting a problem gives the workbench its element; double-clicking it
 * selects the element in the explorer.
 */
class ProblemsViewTest {

    private IEditorPart editor;

    @AfterEach
    void close() {
        if (editor != null) {
            UiSupport.page().closeEditor(editor, false);
            UiSupport.spin();
        }
        UiSupport.restoreHome();
    }

    @Test
    void listsTheDiagnosticsOfABrokenModelAndDoubleClickSelects() throws Exception {
        editor = UiSupport.openCopy(Examples.EURE);
        RoadmapDocument document = UiSupport.document(editor);
        ProblemsView view = (ProblemsView) UiSupport.page().showView(MaillageUi.PROBLEMS_VIEW_ID);
        UiSupport.waitUntil("the first validation", () -> !view.isValidating());

        List<Chantier> chantiers = document.getModel().getFeuillesDeRoute().get(0).getChantiers();
        Chantier sansPilote = chantiers.get(0);
        Chantier dates = chantiers.get(1);
        UiSupport.execute(document, SetCommand.create(document.getEditingDomain(), sansPilote,
                PlanPackage.Literals.CHANTIER__PILOTE, null));
        UiSupport.execute(document, SetCommand.create(document.getEditingDomain(), dates,
                PlanPackage.Literals.CHANTIER__DEBUT, dates.getEcheance().plusDays(1)));
        // The edit schedules a validation half a second later, in the background.
        UiSupport.waitUntil("the validation after the edits", () -> !view.isValidating() && view.getProblems()
                .stream().anyMatch(p -> p.element() == dates && p.ruleCode().equals(RuleCodes.DATES_CHANTIER)));

        List<Problem> expected = ModelValidation.problems(ModelValidation.validate(document.getModel())).stream()
                .map(ProblemsViewTest::problem).sorted(Comparator.comparing(Problem::severity)).toList();
        assertEquals(expected, view.getProblems());
        assertTrue(view.getProblems().stream().anyMatch(p -> p.element() == sansPilote
                && p.ruleCode().equals(RuleCodes.CHANTIER_PILOTE)), "the chantier without pilot is listed");
        assertEquals(Severity.ERROR, view.getProblems().get(0).severity(), "errors first");
        assertEquals("Erreur", view.getViewer().getTable().getItem(0).getText(0));
        assertEquals(expected.size(), view.getViewer().getTable().getItemCount());

        int row = view.getProblems().indexOf(view.getProblems().stream().filter(p -> p.element() == dates)
                .findFirst().orElseThrow());
        // Selecting a row gives the workbench the element, for the Properties view and the editor.
        view.getViewer().setSelection(new StructuredSelection(view.getProblems().get(row)), true);
        assertEquals(List.of(dates), ((IStructuredSelection) view.getSite().getSelectionProvider().getSelection())
                .toList());
        view.open(row);
        UiSupport.spin();
        RoadmapView explorer = (RoadmapView) UiSupport.page().findView(MaillageUi.ROADMAP_VIEW_ID);
        assertSame(explorer, UiSupport.page().getActivePart(), "the explorer is brought forward");
        assertEquals(List.of(dates), explorer.getViewer().getStructuredSelection().toList(), "the element selected");

        document.getCommandStack().undo();
        document.getCommandStack().undo();
        // "Valider" in the explorer's context menu validates at once.
        MenuManager menu = new MenuManager();
        explorer.fillContextMenu(menu);
        ((ActionContributionItem) menu.find(ExplorerMenu.VALIDATE_ID)).getAction().run();
        assertEquals("Validation en cours...", view.getContentDescription(), "started without waiting for the pause");
        UiSupport.waitUntil("the validation after undo", () -> !view.isValidating() && view.getProblems().stream()
                .noneMatch(p -> p.element() == dates && p.ruleCode().equals(RuleCodes.DATES_CHANTIER)));
        assertEquals(ModelValidation.problems(ModelValidation.validate(document.getModel())).size(),
                view.getProblems().size());
    }

    private static Problem problem(RuleDiagnostic diagnostic) {
        return new Problem(diagnostic.getSeverityLevel(), diagnostic.getElement(), diagnostic.getMessage(),
                diagnostic.getRuleCode());
    }
}
