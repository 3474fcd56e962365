/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.examples.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.maillage.examples.Example;
import org.maillage.examples.internal.ExampleGenerator;
import org.maillage.model.ModeleMaillage;

/**
 * Covered cases: each committed example file is byte for byte what its builder produces (so the files are
 * regenerable and never hand-edited), and two builds give the same bytes (the builders are deterministic).
 * <p>
 * The produced files are also written to {@code target/examples-generated/}: after a deliberate change to a
 * builder, copy them over {@code bundles/org.maillage.examples/examples/} (or run {@link ExampleGenerator#main}).
 */
class ExamplesAreGeneratedTest {

    @ParameterizedTest
    @MethodSource("org.maillage.examples.tests.ExamplesTest#examples")
    void committedFileIsTheBuildersOutput(Example example) throws Exception {
        Path data = DecoupageData.packageFolder();
        ModeleMaillage built = ExampleGenerator.build(example.name(), data);
        byte[] produced = ExampleGenerator.toBytes(built);
        Path generated = DecoupageData.target().resolve("examples-generated").resolve(example.name() + ".maillage");
        Files.createDirectories(generated.getParent());
        Files.write(generated, produced);

        byte[] again = ExampleGenerator.toBytes(ExampleGenerator.build(example.name(), data));
        assertTrue(java.util.Arrays.equals(produced, again), example.name() + ": the builder is deterministic");

        byte[] committed;
        try (InputStream in = example.url().openStream()) {
            committed = in.readAllBytes();
        }
        assertEquals(new String(committed, StandardCharsets.UTF_8), new String(produced, StandardCharsets.UTF_8),
                example.name() + ".maillage differs from its builder's output: copy " + generated
                        + " to bundles/org.maillage.examples/examples/ if the builder change is deliberate");
        assertTrue(EcoreUtil.equals(built, example.open()));
    }
}
