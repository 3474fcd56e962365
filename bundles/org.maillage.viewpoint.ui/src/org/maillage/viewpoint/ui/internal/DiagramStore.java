/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.maillage.core.persistence.ModelLoadException;
import org.maillage.viewpoint.ViewpointResources;
import org.maillage.viewpoint.model.diagram.Diagram;

/**
 * The diagram file beside a roadmap ({@code eure.maillagediag}), which holds every diagram of that roadmap.
 * <p>
 * Each editor keeps only its own diagram in memory; saving reads the file again and replaces that one diagram in
 * it, so that two diagram editors on the same roadmap (articulation and territories, say) never overwrite each
 * other's positions. A file that cannot be read is never overwritten: the save fails with the reader's message.
 */
final class DiagramStore {

    private DiagramStore() {
    }

    /**
     * @param file the diagram file
     * @param roadmap the roadmap resource, to match the diagram's target
     * @param viewpointId the viewpoint id
     * @param descriptionId the description id within the viewpoint
     * @return the saved diagram of that description on that roadmap, or {@code null} when there is none yet
     * @throws ModelLoadException when the file exists but cannot be read
     */
    static Diagram load(Path file, Resource roadmap, String viewpointId, String descriptionId)
            throws ModelLoadException {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        Resource diagrams = ViewpointResources.loadDiagrams(ViewpointResources.newResourceSet(), file);
        return find(diagrams, roadmap, viewpointId, descriptionId);
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
        Diagram previous = find(diagrams, roadmap, diagram.getViewpointId(), diagram.getDescriptionId());
        if (previous == null) {
            diagrams.getContents().add(copy);
        } else {
            diagrams.getContents().set(diagrams.getContents().indexOf(previous), copy);
        }
        ViewpointResources.saveDiagrams(diagrams, file);
    }

    private static Diagram find(Resource diagrams, Resource roadmap, String viewpointId, String descriptionId) {
        EObject root = roadmap.getContents().isEmpty() ? null : roadmap.getContents().get(0);
        for (EObject content : diagrams.getContents()) {
            if (content instanceof Diagram diagram && viewpointId.equals(diagram.getViewpointId())
                    && descriptionId.equals(diagram.getDescriptionId()) && showsRoot(diagram, roadmap, root)) {
                return diagram;
            }
        }
        return null;
    }

    private static boolean showsRoot(Diagram diagram, Resource roadmap, EObject root) {
        return root == null || diagram.getTarget() == null || roadmap.getEObject(diagram.getTarget()) == root;
    }
}
