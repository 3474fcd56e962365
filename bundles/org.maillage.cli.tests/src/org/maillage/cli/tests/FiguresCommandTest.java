/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.cli.ExitCodes;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.figures.Figures;
import org.maillage.model.plan.Chantier;
import org.maillage.model.plan.FeuilleDeRoute;
import org.maillage.model.plan.PlanFactory;
import org.maillage.model.plan.StatutChantier;
import org.maillage.model.resource.MaillageFiles;
import org.maillage.model.util.ModelFormat;
import org.maillage.testsupport.CliRunner;
import org.maillage.testsupport.FrenchLocale;

/**
 * Covered cases: {@code maillage figures FILE [--date AAAA-MM-JJ]} prints every key figure of
 * {@link Figures#KEY_FIGURES}, one per line (id, value, French label), judged at the date given: a chantier due on
 * 30 June 2024 is late on 1 July and not on 30 June; an invalid date or a missing file argument gives exit code 2,
 * a missing file exit code 3.
 */
@ExtendWith(FrenchLocale.class)
class FiguresCommandTest {

    @TempDir
    Path folder;

    private CliRunner.Result last;

    @BeforeEach
    void roadmap() throws Exception {
        ModeleMaillage model = ModelFormat.newModel();
        FeuilleDeRoute feuille = PlanFactory.eINSTANCE.createFeuilleDeRoute();
        feuille.setNom("Feuille de route 2024");
        model.getFeuillesDeRoute().add(feuille);
        Chantier chantier = PlanFactory.eINSTANCE.createChantier();
        chantier.setNom("Aller-vers");
        chantier.setStatut(StatutChantier.EN_COURS);
        chantier.setEcheance(LocalDate.of(2024, 6, 30));
        chantier.setAvancement(40);
        feuille.getChantiers().add(chantier);
        MaillageFiles.save(model, folder.resolve("fdr.maillage"));
    }

    private int run(String... args) {
        last = CliRunner.run(folder, args);
        return last.code();
    }

    @Test
    void printsEveryKeyFigureAtTheDateGiven() {
        assertEquals(ExitCodes.OK, run("figures", "fdr.maillage", "--date", "2024-07-01"), last.err());
        String text = last.out();
        assertTrue(text.contains("chiffres clés de la feuille de route « Feuille de route 2024 » au 2024-07-01"),
                text);
        for (String id : Figures.KEY_FIGURES) {
            assertTrue(text.matches("(?s).*\\R" + id + " +\\d+  .*"), id + " in " + text);
        }
        assertTrue(text.matches("(?s).*chantiers-en-retard +1  Chantiers en retard\\R.*"), text);
        assertTrue(text.matches("(?s).*avancement-moyen +40  .*"), text);

        assertEquals(ExitCodes.OK, run("figures", "--date", "2024-06-30", "fdr.maillage"));
        assertTrue(last.out().matches("(?s).*chantiers-en-retard +0  .*"), "due that very day: " + last.out());
    }

    @Test
    void wrongArgumentsAreUsageErrorsAndAMissingFileAnInputError() {
        assertEquals(ExitCodes.USAGE, run("figures", "fdr.maillage", "--date", "12/12/2024"));
        assertTrue(last.err().contains("Date invalide « 12/12/2024 »"), last.err());
        assertEquals(ExitCodes.USAGE, run("figures"));
        assertTrue(last.err().contains("Usage : maillage figures FICHIER [--date AAAA-MM-JJ]"), last.err());
        assertEquals(ExitCodes.INPUT_ERROR, run("figures", "absent.maillage"));
    }
}
