/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.core.persistence.ModelLoadException;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.dispositif.Dispositif;
import org.maillage.model.dispositif.DispositifPackage;
import org.maillage.model.indicateur.IndicateurPackage;
import org.maillage.model.resource.MaillageFiles;
import org.maillage.model.scheme.SchemeType;
import org.maillage.model.scheme.SchemeTypes;
import org.maillage.model.util.ModelFormat;
import org.maillage.testsupport.FrenchLocale;
import org.maillage.testsupport.greffon.GreffonPackage;

/**
 * Covered cases: Maillage's eight kinds of dispositif come from the extension point, in the model's order, with
 * their names and readable icons; a plug-in kind contributed by this fragment is listed with its name, icon and
 * explorer group, found by its EClass, and a roadmap holding one saves and loads back; contributions whose package
 * or class does not exist, whose class does not extend Dispositif or is abstract, a duplicate and one missing an
 * attribute are ignored, each with a French message naming the plug-in, the rest keeps working; a plug-in package
 * registered under a Maillage namespace URI is reported and Maillage's package stays in EMF's registry; outside the
 * extension registry, a given list is used as is.
 */
@ExtendWith(FrenchLocale.class)
class SchemeTypesTest {

    private static final String FRAGMENT = "org.maillage.model.tests";

    private static SchemeTypes read() {
        return SchemeTypes.fromExtensions(Platform.getExtensionRegistry());
    }

    @Test
    void builtInKindsComeFromTheExtensionPoint() throws IOException {
        List<SchemeType> builtIn = read().list().stream()
                .filter(t -> t.eClass().getEPackage() == DispositifPackage.eINSTANCE).toList();
        assertEquals(List.of("Cls", "ContratDeVille", "Pass", "Dac", "Cpts", "Msp", "Mutualisation",
                "CoordinationMicrolocale"), builtIn.stream().map(t -> t.eClass().getName()).toList());
        assertEquals("CLS", builtIn.get(0).name());
        assertEquals("org.maillage.model.edit", builtIn.get(0).contributor());
        for (SchemeType type : builtIn) {
            assertEquals(SchemeTypes.DEFAULT_GROUP, type.group(), type.id());
            assertNotNull(type.icon(), type.id());
            try (InputStream in = type.icon().openStream()) {
                assertTrue(in.readAllBytes().length > 0, type.id());
            }
        }
    }

    @Test
    void pluginKindIsListedWithItsNameIconAndGroup() {
        SchemeTypes types = read();
        SchemeType reseau = types.find(GreffonPackage.RESEAU_ESSAI).orElseThrow();
        assertEquals("Réseau d'essai", reseau.name());
        assertEquals("instances", types.group(GreffonPackage.RESEAU_ESSAI));
        assertEquals(FRAGMENT, reseau.contributor());
        assertNotNull(reseau.icon(), "the icon is found in the fragment");
        assertEquals(GreffonPackage.NS_URI + "#ReseauEssai", reseau.id());
        assertEquals(9, types.list().size(), types.list().toString());
        assertEquals("CLS", types.name(DispositifPackage.Literals.CLS));
    }

    @Test
    void badContributionsAreIgnoredWithFrenchMessagesNamingThePlugin() {
        List<String> problems = read().problems();
        assertEquals(7, problems.size(), problems.toString());
        for (String problem : problems) {
            assertTrue(problem.contains(FRAGMENT), problem);
        }
        assertTrue(problems.stream().anyMatch(p -> p.contains("Absent") && p.contains("aucun paquetage EMF")),
                problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("Absente") && p.contains("pas de classe")),
                problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("Chantier") && p.contains("n'hérite pas de Dispositif")),
                problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("#Dispositif") && p.contains("abstraite")),
                problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("#Cls") && p.contains("org.maillage.model.edit")),
                problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("sans eClass")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains(IndicateurPackage.eNS_URI)
                && p.contains("celui de Maillage")), problems.toString());
    }

    @Test
    void maillagePackageIsKeptWhenAPluginClaimsItsNamespace() {
        read();
        assertSame(IndicateurPackage.eINSTANCE, EPackage.Registry.INSTANCE.getEPackage(IndicateurPackage.eNS_URI));
    }

    @Test
    void roadmapWithAPluginKindSavesAndLoadsBack(@TempDir Path dir) throws IOException, ModelLoadException {
        ModeleMaillage model = ModelFormat.newModel();
        Dispositif reseau = (Dispositif) EcoreUtil.create(GreffonPackage.RESEAU_ESSAI);
        reseau.setNom("Réseau santé mentale du Vexin");
        model.getDispositifs().add(reseau);
        Path file = dir.resolve("greffon.maillage");
        MaillageFiles.save(model, file);
        ModeleMaillage loaded = MaillageFiles.load(file);
        EClass eClass = loaded.getDispositifs().get(0).eClass();
        assertSame(GreffonPackage.RESEAU_ESSAI, eClass);
        assertEquals("Réseau santé mentale du Vexin", loaded.getDispositifs().get(0).getNom());
    }

    @Test
    void givenListIsUsedAsIs() {
        SchemeTypes types = new SchemeTypes(List.of(new SchemeType(DispositifPackage.Literals.PASS, "PASS", null,
                SchemeTypes.DEFAULT_GROUP, "test")));
        assertEquals("PASS", types.name(DispositifPackage.Literals.PASS));
        assertEquals("Msp", types.name(DispositifPackage.Literals.MSP));
        assertEquals(List.of(), types.problems());
    }
}
