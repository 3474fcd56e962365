/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.cli.ExitCodes;
import org.maillage.examples.Examples;
import org.maillage.testsupport.CliRunner;
import org.maillage.testsupport.FrenchLocale;

/**
 * Covered cases: {@code maillage diagram --list} lists the three shipped diagrams for the Eure; rendering to
 * SVG and PNG writes a well-formed SVG and a decodable PNG and says how many nodes and edges it drew; an
 * optional layer can be switched on; bad arguments (no file, both modes, unknown option, missing value, unknown
 * output format, unknown viewpoint or layer) give the usage exit code and a French message; a missing or
 * malformed roadmap gives the input exit code naming the file; an output below a file is refused (usage);
 * a saved diagram beside the roadmap is used; an output that is a folder (named like an SVG), a link or hard link
 * to the roadmap or to its diagram file is refused with exit 2 before any work, leaving no backup folder and the
 * inputs unchanged.
 */
@ExtendWith(FrenchLocale.class)
class DiagramCommandTest {

    @TempDir
    Path folder;

    @BeforeEach
    void copyExample() throws Exception {
        Examples.eure().copyTo(folder);
    }

    @Test
    void listsTheShippedDiagrams() {
        CliRunner.Result result = CliRunner.run(folder, "diagram", "--list", "eure.maillage");
        assertEquals(ExitCodes.OK, result.code(), result.err());
        assertTrue(result.out().contains(Fixtures.ARTICULATION), result.out());
        assertTrue(result.out().contains(Fixtures.DECLINAISON), result.out());
        assertTrue(result.out().contains(Fixtures.TERRITOIRES), result.out());
        assertTrue(result.out().contains("Articulation des dispositifs"), result.out());
        assertTrue(result.err().contains("diagrammes et tableaux"), result.err());
    }

    @Test
    void rendersSvgAndPng() throws Exception {
        CliRunner.Result svg = CliRunner.run(folder, "diagram", "--viewpoint", Fixtures.ARTICULATION, "--out",
                "articulation.svg", "eure.maillage");
        assertEquals(ExitCodes.OK, svg.code(), svg.err());
        assertTrue(svg.err().contains("nœuds"), svg.err());
        RenderTest.parse(Files.readString(folder.resolve("articulation.svg")));

        CliRunner.Result png = CliRunner.run(folder, "diagram", "--viewpoint", "territoires", "--layer", "lacunes",
                "--out", "carte.png", "eure.maillage");
        assertEquals(ExitCodes.OK, png.code(), png.err());
        BufferedImage image = ImageIO.read(folder.resolve("carte.png").toFile());
        assertTrue(image.getWidth() > 200 && image.getHeight() > 200);
    }

    @Test
    void badArgumentsGiveUsage() {
        String[][] cases = {
            { "diagram" },
            { "diagram", "--list" },
            { "diagram", "--list", "--viewpoint", "articulation", "eure.maillage" },
            { "diagram", "--frobnicate", "eure.maillage" },
            { "diagram", "--viewpoint" },
            { "diagram", "--viewpoint", "articulation", "eure.maillage" },
            { "diagram", "--viewpoint", "articulation", "--out", "x.gif", "eure.maillage" },
            { "diagram", "--viewpoint", "inconnu", "--out", "x.svg", "eure.maillage" },
            { "diagram", "--viewpoint", "territoires", "--layer", "inconnu", "--out", "x.svg", "eure.maillage" },
            { "diagram", "--list", "a.maillage", "b.maillage" },
        };
        for (String[] args : cases) {
            CliRunner.Result result = CliRunner.run(folder, args);
            assertEquals(ExitCodes.USAGE, result.code(), String.join(" ", args) + "\n" + result.err());
            assertFalse(result.err().isBlank());
            assertFalse(result.err().contains("Exception"), result.err());
        }
        assertTrue(CliRunner.run(folder, "diagram", "--viewpoint", "inconnu", "--out", "x.svg", "eure.maillage")
                .err().contains("inconnu"));
        assertTrue(CliRunner.run(folder, "diagram").err().contains("Usage : maillage diagram"));
    }

    @Test
    void unreadableInputOrOutputGivesInputError() throws Exception {
        CliRunner.Result missing = CliRunner.run(folder, "diagram", "--list", "absent.maillage");
        assertEquals(ExitCodes.INPUT_ERROR, missing.code());
        assertTrue(missing.err().contains("absent.maillage"), missing.err());
        Files.writeString(folder.resolve("tronque.maillage"), "<?xml version=\"1.0\"?><maillage:ModeleMaillage");
        assertEquals(ExitCodes.INPUT_ERROR, CliRunner.run(folder, "diagram", "--list", "tronque.maillage").code());
        Files.writeString(folder.resolve("fichier"), "x");
        // A path below a file can never be written: refused as a wrong argument before any work.
        CliRunner.Result unwritable = CliRunner.run(folder, "diagram", "--viewpoint", "articulation", "--out",
                "fichier/dessous.svg", "eure.maillage");
        assertEquals(ExitCodes.USAGE, unwritable.code(), unwritable.err());
        assertTrue(unwritable.err().contains("dessous.svg"), unwritable.err());
        assertTrue(unwritable.err().contains("n'est pas un dossier"), unwritable.err());
    }

    @Test
    void outputsThatWouldDestroyAnInputOrAFolderAreRefused() throws Exception {
        Path dir = Files.createDirectory(folder.resolve("sortie.svg"));
        CliRunner.Result result = CliRunner.run(folder, "diagram", "--viewpoint", Fixtures.ARTICULATION, "--out",
                "sortie.svg", "eure.maillage");
        assertEquals(ExitCodes.USAGE, result.code(), result.err());
        assertTrue(result.err().contains("sortie.svg : cette sortie est un dossier"), result.err());
        assertFalse(Files.exists(folder.resolve("sortie.svg.bak")), "no backup folder left");
        assertTrue(Files.isDirectory(dir));

        Path roadmap = folder.resolve("eure.maillage");
        byte[] before = Files.readAllBytes(roadmap);
        Files.createSymbolicLink(folder.resolve("lien.svg"), roadmap);
        Files.createLink(folder.resolve("physique.png"), roadmap);
        Path diagrams = Files.writeString(folder.resolve("eure.maillagediag"), "positions");
        Files.createSymbolicLink(folder.resolve("positions.svg"), diagrams);
        for (String out : new String[] { "lien.svg", "physique.png", "positions.svg" }) {
            result = CliRunner.run(folder, "diagram", "--viewpoint", Fixtures.ARTICULATION, "--out", out,
                    "eure.maillage");
            assertEquals(ExitCodes.USAGE, result.code(), out + "\n" + result.err());
            assertTrue(result.err().contains("refusée"), result.err());
        }
        assertArrayEquals(before, Files.readAllBytes(roadmap), "the roadmap is untouched");
        assertEquals("positions", Files.readString(diagrams));
        try (var files = Files.list(folder)) {
            assertEquals(List.of(), files.filter(p -> p.getFileName().toString().contains(".bak")
                    || p.getFileName().toString().endsWith(".tmp")).toList(), "no backup, no temporary file");
        }
    }
}
