/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.dispositif.Cls;
import org.maillage.model.dispositif.Dispositif;
import org.maillage.model.dispositif.DispositifFactory;
import org.maillage.model.dispositif.StatutDispositif;
import org.maillage.model.util.ModelFormat;
import org.maillage.report.data.ReportScope;
import org.maillage.report.data.ReportTable;
import org.maillage.report.data.ReportTables;
import org.maillage.report.data.RoadmapFigures;
import org.maillage.testsupport.FrenchLocale;
import org.maillage.testsupport.greffon.GreffonPackage;

/**
 * Covered cases: the tables {@code dispositifs} and {@code dispositifs-par-nature} list the kinds of
 * {@code org.maillage.model.schemeTypes}, Maillage's in their order and a plug-in's kind contributed by this fragment
 * after them, under their registered names; kinds without any dispositif still have their row with 0.
 */
@ExtendWith(FrenchLocale.class)
class DispositifTablesTest {

    private static ModeleMaillage model() {
        ModeleMaillage model = ModelFormat.newModel();
        Dispositif reseau = (Dispositif) EcoreUtil.create(GreffonPackage.RESEAU_ESSAI);
        reseau.setNom("Réseau du Vexin");
        reseau.setStatut(StatutDispositif.ACTIF);
        model.getDispositifs().add(reseau);
        Cls cls = DispositifFactory.eINSTANCE.createCls();
        cls.setNom("CLS d'Évreux");
        model.getDispositifs().add(cls);
        return model;
    }

    private static ReportTable table(String name) {
        return ReportTables.compute(name, new RoadmapFigures(ReportScope.of(model())), Map.of(),
                (id, scope) -> Optional.empty());
    }

    @Test
    void dispositifsListsPluginKindsAfterMaillagesByTheirRegisteredName() {
        ReportTable table = table("dispositifs");
        int nature = table.indexOf("nature");
        int nom = table.indexOf("nom");
        int statut = table.indexOf("statut");
        assertEquals(List.of("CLS", "Réseau d'essai"), table.rows().stream().map(r -> r[nature]).toList());
        assertEquals("Réseau du Vexin", table.rows().get(1)[nom]);
        assertEquals("Actif", table.rows().get(1)[statut]);
    }

    @Test
    void countsPerNatureCoverEveryRegisteredKind() {
        ReportTable table = table("dispositifs-par-nature");
        List<String> natures = table.rows().stream().map(r -> (String) r[0]).toList();
        assertEquals(9, natures.size(), natures.toString());
        assertEquals("CLS", natures.get(0));
        assertEquals("Réseau d'essai", natures.get(8));
        assertEquals(1, table.rows().get(0)[1]);
        assertEquals(1, table.rows().get(8)[1]);
        assertEquals(0, table.rows().get(1)[1], "Contrat de ville, none in the model");
        assertEquals(List.of("CLS", "Contrat de ville", "PASS", "DAC", "CPTS", "MSP", "Mutualisation",
                "Coordination microlocale", "Réseau d'essai"), natures);
    }
}
