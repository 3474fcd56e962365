/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.cli.ExitCodes;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.dispositif.Dispositif;
import org.maillage.model.dispositif.DispositifFactory;
import org.maillage.model.resource.MaillageFiles;
import org.maillage.model.territoire.Commune;
import org.maillage.model.territoire.Departement;
import org.maillage.model.territoire.Region;
import org.maillage.model.territoire.TerritoireFactory;
import org.maillage.model.util.ModelFormat;
import org.maillage.testsupport.CliRunner;
import org.maillage.testsupport.FrenchLocale;
import org.maillage.testsupport.greffon.GreffonPackage;

/**
 * Covered cases: {@code maillage info FILE} counts the elements of each kind with their French names; a plug-in's
 * kind of dispositif (contributed to {@code org.maillage.model.schemeTypes} by this fragment) is counted under the
 * name of its contribution, next to Maillage's kinds; a missing
 * file gives exit code 3 and the loader's French message; a missing argument gives exit code 2.
 */
@ExtendWith(FrenchLocale.class)
class InfoCommandTest {

    @TempDir
    Path folder;

    private CliRunner.Result last;

    private int run(String... args) {
        last = CliRunner.run(folder, args);
        return last.code();
    }

    @Test
    void countsElementsPerKind() throws Exception {
        TerritoireFactory f = TerritoireFactory.eINSTANCE;
        ModeleMaillage model = ModelFormat.newModel();
        Region region = f.createRegion();
        Departement eure = f.createDepartement();
        region.getDepartements().add(eure);
        for (String nom : List.of("Évreux", "Vernon", "Louviers")) {
            Commune commune = f.createCommune();
            commune.setNom(nom);
            eure.getCommunes().add(commune);
        }
        model.getRegions().add(region);
        MaillageFiles.save(model, folder.resolve("eure.maillage"));

        assertEquals(ExitCodes.OK, run("info", "eure.maillage"));
        String text = last.out();
        assertTrue(text.contains("version de format " + ModelFormat.CURRENT_VERSION), text);
        assertTrue(text.matches("(?s).*Commune\\s+3\\R.*"), text);
        assertTrue(text.matches("(?s).*Département\\s+1\\R.*"), "kinds are named in French: " + text);
        assertTrue(text.contains("Total : 5 éléments"), text);
    }

    @Test
    void countsPluginKindsOfDispositifByTheirRegisteredName() throws Exception {
        ModeleMaillage model = ModelFormat.newModel();
        for (String nom : List.of("Réseau du Vexin", "Réseau de l'Andelle")) {
            Dispositif reseau = (Dispositif) EcoreUtil.create(GreffonPackage.RESEAU_ESSAI);
            reseau.setNom(nom);
            model.getDispositifs().add(reseau);
        }
        model.getDispositifs().add(DispositifFactory.eINSTANCE.createCls());
        MaillageFiles.save(model, folder.resolve("greffon.maillage"));

        assertEquals(ExitCodes.OK, run("info", "greffon.maillage"));
        String text = last.out();
        assertTrue(text.matches("(?s).*Réseau d'essai\\s+2\\R.*"), text);
        assertTrue(text.matches("(?s).*CLS\\s+1\\R.*"), text);
        assertTrue(text.contains("Total : 3 éléments"), text);
    }

    @Test
    void missingFileIsAnInputError() {
        assertEquals(ExitCodes.INPUT_ERROR, run("info", "absent.maillage"));
        assertTrue(last.err().contains("n'existe pas"), last.err());
        assertTrue(Files.notExists(folder.resolve("absent.maillage")));
    }

    @Test
    void missingArgumentIsAUsageError() {
        assertEquals(ExitCodes.USAGE, run("info"));
        assertTrue(last.err().contains("Usage : maillage info FICHIER"));
    }
}
