/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.MissingResourceException;

import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.DragAndDropCommand;
import org.eclipse.emf.edit.command.DragAndDropFeedback;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maillage.model.MaillageFactory;
import org.maillage.model.MaillagePackage;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.dispositif.Axe;
import org.maillage.model.dispositif.Cls;
import org.maillage.model.dispositif.DispositifFactory;
import org.maillage.model.dispositif.DispositifPackage;
import org.maillage.model.dispositif.FicheAction;
import org.maillage.model.edit.CommandLabels;
import org.maillage.model.edit.MaillageItemProviders;
import org.maillage.model.organisation.Organisation;
import org.maillage.model.organisation.OrganisationFactory;
import org.maillage.model.plan.Chantier;
import org.maillage.model.plan.FeuilleDeRoute;
import org.maillage.model.plan.PlanFactory;
import org.maillage.model.plan.PlanPackage;
import org.maillage.model.provider.MaillageEditPlugin;

/**
 * Covered cases, in the language the workbench runs in (French by default, English with
 * {@code -Dui.test.language=en}): every feature of every class of the model names itself with its article for
 * « Modifier le nom », every class has a gender for « Nouvel axe » / « la fiche action »; the undo label of a set,
 * a child creation (masculine, feminine, before a vowel), a delete of one and of several elements, a drag and drop,
 * a move in a list, an add and a remove in a list of references, in French and in English; a command labelled by
 * its maker keeps its label.
 */
class UndoLabelsTest {

    private static final boolean FRENCH = Platform.getNL().startsWith("fr");

    private ComposedAdapterFactory factory;
    private AdapterFactoryEditingDomain domain;

    @BeforeEach
    void createDomain() {
        factory = MaillageItemProviders.createAdapterFactory();
        domain = new AdapterFactoryEditingDomain(factory, new BasicCommandStack());
    }

    @AfterEach
    void disposeFactory() {
        factory.dispose();
    }

    private static String expected(String french, String english) {
        return FRENCH ? french : english;
    }

    /** Runs the command on the stack and returns the Edit menu's labels for undo, then for redo. */
    private String undoAndRedoLabel(Command command) {
        assertTrue(command.canExecute(), command.getLabel());
        domain.getCommandStack().execute(command);
        String undo = CommandLabels.label(domain.getCommandStack().getUndoCommand());
        domain.getCommandStack().undo();
        assertEquals(undo, CommandLabels.label(domain.getCommandStack().getRedoCommand()), "redo says the same");
        domain.getCommandStack().redo();
        return undo;
    }

    private static void classes(EPackage ePackage, List<EClass> into) {
        for (EClassifier classifier : ePackage.getEClassifiers()) {
            if (classifier instanceof EClass eClass) {
                into.add(eClass);
            }
        }
        ePackage.getESubpackages().forEach(sub -> classes(sub, into));
    }

    @Test
    void everyFeatureAndEveryClassHasItsWords() {
        List<EClass> all = new ArrayList<>();
        classes(MaillagePackage.eINSTANCE, all);
        assertTrue(all.size() > 40, all.toString());
        List<String> missing = new ArrayList<>();
        for (EClass eClass : all) {
            if (CommandLabels.newObject(eClass) == null || CommandLabels.theObject(eClass) == null) {
                missing.add(eClass.getName() + " (_type_gender)");
            }
            for (EStructuralFeature feature : eClass.getEStructuralFeatures()) {
                String key = "_UI_" + eClass.getName() + "_" + feature.getName() + "_feature_the";
                try {
                    MaillageEditPlugin.INSTANCE.getString(key);
                } catch (MissingResourceException e) {
                    missing.add(key);
                }
            }
        }
        assertTrue(missing.isEmpty(), "missing in org.maillage.model.edit/plugin*.properties: " + missing);
    }

