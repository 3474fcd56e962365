/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.benchmarks.team;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.eclipse.jgit.api.Git;
import org.maillage.benchmarks.RoadmapFixture;
import org.maillage.core.persistence.ModelLoadException;
import org.maillage.team.Author;
import org.maillage.team.FileMerger;
import org.maillage.team.SyncResult;
import org.maillage.team.TeamRepository;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * « Enregistrer une version » then « Synchroniser » on a generated roadmap against a bare repository on the local
 * disk (a shared drive without its network), as {@link TeamRepository} does them in the workbench: the file is
 * edited before each measure (one element renamed, as one save of the editor writes it). Two cases: nobody else
 * sent a version (commit, fetch, push), and a colleague sent one meanwhile (commit, fetch, merge version, push);
 * there the model merge itself is a copy of the local file: the model merge has its own benchmark, this one
 * measures Git's part. Target (issue #16): at most 1 s at 10,000 elements.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 15)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class TeamBenchmark {

    private static final Author AUTHOR = new Author("Banc d'essai", "banc@ars.example");

    /** Copies the local model: Git's part alone, without the model merge. */
    private static final FileMerger OURS = (base, ours, theirs, out) -> {
        Files.copy(ours, out);
        return true;
    };

    /** A roadmap shared to a bare repository, with a colleague's clone. */
    @State(Scope.Benchmark)
    public static class SharedRoadmap {
        @Param({"10000"})
        int elements;

        RoadmapFixture fixture;
        Path root;
        TeamRepository mine;
        TeamRepository colleague;
        String text;
        String colleagueText;
        String fileName;
        int edits;

        @Setup(Level.Trial)
        public void share() throws IOException, ModelLoadException {
            fixture = RoadmapFixture.create(elements);
            root = Files.createTempDirectory("maillage-bench-team-");
            Path folder = Files.createDirectories(root.resolve("moi"));
            fileName = fixture.file().getFileName().toString();
            Files.copy(fixture.file(), folder.resolve(fileName));
            Path bare = root.resolve("partage.git");
            try {
                Git.init().setBare(true).setDirectory(bare.toFile()).setInitialBranch("main").call().close();
            } catch (org.eclipse.jgit.api.errors.GitAPIException e) {
                throw new IOException(e);
            }
            mine = TeamRepository.share(folder, AUTHOR);
            mine.setRemote(bare.toString());
            mine.synchronise(OURS, AUTHOR, null, null);
            colleague = TeamRepository.cloneFrom(bare.toString(), root.resolve("collegue"), null, null);
            text = Files.readString(folder.resolve(fileName), StandardCharsets.UTF_8);
            colleagueText = text;
        }

        /** Renames the first element (the local edit) and returns the new text. */
        void editMine() throws IOException {
            edits++;
            text = text.replaceFirst("nom=\"", "nom=\"v" + edits + " ");
            Files.writeString(mine.getWorkTree().resolve(fileName), text, StandardCharsets.UTF_8);
        }

        /** The colleague renames the last element and sends it. */
        void colleagueSends() throws IOException {
            int last = colleagueText.lastIndexOf("nom=\"");
            colleagueText = colleagueText.substring(0, last) + "nom=\"c" + edits + " "
                    + colleagueText.substring(last + 5);
            colleague.synchronise(OURS, AUTHOR, null, null);
            Files.writeString(colleague.getWorkTree().resolve(fileName), colleagueText, StandardCharsets.UTF_8);
            colleague.commit("Collègue " + edits, AUTHOR);
            colleague.synchronise(OURS, AUTHOR, null, null);
            colleagueText = Files.readString(colleague.getWorkTree().resolve(fileName), StandardCharsets.UTF_8);
        }

        @TearDown(Level.Trial)
        public void delete() throws IOException {
            mine.close();
            colleague.close();
            fixture.close();
            try (Stream<Path> files = Files.walk(root)) {
                for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }

    /** Before each measure of {@link #commitAndSynchronise}: the local edit. */
    @State(Scope.Benchmark)
    public static class Edited extends SharedRoadmap {
        @Setup(Level.Invocation)
        public void edit() throws IOException {
            editMine();
        }
    }

    /** Before each measure of {@link #commitAndSynchroniseWithMerge}: the colleague's version, then the local edit. */
    @State(Scope.Benchmark)
    public static class Diverged extends SharedRoadmap {
        @Setup(Level.Invocation)
        public void diverge() throws IOException {
            colleagueSends();
            editMine();
        }
    }

    /**
     * @param roadmap the edited roadmap
     * @return the synchronisation's result (so that nothing is optimised away)
     * @throws IOException when Git fails
     */
    @Benchmark
    public SyncResult commitAndSynchronise(Edited roadmap) throws IOException {
        roadmap.mine.commit("Version " + roadmap.edits, AUTHOR);
        return roadmap.mine.synchronise(OURS, AUTHOR, null, null);
    }

    /**
     * @param roadmap the edited roadmap, behind the remote by one version of a colleague
     * @return the synchronisation's result
     * @throws IOException when Git fails
     */
    @Benchmark
    public SyncResult commitAndSynchroniseWithMerge(Diverged roadmap) throws IOException {
        roadmap.mine.commit("Version " + roadmap.edits, AUTHOR);
        SyncResult result = roadmap.mine.synchronise(OURS, AUTHOR, null, null);
        // The merge version is ours: keep the text in step for the next edit.
        roadmap.text = Files.readString(roadmap.mine.getWorkTree().resolve(roadmap.fileName), StandardCharsets.UTF_8);
        return result;
    }
}
