/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.core.persistence.ModelLoadException;
import org.maillage.core.persistence.ModelLoadException.Problem;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.resource.MaillageFiles;
import org.maillage.model.territoire.Commune;
import org.maillage.model.territoire.Departement;
import org.maillage.model.territoire.Epci;
import org.maillage.model.territoire.Qpv;
import org.maillage.model.territoire.Region;
import org.maillage.model.territoire.TerritoireFactory;
import org.maillage.model.util.ModelFormat;
import org.maillage.testsupport.FrenchLocale;

/**
 * Covered cases: a small territory round-trips with its uuids and cross-references; references are written as
 * uuids; unknown namespace (also Ecore's, registered globally but not for roadmaps), wrong root, unsupported version, unknown type, an element of the wrong type where
 * another is expected and a dangling reference are each
 * refused with a French message naming the file, and leave the file untouched.
 */
@ExtendWith(FrenchLocale.class)
class MaillageFilesTest {

    @TempDir
    Path folder;


    /** Évreux, its agglomeration and one of its QPV: enough to cross containment and references. */
    static ModeleMaillage smallTerritory() {
        TerritoireFactory f = TerritoireFactory.eINSTANCE;
        ModeleMaillage model = ModelFormat.newModel();
        Region normandie = f.createRegion();
        normandie.setNom("Normandie");
        normandie.setCode("28");
        Departement eure = f.createDepartement();
        eure.setNom("Eure");
        eure.setCode("27");
        normandie.getDepartements().add(eure);
        Commune evreux = f.createCommune();
        evreux.setNom("Évreux");
        evreux.setCode("27229");
        eure.getCommunes().add(evreux);
        Epci agglo = f.createEpci();
        agglo.setNom("CA Évreux Portes de Normandie");
        agglo.setCode("200089456");
        agglo.getMembres().add(evreux);
        Qpv qpv = f.createQpv();
        qpv.setNom("La Madeleine");
        qpv.getCommunes().add(evreux);
        qpv.setEpci(agglo);
        model.getRegions().add(normandie);
        model.getEpcis().add(agglo);
        model.getQpvs().add(qpv);
        return model;
    }

    @Test
    void roundTripKeepsContentUuidsAndReferences() throws Exception {
        ModeleMaillage model = smallTerritory();
        Path file = folder.resolve("eure.maillage");
        MaillageFiles.save(model, file);

        ModeleMaillage loaded = MaillageFiles.load(file);
        assertTrue(EcoreUtil.equals(model, loaded), "the loaded model equals the saved one");
        Qpv qpv = loaded.getQpvs().get(0);
        Commune evreux = loaded.getRegions().get(0).getDepartements().get(0).getCommunes().get(0);
        assertSame(evreux, qpv.getCommunes().get(0), "references resolve to the contained commune");
        assertEquals(model.getQpvs().get(0).getUuid(), qpv.getUuid());
        assertEquals(ModelFormat.CURRENT_VERSION, loaded.getFormatVersion());
        String xml = Files.readString(file);
        assertTrue(xml.contains(evreux.getUuid()), "references are written as uuids");
    }

