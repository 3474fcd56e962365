/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maillage.app.MaillageUi;
import org.maillage.app.internal.ChangesView;
import org.maillage.app.internal.RoadmapView;
import org.maillage.app.internal.seance.SeanceActions;
import org.maillage.examples.Examples;
import org.maillage.model.Element;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.dispositif.Axe;
import org.maillage.model.dispositif.Cls;
import org.maillage.model.dispositif.DispositifFactory;
import org.maillage.model.dispositif.DispositifPackage;
import org.maillage.model.dispositif.FicheAction;
import org.maillage.model.edit.RoadmapDocument;
import org.maillage.model.edit.seance.SeanceBrief;
import org.maillage.model.instance.Instance;
import org.maillage.model.instance.InstancePackage;
import org.maillage.model.instance.Seance;
import org.maillage.model.instance.Snapshot;
import org.maillage.model.seance.Change;
import org.maillage.model.seance.Snapshots;
import org.maillage.model.territoire.Qpv;

/**
 * Covered cases: the Rapports menu holds "Nouvelle séance..." and "Figer l'état pour cette séance". On a copy of the
 * Eure example (June frozen, December not), the changes view first counts from June; freezing the December séance
 * through the Rapports command (séance selected in the explorer) attaches a snapshot as of its date, asks nothing,
 * and the view then counts from December, titled with its date. Freezing it again asks first: "Non" keeps the
 * snapshot, "Oui" replaces it, and undo gives the previous one back. A fiche action targeting QPV Navarre added
 * through an EMF command appears in the view after the pause, whose sentences are exactly SeanceBrief's (Navarre
 * "désormais ciblé par la fiche action ..."); double-clicking the fiche action selects it in the explorer, a deleted
 * CPTS has nothing to select and the status line says so; undo takes the changes out of the view. A séance without a
 * date gets a clear message and is not frozen. "Nouvelle séance..." on the CTS instance (explorer context menu)
 * creates a séance named after the month with the proposed agenda, selected in the explorer, undoable; the Rapports
 * command without selection creates it under the plenary CTS, and says so clearly when the roadmap has none.
 */
class SeanceCycleTest {

    private static final String FREEZE = "org.maillage.app.seance.freeze";
    private static final String NEW_SEANCE = "org.maillage.app.seance.new";

    private IEditorPart editor;
    private RoadmapDocument document;
    private ModeleMaillage model;
    private RoadmapView explorer;

    @BeforeEach
    void openEure() throws Exception {
        editor = UiSupport.openCopy(Examples.EURE);
        document = UiSupport.document(editor);
        model = document.getModel();
        explorer = (RoadmapView) UiSupport.page().showView(MaillageUi.ROADMAP_VIEW_ID);
        UiSupport.spin();
    }

    @AfterEach
    void close() {
        if (editor != null) {
            UiSupport.page().closeEditor(editor, false);
            UiSupport.spin();
        }
        UiSupport.restoreHome();
    }

    @Test
    void theReportsMenuHoldsTheSeanceCommands() {
        Menu bar = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().getMenuBar();
        MenuItem reports = Arrays.stream(bar.getItems()).filter(i -> i.getText().replace("&", "").equals("Rapports"))
                .findFirst().orElseThrow(() -> new AssertionError("a Rapports menu"));
        if (reports.getData() instanceof IMenuManager manager) {
            manager.update(true);
        }
        reports.getMenu().notifyListeners(SWT.Show, new Event());
        UiSupport.spin();
        List<String> items = Arrays.stream(reports.getMenu().getItems())
                .map(i -> i.getText().replace("&", "").split("\t")[0]).toList();
        assertTrue(items.contains("Nouvelle séance..."), items.toString());
        assertTrue(items.contains("Figer l'état pour cette séance"), items.toString());
    }

