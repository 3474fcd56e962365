/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.merge;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.xmi.impl.XMLResourceImpl;
import org.maillage.core.persistence.LocalizedIOException;
import org.maillage.core.persistence.ModelFiles;
import org.maillage.core.persistence.ModelLoadException;
import org.maillage.core.persistence.SealedResourceSet;
import org.maillage.merge.internal.Messages;
import org.maillage.merge.internal.ThreeWayMerge;
import org.maillage.model.Conflit;
import org.maillage.model.MaillagePackage;
import org.maillage.model.resource.MaillageFiles;
import org.maillage.viewpoint.model.description.DescriptionPackage;
import org.maillage.viewpoint.model.diagram.DiagramPackage;
import org.maillage.viewpoint.model.diagram.util.DiagramResourceFactoryImpl;

/**
 * Three-way merge of EMF models by ID: roadmaps ({@code .maillage}, by {@code uuid}) and diagram files
 * ({@code .maillagediag}, by diagram element id, positions included), or any model whose objects carry an ID
 * attribute.
 * <p>
 * Changes are compared feature by feature. Changes of the two sides to different elements, or to different features
 * of one element, merge without a question, and so do additions, deletions, moves between containers and
 * reorderings of lists. A feature changed two different ways, an element deleted on one side and changed (itself or
 * below it) on the other, an element moved to two different places, a list reordered two ways, or a reference to an
 * element the other side deleted is a conflict: the merged model keeps "ours" in place and a {@link Conflit} in the
 * merged model keeps the other side ({@link Conflicts} resolves it). Nothing is ever dropped silently.
 */
public final class ModelMerge {

    private static final String DIAGRAM_EXTENSION = "maillagediag";
    private static final byte[][] MARKERS = {"<<<<<<<".getBytes(StandardCharsets.US_ASCII),
        ">>>>>>>".getBytes(StandardCharsets.US_ASCII)};

    private ModelMerge() {
    }

    /**
     * Merges two versions of a model that descend from a common one. The three resources are only read.
     *
     * @param base the common ancestor
     * @param ours our version: the merged model keeps its values where the sides disagree
     * @param theirs their version
     * @return the merged content (a new resource with {@code ours}' URI, in no resource set) and the conflicts
     */
    public static MergeResult merge(Resource base, Resource ours, Resource theirs) {
        Resource merged = newResourceLike(ours);
        List<Conflit> conflicts = new ThreeWayMerge(base, ours, theirs, merged).run();
        return new MergeResult(merged, List.copyOf(conflicts));
    }

    /**
     * Loads three files, merges them and writes the result atomically to {@code out} ({@code out} may be
     * {@code ours}: the Git merge driver writes there).
     *
     * @param base the common ancestor's file
     * @param ours our version's file
     * @param theirs their version's file
     * @param out where to write the merged model (a diagram file when {@code ours} is one)
     * @return the merge's result
     * @throws IOException with a French message naming the file: a file that cannot be read or is no such model, a
     *             file holding the conflict markers of a text merge ({@code <<<<<<<}), or an output that cannot be
     *             written (then nothing was written)
     */
    public static MergeResult mergeFiles(Path base, Path ours, Path theirs, Path out) throws IOException {
        boolean diagrams = isDiagramFile(ours);
        Resource b = load(base, diagrams);
        Resource o = load(ours, diagrams);
        Resource t = load(theirs, diagrams);
        MergeResult result = merge(b, o, t);
        Resource merged = result.merged();
        merged.setURI(URI.createFileURI(out.toAbsolutePath().toString()));
        if (!diagrams && merged.getContents().get(0) instanceof org.maillage.model.ModeleMaillage root) {
            // Stamped as the saving release writes it, as every save does.
            MaillageFiles.save(root, out);
        } else {
            ModelFiles.save(merged, out);
        }
        return result;
    }

    /**
     * By name, else by content: the Git merge driver gets temporary files without the original extension.
     */
    private static boolean isDiagramFile(Path file) throws IOException {
        if (file.getFileName().toString().endsWith("." + DIAGRAM_EXTENSION)) {
            return true;
        }
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            String head = new String(in.readNBytes(4096), StandardCharsets.UTF_8);
            return head.contains(DiagramPackage.eNS_URI);
        }
    }

    private static Resource load(Path file, boolean diagrams) throws IOException {
        checkNoConflictMarkers(file);
        try {
            if (diagrams) {
                ResourceSet set = new SealedResourceSet(DiagramPackage.eINSTANCE, DescriptionPackage.eINSTANCE,
                        MaillagePackage.eINSTANCE);
                set.getResourceFactoryRegistry().getExtensionToFactoryMap().put(DIAGRAM_EXTENSION,
                        new DiagramResourceFactoryImpl());
                set.getResourceFactoryRegistry().getExtensionToFactoryMap()
                        .put(Resource.Factory.Registry.DEFAULT_EXTENSION, new DiagramResourceFactoryImpl());
                return ModelFiles.load(set, file);
            }
            return MaillageFiles.load(file).eResource();
        } catch (ModelLoadException e) {
            LocalizedIOException failure = new LocalizedIOException(file, Messages.get("file.unreadable",
                    e.getMessage()));
            failure.initCause(e);
            throw failure;
        }
    }

    /**
     * Refuses a file left by a text merge: Git writes {@code <<<<<<<} ... {@code >>>>>>>} around both sides, and such
     * a file is no model any more.
     */
    private static void checkNoConflictMarkers(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new LocalizedIOException(file, Messages.get("file.missing"));
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] content = in.readAllBytes();
            int line = 1;
            boolean lineStart = true;
            for (int i = 0; i < content.length; i++) {
                if (lineStart && content[i] == '<' || lineStart && content[i] == '>') {
                    for (byte[] marker : MARKERS) {
                        if (startsWith(content, i, marker)) {
                            throw new LocalizedIOException(file, Messages.get("file.markers", line));
                        }
                    }
                }
                lineStart = content[i] == '\n';
                if (lineStart) {
                    line++;
                }
            }
        }
    }

    private static boolean startsWith(byte[] content, int at, byte[] marker) {
        if (at + marker.length > content.length) {
            return false;
        }
        for (int i = 0; i < marker.length; i++) {
            if (content[at + i] != marker[i]) {
                return false;
            }
        }
        return true;
    }

    private static Resource newResourceLike(Resource ours) {
        URI uri = ours.getURI() == null ? URI.createURI("merged.xmi") : ours.getURI();
        ResourceSet set = ours.getResourceSet();
        Resource.Factory factory = set == null ? null : set.getResourceFactoryRegistry().getFactory(uri);
        Resource merged = factory != null ? factory.createResource(uri)
                : new org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl(uri);
        if (merged instanceof XMLResourceImpl xml && xml.getIntrinsicIDToEObjectMap() == null) {
            // getEObject(uuid) as a lookup, as in every loaded file.
            xml.setIntrinsicIDToEObjectMap(new HashMap<>());
        }
        return merged;
    }
}
