/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.maillage.app.tests.EditorTestSupport.answerNextDialog;
import static org.maillage.app.tests.EditorTestSupport.capture;
import static org.maillage.app.tests.EditorTestSupport.page;
import static org.maillage.app.tests.EditorTestSupport.spin;

import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.commands.NotHandledException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertySheet;
import org.eclipse.ui.views.properties.tabbed.ITabDescriptor;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;
import org.eclipse.ui.forms.widgets.Section;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.maillage.app.MaillageUi;
import org.maillage.app.internal.RoadmapView;
import org.maillage.edit.ui.ChoiceDialog;
import org.maillage.edit.ui.PropertySheets;
import org.maillage.edit.ui.PropertyValues;
import org.maillage.model.Element;
import org.maillage.model.MaillagePackage;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.dispositif.Cls;
import org.maillage.model.dispositif.DispositifPackage;
import org.maillage.model.financement.FinancementPackage;
import org.maillage.model.organisation.Organisation;
import org.maillage.model.plan.Chantier;
import org.maillage.model.plan.PlanPackage;
import org.maillage.model.plan.StatutChantier;
import org.maillage.model.provider.MaillageEditPlugin;
import org.maillage.model.resource.MaillageFiles;
import org.maillage.roadmap.ui.internal.RoadmapEditor;

/**
 * Covered cases: a chantier selected in the model explorer shows its form in the editor; changing its status in
 * the form's combo (French literals) changes the model and makes the editor dirty; the workbench's Undo and Redo
 * commands undo and redo it, and the combo follows; saving writes it and the file read back from disk has it;
 * a number or a date typed wrong (a progress outside 0-100 % too) is refused with a French message, kept in the
 * field, shown in full under it (wrapped, never cut); a CLS's fin before its début (or a début after its fin) is
 * refused the same way; and the model is untouched until it is corrected; the pilote is chosen in a dialog by typing part of its name; the Properties view shows a
 * chantier selected in the explorer in French tabs (Général with its attributes, Relations with the pilote,
 * Sources with the description and cited sources), and
 * its name typed in the Général tab changes the model through the command stack (undo restores it and the field);
 * the editor gives the tabbed page too;
 * closing with unsaved changes asks
 * (cancel keeps the editor open, "don't save" closes it and leaves the file as it was); a CLS shows its sections
 * and its axes. Screenshots of the chantier and CLS forms and of the Properties view are kept in target/screenshots.
 */
class EditingTest {

    private RoadmapEditor editor;

    @AfterEach
    void closeEditor() {
        EditorTestSupport.closeTemporaryEditors();
    }

    private static Chantier firstChantier(ModeleMaillage model) {
        return model.getFeuillesDeRoute().get(0).getChantiers().get(0);
    }

    private static void runCommand(String id) throws Exception {
        IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
        try {
            handlers.executeCommand(id, null);
        } catch (NotHandledException e) {
            throw new AssertionError("the workbench has no active handler for " + id, e);
        }
        spin();
    }

    private static void select(Combo combo, String text) {
        int index = Arrays.asList(combo.getItems()).indexOf(text);
        assertTrue(index >= 0, text + " is offered: " + Arrays.toString(combo.getItems()));
        combo.select(index);
        combo.notifyListeners(SWT.Selection, new Event());
        spin();
    }

    private static void type(Text text, String value) {
        text.setFocus();
        text.setText(value);
        text.notifyListeners(SWT.FocusOut, new Event());
        spin();
    }

