/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.examples.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.maillage.core.persistence.ModelFiles;
import org.maillage.examples.Example;
import org.maillage.examples.Examples;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.resource.MaillageFiles;
import org.maillage.model.util.ModelFormat;

/**
 * Produces the example files from their builders: the only way {@code examples/*.maillage} may change.
 * <p>
 * Run {@link #main(String[])} with the bundle's {@code examples/} folder and the unpacked
 * {@code @etalab/decoupage-administratif} package (the Eure example sits on its territory), or copy the files the
 * test {@code ExamplesAreGeneratedTest} writes to its {@code target/examples-generated/} folder. The bytes are those
 * of a normal save, so that the files load like any user file.
 */
public final class ExampleGenerator {

    private ExampleGenerator() {
    }

    /**
     * @param name an example's name (see {@link Examples})
     * @param decoupageAdministratif the unpacked npm package, read only for the Eure example
     * @return the example's model, built afresh
     * @throws IOException when the territory data cannot be read
     */
    public static ModeleMaillage build(String name, Path decoupageAdministratif) throws IOException {
        return switch (name) {
            case Examples.EURE -> EureExample.build(EureExample.importTerritory(decoupageAdministratif),
                    decoupageAdministratif);
            case Examples.PAYS_DE_BREST -> PaysDeBrestExample.build();
            case Examples.BRUAYSIS -> BruaysisExample.build();
            case Examples.VALHERBASSE -> ValherbasseExample.build();
            case Examples.COMBRAILLES -> CombraillesExample.build();
            default -> throw new IllegalArgumentException(name);
        };
    }

    /**
     * @param model a model that is in no resource yet
     * @return the content of its file, as {@link MaillageFiles#save} writes it
     * @throws IOException when EMF cannot serialise the model (a builder left a dangling reference)
     */
    public static byte[] toBytes(ModeleMaillage model) throws IOException {
        Resource resource = MaillageFiles.newResourceSet()
                .createResource(URI.createURI("example:/model." + ModelFormat.FILE_EXTENSION));
        resource.getContents().add(model);
        model.setFormatVersion(ModelFormat.CURRENT_VERSION);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        resource.save(out, ModelFiles.saveOptions());
        return out.toByteArray();
    }

    /**
     * Rewrites every example file.
     *
     * @param folder the bundle's {@code examples/} folder
     * @param decoupageAdministratif the unpacked npm package
     * @param out where to report the files written
     * @throws IOException when a file cannot be built or written
     */
    public static void generate(Path folder, Path decoupageAdministratif, PrintStream out) throws IOException {
        Files.createDirectories(folder);
        for (Example example : Examples.all()) {
            Path file = folder.resolve(Path.of(example.path()).getFileName().toString());
            Files.write(file, toBytes(build(example.name(), decoupageAdministratif)));
            out.println(Messages.get("generator.written", file));
        }
    }

    /**
     * Command-line entry point: {@code ExampleGenerator OUTPUT_FOLDER DECOUPAGE_ADMINISTRATIF_FOLDER}. Exits with 2
     * on wrong usage and 3 when a file cannot be read or written, like the Maillage command line.
     *
     * @param args the output folder and the package folder
     */
    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println(Messages.get("generator.usage"));
            System.exit(2);
        }
        try {
            generate(Path.of(args[0]), Path.of(args[1]), System.out);
        } catch (IOException e) {
            System.err.println(Messages.get("generator.failed", args[0], e.getMessage()));
            System.exit(3);
        }
    }
}
