/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.maillage.app.MaillageUi;
import org.maillage.app.internal.Problem;
import org.maillage.app.internal.ProblemsView;
import org.maillage.examples.Examples;
import org.maillage.model.dispositif.Cls;
import org.maillage.model.dispositif.DispositifPackage;
import org.maillage.model.edit.RoadmapDocument;
import org.maillage.validation.RuleCodes;
import org.maillage.validation.RuleDiagnostic;
import org.maillage.viewpoint.DiagramSession;
import org.maillage.viewpoint.model.diagram.DNode;
import org.maillage.viewpoint.ui.DiagramEditors;
import org.maillage.viewpoint.ui.internal.DiagramDecorations;
import org.maillage.viewpoint.ui.internal.DiagramEditor;

/**
 * Covered cases: the articulation diagram of the Eure shows a badge on the nodes whose element has validation
 * problems, the same problems as the Problems view, with the messages as the canvas's tooltip over the node and its
 * badge (none over a node without problem); after an edit (a CLS ending before it starts) the diagram and the
 * Problems view both show the new error, and the diagram's quick fix « Échanger » removes it in one command that one
 * undo takes back; the Problems view's « Correction rapide » on a QPV without CLS action adds a fiche action and the
 * gap disappears from both; « Légende » in the context menu shows the legend in the top-right corner of the canvas.
 * A screenshot with the legend and the badges is kept in target/screenshots/diagram-legend-problems.png.
 */
class DiagramDecorationsTest {

    private static final String ARTICULATION = "org.maillage.viewpoints.articulation/articulation";

    private IWorkbenchPage page;
    private IEditorPart roadmapEditor;

    @AfterEach
    void close() {
        page.closeAllEditors(false);
        UiSupport.spin();
        UiSupport.restoreHome();
    }

    @Test
    void decoratorsTooltipsQuickFixesAndLegend() throws Exception {
        page = UiSupport.page();
        Path roadmap = Examples.find(Examples.EURE).orElseThrow()
                .copyTo(Files.createTempDirectory("maillage-decorations"));
        DiagramEditor editor = (DiagramEditor) DiagramEditors.open(page, roadmap, ARTICULATION);
        UiSupport.spin();
        RoadmapDocument document = editor.getAdapter(RoadmapDocument.class);
        DiagramDecorations decorations = editor.decorations();
        DiagramSession session = editor.session();
        ProblemsView view = (ProblemsView) page.showView(MaillageUi.PROBLEMS_VIEW_ID);
        page.activate(editor);
        editor.action("action.zoomFit").run();
        waitForBoth(decorations, view);

        // The same problems in the diagram and in the Problems view.
        assertEquals(messages(view.getProblems().stream().map(Problem::message).toList()),
                messages(decorations.problems().stream().map(RuleDiagnostic::getMessage).toList()));
        DNode gap = session.allNodes().stream().filter(n -> decorations.problemsOf(n).stream()
                .anyMatch(p -> p.getRuleCode().equals(RuleCodes.COUVERTURE_QPV))).findFirst()
                .orElseThrow(() -> new AssertionError("the Eure has QPV without CLS action"));
        Rectangle bounds = pixelBounds(editor, gap);
        String tip = decorations.toolTipAt(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2);
        assertNotNull(tip, "hovering the node shows its problems");
        assertTrue(tip.contains("aucune fiche action de CLS ne cible ce QPV"), tip);
        assertEquals(tip, decorations.toolTipAt(bounds.x + bounds.width - 2, bounds.y + 1), "and over its badge");
        DNode clean = session.allNodes().stream().filter(n -> decorations.problemsOf(n).isEmpty()).findFirst()
                .orElseThrow();
        Rectangle cleanBounds = pixelBounds(editor, clean);
        assertNull(decorations.toolTipAt(cleanBounds.x + cleanBounds.width / 2,
                cleanBounds.y + cleanBounds.height / 2));

        // An edit: a CLS now ends before it starts. Both places show it; the diagram's quick fix corrects it.
        DNode clsNode = session.allNodes().stream().filter(n -> "cls".equals(n.getMappingId())
                && ((Cls) session.semanticElement(n)).getDebut() != null).findFirst().orElseThrow();
        Cls cls = (Cls) session.semanticElement(clsNode);
        LocalDate start = cls.getDebut();
        LocalDate end = cls.getFin();
        UiSupport.execute(document, SetCommand.create(document.getEditingDomain(), cls,
                DispositifPackage.Literals.DISPOSITIF__FIN, start.minusDays(1)));
        UiSupport.waitUntil("the error in the diagram and the view", () -> !decorations.isValidating()
                && !view.isValidating() && has(decorations, clsNode, RuleCodes.DATES_DISPOSITIF)
                && view.getProblems().stream().anyMatch(p -> p.element() == cls
                        && p.ruleCode().equals(RuleCodes.DATES_DISPOSITIF)));
        editor.select(List.of(clsNode));
        MenuManager menu = contextMenu(editor);
        MenuManager fixes = (MenuManager) find(menu, "Correction rapide");
        List<String> labels = List.of(fixes.getItems()).stream().map(DiagramDecorationsTest::label).toList();
        assertEquals(List.of("Échanger « debut » et « fin »"), labels);
        screenshotWithLegend(editor, decorations);
        ((ActionContributionItem) fixes.getItems()[0]).getAction().run();
        assertEquals(start.minusDays(1), cls.getDebut(), "swapped");
        UiSupport.waitUntil("the error gone", () -> !decorations.isValidating()
                && !has(decorations, clsNode, RuleCodes.DATES_DISPOSITIF));
        document.getCommandStack().undo();
        assertEquals(start, cls.getDebut(), "one undo takes the fix back");
        assertEquals(start.minusDays(1), cls.getFin());
        UiSupport.waitUntil("the error back", () -> !decorations.isValidating()
                && has(decorations, clsNode, RuleCodes.DATES_DISPOSITIF));
        document.getCommandStack().undo();
        assertEquals(end, cls.getFin());

        // The Problems view's quick fix on the QPV gap.
        EObject qpv = session.semanticElement(gap);
        UiSupport.waitUntil("the view after undo", () -> !view.isValidating() && view.getProblems().stream()
                .noneMatch(p -> p.ruleCode().equals(RuleCodes.DATES_DISPOSITIF)));
        int row = view.getProblems().indexOf(view.getProblems().stream().filter(p -> p.element() == qpv
                && p.ruleCode().equals(RuleCodes.COUVERTURE_QPV)).findFirst().orElseThrow());
        List<String> offered = view.quickFixes(row);
        assertFalse(offered.isEmpty());
        assertTrue(offered.get(0).startsWith("Cibler ce QPV depuis une fiche action du CLS « "), offered.toString());
        view.applyQuickFix(row, 0);
        UiSupport.waitUntil("the gap closed in both", () -> !view.isValidating() && !decorations.isValidating()
                && !has(decorations, gap, RuleCodes.COUVERTURE_QPV) && view.getProblems().stream()
                        .noneMatch(p -> p.element() == qpv && p.ruleCode().equals(RuleCodes.COUVERTURE_QPV)));
        document.getCommandStack().undo();
        UiSupport.waitUntil("the gap back", () -> !decorations.isValidating()
                && has(decorations, gap, RuleCodes.COUVERTURE_QPV));
    }

