/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.territory.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.cli.ExitCodes;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.resource.MaillageFiles;
import org.maillage.model.territoire.Commune;
import org.maillage.model.territoire.Qpv;
import org.maillage.model.territoire.TerritoireFactory;
import org.maillage.territory.TerritoryImport;
import org.maillage.territory.TerritoryIndex;
import org.maillage.testsupport.CliRunner;
import org.maillage.testsupport.FrenchLocale;

/**
 * Covered cases, through {@code maillage import-qpv} on the built-in Eure territory: the shipped example file
 * (semicolons, UTF-8 with BOM, headers of the official list) adds QPV linked to their communes and to the EPCI of
 * those communes, completes a QPV entered by hand without a code (matched by name) instead of duplicating it, and a
 * second run finds nothing to do; commas, no BOM, quoted fields, communes given by name or as several codes separated
 * by blanks or commas; a dry run prints the changes and writes nothing; unknown commune, empty code, duplicate
 * code are refused with the file, line and column named in French and nothing written; a file without the
 * columns, or not in UTF-8, is refused naming the file; a missing --from is a usage error; --help lists the
 * command with its French description.
 */
@ExtendWith(FrenchLocale.class)
class QpvImportTest {

    @TempDir
    Path dir;

    private Path roadmap;

    @BeforeEach
    void eure() throws Exception {
        ModeleMaillage model = new TerritoryImport().importDepartements(null, List.of("27"));
        Qpv byHand = TerritoireFactory.eINSTANCE.createQpv();
        byHand.setUuid("eure-qpv-louviers-maison-rouge");
        byHand.setNom("Maison Rouge");
        model.getQpvs().add(byHand);
        roadmap = dir.resolve("eure.maillage");
        MaillageFiles.save(model, roadmap);
    }

    private static Path example() {
        // tycho-surefire runs in the test bundle's folder; the example ships in org.maillage.territory.
        return Path.of("..", "org.maillage.territory", "examples", "qpv-eure.csv").toAbsolutePath().normalize();
    }

    @Test
    void theShippedExampleAddsAndCompletesQpv() throws Exception {
        CliRunner.Result result = CliRunner.run(dir, "import-qpv", "eure.maillage", "--from", example().toString());
        assertEquals(ExitCodes.OK, result.code(), result.err());
        assertTrue(result.out().contains("Ajouté : QPV Centre-ville"), result.out());
        assertTrue(result.out().contains("Modifié : QPV Maison Rouge"), result.out());
        ModeleMaillage model = MaillageFiles.load(roadmap);
        assertTrue(model.getQpvs().size() >= 4, "the example's QPV");
        Qpv maisonRouge = model.getQpvs().stream().filter(q -> q.getNom().equals("Maison Rouge")).findFirst()
                .orElseThrow();
        assertEquals("eure-qpv-louviers-maison-rouge", maisonRouge.getUuid(), "completed, not duplicated");
        assertEquals(List.of("27375"), maisonRouge.getCommunes().stream().map(Commune::getCode).toList());
        assertEquals("200089456", maisonRouge.getEpci().getCode(), "the EPCI of its commune (CA Seine-Eure)");
        assertEquals(1, model.getQpvs().stream().filter(q -> q.getNom().equals("Maison Rouge")).count());
        assertTrue(Files.exists(dir.resolve("eure.maillage.bak")));

        CliRunner.Result again = CliRunner.run(dir, "import-qpv", "eure.maillage", "--from", example().toString());
        assertEquals(ExitCodes.OK, again.code(), again.err());
        assertTrue(again.out().contains("déjà à jour"), again.out());
    }

