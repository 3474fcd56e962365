/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.benchmarks.merge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.maillage.benchmarks.RoadmapFixture;
import org.maillage.core.persistence.ModelLoadException;
import org.maillage.merge.MergeResult;
import org.maillage.merge.ModelMerge;
import org.maillage.model.Element;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.resource.MaillageFiles;
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
 * Three-way merge of two versions of a generated roadmap with 100 changes on each side (70 fields set, 20 elements
 * added, 10 deleted, on different elements), against one load of the same file in the same run: the merge of
 * loaded models ({@code merge}), the whole {@code maillage merge} work of three loads, a merge and an atomic save
 * ({@code mergeFiles}), and {@code load}. Target (#16): merge <= 500 ms at 10k elements and <= 3x one load.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class MergeBenchmark {

    /** Base, ours and theirs, on disk and loaded. */
    @State(Scope.Benchmark)
    public static class Versions {
        @Param({"10000", "100000"})
        int elements;

        RoadmapFixture fixture;
        Path ours;
        Path theirs;
        Path out;
        Resource baseResource;
        Resource oursResource;
        Resource theirsResource;

        @Setup(Level.Trial)
        public void generate() throws IOException, ModelLoadException {
            fixture = RoadmapFixture.create(elements);
            Path folder = fixture.file().getParent();
            ours = folder.resolve("notre.maillage");
            theirs = folder.resolve("leur.maillage");
            out = folder.resolve("fusion.maillage");
            ModeleMaillage o = MaillageFiles.load(fixture.file());
            ModeleMaillage t = MaillageFiles.load(fixture.file());
            change(o, 0);
            change(t, 1);
            MaillageFiles.save(o, ours);
            MaillageFiles.save(t, theirs);
            baseResource = MaillageFiles.load(fixture.file()).eResource();
            oursResource = MaillageFiles.load(ours).eResource();
            theirsResource = MaillageFiles.load(theirs).eResource();
            MergeResult check = ModelMerge.merge(baseResource, oursResource, theirsResource);
            if (!check.isClean()) {
                throw new IllegalStateException(check.conflicts().size() + " conflits inattendus");
            }
        }

        @TearDown(Level.Trial)
        public void delete() throws IOException {
            Files.deleteIfExists(out);
            fixture.close();
        }
    }

    /**
     * 100 changes on the elements of one parity (side 0: even ranks, side 1: odd ranks), so that the sides touch
     * different elements: 70 names set, 20 siblings added, 10 elements without children deleted.
     */
    @SuppressWarnings("unchecked")
    static void change(ModeleMaillage model, int side) {
        List<Element> elements = new ArrayList<>();
        model.eAllContents().forEachRemaining(o -> {
            if (o instanceof Element e) {
                elements.add(e);
            }
        });
        Random random = new Random(RoadmapFixture.SEED + side);
        List<Element> mine = new ArrayList<>();
        for (int i = side; i < elements.size(); i += 2) {
            mine.add(elements.get(i));
        }
        int changes = 0;
        while (changes < 100) {
            Element element = mine.get(random.nextInt(mine.size()));
            if (element.eContainer() == null) {
                continue;
            }
            if (changes < 70) {
                element.setNom("Modifié " + side + "-" + changes);
            } else if (changes < 90) {
                if (!element.eContainmentFeature().isMany()) {
                    continue;
                }
                Element sibling = (Element) EcoreUtil.create(element.eClass());
                sibling.setNom("Ajouté " + side + "-" + changes);
                ((EList<EObject>) element.eContainer().eGet(element.eContainmentFeature())).add(sibling);
            } else {
                if (!element.eContents().isEmpty()) {
                    continue;
                }
                EcoreUtil.delete(element, true);
                mine.remove(element);
            }
            changes++;
        }
    }

    /**
     * @param versions the loaded versions
     * @return the merge, so that the JIT cannot drop it
     */
    @Benchmark
    public MergeResult merge(Versions versions) {
        return ModelMerge.merge(versions.baseResource, versions.oursResource, versions.theirsResource);
    }

    /**
     * @param versions the files
     * @return the merge
     * @throws IOException never on generated files
     */
    @Benchmark
    public MergeResult mergeFiles(Versions versions) throws IOException {
        return ModelMerge.mergeFiles(versions.fixture.file(), versions.ours, versions.theirs, versions.out);
    }

    /**
     * @param versions the files
     * @return one load of the base, the reference of the 3x target
     * @throws ModelLoadException never on a generated file
     */
    @Benchmark
    public ModeleMaillage load(Versions versions) throws ModelLoadException {
        return MaillageFiles.load(versions.fixture.file());
    }
}
