/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.merge.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.maillage.core.persistence.ModelFiles;
import org.maillage.merge.MergeResult;
import org.maillage.merge.ModelMerge;
import org.maillage.merge.tests.RandomEdits.Edit;
import org.maillage.model.Conflit;
import org.maillage.model.Element;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.resource.MaillageFiles;
import org.maillage.examples.Examples;

/*
 * Covered cases:
 * - 50 seeds: two random disjoint sets of edits (attributes set, elements added, deleted with the links to them, moved
 *   to another container) of the Eure example merge without conflict to exactly the model obtained by applying both
 *   sets one after the other (same XMI text);
 * - 20 seeds: the same attributes set to different values on both sides give one conflict each, the merged model
 *   keeps ours and the conflict record keeps theirs (both values in the merged model).
 */
class RandomMergeTest {

    @TempDir
    static Path folder;

    private static Path eure;

    @BeforeAll
    static void copyExample() throws IOException {
        eure = Examples.eure().copyTo(folder);
    }

    static List<Long> seeds() {
        return java.util.stream.LongStream.rangeClosed(1, 50).boxed().toList();
    }

    static List<Long> fewSeeds() {
        return java.util.stream.LongStream.rangeClosed(1, 20).boxed().toList();
    }

    @ParameterizedTest(name = "graine {0}")
    @MethodSource("seeds")
    void disjointEditsMergeToBothApplied(long seed) throws Exception {
        Resource base = load();
        RandomEdits random = new RandomEdits(seed, base);
        Set<String> touched = new HashSet<>();
        List<Edit> ourEdits = random.draw(8, touched);
        List<Edit> theirEdits = random.draw(8, touched);
        Resource ours = load();
        ourEdits.forEach(e -> e.apply(ours));
        Resource theirs = load();
        theirEdits.forEach(e -> e.apply(theirs));
        Resource expected = load();
        ourEdits.forEach(e -> e.apply(expected));
        theirEdits.forEach(e -> e.apply(expected));

        MergeResult result = ModelMerge.merge(base, ours, theirs);

        String edits = "ours " + ourEdits + "\ntheirs " + theirEdits;
        assertTrue(result.isClean(), () -> edits + "\n" + describe(result.conflicts()));
        assertEquals(text(expected), text(result.merged()), edits);
    }

    @ParameterizedTest(name = "graine {0}")
    @MethodSource("fewSeeds")
    void sameAttributesChangedTwoWaysAreConflictsThatKeepBoth(long seed) throws Exception {
        Resource base = load();
        java.util.Random random = new java.util.Random(seed);
        List<Element> elements = new java.util.ArrayList<>();
        base.getAllContents().forEachRemaining(o -> {
            if (o instanceof Element e && e.eContainer() != null) {
                elements.add(e);
            }
        });
        Set<String> uuids = new java.util.LinkedHashSet<>();
        while (uuids.size() < 5) {
            uuids.add(elements.get(random.nextInt(elements.size())).getUuid());
        }
        Resource ours = load();
        Resource theirs = load();
        for (String uuid : uuids) {
            ((Element) ours.getEObject(uuid)).setNom("le mien " + uuid);
            ((Element) theirs.getEObject(uuid)).setNom("le leur " + uuid);
        }

        MergeResult result = ModelMerge.merge(base, ours, theirs);

        assertEquals(5, result.conflicts().size(), describe(result.conflicts()));
        ModeleMaillage merged = (ModeleMaillage) result.merged().getContents().get(0);
        assertEquals(result.conflicts(), merged.getConflits());
        for (Conflit conflict : result.conflicts()) {
            String uuid = conflict.getElementUuid();
            assertTrue(uuids.contains(uuid));
            assertEquals("nom", conflict.getAttribut());
            assertEquals("le mien " + uuid, ((Element) result.merged().getEObject(uuid)).getNom());
            assertEquals("le mien " + uuid, conflict.getValeurNous());
            assertEquals("le leur " + uuid, conflict.getValeurEux());
            assertEquals(((Element) base.getEObject(uuid)).getNom(), conflict.getValeurBase());
        }
        assertFalse(text(result.merged()).isEmpty());
    }

    private static Resource load() throws Exception {
        return MaillageFiles.load(eure).eResource();
    }

    static String text(Resource resource) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        resource.save(out, ModelFiles.saveOptions());
        return out.toString(StandardCharsets.UTF_8);
    }

    static String describe(List<Conflit> conflicts) {
        StringBuilder text = new StringBuilder();
        for (Conflit c : conflicts) {
            text.append(c.getNature()).append(' ').append(c.getElementType()).append(' ').append(c.getElementUuid())
                    .append('.').append(c.getAttribut()).append(": ").append(c.getValeurBase()).append(" | ")
                    .append(c.getValeurNous()).append(" | ").append(c.getValeurEux()).append('\n');
        }
        return text.toString();
    }
}
