/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.merge.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.FileLocator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.examples.Examples;
import org.maillage.merge.Conflicts;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.plan.Chantier;
import org.maillage.model.resource.MaillageFiles;
import org.maillage.testsupport.CliRunner;
import org.maillage.testsupport.CliRunner.Result;
import org.maillage.testsupport.FrenchLocale;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/*
 * Covered cases:
 * - maillage merge BASE OURS THEIRS --out OUT: clean merge exit 0; conflicting merge exit 1 with one French line per
 *   conflict, both values in OUT, and maillage validate OUT reports it (exit 1);
 * - OUT equal to an input is refused before any work (exit 2), the input unchanged; wrong arguments exit 2;
 * - an input with the conflict markers of a text merge, or missing, gives exit 3 and a French message naming it;
 * - the Git merge driver through the real git command line, on a repository with two branches editing the same
 *   roadmap: different chantiers -> git merge succeeds and the file holds both changes; the same field -> git
 *   reports a conflict, the file holds ours and a conflict record with theirs; no .bak left in the work tree.
 */
@ExtendWith(FrenchLocale.class)
class MergeCommandTest {

    @TempDir
    Path folder;

    private Path base;

    @BeforeEach
    void copyExample() throws IOException {
        base = Examples.eure().copyTo(folder);
    }

    private Path edited(String name, String chantierName, int index) throws Exception {
        ModeleMaillage model = MaillageFiles.load(base);
        chantier(model, index).setNom(chantierName);
        Path file = folder.resolve(name);
        MaillageFiles.save(model, file);
        return file;
    }

    private static Chantier chantier(ModeleMaillage model, int index) {
        return model.getFeuillesDeRoute().get(0).getChantiers().get(index);
    }

    @Test
    void cleanAndConflictingMerges() throws Exception {
        Path ours = edited("notre.maillage", "Chantier renommé par nous", 0);
        Path theirs = edited("leur.maillage", "Chantier renommé par eux", 1);
        Result clean = CliRunner.run(folder, "merge", "eure.maillage", "notre.maillage", "leur.maillage", "--out",
                "fusion.maillage");
        assertEquals(0, clean.code(), clean.err());
        assertTrue(clean.out().contains("fusionné sans conflit"), clean.out());
        ModeleMaillage merged = MaillageFiles.load(folder.resolve("fusion.maillage"));
        assertEquals("Chantier renommé par nous", chantier(merged, 0).getNom());
        assertEquals("Chantier renommé par eux", chantier(merged, 1).getNom());

        Path theirs2 = edited("leur2.maillage", "Autre nom", 0);
        Result conflicting = CliRunner.run(folder, "merge", base.toString(), ours.toString(), theirs2.toString(),
                "--out", "fusion2.maillage");
        assertEquals(1, conflicting.code(), conflicting.err());
        assertTrue(conflicting.out().contains("1 conflit(s)"), conflicting.out());
        assertTrue(conflicting.out().contains("la mienne « Chantier renommé par nous »")
                && conflicting.out().contains("la leur « Autre nom »"), conflicting.out());
        ModeleMaillage withConflict = MaillageFiles.load(folder.resolve("fusion2.maillage"));
        assertEquals("Chantier renommé par nous", chantier(withConflict, 0).getNom());
        assertEquals("Autre nom", Conflicts.of(withConflict.eResource()).get(0).getValeurEux());
        Result validate = CliRunner.run(folder, "validate", "fusion2.maillage");
        assertEquals(1, validate.code(), validate.out() + validate.err());
        assertTrue(validate.out().contains("MAILLAGE-FUSION-001"), validate.out());
        assertTrue(Files.exists(theirs));
    }

