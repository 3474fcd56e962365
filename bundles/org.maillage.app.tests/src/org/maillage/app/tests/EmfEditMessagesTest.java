/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.InputStream;
import java.net.URL;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;

import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.EMFEditPlugin;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maillage.model.MaillagePackage;
import org.maillage.model.dispositif.Axe;
import org.maillage.model.dispositif.DispositifFactory;
import org.maillage.model.dispositif.FicheAction;
import org.maillage.model.edit.CommandLabels;
import org.maillage.model.edit.MaillageItemProviders;
import org.maillage.model.plan.Chantier;
import org.maillage.model.plan.PlanFactory;
import org.osgi.framework.Bundle;

/**
 * Covered cases: the org.maillage.nl.fr.emf.edit fragment translates every key of EMF.Edit's plugin.properties (a
 * newer EMF adding a key fails here rather than showing English); with the French platform (-nl fr_FR, as the
 * product in French), EMF.Edit's own texts are French, so the undo label of a change of a chantier's name is
 * French, and CommandLabels names the feature with its article where the edit plug-in gives one (« Modifier le
 * nom »), the generic « Modifier » where it does not, while a set labelled by its maker keeps its label; a fiche
 * action created under an axe is undone and redone as « Nouvelle fiche action » (feminine), not « New Fiche
 * action ».
 */
class EmfEditMessagesTest {

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

    private static Properties load(String bundleName, String entry) throws Exception {
        Bundle bundle = Platform.getBundle(bundleName);
        assertNotNull(bundle, bundleName);
        URL url = bundle.getEntry(entry);
        assertNotNull(url, bundleName + "/" + entry);
        Properties properties = new Properties();
        try (InputStream in = url.openStream()) {
            properties.load(in);
        }
        return properties;
    }

    @Test
    void fragmentTranslatesEveryKeyOfTheHost() throws Exception {
        Properties english = load("org.eclipse.emf.edit", "plugin.properties");
        Properties french = load("org.maillage.nl.fr.emf.edit", "plugin_fr.properties");
        assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(french.stringPropertyNames()));
    }

    @Test
    void emfEditTextsAreFrench() {
        assertEquals("fr", Platform.getNL().substring(0, 2), "the test runs with -nl fr_FR");
        assertEquals("Modifier", EMFEditPlugin.INSTANCE.getString("_UI_SetCommand_label"));
        assertEquals("Glisser-d\u00e9poser", EMFEditPlugin.INSTANCE.getString("_UI_DragAndDropCommand_label"));
        assertEquals("Supprimer", EMFEditPlugin.INSTANCE.getString("_UI_DeleteCommand_label"));
    }

    @Test
    void undoLabelOfANameChangeIsFrench() {
        Chantier chantier = PlanFactory.eINSTANCE.createChantier();
        Command set = SetCommand.create(domain, chantier, MaillagePackage.Literals.ELEMENT__NOM, "Prévention");
        assertEquals("Modifier", set.getLabel());
        assertEquals("Modifier le nom", CommandLabels.label(set));
        Command description = SetCommand.create(domain, chantier, MaillagePackage.Literals.ELEMENT__DESCRIPTION, "x");
        assertEquals("Modifier la description", CommandLabels.label(description));
        // A feature without an article keeps EMF.Edit's generic (French) label rather than guess a gender.
        Command uuid = SetCommand.create(domain, chantier, MaillagePackage.Literals.ELEMENT__UUID, "x");
        assertEquals("Modifier", CommandLabels.label(uuid));
        assertEquals("", CommandLabels.label(null));
        // A set labelled by its maker keeps that label.
        SetCommand renamed = new SetCommand(domain, chantier, MaillagePackage.Literals.ELEMENT__NOM, "x");
        renamed.setLabel("Renommer");
        assertEquals("Renommer", CommandLabels.label(renamed));
    }

    @Test
    void undoLabelOfAChildCreationHasTheRightGender() {
        Axe axe = DispositifFactory.eINSTANCE.createAxe();
        Command create = null;
        for (Object descriptor : domain.getNewChildDescriptors(axe, null)) {
            if (descriptor instanceof CommandParameter parameter
                    && parameter.getValue() instanceof FicheAction) {
                create = CreateChildCommand.create(domain, axe, descriptor, List.of(axe));
            }
        }
        assertNotNull(create, "an axe offers a new fiche action");
        domain.getCommandStack().execute(create);
        assertEquals("Nouvelle fiche action", CommandLabels.label(domain.getCommandStack().getUndoCommand()));
        domain.getCommandStack().undo();
        assertEquals("Nouvelle fiche action", CommandLabels.label(domain.getCommandStack().getRedoCommand()));
    }
}
