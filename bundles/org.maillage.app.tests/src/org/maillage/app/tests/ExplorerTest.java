/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.ViewerDropAdapter;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maillage.app.MaillageUi;
import org.maillage.app.internal.RoadmapView;
import org.maillage.app.internal.explorer.ExplorerMenu;
import org.maillage.app.internal.explorer.GroupNode;
import org.maillage.examples.Examples;
import org.maillage.model.Element;
import org.maillage.model.MaillagePackage;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.dispositif.Axe;
import org.maillage.model.dispositif.Cls;
import org.maillage.model.dispositif.Dispositif;
import org.maillage.model.dispositif.FicheAction;
import org.maillage.model.edit.RoadmapDocument;
import org.maillage.model.figures.Figures;
import org.maillage.model.plan.Chantier;
import org.maillage.model.plan.FeuilleDeRoute;
import org.maillage.model.plan.PlanPackage;
import org.maillage.model.plan.StatutChantier;
import org.maillage.model.territoire.Departement;
import org.maillage.model.territoire.Region;
import org.maillage.model.territoire.TerritoireFactory;
import org.maillage.model.territoire.TerritoirePackage;
import org.maillage.testsupport.greffon.GreffonPackage;

/**
 * Covered cases: on a copy of the Eure example, the explorer shows the headings users think in, with counts computed
 * from the model (dispositifs by kind, territory lists, chantiers by theme); filtering by text shows exactly the
 * elements whose label matches, with their ancestors; "chantiers en retard" shows the late chantiers (status or
 * deadline past) and follows a change of status (and its undo) at once; "mon département" hides another département
 * added to the région; the filter ignores accents and case ("mediation" finds "Médiation", "evreux" finds
 * "Évreux"); a CLS added by a command (as the diagram's palette does) counts under "Dispositifs" at once, without a
 * save, a rename shows at once, and undo brings the count back; the context menu creates a chantier (Nouvel enfant),
 * deletes it (Supprimer), and undo brings it back; dropping a fiche action on another axe and a chantier before another
 * are undoable commands; a plug-in's kind of dispositif (contributed to {@code org.maillage.model.schemeTypes} by this
 * test bundle with the group « instances ») is listed in a sub-heading named after the kind (its French name from the
 * contribution's %key) under « Instances », not under « Dispositifs », the « Nouvel enfant » menu of « Instances »
 * offers it (that of « Dispositifs » does not) and creates one through the command stack.
 */
class ExplorerTest {

    private IEditorPart editor;
    private RoadmapDocument document;
    private ModeleMaillage model;
    private RoadmapView view;
    private TreeViewer viewer;

    @BeforeEach
    void openEure() throws Exception {
        editor = UiSupport.openCopy(Examples.EURE);
        document = UiSupport.document(editor);
        model = document.getModel();
        view = (RoadmapView) UiSupport.page().showView(MaillageUi.ROADMAP_VIEW_ID);
        viewer = view.getViewer();
        assertSame(document, view.getDocument());
    }

    @AfterEach
    void close() {
        view.getFilterBar().setFilterText("");
        view.getFilterBar().setOnlyLate(false);
        view.getFilterBar().setOnlyDepartement(false);
        UiSupport.page().closeEditor(editor, false);
        UiSupport.spin();
    }

    private String text(Object element) {
        return ((ILabelProvider) viewer.getLabelProvider()).getText(element);
    }

    private GroupNode heading(String key) {
        return Arrays.stream(viewer.getTree().getItems()).map(TreeItem::getData).map(GroupNode.class::cast)
                .filter(g -> g.key().equals(key)).findFirst().orElseThrow(() -> new AssertionError(key));
    }

    private List<Object> shownAll() {
        UiSupport.spin();
        viewer.expandAll();
        UiSupport.spin();
        return UiSupport.shown(viewer.getTree().getItems());
    }