    @Test
    void outputThatIsAnInputIsRefused() throws Exception {
        Path ours = edited("notre.maillage", "Nom", 0);
        edited("leur.maillage", "Autre", 1);
        byte[] before = Files.readAllBytes(ours);
        Result refused = CliRunner.run(folder, "merge", "eure.maillage", "notre.maillage", "leur.maillage", "--out",
                "notre.maillage");
        assertEquals(2, refused.code(), refused.err());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(ours)));
        assertEquals(2, CliRunner.run(folder, "merge", "eure.maillage", "notre.maillage").code());
        assertEquals(2, CliRunner.run(folder, "merge", "a", "b", "c", "--out", "d", "--git").code());
    }

    @Test
    void conflictMarkersAndMissingFilesAreRefused() throws Exception {
        edited("notre.maillage", "Nom", 0);
        String text = Files.readString(base, StandardCharsets.UTF_8);
        int cut = text.indexOf("<feuillesDeRoute");
        Files.writeString(folder.resolve("leur.maillage"), text.substring(0, cut) + "<<<<<<< HEAD\n"
                + text.substring(cut, cut + 40) + "\n=======\nautre\n>>>>>>> autre\n" + text.substring(cut),
                StandardCharsets.UTF_8);
        Result markers = CliRunner.run(folder, "merge", "eure.maillage", "notre.maillage", "leur.maillage", "--out",
                "fusion.maillage");
        assertEquals(3, markers.code(), markers.err());
        assertTrue(markers.err().contains("leur.maillage") && markers.err().contains("marques de conflit"),
                markers.err());
        assertFalse(Files.exists(folder.resolve("fusion.maillage")));
        Result missing = CliRunner.run(folder, "merge", "eure.maillage", "absent.maillage", "notre.maillage",
                "--out", "fusion.maillage");
        assertEquals(3, missing.code());
        assertTrue(missing.err().contains("absent.maillage"), missing.err());
    }

    @Test
    void gitUsesTheMergeDriver() throws Exception {
        Path repository = Files.createDirectory(folder.resolve("depot"));
        git(repository, "init", "-q", "-b", "main");
        git(repository, "config", "user.name", "Test");
        git(repository, "config", "user.email", "test@example.org");
        git(repository, "config", "merge.maillage.name", "Fusion de modèles Maillage");
        git(repository, "config", "merge.maillage.driver", driverCommand() + " --git %O %A %B");
        Files.writeString(repository.resolve(".gitattributes"),
                "*.maillage merge=maillage\n*.maillagediag merge=maillage\n");
        Path file = repository.resolve("eure.maillage");
        Files.copy(base, file);
        git(repository, "add", ".");
        git(repository, "commit", "-q", "-m", "base");

        git(repository, "checkout", "-q", "-b", "eux");
        rename(file, 1, "Renommé sur la branche eux");
        git(repository, "commit", "-q", "-am", "eux");
        git(repository, "checkout", "-q", "main");
        rename(file, 0, "Renommé sur main");
        git(repository, "commit", "-q", "-am", "main");

        String merge = git(repository, "merge", "--no-edit", "eux");
        ModeleMaillage merged = MaillageFiles.load(file);
        assertEquals("Renommé sur main", chantier(merged, 0).getNom(), merge);
        assertEquals("Renommé sur la branche eux", chantier(merged, 1).getNom());
        assertTrue(Conflicts.of(merged.eResource()).isEmpty());

        git(repository, "checkout", "-q", "-b", "eux2");
        rename(file, 2, "Nom choisi par eux");
        git(repository, "commit", "-q", "-am", "eux2");
        git(repository, "checkout", "-q", "main");
        rename(file, 2, "Nom choisi sur main");
        git(repository, "commit", "-q", "-am", "main2");
        Run conflict = run(repository, "git", "merge", "--no-edit", "eux2");
        assertEquals(1, conflict.code(), conflict.output());
        assertTrue(conflict.output().contains("CONFLICT") || conflict.output().contains("conflit"),
                conflict.output());
        ModeleMaillage withConflict = MaillageFiles.load(file);
        assertEquals("Nom choisi sur main", chantier(withConflict, 2).getNom());
        assertEquals("Nom choisi par eux", Conflicts.of(withConflict.eResource()).get(0).getValeurEux());
        String status = git(repository, "status", "--porcelain", "--ignored");
        assertFalse(status.contains(".bak"), status);
        assertTrue(status.contains("UU eure.maillage"), status);
    }

    private static void rename(Path file, int index, String name) throws Exception {
        ModeleMaillage model = MaillageFiles.load(file);
        chantier(model, index).setNom(name);
        MaillageFiles.save(model, file);
        Files.deleteIfExists(file.resolveSibling(file.getFileName() + ".bak"));
    }

    /**
     * The driver as Git runs it: a Java process running the merge command. The product's launcher ({@code maillage
     * merge}) runs the same command class; this test does not need the product built.
     */
    private static String driverCommand() throws IOException {
        List<String> classpath = new ArrayList<>();
        Bundle self = FrameworkUtil.getBundle(MergeCommandTest.class);
        for (Bundle bundle : self.getBundleContext().getBundles()) {
            String name = bundle.getSymbolicName();
            if (List.of("org.eclipse.emf.common", "org.eclipse.emf.ecore", "org.eclipse.emf.ecore.xmi",
                    "org.eclipse.emf.ecore.change", "org.maillage.core", "org.maillage.model",
                    "org.maillage.viewpoint.model", "org.maillage.cli", "org.maillage.merge",
                    "org.maillage.merge.tests").contains(name)) {
                File location = FileLocator.getBundleFile(bundle);
                File classes = new File(location, "target/classes");
                classpath.add(location.isDirectory() && classes.isDirectory() ? classes.getPath()
                        : location.getPath());
                if (location.isDirectory()) {
                    // Resources next to the sources in a workspace bundle (messages*.properties).
                    classpath.add(new File(location, "src").getPath());
                }
            }
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return java + " -cp " + String.join(File.pathSeparator, classpath) + " " + GitDriverMain.class.getName();
    }

    private static String git(Path directory, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Run run = run(directory, command.toArray(String[]::new));
        if (run.code() != 0) {
            fail(String.join(" ", command) + " -> " + run.code() + "\n" + run.output());
        }
        return run.output();
    }

    private record Run(int code, String output) {
    }

    private static Run run(Path directory, String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        builder.environment().put("MAILLAGE_LANG", "fr");
        builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
        builder.environment().put("HOME", directory.toString());
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new AssertionError("git is needed by this test (apt-get install git; .ci/run installs it)", e);
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("no answer: " + String.join(" ", command));
        }
        return new Run(process.exitValue(), output);
    }
}