    @Test
    void commasNamesAndSeveralCodesAndDryRun() throws Exception {
        Path csv = dir.resolve("qpv.csv");
        Files.writeString(csv, "code_qp,nom_qp,Code commune(s)\n"
                + "QN02799M,\"Deux communes, un quartier\",27229 27375\n"
                + "QN02798M,Par le nom,\"Val-de-Reuil\"\n", StandardCharsets.UTF_8);
        byte[] before = Files.readAllBytes(roadmap);
        CliRunner.Result dry = CliRunner.run(dir, "import-qpv", "eure.maillage", "--from", "qpv.csv", "--dry-run");
        assertEquals(ExitCodes.OK, dry.code(), dry.err());
        assertTrue(dry.out().contains("Ajouté : QPV Deux communes, un quartier (QN02799M), commune(s) Évreux,"
                + " Louviers."), dry.out());
        assertTrue(Arrays.equals(before, Files.readAllBytes(roadmap)), "dry run writes nothing");
        assertEquals(ExitCodes.OK, CliRunner.run(dir, "import-qpv", "eure.maillage", "--from", "qpv.csv").code());
        ModeleMaillage model = MaillageFiles.load(roadmap);
        Qpv byName = model.getQpvs().stream().filter(q -> "QN02798M".equals(q.getCode())).findFirst().orElseThrow();
        assertEquals(TerritoryIndex.of(model).commune("27701").orElseThrow(), byName.getCommunes().get(0));
        assertEquals("qpv-QN02798M", byName.getUuid());
    }

    @Test
    void badLinesAreNamedWithLineAndColumn() throws Exception {
        Path csv = dir.resolve("qpv.csv");
        Files.writeString(csv, "\uFEFFCode QP;Nom QP;Commune(s)\n"
                + "QN02701M;Bon;27229\n"
                + "QN02702M;Commune inconnue;27999\n"
                + ";Sans code;27229\n"
                + "QN02701M;Doublon;27229\n", StandardCharsets.UTF_8);
        byte[] before = Files.readAllBytes(roadmap);
        CliRunner.Result result = CliRunner.run(dir, "import-qpv", "eure.maillage", "--from", "qpv.csv");
        assertEquals(ExitCodes.INPUT_ERROR, result.code());
        String err = result.err();
        assertTrue(err.contains("qpv.csv, ligne 3, colonne « Commune(s) » (3) : commune « 27999 » absente"), err);
        assertTrue(err.contains("qpv.csv, ligne 4, colonne « Code QP » (1) : le code du QPV est vide."), err);
        assertTrue(err.contains("qpv.csv, ligne 5, colonne « Code QP » (1) : le QPV QN02701M apparaît deux fois."),
                err);
        assertTrue(Arrays.equals(before, Files.readAllBytes(roadmap)), "nothing written");
    }

    @Test
    void wrongFilesAndUsage() throws Exception {
        Path csv = dir.resolve("autre.csv");
        Files.writeString(csv, "identifiant;libellé\nA;B\n", StandardCharsets.UTF_8);
        CliRunner.Result columns = CliRunner.run(dir, "import-qpv", "eure.maillage", "--from", "autre.csv");
        assertEquals(ExitCodes.INPUT_ERROR, columns.code());
        assertTrue(columns.err().contains("autre.csv, ligne 1 : colonne « code » introuvable"), columns.err());
        Path latin1 = dir.resolve("latin1.csv");
        Files.write(latin1, "Code QP;Nom QP;Commune(s)\nQN1;\u00c9vreux;27229\n".getBytes(StandardCharsets.ISO_8859_1));
        CliRunner.Result encoding = CliRunner.run(dir, "import-qpv", "eure.maillage", "--from", "latin1.csv");
        assertEquals(ExitCodes.INPUT_ERROR, encoding.code());
        assertTrue(encoding.err().contains("latin1.csv : le fichier n'est pas en UTF-8"), encoding.err());
        CliRunner.Result help = CliRunner.run(dir, "--help");
        assertTrue(help.out().contains("import-qpv FILE --from QPV.csv [--dry-run]"), help.out());
        assertTrue(help.out().contains("Ajoute ou met à jour les QPV"), help.out());
        CliRunner.Result usage = CliRunner.run(dir, "import-qpv", "eure.maillage");
        assertEquals(ExitCodes.USAGE, usage.code());
        assertTrue(usage.err().contains("L'option --from est obligatoire."), usage.err());
    }
}