    @Test
    void headingsWithCountsFromTheModel() {
        List<String> headings = Arrays.stream(viewer.getTree().getItems()).map(TreeItem::getText).toList();
        assertEquals("Feuille de route (" + (model.getFeuillesDeRoute().size() + model.getPrs().size()
                + model.getBonnesPratiques().size()) + ")", headings.get(0));
        assertEquals("Dispositifs (" + model.getDispositifs().size() + ")", headings.get(1));
        assertEquals("Territoire (" + (model.getRegions().size() + model.getEpcis().size() + model.getQpvs().size()
                + model.getGroupements().size() + model.getReferenceData().size()) + ")", headings.get(2));
        assertTrue(headings.get(3).startsWith("Financements ("), headings.toString());
        assertEquals("Instances (" + model.getInstances().size() + ")", headings.get(4));

        // Dispositifs by kind, with the kinds' French names.
        Map<EClass, Long> kinds = model.getDispositifs().stream()
                .collect(Collectors.groupingBy(Dispositif::eClass, LinkedHashMap::new, Collectors.counting()));
        List<String> expectedKinds = kinds.entrySet().stream().map(e -> kindName(e.getKey()) + " (" + e.getValue()
                + ")").toList();
        List<String> shownKinds = heading("dispositifs").children().stream().map(this::text).toList();
        assertEquals(expectedKinds, shownKinds);
        assertTrue(shownKinds.stream().anyMatch(k -> k.startsWith("Contrat de ville (")), shownKinds.toString());

        // Chantiers by theme.
        FeuilleDeRoute feuille = model.getFeuillesDeRoute().get(0);
        Set<String> themes = feuille.getChantiers().stream().map(c -> c.getTheme() == null ? "Sans thème"
                : c.getTheme().strip()).collect(Collectors.toCollection(LinkedHashSet::new));
        List<String> shownThemes = Arrays.stream(((ITreeContentProvider) viewer.getContentProvider())
                .getChildren(feuille)).map(g -> ((GroupNode) g).label()).toList();
        assertEquals(List.copyOf(themes), shownThemes);
        List<Object> all = shownAll();
        assertTrue(all.containsAll(feuille.getChantiers()), "every chantier is shown under its theme");
        assertTrue(all.containsAll(model.getQpvs()), "every QPV is shown under Territoire");
    }

    private static String kindName(EClass eClass) {
        return switch (eClass.getName()) {
        case "Cls" -> "CLS";
        case "ContratDeVille" -> "Contrat de ville";
        case "Pass" -> "PASS";
        case "Dac" -> "DAC";
        case "Cpts" -> "CPTS";
        case "Msp" -> "MSP";
        default -> eClass.getName();
        };
    }

    @Test
    void filterShowsTheMatchesAndTheirAncestors() {
        view.getFilterBar().setFilterText("navarre");
        UiSupport.spin();
        List<Object> shown = shownAll();
        Set<Object> expected = new LinkedHashSet<>();
        for (TreeIterator<EObject> it = model.eAllContents(); it.hasNext();) {
            EObject element = it.next();
            // A séance's frozen state (its element states and gaps) is data of the snapshot, not shown as elements.
            if (element instanceof Element
                    && text(element).toLowerCase(Locale.ROOT).contains("navarre")) {
                expected.add(element);
            }
        }
        assertFalse(expected.isEmpty(), "the Eure example has the QPV Navarre");
        Set<Object> matches = shown.stream().filter(e -> !(e instanceof GroupNode))
                .filter(e -> text(e).toLowerCase(Locale.ROOT).contains("navarre"))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        assertEquals(expected, matches);
        for (Object element : shown) {
            boolean match = text(element).toLowerCase(Locale.ROOT).contains("navarre");
            assertTrue(match || hasMatchBelow(element, expected), "shown only as an ancestor: " + text(element));
        }
        view.getFilterBar().setFilterText("");
        assertTrue(shownAll().size() > shown.size(), "clearing the filter shows everything again");
    }

