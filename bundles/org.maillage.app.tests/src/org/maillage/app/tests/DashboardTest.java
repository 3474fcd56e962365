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
import static org.maillage.app.tests.EditorTestSupport.all;
import static org.maillage.app.tests.EditorTestSupport.spin;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.eclipse.ui.forms.widgets.Section;
import org.eclipse.ui.forms.widgets.ToggleHyperlink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.maillage.model.Element;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.edit.RoadmapDocument;
import org.maillage.model.edit.seance.SeanceBrief;
import org.maillage.model.figures.Figure;
import org.maillage.model.figures.Figures;
import org.maillage.model.figures.Gap;
import org.maillage.model.instance.Instance;
import org.maillage.model.instance.InstancePackage;
import org.maillage.model.instance.TypeInstance;
import org.maillage.model.plan.Chantier;
import org.maillage.model.plan.PlanPackage;
import org.maillage.model.plan.StatutChantier;
import org.maillage.roadmap.ui.internal.DashboardSections;
import org.maillage.roadmap.ui.internal.OverviewPage;
import org.maillage.roadmap.ui.internal.RoadmapEditor;

/**
 * Covered cases: the editor opens on the dashboard; on the Eure example it shows every key figure with the value
 * of {@link Figures} and its trend since the frozen June 2024 séance, the late chantiers as links in the order of
 * {@link SeanceBrief#lateChantiers()}, the open gaps grouped by rule with their counts (names shown when a rule is
 * unfolded), the decisions of June with what became of them, the number of changes, and the file; a chantier set
 * to "En retard" through an EMF command updates the dashboard without saving (one more late chantier, and it is
 * listed); several commands in a row are recomputed once; clicking a late chantier opens its form on the
 * "Éléments" page and makes it the editor's selection; with no CTS séance left the dashboard says so in French.
 * A screenshot of the dashboard before and after the edit is kept in target/screenshots.
 */
class DashboardTest {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @AfterEach
    void closeEditor() {
        EditorTestSupport.closeTemporaryEditors();
    }

    private static Section section(OverviewPage page, String part) {
        Section section = page.getSections().sections().get(part);
        assertNotNull(section, part);
        return section;
    }

    private static String figureText(OverviewPage page, String key, String id) {
        Label label = EditorTestSupport.find(section(page, "figures"), Label.class, l -> id.equals(l.getData(key)));
        assertNotNull(label, "the dashboard shows " + id);
        assertTrue(label.getSize().y > 0 && label.getParent().getSize().x > 0,
                id + " is laid out, not only made: " + label.getBounds() + " in " + label.getParent().getBounds());
        return label.getText();
    }

    private static List<Object> links(Section section) {
        return all(section, Hyperlink.class).stream().map(Hyperlink::getHref).collect(Collectors.toList());
    }

    /** @return the texts shown in a section, no-break spaces as plain ones */
    private static String texts(Section section) {
        List<String> texts = new ArrayList<>();
        all(section, Label.class).forEach(l -> texts.add(l.getText()));
        all(section, Hyperlink.class).forEach(l -> texts.add(l.getText()));
        return plain(String.join("\n", texts));
    }

    private static String plain(String text) {
        return text.replace('\u00a0', ' ');
    }