    @Test
    void setCreateDeleteMoveAddRemove() {
        ModeleMaillage model = MaillageFactory.eINSTANCE.createModeleMaillage();
        FeuilleDeRoute feuille = PlanFactory.eINSTANCE.createFeuilleDeRoute();
        Chantier chantier = PlanFactory.eINSTANCE.createChantier();
        Chantier other = PlanFactory.eINSTANCE.createChantier();
        feuille.getChantiers().addAll(List.of(chantier, other));
        model.getFeuillesDeRoute().add(feuille);
        Organisation ars = OrganisationFactory.eINSTANCE.createOrganisation();
        model.getOrganisations().add(ars);
        Cls cls = DispositifFactory.eINSTANCE.createCls();
        Axe first = DispositifFactory.eINSTANCE.createAxe();
        Axe second = DispositifFactory.eINSTANCE.createAxe();
        FicheAction fiche = DispositifFactory.eINSTANCE.createFicheAction();
        first.getFichesActions().add(fiche);
        cls.getAxes().addAll(List.of(first, second));
        model.getDispositifs().add(cls);
        domain.getResourceSet().createResource(org.eclipse.emf.common.util.URI.createURI("memory:/t.maillage"))
                .getContents().add(model);

        assertEquals(expected("Modifier le nom", "Change the name"),
                undoAndRedoLabel(SetCommand.create(domain, chantier, MaillagePackage.Literals.ELEMENT__NOM, "x")));
        assertEquals(expected("Modifier l\u2019UUID", "Change the UUID"),
                undoAndRedoLabel(SetCommand.create(domain, chantier, MaillagePackage.Literals.ELEMENT__UUID, "u")));
        assertEquals(expected("Modifier l\u2019avancement", "Change the progress"), undoAndRedoLabel(
                SetCommand.create(domain, chantier, PlanPackage.Literals.CHANTIER__AVANCEMENT, 20)));
        assertEquals(expected("Modifier la date de signature", "Change the signature date"), undoAndRedoLabel(
                SetCommand.create(domain, cls, DispositifPackage.Literals.CLS__DATE_SIGNATURE, null)));

        assertEquals(expected("Nouvel axe", "New axis"), undoAndRedoLabel(child(cls, Axe.class)));
        assertEquals(expected("Nouvelle fiche action", "New action sheet"),
                undoAndRedoLabel(child(second, FicheAction.class)));
        assertEquals(expected("Nouveau chantier", "New priority work item"),
                undoAndRedoLabel(child(feuille, Chantier.class)));

        assertEquals(expected("Modifier les partenaires", "Change the partners"), undoAndRedoLabel(
                AddCommand.create(domain, chantier, PlanPackage.Literals.CHANTIER__PARTENAIRES, ars)));
        assertEquals(expected("Modifier les partenaires", "Change the partners"), undoAndRedoLabel(
                RemoveCommand.create(domain, chantier, PlanPackage.Literals.CHANTIER__PARTENAIRES, ars)));

        assertEquals(expected("D\u00e9placer le chantier", "Move the priority work item"), undoAndRedoLabel(
                MoveCommand.create(domain, feuille, PlanPackage.Literals.FEUILLE_DE_ROUTE__CHANTIERS, other, 0)));
        assertEquals(expected("D\u00e9placer la fiche action", "Move the action sheet"),
                undoAndRedoLabel(DragAndDropCommand.create(domain, second, 0.5f, DragAndDropFeedback.DROP_MOVE,
                        DragAndDropFeedback.DROP_MOVE, List.of(fiche))));

        assertEquals(expected("Supprimer la fiche action", "Delete the action sheet"),
                undoAndRedoLabel(DeleteCommand.create(domain, fiche)));
        assertEquals(expected("Supprimer 2 \u00e9l\u00e9ments", "Delete 2 elements"),
                undoAndRedoLabel(DeleteCommand.create(domain, List.of(chantier, other))));

        SetCommand named = new SetCommand(domain, cls, MaillagePackage.Literals.ELEMENT__NOM, "y");
        named.setLabel("Renommer");
        assertEquals("Renommer", undoAndRedoLabel(named), "a label given by its maker stays");
    }

    @Test
    void genderTable() {
        assertEquals(expected("Nouvel EPCI", "New EPCI"),
                CommandLabels.newObject(org.maillage.model.territoire.TerritoirePackage.Literals.EPCI));
        assertEquals(expected("Nouvelle r\u00e9gion", "New region"),
                CommandLabels.newObject(org.maillage.model.territoire.TerritoirePackage.Literals.REGION));
        assertEquals(expected("l\u2019indicateur", "the indicator"),
                CommandLabels.theObject(org.maillage.model.indicateur.IndicateurPackage.Literals.INDICATEUR));
        assertEquals(expected("les donn\u00e9es de r\u00e9f\u00e9rence", "the reference data"),
                CommandLabels.theObject(MaillagePackage.Literals.REFERENCE_DATA));
        assertEquals(expected("Nouvel instantan\u00e9", "New snapshot"),
                CommandLabels.newObject(org.maillage.model.instance.InstancePackage.Literals.SNAPSHOT));
    }

    private Command child(Object owner, Class<?> type) {
        for (Object descriptor : domain.getNewChildDescriptors(owner, null)) {
            if (descriptor instanceof CommandParameter parameter && type.isInstance(parameter.getValue())) {
                return CreateChildCommand.create(domain, owner, descriptor, List.of(owner));
            }
        }
        assertNotNull(null, type.getSimpleName() + " offered under " + owner);
        return null;
    }
}