    private boolean hasMatchBelow(Object element, Set<Object> matches) {
        ITreeContentProvider contents = (ITreeContentProvider) viewer.getContentProvider();
        for (Object match : matches) {
            for (Object p = contents.getParent(match); p != null; p = contents.getParent(p)) {
                if (p.equals(element)) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void filterIgnoresAccentsAndCase() {
        Chantier chantier = model.getFeuillesDeRoute().get(0).getChantiers().get(0);
        UiSupport.execute(document, SetCommand.create(document.getEditingDomain(), chantier,
                org.maillage.model.MaillagePackage.Literals.ELEMENT__NOM, "Médiation en santé"));
        view.getFilterBar().setFilterText("mediation");
        List<Object> shown = shownAll();
        assertTrue(shown.contains(chantier), "\"mediation\" finds \"Médiation\"");
        view.getFilterBar().setFilterText("MÉDIATION");
        assertEquals(shown, shownAll(), "case and accents aside");
        view.getFilterBar().setFilterText("evreux");
        assertTrue(shownAll().stream().anyMatch(e -> text(e).contains("Évreux")), "\"evreux\" finds \"Évreux\"");
    }

    @Test
    void countsAndLabelsFollowEveryCommandAtOnce() {
        int before = model.getDispositifs().size();
        assertEquals("Dispositifs (" + before + ")", text(heading("dispositifs")));
        Cls cls = org.maillage.model.dispositif.DispositifFactory.eINSTANCE.createCls();
        cls.setUuid("cls-test-live-count");
        cls.setNom("CLS de Louviers");
        // As the diagram's palette does: a command on the roadmap's stack, no save.
        document.getCommandStack().execute(AddCommand.create(document.getEditingDomain(), model,
                org.maillage.model.MaillagePackage.Literals.MODELE_MAILLAGE__DISPOSITIFS, cls));
        UiSupport.spin();
        assertEquals("Dispositifs (" + (before + 1) + ")", viewer.getTree().getItem(1).getText(),
                "the count follows the creation at once");
        assertTrue(shownAll().contains(cls));

        document.getCommandStack().execute(SetCommand.create(document.getEditingDomain(), cls,
                org.maillage.model.MaillagePackage.Literals.ELEMENT__NOM, "CLS de Louviers-Val de Reuil"));
        UiSupport.spin();
        TreeItem item = find(viewer.getTree().getItems(), cls);
        assertNotNull(item);
        assertTrue(item.getText().contains("Louviers-Val de Reuil"), "renamed at once: " + item.getText());

        document.getCommandStack().undo();
        document.getCommandStack().undo();
        UiSupport.spin();
        assertEquals("Dispositifs (" + before + ")", viewer.getTree().getItem(1).getText(), "and its undo");
    }

    private static TreeItem find(TreeItem[] items, Object data) {
        for (TreeItem item : items) {
            if (item.getData() == data) {
                return item;
            }
            TreeItem below = find(item.getItems(), data);
            if (below != null) {
                return below;
            }
        }
        return null;
    }

    @Test
    void onlyLateChantiersAndItFollowsChanges() {
        view.getFilterBar().setOnlyLate(true);
        UiSupport.spin();
        Set<Chantier> late = lateChantiers();
        assertFalse(late.isEmpty(), "the Eure example has a late chantier");
        assertEquals(late, chantiersShown());

        // A late chantier marked done in the form leaves the list at once.
        Chantier done = late.iterator().next();
        UiSupport.execute(document, SetCommand.create(document.getEditingDomain(), done,
                PlanPackage.Literals.CHANTIER__STATUT, StatutChantier.TERMINE));
        assertFalse(chantiersShown().contains(done), "a chantier marked done no longer shows");
        assertEquals(lateChantiers(), chantiersShown());
        document.getCommandStack().undo();
        assertTrue(chantiersShown().contains(done), "undo shows it again");
    }

    private Set<Chantier> chantiersShown() {
        return shownAll().stream().filter(Chantier.class::isInstance).map(Chantier.class::cast)
                .collect(Collectors.toSet());
    }

    /** Late by the one definition of the figures (docs/figures.md), judged today as the explorer does. */
    private Set<Chantier> lateChantiers() {
        LocalDate today = LocalDate.now();
        return model.getFeuillesDeRoute().stream().flatMap(f -> f.getChantiers().stream())
                .filter(c -> Figures.enRetard(c, today)).collect(Collectors.toSet());
    }

    @Test
    void onlyMyDepartementHidesTheNeighbours() {
        Region region = model.getRegions().get(0);
        Departement voisin = TerritoireFactory.eINSTANCE.createDepartement();
        voisin.setCode("76");
        voisin.setNom("Seine-Maritime");
        UiSupport.execute(document, AddCommand.create(document.getEditingDomain(), region,
                TerritoirePackage.Literals.REGION__DEPARTEMENTS, voisin));
        assertTrue(shownAll().contains(voisin), "shown without the toggle");
        assertEquals("mon département (Eure)", view.getFilterBar().departementToggleText());

        view.getFilterBar().setOnlyDepartement(true);
        List<Object> shown = shownAll();
        assertFalse(shown.contains(voisin), "the neighbour is hidden");
        assertTrue(shown.contains(model.getFeuillesDeRoute().get(0).getDepartement()), "the Eure is shown");
        assertTrue(shown.containsAll(model.getFeuillesDeRoute().get(0).getChantiers()), "chantiers are kept");
    }

    @Test
    void newChildDeleteAndUndoFromTheContextMenu() {
        FeuilleDeRoute feuille = model.getFeuillesDeRoute().get(0);
        int before = feuille.getChantiers().size();
        viewer.setSelection(new StructuredSelection(feuille), true);
        IAction create = action(menu().find(ExplorerMenu.NEW_CHILD_MENU), "Chantier");
        create.run();
        UiSupport.spin();
        assertEquals(before + 1, feuille.getChantiers().size());
        Chantier created = feuille.getChantiers().get(before);
        assertSame(created, viewer.getStructuredSelection().getFirstElement(), "the new chantier is selected");
        assertTrue(editor.isDirty());

        IAction delete = action(menu(), "Supprimer");
        assertTrue(delete.isEnabled());
        delete.run();
        UiSupport.spin();
        assertEquals(before, feuille.getChantiers().size());
        assertFalse(shownAll().contains(created));

        document.getCommandStack().undo();
        UiSupport.spin();
        assertEquals(before + 1, feuille.getChantiers().size(), "undo brings the chantier back");
        assertTrue(shownAll().contains(created));
        document.getCommandStack().undo();
        UiSupport.spin();
        assertEquals(before, feuille.getChantiers().size());
        assertFalse(editor.isDirty(), "back to the saved state");
    }

    private MenuManager menu() {
        MenuManager menu = new MenuManager();
        view.fillContextMenu(menu);
        return menu;
    }

    private static IAction action(IContributionItem container, String text) {
        IContributionItem[] items = container instanceof MenuManager manager ? manager.getItems()
                : new IContributionItem[0];
        for (IContributionItem item : items) {
            if (item instanceof ActionContributionItem actionItem
                    && actionItem.getAction().getText().replace("&", "").startsWith(text)) {
                return actionItem.getAction();
            }
        }
        throw new AssertionError("no action " + text + " in " + Arrays.stream(items)
                .map(i -> i instanceof ActionContributionItem a ? a.getAction().getText() : i.getId()).toList());
    }

    @Test
    void dragAndDropMovesThroughUndoableCommands() {
        Cls cls = model.getDispositifs().stream().filter(Cls.class::isInstance).map(Cls.class::cast)
                .filter(c -> c.getAxes().size() >= 2 && c.getAxes().stream().anyMatch(a -> !a.getFichesActions()
                        .isEmpty())).findFirst().orElseThrow(() -> new AssertionError("a CLS with two axes"));
        Axe from = cls.getAxes().stream().filter(a -> !a.getFichesActions().isEmpty()).findFirst().orElseThrow();
        Axe to = cls.getAxes().stream().filter(a -> a != from).findFirst().orElseThrow();
        FicheAction fiche = from.getFichesActions().get(0);
        UiSupport.execute(document, view.getDropAdapter().command(to, ViewerDropAdapter.LOCATION_ON, DND.DROP_MOVE,
                List.of(fiche)));
        assertSame(to, fiche.getAxe(), "the fiche action moved to the other axe");
        document.getCommandStack().undo();
        assertSame(from, fiche.getAxe(), "undo puts it back");

        List<Chantier> chantiers = model.getFeuillesDeRoute().get(0).getChantiers();
        Chantier last = chantiers.get(chantiers.size() - 1);
        Chantier first = chantiers.get(0);
        UiSupport.execute(document, view.getDropAdapter().command(first, ViewerDropAdapter.LOCATION_BEFORE,
                DND.DROP_MOVE, List.of(last)));
        assertSame(last, chantiers.get(0), "dropped before the first chantier");
        document.getCommandStack().undo();
        assertSame(first, chantiers.get(0));
        assertNotNull(view.getDropAdapter());
        assertFalse(view.getDropAdapter().command(heading("dispositifs"), ViewerDropAdapter.LOCATION_ON,
                DND.DROP_MOVE, List.of(last)).canExecute(), "headings are not drop targets");
    }

    private List<String> texts(List<?> elements) {
        return elements.stream().map(((ILabelProvider) viewer.getLabelProvider())::getText).toList();
    }

    private List<String> newChildTexts(GroupNode heading) {
        viewer.setSelection(new StructuredSelection(heading), true);
        MenuManager menu = new MenuManager();
        view.fillContextMenu(menu);
        IContributionItem newChild = menu.find(ExplorerMenu.NEW_CHILD_MENU);
        assertNotNull(newChild, "a Nouvel enfant menu");
        return Arrays.stream(((MenuManager) newChild).getItems()).filter(ActionContributionItem.class::isInstance)
                .map(i -> ((ActionContributionItem) i).getAction().getText().replace("&", "")).toList();
    }

    @Test
    void pluginKindIsListedUnderItsGroupAndCreatedFromItsMenu() throws Exception {
        Dispositif reseau = (Dispositif) EcoreUtil.create(GreffonPackage.RESEAU_ESSAI);
        reseau.setNom("Réseau du Vexin");
        UiSupport.execute(document, AddCommand.create(document.getEditingDomain(), model,
                MaillagePackage.Literals.MODELE_MAILLAGE__DISPOSITIFS, reseau));

        List<String> instances = texts(heading("instances").children());
        assertTrue(instances.contains("Réseau d'essai (1)"), instances.toString());
        List<String> dispositifs = texts(heading("dispositifs").children());
        assertFalse(dispositifs.stream().anyMatch(k -> k.startsWith("Réseau d'essai")), dispositifs.toString());
        assertTrue(dispositifs.stream().anyMatch(k -> k.startsWith("CLS (")), dispositifs.toString());

        List<String> underInstances = newChildTexts(heading("instances"));
        assertTrue(underInstances.contains("Réseau d'essai"), underInstances.toString());
        List<String> underDispositifs = newChildTexts(heading("dispositifs"));
        assertFalse(underDispositifs.contains("Réseau d'essai"), underDispositifs.toString());
        assertTrue(underDispositifs.contains("CLS"), underDispositifs.toString());

        int before = model.getDispositifs().size();
        viewer.setSelection(new StructuredSelection(heading("instances")), true);
        MenuManager menu = new MenuManager();
        view.fillContextMenu(menu);
        Arrays.stream(((MenuManager) menu.find(ExplorerMenu.NEW_CHILD_MENU)).getItems())
                .map(i -> ((ActionContributionItem) i).getAction())
                .filter(a -> a.getText().replace("&", "").equals("Réseau d'essai")).findFirst().orElseThrow().run();
        UiSupport.spin();
        assertEquals(before + 1, model.getDispositifs().size());
        assertSame(GreffonPackage.RESEAU_ESSAI, model.getDispositifs().get(before).eClass());
        assertTrue(texts(heading("instances").children()).contains("Réseau d'essai (2)"));
        viewer.expandToLevel(heading("instances"), 2);
        UiSupport.spin();
        UiSupport.screenshot(view.getSite().getShell(), Path.of("target", "screenshots", "explorer-plugin-kind.png"));
    }
}