    @Test
    void unknownNamespaceIsRefused() throws Exception {
        Path file = write("autre.maillage", """
                <?xml version="1.0" encoding="UTF-8"?>
                <x:Racine xmlns:xmi="http://www.omg.org/XMI" xmlns:x="http://example.org/autre" xmi:version="2.0"/>
                """);
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> MaillageFiles.load(file));
        assertEquals(Problem.UNKNOWN_NAMESPACE, e.getProblem());
        assertTrue(e.getMessage().contains("espace de noms inconnu"), e.getMessage());
        assertTrue(e.getMessage().contains("autre.maillage"), e.getMessage());
    }

    @Test
    void newerFormatVersionIsRefused() throws Exception {
        Path file = write("futur.maillage", """
                <?xml version="1.0" encoding="UTF-8"?>
                <maillage:ModeleMaillage xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
                    xmlns:maillage="http://maillage.org/model/1.0" uuid="r" formatVersion="7.0"/>
                """);
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> MaillageFiles.load(file));
        assertEquals(Problem.UNSUPPORTED_VERSION, e.getProblem());
        assertTrue(e.getMessage().contains("7.0"), e.getMessage());
    }

    @Test
    void unknownTypeNamesTheLine() throws Exception {
        Path file = write("type.maillage", """
                <?xml version="1.0" encoding="UTF-8"?>
                <maillage:ModeleMaillage xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                    xmlns:maillage="http://maillage.org/model/1.0"
                    xmlns:territoire="http://maillage.org/model/1.0/territoire" uuid="r" formatVersion="1.0">
                  <regions xsi:type="territoire:Licorne" uuid="a"/>
                </maillage:ModeleMaillage>
                """);
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> MaillageFiles.load(file));
        assertEquals(Problem.UNKNOWN_TYPE, e.getProblem());
        assertEquals(6, e.getLine());
        assertTrue(e.getMessage().contains("ligne 6") && e.getMessage().contains("Licorne"), e.getMessage());
    }

    @Test
    void elementOfTheWrongTypeIsRefused() throws Exception {
        Path file = write("mauvais-type.maillage", """
                <?xml version="1.0" encoding="UTF-8"?>
                <maillage:ModeleMaillage xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                    xmlns:maillage="http://maillage.org/model/1.0"
                    xmlns:territoire="http://maillage.org/model/1.0/territoire" uuid="r" formatVersion="1.0">
                  <epcis xsi:type="territoire:Commune" uuid="c" nom="Évreux"/>
                </maillage:ModeleMaillage>
                """);
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> MaillageFiles.load(file));
        assertEquals(6, e.getLine(), e.getMessage());
        assertTrue(e.getMessage().contains("mauvais-type.maillage, ligne 6"), e.getMessage());
    }

    @Test
    void danglingReferenceIsRefused() throws Exception {
        Path file = write("pendante.maillage", """
                <?xml version="1.0" encoding="UTF-8"?>
                <maillage:ModeleMaillage xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
                    xmlns:maillage="http://maillage.org/model/1.0" uuid="r" formatVersion="1.0">
                  <qpvs uuid="q" nom="La Madeleine" communes="commune-absente"/>
                </maillage:ModeleMaillage>
                """);
        byte[] before = Files.readAllBytes(file);
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> MaillageFiles.load(file));
        assertEquals(Problem.DANGLING_REFERENCE, e.getProblem());
        assertTrue(e.getMessage().contains("commune-absente"), e.getMessage());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(file)), "the file is untouched");
    }

    @Test
    void anotherKindOfModelIsRefused() throws Exception {
        // Ecore is registered globally, but a roadmap's resource set knows only the Maillage packages.
        Path ecore = write("ecore.maillage", """
                <?xml version="1.0" encoding="UTF-8"?>
                <ecore:EPackage xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
                    xmlns:ecore="http://www.eclipse.org/emf/2002/Ecore" name="p"/>
                """);
        ModelLoadException unknown = assertThrows(ModelLoadException.class, () -> MaillageFiles.load(ecore));
        assertEquals(Problem.UNKNOWN_NAMESPACE, unknown.getProblem());

        Path file = write("commune.maillage", """
                <?xml version="1.0" encoding="UTF-8"?>
                <territoire:Commune xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
                    xmlns:territoire="http://maillage.org/model/1.0/territoire" uuid="c" nom="C"/>
                """);
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> MaillageFiles.load(file));
        assertEquals(Problem.WRONG_CONTENT, e.getProblem());
        assertTrue(e.getMessage().contains("Commune"), e.getMessage());
    }

    private Path write(String name, String content) throws Exception {
        Path file = folder.resolve(name);
        Files.writeString(file, content);
        return file;
    }
}