    private void screenshotWithLegend(DiagramEditor editor, DiagramDecorations decorations) throws Exception {
        Shell shell = editor.getSite().getShell();
        shell.setBounds(0, 0, 1600, 960);
        page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
        UiSupport.spin();
        editor.action("action.zoomFit").run();
        MenuManager menu = contextMenu(editor);
        ActionContributionItem legend = (ActionContributionItem) find(menu, "Légende");
        legend.getAction().setChecked(true);
        legend.getAction().run();
        assertTrue(decorations.isLegendShown());
        Rectangle at = decorations.legendBounds();
        Rectangle client = editor.canvasControl().getClientArea();
        assertTrue(at.x + at.width <= client.width && at.y >= 0 && at.height > 100, at + " in " + client);
        editor.canvasControl().redraw();
        UiSupport.screenshot(shell, Path.of("target", "screenshots", "diagram-legend-problems.png"));
        page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_RESTORED);
        UiSupport.spin();
    }

    private static void waitForBoth(DiagramDecorations decorations, ProblemsView view) {
        UiSupport.waitUntil("both validations", () -> !decorations.isValidating() && !view.isValidating()
                && !decorations.problems().isEmpty() && !view.getProblems().isEmpty());
    }

    private static boolean has(DiagramDecorations decorations, DNode node, String code) {
        return decorations.problemsOf(node).stream().anyMatch(p -> p.getRuleCode().equals(code));
    }

    private static Set<String> messages(List<String> messages) {
        return messages.stream().collect(Collectors.toSet());
    }

    private static Rectangle pixelBounds(DiagramEditor editor, DNode node) {
        Point center = editor.pixelCenter(node);
        double zoom = editor.zoom();
        int w = (int) Math.round(node.getWidth() * zoom);
        int h = (int) Math.round(node.getHeight() * zoom);
        return new Rectangle(center.x - w / 2, center.y - h / 2, w, h);
    }

    /** The editor's context menu as it is built when it shows (its items are built again each time). */
    private static MenuManager contextMenu(DiagramEditor editor) {
        Menu menu = editor.canvasControl().getMenu();
        menu.notifyListeners(SWT.Show, new Event());
        UiSupport.spin();
        MenuManager manager = (MenuManager) menu.getData(MenuManager.MANAGER_KEY);
        menu.notifyListeners(SWT.Hide, new Event());
        UiSupport.spin();
        assertNotNull(manager, "the canvas menu is a JFace menu");
        return manager;
    }

    private static IContributionItem find(MenuManager menu, String label) {
        return List.of(menu.getItems()).stream().filter(i -> label.equals(label(i))).findFirst()
                .orElseThrow(() -> new AssertionError(label + " not in " + List.of(menu.getItems()).stream()
                        .map(DiagramDecorationsTest::label).toList()));
    }

    private static String label(IContributionItem item) {
        if (item instanceof ActionContributionItem action) {
            return action.getAction().getText();
        }
        return item instanceof MenuManager sub ? sub.getMenuText() : String.valueOf(item.getId());
    }
}