    @Test
    void showsTheBriefAndFollowsEditsWithoutSaving() throws Exception {
        RoadmapEditor editor = EditorTestSupport.openEureCopy();
        Path file = editor.getDocument().getFile();
        byte[] saved = Files.readAllBytes(file);
        OverviewPage page = editor.getOverviewPage();
        assertSame(page, editor.getSelectedPage(), "the editor opens on the dashboard");
        ModeleMaillage model = editor.getDocument().getModel();
        SeanceBrief brief = new SeanceBrief(model, LocalDate.now());
        String june = brief.lastFrozen().orElseThrow().getDate().format(DATE);
        assertEquals("20/06/2024", june, "the Eure example's June séance is frozen");
        EditorTestSupport.capture(page.getForm(), "tableau-de-bord");

        NumberFormat numbers = NumberFormat.getIntegerInstance();
        for (SeanceBrief.Trend trend : brief.trends()) {
            Figure figure = trend.figure();
            assertEquals(numbers.format(figure.value()), figureText(page, DashboardSections.FIGURE, figure.id()),
                    figure.id());
            String change = figureText(page, DashboardSections.TREND, figure.id());
            long delta = trend.delta().longValueExact();
            assertEquals(delta == 0 ? "inchangé" : (delta > 0 ? "+" : "\u2212") + numbers.format(Math.abs(delta)),
                    change, figure.id());
        }
        List<Chantier> late = brief.lateChantiers();
        assertEquals(late.size(), brief.figures().chantiersEnRetard().size());
        assertEquals(late, links(section(page, "late")), "the late chantiers, in the reports' order");
        assertEquals("Chantiers en retard (" + late.size() + ")", section(page, "late").getText());

        Map<String, List<Element>> gaps = brief.openGaps();
        List<ExpandableComposite> groups = all(section(page, "gaps"), ExpandableComposite.class).stream()
                .filter(g -> !(g instanceof Section)).toList();
        assertEquals(gaps.size(), groups.size(), "one group per rule");
        int i = 0;
        for (Map.Entry<String, List<Element>> rule : gaps.entrySet()) {
            String title = plain(groups.get(i++).getText());
            assertTrue(title.endsWith(" : " + rule.getValue().size()), title);
            if (rule.getKey().equals(Gap.COMMUNE_HORS_CPTS)) {
                assertEquals("Communes hors de toute CPTS : " + rule.getValue().size(), title,
                        "named as the key figure that counts them");
            }
        }
        unfold(groups.get(0), gaps.values().iterator().next());

        assertEquals(brief.decisions().stream().map(SeanceBrief.FollowUp::decision).toList(),
                links(section(page, "decisions")));
        String decisions = texts(section(page, "decisions"));
        for (SeanceBrief.FollowUp followUp : brief.decisions()) {
            assertTrue(decisions.contains(SeanceBrief.label(followUp.state())), decisions);
        }
        assertEquals("Changements depuis la séance du " + june + " (" + brief.changes().size() + ")",
                section(page, "changes").getText());
        assertTrue(texts(section(page, "file")).replace("\u200B", "").contains(file.toString()),
                texts(section(page, "file")));
        assertTrue(texts(section(page, "next")).contains("Aucune séance du CTS n'est prévue"),
                "no séance after today in the example: " + texts(section(page, "next")));

        // A chantier that is not late is set to "En retard", as the form's combo would do. The example's deadlines
        // are in 2024: the chantier's is moved a year from now first, so that it is not late before.
        RoadmapDocument document = editor.getDocument();
        Chantier chantier = model.getFeuillesDeRoute().get(0).getChantiers().stream()
                .filter(c -> c.getStatut() == StatutChantier.EN_COURS).findFirst().orElseThrow();
        if (Figures.enRetard(chantier, LocalDate.now())) {
            int before = page.refreshCount();
            document.getCommandStack().execute(SetCommand.create(document.getEditingDomain(), chantier,
                    PlanPackage.Literals.CHANTIER__ECHEANCE, LocalDate.now().plusYears(1)));
            UiSupport.waitUntil("the dashboard's update", () -> page.refreshCount() > before);
        }
        int lateBefore = new SeanceBrief(model, LocalDate.now()).lateChantiers().size();
        assertEquals(numbers.format(lateBefore), figureText(page, DashboardSections.FIGURE, "chantiers-en-retard"));
        assertFalse(links(section(page, "late")).contains(chantier));
        document.getCommandStack().execute(SetCommand.create(document.getEditingDomain(), chantier,
                PlanPackage.Literals.CHANTIER__STATUT, StatutChantier.EN_RETARD));
        UiSupport.waitUntil("the dashboard's update", () -> !figureText(page, DashboardSections.FIGURE,
                "chantiers-en-retard").equals(numbers.format(lateBefore)));
        assertEquals(numbers.format(lateBefore + 1),
                figureText(page, DashboardSections.FIGURE, "chantiers-en-retard"));
        assertTrue(links(section(page, "late")).contains(chantier), "the chantier is listed as late");
        assertTrue(document.isDirty(), "not saved");
        assertEquals(new String(saved), new String(Files.readAllBytes(file)), "the file is untouched");
        EditorTestSupport.capture(page.getForm(), "tableau-de-bord-apres");

        // A burst of changes is recomputed once, after it.
        int refreshes = page.refreshCount();
        for (int progress = 10; progress <= 50; progress += 10) {
            document.getCommandStack().execute(SetCommand.create(document.getEditingDomain(), chantier,
                    PlanPackage.Literals.CHANTIER__AVANCEMENT, progress));
        }
        UiSupport.waitUntil("the recomputation", () -> page.refreshCount() > refreshes);
        spin();
        assertEquals(refreshes + 1, page.refreshCount(), "five commands in a row, one recomputation");

        // Clicking the late chantier's line opens it.
        Hyperlink line = EditorTestSupport.find(section(page, "late"), Hyperlink.class,
                l -> l.getHref() == chantier);
        Event enter = new Event();
        enter.character = '\r';
        line.notifyListeners(SWT.KeyDown, enter);
        spin();
        assertSame(editor.getElementsPage(), editor.getSelectedPage(), "the Éléments page is shown");
        assertSame(chantier, editor.getElementsPage().getDetails().getElement(), "with the chantier's form");
        assertSame(chantier, ((IStructuredSelection) editor.getSite().getSelectionProvider().getSelection())
                .getFirstElement(), "the chantier is the editor's selection");

        // Edited while the Éléments page is shown: the dashboard catches up when it is shown again.
        int hidden = page.refreshCount();
        document.getCommandStack().execute(SetCommand.create(document.getEditingDomain(), chantier,
                PlanPackage.Literals.CHANTIER__STATUT, StatutChantier.TERMINE));
        spin();
        assertEquals(hidden, page.refreshCount(), "not recomputed while hidden");
        editor.setActivePage("overview");
        spin();
        assertEquals(numbers.format(lateBefore), figureText(page, DashboardSections.FIGURE, "chantiers-en-retard"));
        assertFalse(links(section(page, "late")).contains(chantier));
    }

