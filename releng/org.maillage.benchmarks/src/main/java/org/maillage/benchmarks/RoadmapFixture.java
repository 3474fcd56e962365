/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Comparator;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.maillage.core.persistence.ModelLoadException;
import org.maillage.model.MaillagePackage;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.resource.MaillageFiles;

/**
 * A generated roadmap saved once in a temporary folder, and the two ways of loading it that are compared.
 */
public final class RoadmapFixture implements AutoCloseable {

    /** Seed of every generated model: the benchmarks of all sizes and runs read the same files. */
    public static final long SEED = 27L;

    private final Path folder;
    private final Path file;
    private final int elements;

    private RoadmapFixture(Path folder, Path file, int elements) {
        this.folder = folder;
        this.file = file;
        this.elements = elements;
    }

    /**
     * Generates a model of {@code elements} elements and saves it with {@link MaillageFiles#save}.
     *
     * @param elements the size of the model
     * @return the fixture; {@link #close()} deletes its folder
     * @throws IOException when the file cannot be written
     * @throws ModelLoadException when the saved file cannot be read back
     */
    public static RoadmapFixture create(int elements) throws IOException, ModelLoadException {
        Path folder = Files.createTempDirectory("maillage-bench-");
        Path file = folder.resolve("feuille-de-route-" + elements + ".maillage");
        ModeleMaillage model = RoadmapGenerator.generate(elements, SEED);
        MaillageFiles.save(model, file);
        RoadmapFixture fixture = new RoadmapFixture(folder, file, elements);
        int saved = countElements(MaillageFiles.load(file));
        if (saved != elements) {
            throw new IllegalStateException("Le fichier " + file + " contient " + saved + " éléments au lieu de "
                    + elements);
        }
        return fixture;
    }

    /** @return the saved file */
    public Path file() {
        return file;
    }

    /** @return how many elements the saved model holds, root included */
    public int elements() {
        return elements;
    }

    /**
     * Loads the file as a plain EMF application would: a new {@link ResourceSetImpl}, an {@link XMIResourceImpl}
     * and no load options. Cross-references are uuids (an ID attribute), which EMF then resolves by walking the
     * tree for each one.
     *
     * @return the root of the loaded model
     * @throws IOException when the file cannot be read
     */
    public EObject loadWithDefaultOptions() throws IOException {
        // Touching eINSTANCE registers the packages in the global registry, as the generated plugin.xml would.
        MaillagePackage.eINSTANCE.eClass();
        ResourceSet set = new ResourceSetImpl();
        Resource resource = new XMIResourceImpl(URI.createFileURI(file.toString()));
        set.getResources().add(resource);
        resource.load(Collections.emptyMap());
        if (!resource.getErrors().isEmpty()) {
            throw new IOException(file + " : " + resource.getErrors().get(0).getMessage());
        }
        return resource.getContents().get(0);
    }

    /**
     * @param root a loaded root
     * @return the number of elements under {@code root}, root included
     */
    public static int countElements(EObject root) {
        int count = 1;
        for (TreeIterator<EObject> it = root.eAllContents(); it.hasNext(); it.next()) {
            count++;
        }
        return count;
    }

    /** Deletes the folder and everything in it (the file, its backup). */
    @Override
    public void close() throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