    @Test
    void freezeEditUndoAndTheChangesViewFollows() throws Exception {
        Seance june = Snapshots.findSeance(model, "2024-06-20").orElseThrow();
        Seance december = Snapshots.findSeance(model, "2024-12-12").orElseThrow();
        assertNull(december.getSnapshot(), "the example's December séance is not frozen");
        ChangesView view = (ChangesView) UiSupport.page().showView(MaillageUi.CHANGES_VIEW_ID);
        UiSupport.spin();
        assertSame(june, view.getSince(), "counted from the last frozen séance");
        assertEquals(sentences(), texts(view));

        // Rapports > Figer l'état pour cette séance, the séance selected in the explorer.
        select(december);
        runCommand(FREEZE);
        Snapshot frozen = december.getSnapshot();
        assertNotNull(frozen, "frozen without a question: it had no snapshot");
        assertEquals(LocalDate.of(2024, 12, 12), frozen.getDateSituation());
        assertFalse(frozen.getEtats().isEmpty());
        awaitView(view);
        assertSame(december, view.getSince());
        assertTrue(view.getPartName().startsWith("Changements depuis la séance du 12 décembre 2024"),
                view.getPartName());
        assertTrue(view.getContentDescription().startsWith("« Séance plénière de décembre 2024 » : "),
                view.getContentDescription());
        assertEquals(sentences(), texts(view));

        // Again: a question first; "Non" keeps the frozen state, "Oui" replaces it, undo brings it back.
        select(december);
        EditorTestSupport.DialogAnswer no = EditorTestSupport.answerNextDialog(t -> t.equals("Remplacer l'état figé ?"),
                "Non");
        runCommand(FREEZE);
        assertTrue(no.answered, "asked before replacing");
        assertTrue(no.text().contains("« Séance plénière de décembre 2024 » du 12 décembre 2024 a déjà un état figé"),
                no.text());
        assertSame(frozen, december.getSnapshot());
        select(december);
        EditorTestSupport.DialogAnswer yes = EditorTestSupport.answerNextDialog(
                t -> t.equals("Remplacer l'état figé ?"), "Oui");
        runCommand(FREEZE);
        assertTrue(yes.answered);
        assertNotSame(frozen, december.getSnapshot(), "replaced");
        document.getCommandStack().undo();
        assertSame(frozen, december.getSnapshot(), "undo gives the previous frozen state back");

        // An edit as the editor's forms make it: a fiche action of a CLS targeting QPV Navarre.
        Qpv navarre = find(Qpv.class, "eure-qpv-evreux-navarre");
        Axe axe = find(Axe.class, "eure-axe-evreux-2");
        FicheAction fiche = DispositifFactory.eINSTANCE.createFicheAction();
        fiche.setNumero("2.3");
        fiche.setNom("Sport-santé à Navarre");
        fiche.getQpvCibles().add(navarre);
        long start = System.nanoTime();
        List<String> before = sentences();
        System.out.println("SeanceBrief changes and sentences on Eure: " + (System.nanoTime() - start) / 1_000_000
                + " ms");
        UiSupport.execute(document, AddCommand.create(document.getEditingDomain(), axe,
                DispositifPackage.Literals.AXE__FICHES_ACTIONS, fiche));
        assertTrue(view.isPending(), "computed again after a pause, not at each notification");
        awaitView(view);
        String navarreSentence = "QPV « Navarre » : désormais ciblé par la fiche action 2.3 « Sport-santé à Navarre »"
                + " du CLS « " + ((Cls) axe.getCls()).getNom() + " ».";
        assertEquals(sentences(), texts(view));
        assertTrue(texts(view).contains(navarreSentence), texts(view).toString());
        assertFalse(before.contains(navarreSentence));
        assertEquals(texts(view).size(), view.getViewer().getTable().getItemCount());
        int added = index(view, Change.Kind.ADDED, fiche);
        assertEquals("Ajout", view.getViewer().getTable().getItem(added).getText(0));
        view.open(added);
        UiSupport.spin();
        assertEquals(List.of(fiche), explorer.getViewer().getStructuredSelection().toList(), "double-click selects");

        // A deleted element has nothing to select: the status line says so.
        Element cpts = find(Element.class, "eure-cpts-evreux");
        UiSupport.execute(document, DeleteCommand.create(document.getEditingDomain(), cpts));
        awaitView(view);
        assertEquals(sentences(), texts(view));
        view.open(index(view, Change.Kind.REMOVED, cpts));
        assertTrue(view.getStatus() != null && view.getStatus().contains("a été supprimé depuis la séance"),
                view.getStatus());

        // Undo takes the changes out of the view.
        document.getCommandStack().undo();
        document.getCommandStack().undo();
        awaitView(view);
        assertEquals(before, texts(view));
        assertFalse(texts(view).contains(navarreSentence));
    }