    @Test
    void statusChangedInTheFormIsUndoneRedoneAndSaved() throws Exception {
        editor = EditorTestSupport.openEureCopy();
        Path file = editor.getDocument().getFile();
        Chantier chantier = firstChantier(editor.getDocument().getModel());
        StatutChantier before = chantier.getStatut();
        StatutChantier after = before == StatutChantier.EN_RETARD ? StatutChantier.TERMINE : StatutChantier.EN_RETARD;

        RoadmapView explorer = (RoadmapView) page().showView(MaillageUi.ROADMAP_VIEW_ID);
        explorer.getViewer().setSelection(new StructuredSelection(chantier), true);
        spin();
        assertSame(chantier, editor.getElementsPage().getDetails().getElement(),
                "the explorer's selection shows the chantier's form");

        page().activate(editor);
        Combo statut = (Combo) editor.getElementsPage().getDetails().control(PlanPackage.Literals.CHANTIER__STATUT);
        assertEquals("En retard", literal(StatutChantier.EN_RETARD), "the test runs in French");
        assertEquals(literal(before), statut.getText(), "the combo shows the status in French");
        AtomicInteger dirtyEvents = new AtomicInteger();
        editor.addPropertyListener((source, property) -> dirtyEvents.incrementAndGet());
        select(statut, literal(after));
        assertEquals(after, chantier.getStatut());
        assertTrue(editor.isDirty());
        assertTrue(dirtyEvents.get() > 0, "the workbench is told, so the tab shows the asterisk");

        runCommand(IWorkbenchCommandConstants.EDIT_UNDO);
        assertEquals(before, chantier.getStatut(), "undone");
        assertEquals(literal(before), statut.getText(), "the form follows the undo");
        assertFalse(editor.isDirty(), "back to the saved state");

        runCommand(IWorkbenchCommandConstants.EDIT_REDO);
        assertEquals(after, chantier.getStatut(), "redone");
        assertEquals(literal(after), statut.getText());

        runCommand(IWorkbenchCommandConstants.FILE_SAVE);
        assertFalse(editor.isDirty());
        Chantier reread = (Chantier) find(MaillageFiles.load(file), chantier.getUuid());
        assertEquals(after, reread.getStatut(), "the value read back from the file");
    }

    @Test
    void wrongNumbersAndDatesAreRefusedWithAMessageAndKept() throws Exception {
        editor = EditorTestSupport.openEureCopy();
        Chantier chantier = firstChantier(editor.getDocument().getModel());
        editor.showElement(chantier);
        spin();
        int avancement = chantier.getAvancement();
        Text field = (Text) editor.getElementsPage().getDetails().control(PlanPackage.Literals.CHANTIER__AVANCEMENT);

        type(field, "beaucoup");
        assertEquals(avancement, chantier.getAvancement(), "nothing set");
        assertFalse(editor.isDirty());
        assertEquals("beaucoup", field.getText(), "what was typed is kept, not lost");
        String message = editor.getElementsPage().getManagedForm().getForm().getMessage();
        assertNotNull(message, "the form says what is wrong");
        assertTrue(message.contains("« beaucoup » n'est pas un nombre entier"), message);

        type(field, "120");
        assertEquals(avancement, chantier.getAvancement(), "a progress above 100 % is refused");
        message = editor.getElementsPage().getManagedForm().getForm().getMessage();
        assertEquals("Avancement (%) : « 120 » n'est pas un pourcentage : écrivez un nombre entier de 0 à 100.",
                message, "the whole message, naming the field");
        Label full = errorLine(field);
        assertEquals(message, full.getText(), "the message in full under the field");
        assertTrue(full.isVisible() && full.getSize().x > 0, "shown");
        assertTrue(full.getSize().y >= full.computeSize(full.getSize().x, SWT.DEFAULT).y, "not cut: wrapped");
        assertTrue(full.getBounds().x + full.getSize().x <= full.getParent().getClientArea().width,
                "within the form's width");
        type(field, "-5");
        assertEquals(avancement, chantier.getAvancement(), "a negative progress is refused");

        type(field, "45");
        assertEquals(45, chantier.getAvancement());
        assertEquals("« -3 000,50 » est négatif : un montant ne peut pas être négatif.",
                PropertyValues.validate(FinancementPackage.Literals.FINANCEMENT__MONTANT, "-3 000,50"));
        assertNull(PropertyValues.validate(FinancementPackage.Literals.FINANCEMENT__MONTANT, "0"));
        assertNull(editor.getElementsPage().getManagedForm().getForm().getMessage(), "the message goes away");
        assertTrue(Arrays.stream(field.getParent().getChildren()).noneMatch(c -> c.getData(ERROR_LINE) != null),
                "and the line under the field too");

        Text echeance = (Text) editor.getElementsPage().getDetails().control(PlanPackage.Literals.CHANTIER__ECHEANCE);
        type(echeance, "31/02/2027");
        assertTrue(editor.getElementsPage().getManagedForm().getForm().getMessage().contains("JJ/MM/AAAA"));
        type(echeance, "15/03/2027");
        assertEquals(LocalDate.of(2027, 3, 15), chantier.getEcheance());
        assertEquals("15/03/2027", echeance.getText());
    }

