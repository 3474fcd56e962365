/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.maillage.core.persistence.ModelLoadException;
import org.maillage.model.Element;
import org.maillage.viewpoint.Representations;
import org.maillage.viewpoint.ViewpointResources;
import org.maillage.viewpoint.model.diagram.Diagram;

/**
 * The diagram file beside a roadmap ({@code eure.maillagediag}), which holds every diagram of that roadmap.
 * <p>
 * A diagram is known by its description and the element it is drawn on (one articulation diagram per CLS, say).
 * Each editor keeps only its own diagram in memory; saving reads the file again and replaces that one diagram in
 * it, so that two diagram editors on the same roadmap (articulation and territories, say) never overwrite each
 * other's positions. A file that cannot be read is never overwritten: the save fails with the reader's message.
 */
final class DiagramStore {

    private DiagramStore() {
    }

    /** Told after each save, so that the representation browser lists what the file now holds. */
    private static final List<Runnable> LISTENERS = new CopyOnWriteArrayList<>();

    /**
     * @param file the diagram file
     * @param roadmap the roadmap resource, to match the diagram's target
     * @param viewpointId the viewpoint id
     * @param descriptionId the description id within the viewpoint
     * @param targetUuid the uuid of the element drawn (the root's for a diagram of the whole roadmap)
     * @return the saved diagram of that description on that element, or {@code null} when there is none yet
     * @throws ModelLoadException when the file exists but cannot be read
     */
    static Diagram load(Path file, Resource roadmap, String viewpointId, String descriptionId, String targetUuid)
            throws ModelLoadException {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        Resource diagrams = ViewpointResources.loadDiagrams(ViewpointResources.newResourceSet(), file);
        return find(diagrams, roadmap, viewpointId, descriptionId, targetUuid);
    }

    /** @param listener run (in the saving thread) after the diagram file of any roadmap was written */
    static void addListener(Runnable listener) {
        LISTENERS.add(listener);
    }

    static void removeListener(Runnable listener) {
        LISTENERS.remove(listener);
    }

    /**
     * Writes the diagram into the file, replacing the previous version of the same diagram and keeping the others.
     *
     * @throws IOException when the file cannot be written or read (its content is then unchanged)
     */
    static void save(Path file, Diagram diagram, Resource roadmap) throws IOException {
        ResourceSet resourceSet = ViewpointResources.newResourceSet();
        Resource diagrams;
        if (Files.isRegularFile(file)) {
            try {
                diagrams = ViewpointResources.loadDiagrams(resourceSet, file);
            } catch (ModelLoadException e) {
                throw new IOException(e.getMessage(), e);
            }
        } else {
            diagrams = ViewpointResources.newDiagramResource(resourceSet, file);
        }
        Diagram copy = EcoreUtil.copy(diagram);
        Diagram previous = find(diagrams, roadmap, diagram.getViewpointId(), diagram.getDescriptionId(),
                diagram.getTarget());
        if (previous == null) {
            diagrams.getContents().add(copy);
        } else {
            diagrams.getContents().set(diagrams.getContents().indexOf(previous), copy);
        }
        ViewpointResources.saveDiagrams(diagrams, file);
        LISTENERS.forEach(Runnable::run);
    }

    private static Diagram find(Resource diagrams, Resource roadmap, String viewpointId, String descriptionId,
            String targetUuid) {
        EObject root = roadmap.getContents().isEmpty() ? null : roadmap.getContents().get(0);
        // One diagram per description and element; an old diagram without target stands for the root.
        return Representations.find(diagrams, viewpointId + '/' + descriptionId, targetUuid,
                root instanceof Element element ? element.getUuid() : null);
    }
}