    @Test
    void aSeanceWithoutDateIsNotFrozen() {
        Seance december = Snapshots.findSeance(model, "2024-12-12").orElseThrow();
        UiSupport.execute(document, SetCommand.create(document.getEditingDomain(), december,
                InstancePackage.Literals.SEANCE__DATE, null));
        select(december);
        MenuManager menu = new MenuManager();
        explorer.fillContextMenu(menu);
        EditorTestSupport.DialogAnswer message = EditorTestSupport.answerNextDialog(
                t -> t.equals("Figer l'état pour une séance"), "OK");
        ((ActionContributionItem) menu.find(SeanceActions.FREEZE_ID)).getAction().run();
        assertTrue(message.answered);
        assertTrue(message.text().contains("n'a pas de date"), message.text());
        assertNull(december.getSnapshot());
    }

    @Test
    void newSeanceWithTheProposedAgenda() {
        Instance cts = model.getInstances().stream().filter(i -> i.getSeances().contains(
                Snapshots.findSeance(model, "2024-12-12").orElseThrow())).findFirst().orElseThrow();
        List<String> proposed = new SeanceBrief(model, LocalDate.now()).proposedAgenda();
        assertFalse(proposed.isEmpty());
        select(cts);
        MenuManager menu = new MenuManager();
        explorer.fillContextMenu(menu);
        EditorTestSupport.DialogAnswer ok = EditorTestSupport.answerNextDialog(t -> t.equals("Nouvelle séance"), "OK",
                "nouvelle-seance");
        ((ActionContributionItem) menu.find(SeanceActions.NEW_ID)).getAction().run();
        assertTrue(ok.answered);
        Seance created = cts.getSeances().get(cts.getSeances().size() - 1);
        assertEquals(LocalDate.now(), created.getDate());
        assertTrue(created.getNom().matches("Séance plénière de \\p{Ll}+ \\d{4}"), created.getNom());
        assertEquals(proposed, created.getOrdreDuJour());
        assertEquals(List.of(created), explorer.getViewer().getStructuredSelection().toList(), "selected");
        document.getCommandStack().undo();
        assertFalse(cts.getSeances().contains(created), "undoable");

        // The Rapports command, nothing selected: under the plenary CTS.
        int count = cts.getSeances().size();
        UiSupport.page().activate(editor);
        EditorTestSupport.answerNextDialog(t -> t.equals("Nouvelle séance"), "OK");
        runCommand(NEW_SEANCE);
        assertEquals(count + 1, cts.getSeances().size());

        // A roadmap without a plenary CTS: said clearly.
        UiSupport.execute(document, DeleteCommand.create(document.getEditingDomain(), cts));
        UiSupport.page().activate(editor);
        EditorTestSupport.DialogAnswer none = EditorTestSupport.answerNextDialog(t -> t.equals("Nouvelle séance"),
                "OK");
        runCommand(NEW_SEANCE);
        assertTrue(none.answered);
        assertTrue(none.text().contains("pas d'instance CTS plénière"), none.text());
    }

    private void select(Object element) {
        UiSupport.page().activate(explorer);
        explorer.reveal(element);
        UiSupport.spin();
        assertEquals(List.of(element), explorer.getViewer().getStructuredSelection().toList());
    }

    private static void runCommand(String id) {
        try {
            PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(id, null);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        UiSupport.spin();
    }

    private List<String> sentences() {
        return new SeanceBrief(model, LocalDate.now()).changeSentences();
    }

    private static List<String> texts(ChangesView view) {
        return view.getRows().stream().map(ChangesView.Row::sentence).toList();
    }

    private static void awaitView(ChangesView view) {
        UiSupport.waitUntil("the changes view after the pause", () -> !view.isPending());
    }

    private static int index(ChangesView view, Change.Kind kind, Element element) {
        List<ChangesView.Row> rows = view.getRows();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).change().kind() == kind && element.getUuid().equals(rows.get(i).change().element())) {
                return i;
            }
        }
        throw new AssertionError("no " + kind + " of " + element.getUuid() + " in " + rows);
    }

    private <T> T find(Class<T> type, String uuid) {
        for (var it = model.eAllContents(); it.hasNext();) {
            Object next = it.next();
            if (type.isInstance(next) && uuid.equals(((Element) next).getUuid())) {
                return type.cast(next);
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " " + uuid);
    }
}