    @Test
    void piloteIsChosenBySearching() throws Exception {
        editor = EditorTestSupport.openEureCopy();
        ModeleMaillage model = editor.getDocument().getModel();
        Chantier chantier = firstChantier(model);
        Organisation target = model.getOrganisations().stream().filter(o -> o != chantier.getPilote())
                .findFirst().orElseThrow();
        editor.showElement(chantier);
        spin();
        Text summary = (Text) editor.getElementsPage().getDetails().control(PlanPackage.Literals.CHANTIER__PILOTE);
        Button choose = EditorTestSupport.find(summary.getParent(), Button.class, b -> true);

        String[] seen = new String[1];
        Display.getCurrent().timerExec(200, () -> {
            ChoiceDialog dialog = openChoiceDialog();
            // Typed the lazy way: lower case, no accents; the filter still finds it.
            String typed = Normalizer.normalize(target.getNom(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                    .toLowerCase(Locale.ROOT);
            dialog.getFilterText().setText(typed.substring(0, Math.min(8, typed.length())));
            seen[0] = String.valueOf(dialog.getViewer().getTable().getItemCount());
            dialog.getViewer().setSelection(new StructuredSelection(target));
            try {
                capture(dialog.getShell(), "dialog-choice");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            EditorTestSupport.find(dialog.getShell(), Button.class, b -> b.getText().equals("OK"))
                    .notifyListeners(SWT.Selection, new Event());
        });
        choose.notifyListeners(SWT.Selection, new Event());
        spin();
        assertSame(target, chantier.getPilote());
        assertTrue(Integer.parseInt(seen[0]) >= 1, "the search keeps the matches");
        assertTrue(summary.getText().contains(target.getNom()), summary.getText());
        editor.getDocument().getCommandStack().undo();
        spin();
        assertNotEquals(target, chantier.getPilote(), "the choice is one undoable command");
    }

    private static ChoiceDialog openChoiceDialog() {
        for (Shell shell : Display.getCurrent().getShells()) {
            if (shell.getData() instanceof ChoiceDialog dialog && shell.isVisible()) {
                return dialog;
            }
        }
        throw new AssertionError("no choice dialog open");
    }

    @Test
    void propertiesViewShowsTabsAndEditsInFrench() throws Exception {
        editor = EditorTestSupport.openEureCopy();
        Chantier chantier = firstChantier(editor.getDocument().getModel());
        String name = chantier.getNom();
        RoadmapView explorer = (RoadmapView) page().showView(MaillageUi.ROADMAP_VIEW_ID);
        PropertySheet view = (PropertySheet) page().showView(IPageLayout.ID_PROP_SHEET);
        page().activate(explorer);
        StructuredSelection selection = new StructuredSelection(chantier);
        explorer.getViewer().setSelection(selection, true);
        spin();
        assertEquals("Propriétés", view.getPartName(), "the view itself is French too");
        TabbedPropertySheetPage sheet = (TabbedPropertySheetPage) view.getCurrentPage();
        assertEquals(List.of("Général", "Relations", "Sources"),
                Arrays.stream(sheet.getActiveTabs()).map(ITabDescriptor::getLabel).toList());
        assertTrue(sheet.getTitleText(selection).contains(name), sheet.getTitleText(selection));

        sheet.setSelectedTab("org.maillage.properties.relations");
        spin();
        assertTrue(labels(sheet.getControl()).contains("Pilote"), labels(sheet.getControl()).toString());
        sheet.setSelectedTab("org.maillage.properties.sources");
        spin();
        assertTrue(labels(sheet.getControl()).containsAll(List.of("Description", "Sources citées", "Illustratif")),
                labels(sheet.getControl()).toString());
        sheet.setSelectedTab("org.maillage.properties.general");
        spin();
        List<String> general = labels(sheet.getControl());
        assertTrue(general.containsAll(List.of("Nom", "Statut", "Échéance")), general.toString());
        assertFalse(general.contains("Pilote"), "references are in the Relations tab");
        assertFalse(general.contains("UUID"), "no uuid shown to users: " + general);
        if (chantier.getEcheance() != null) {
            assertTrue(fieldAfter(sheet.getControl(), "Échéance").getText().matches("\\d\\d/\\d\\d/\\d{4}"),
                    "dates as JJ/MM/AAAA in the Properties view");
        }
        IWorkbenchPartReference sheetReference = page().getReference(view);
        page().setPartState(sheetReference, IWorkbenchPage.STATE_MAXIMIZED);
        spin();
        capture(view.getSite().getShell(), "properties-chantier");
        sheet.setSelectedTab("org.maillage.properties.relations");
        spin();
        capture(view.getSite().getShell(), "properties-chantier-relations");
        sheet.setSelectedTab("org.maillage.properties.general");
        page().setPartState(sheetReference, IWorkbenchPage.STATE_RESTORED);
        spin();

        Text nom = fieldAfter(sheet.getControl(), "Nom");
        assertEquals(name, nom.getText());
        type(nom, name + " (modifié)");
        assertEquals(name + " (modifié)", chantier.getNom());
        assertTrue(editor.isDirty());
        editor.getDocument().getCommandStack().undo();
        spin();
        assertEquals(name, chantier.getNom());
        assertEquals(name, nom.getText(), "the tab follows the undo");
        assertFalse(editor.isDirty(), "the Properties view edits through the command stack");

        page().activate(editor);
        editor.showElement(chantier);
        spin();
        assertTrue(view.getCurrentPage() instanceof TabbedPropertySheetPage, "the editor gives the tabbed page too");
        IPropertySource source = PropertySheets.sourceOf(chantier);
        assertFalse(Arrays.stream(source.getPropertyDescriptors())
                .anyMatch(d -> d.getId() == MaillagePackage.Literals.ELEMENT__UUID), "no uuid in any Properties view");
        source.setPropertyValue(PlanPackage.Literals.CHANTIER__AVANCEMENT, 77);
        assertEquals(77, chantier.getAvancement(), "the property source of other parts still edits");
        editor.getDocument().getCommandStack().undo();
        page().hideView(view);
    }

    private static final String ERROR_LINE = "org.maillage.edit.ui.internal.FieldErrors";

    /** @return the label right under a field that shows its error */
    private static Label errorLine(Control field) {
        List<Control> siblings = Arrays.asList(field.getParent().getChildren());
        Control next = siblings.get(siblings.indexOf(field) + 1);
        assertTrue(next instanceof Label && next.getData(ERROR_LINE) != null, "an error line under the field");
        return (Label) next;
    }

    @Test
    void clsDatesOutOfOrderAreRefusedInTheForm() throws Exception {
        editor = EditorTestSupport.openEureCopy();
        Cls cls = editor.getDocument().getModel().getDispositifs().stream().filter(Cls.class::isInstance)
                .map(Cls.class::cast).findFirst().orElseThrow();
        editor.showElement(cls);
        spin();
        Text debut = (Text) editor.getElementsPage().getDetails().control(DispositifPackage.Literals.DISPOSITIF__DEBUT);
        Text fin = (Text) editor.getElementsPage().getDetails().control(DispositifPackage.Literals.DISPOSITIF__FIN);
        type(debut, "01/01/2025");
        type(fin, "31/12/2029");
        assertEquals(LocalDate.of(2029, 12, 31), cls.getFin());
        type(fin, "31/12/2020");
        assertEquals(LocalDate.of(2029, 12, 31), cls.getFin(), "a fin before the début is refused");
        String message = editor.getElementsPage().getManagedForm().getForm().getMessage();
        assertNotNull(message);
        assertTrue(message.contains("31/12/2020") && message.contains("01/01/2025"), message);
        assertEquals(message, errorLine(fin).getText());
        type(debut, "01/01/2031");
        assertEquals(LocalDate.of(2025, 1, 1), cls.getDebut(), "a début after the fin is refused");
        type(debut, "01/01/2026");
        type(fin, "31/12/2030");
        assertEquals(LocalDate.of(2026, 1, 1), cls.getDebut());
        assertEquals(LocalDate.of(2030, 12, 31), cls.getFin());
        assertNull(editor.getElementsPage().getManagedForm().getForm().getMessage());
    }

    /** @return the texts of the labels under a control, in order */
    private static List<String> labels(Control control) {
        List<String> texts = new ArrayList<>();
        if (control instanceof Label label && label.isVisible()) {
            texts.add(label.getText());
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                texts.addAll(labels(child));
            }
        }
        return texts;
    }

    /** @return the text field that follows the label with that text */
    private static Text fieldAfter(Control control, String label) {
        if (control instanceof Composite composite) {
            Control[] children = composite.getChildren();
            for (int i = 0; i < children.length; i++) {
                if (children[i] instanceof Label l && l.getText().equals(label) && i + 1 < children.length
                        && children[i + 1] instanceof Text text) {
                    return text;
                }
                Text found = fieldAfter(children[i], label);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    @Test
    void closingWithUnsavedChangesAsks() throws Exception {
        editor = EditorTestSupport.openEureCopy();
        Path file = editor.getDocument().getFile();
        Chantier chantier = firstChantier(editor.getDocument().getModel());
        String name = chantier.getNom();
        editor.showElement(chantier);
        spin();
        Text nom = (Text) editor.getElementsPage().getDetails().control(MaillagePackage.Literals.ELEMENT__NOM);
        type(nom, name + " (modifié)");
        assertTrue(editor.isDirty());

        EditorTestSupport.DialogAnswer cancel = answerNextDialog(t -> t.startsWith("Enregistrer"), "Annuler",
                "dialog-save-on-close");
        assertFalse(page().closeEditor(editor, true), "cancelled");
        assertTrue(cancel.answered);
        assertTrue(cancel.text().contains("modifications non enregistrées"), cancel.text());

        answerNextDialog(t -> t.startsWith("Enregistrer"), "Ne pas enregistrer");
        assertTrue(page().closeEditor(editor, true));
        spin();
        editor = null;
        assertEquals(name, firstChantier(MaillageFiles.load(file)).getNom(), "the file is as it was");
    }

    @Test
    void clsFormShowsItsSectionsAndAxes() throws Exception {
        editor = EditorTestSupport.openEureCopy();
        ModeleMaillage model = editor.getDocument().getModel();
        Cls cls = model.getDispositifs().stream().filter(Cls.class::isInstance).map(Cls.class::cast)
                .filter(c -> !c.getAxes().isEmpty()).findFirst().orElseThrow();
        page().activate(editor);
        IWorkbenchPartReference reference = page().getReference(editor);
        // The editor alone in the window, as a user working on a form would have it, for the screenshots.
        page().setPartState(reference, IWorkbenchPage.STATE_MAXIMIZED);
        try {
            editor.showElement(firstChantier(model));
            spin();
            capture(editor.getElementsPage().getManagedForm().getForm(), "form-chantier");

            editor.showElement(cls);
            spin();
            Combo cycle = (Combo) editor.getElementsPage().getDetails().control(DispositifPackage.Literals.CLS__CYCLE);
            assertNotNull(cycle, "the CLS's cycle is in its form");
            List<String> sections = sectionTitles(editor);
            assertTrue(sections.containsAll(List.of("Contrat", "Acteurs", "Contenu",
                    "Axes stratégiques et fiches actions")), sections.toString());
            capture(editor.getElementsPage().getManagedForm().getForm(), "form-cls");

            editor.showElement(cls.getAxes().get(0).getFichesActions().isEmpty() ? cls.getAxes().get(0)
                    : cls.getAxes().get(0).getFichesActions().get(0));
            spin();
            capture(editor.getElementsPage().getManagedForm().getForm(), "form-fiche-action");
        } finally {
            page().setPartState(reference, IWorkbenchPage.STATE_RESTORED);
            spin();
        }
    }

    private static List<String> sectionTitles(RoadmapEditor editor) {
        return EditorTestSupport.all(editor.getElementsPage().getManagedForm().getForm().getBody(), Section.class)
                .stream().map(Section::getText).toList();
    }

    /** @return the status as users read it, from the model's edit bundle (French under the French locale) */
    private static String literal(StatutChantier statut) {
        return MaillageEditPlugin.INSTANCE.getString("_UI_StatutChantier_" + statut.getName() + "_literal");
    }

    private static EObject find(ModeleMaillage model, String uuid) {
        for (var it = EcoreUtil.<EObject>getAllContents(model, true); it.hasNext();) {
            EObject next = it.next();
            if (next instanceof Element element && uuid.equals(element.getUuid())) {
                return next;
            }
        }
        return null;
    }
}