    /** Unfolds a group of gaps as a click on its twistie does, and checks the names shown. */
    private static void unfold(ExpandableComposite group, List<Element> elements) {
        ToggleHyperlink twistie = EditorTestSupport.find(group, ToggleHyperlink.class, t -> true);
        Event enter = new Event();
        enter.character = '\r';
        twistie.notifyListeners(SWT.KeyDown, enter);
        spin();
        assertTrue(group.isExpanded());
        List<Object> names = all(group, Hyperlink.class).stream().map(Hyperlink::getHref).toList();
        assertEquals(elements.subList(0, Math.min(20, elements.size())), names, "the first names, as links");
    }

    @Test
    void saysSoWhenThereIsNoSeance() throws Exception {
        RoadmapEditor editor = EditorTestSupport.openEureCopy();
        RoadmapDocument document = editor.getDocument();
        OverviewPage page = editor.getOverviewPage();
        CompoundCommand removeAll = new CompoundCommand();
        for (Instance instance : document.getModel().getInstances()) {
            if (instance.getType() == TypeInstance.CTS_PLENIERE && !instance.getSeances().isEmpty()) {
                removeAll.append(RemoveCommand.create(document.getEditingDomain(), instance,
                        InstancePackage.Literals.INSTANCE__SEANCES, List.copyOf(instance.getSeances())));
            }
        }
        int refreshes = page.refreshCount();
        document.getCommandStack().execute(removeAll);
        UiSupport.waitUntil("the dashboard's update", () -> page.refreshCount() > refreshes);
        assertTrue(texts(section(page, "next")).contains("Cette feuille de route n'a aucune séance du CTS"),
                texts(section(page, "next")));
        assertTrue(texts(section(page, "decisions")).contains("Aucune séance du CTS n'est encore figée"),
                texts(section(page, "decisions")));
        assertTrue(texts(section(page, "changes")).contains("Aucune séance du CTS n'est encore figée"));
        assertTrue(texts(section(page, "figures")).contains("les évolutions s'afficheront"));
        assertEquals("", figureText(page, DashboardSections.TREND, "chantiers-en-retard"), "no trend");
    }
}
