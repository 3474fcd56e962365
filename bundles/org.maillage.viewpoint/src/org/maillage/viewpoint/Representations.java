/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.maillage.core.persistence.ModelLoadException;
import org.maillage.model.Element;
import org.maillage.viewpoint.model.description.DiagramDescription;
import org.maillage.viewpoint.model.description.TableDescription;
import org.maillage.viewpoint.model.diagram.Diagram;
import org.maillage.viewpoint.table.TableDescriptions;

/**
 * The representations of one roadmap, as the representation browser lists them: today the diagrams saved in the
 * {@code .maillagediag} beside it, each with its description and the element it is drawn on. A diagram is known by
 * its description and its target: there is at most one diagram of a description per element.
 * <p>
 * Tables are the other kind: a {@link Descriptor} carries its {@link Kind}; {@link #tables} lists the tables that
 * apply to the roadmap, and the browser shows them after the diagrams, grouped the same way.
 */
public final class Representations {

    /** What kind of representation a descriptor lists. */
    public enum Kind {
        /** A diagram, saved in the {@code .maillagediag}. */
        DIAGRAM("diagramme"),
        /** A table or cross table: computed whenever it is shown, never saved ({@link #tables}). */
        TABLE("tableau");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** @return the French word the command line and the browser show */
        public String label() {
            return label;
        }
    }

    /**
     * One saved representation.
     *
     * @param kind diagram or table
     * @param descriptionId the qualified id of its description ({@code viewpointId/descriptionId})
     * @param descriptionLabel the description's label, or its id when it is not installed
     * @param name the representation's own name (its title)
     * @param targetUuid the uuid of the element it is drawn on
     * @param targetKind the class name of that element ({@code Cls}, {@code Epci}...), or {@code null} when the
     *        element is no longer in the roadmap
     * @param targetName the element's name, or {@code null} when it is gone
     */
    public record Descriptor(Kind kind, String descriptionId, String descriptionLabel, String name,
            String targetUuid, String targetKind, String targetName) {
    }

    private Representations() {
    }

    /**
     * @param roadmapFile the roadmap file; its diagram file is read if it exists
     * @param roadmap the roadmap resource (to name the targets)
     * @param registry to label the descriptions
     * @return every saved diagram, in file order; empty when there is no diagram file
     * @throws ModelLoadException when the diagram file exists but cannot be read
     */
    public static List<Descriptor> list(Path roadmapFile, Resource roadmap, ViewpointRegistry registry)
            throws ModelLoadException {
        Path file = ViewpointResources.diagramFileFor(roadmapFile);
        List<Descriptor> result = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return result;
        }
        for (EObject content : ViewpointResources.loadDiagrams(ViewpointResources.newResourceSet(), file)
                .getContents()) {
            if (content instanceof Diagram diagram) {
                String id = diagram.getViewpointId() + '/' + diagram.getDescriptionId();
                String label = registry.find(id).map(DiagramDescription::getLabel).orElse(id);
                EObject target = diagram.getTarget() == null ? null : roadmap.getEObject(diagram.getTarget());
                result.add(new Descriptor(Kind.DIAGRAM, id, label, diagram.getName(), diagram.getTarget(),
                        target == null ? null : target.eClass().getName(),
                        target instanceof Element element ? element.getNom() : null));
            }
        }
        return result;
    }

    /**
     * The tables that apply to the roadmap's root. A table is never saved: each one that applies is listed, named by
     * its description's label (its title is only known once computed).
     *
     * @param roadmap the roadmap resource
     * @param registry the installed viewpoints
     * @return one {@link Kind#TABLE} descriptor per table description that applies to the root, in registry order
     */
    public static List<Descriptor> tables(Resource roadmap, ViewpointRegistry registry) {
        List<Descriptor> result = new ArrayList<>();
        if (roadmap == null || roadmap.getContents().isEmpty()) {
            return result;
        }
        EObject root = roadmap.getContents().get(0);
        String uuid = root instanceof Element element ? element.getUuid() : roadmap.getURIFragment(root);
        String name = root instanceof Element element ? element.getNom() : null;
        for (TableDescription description : TableDescriptions.applicable(registry, root, new ArrayList<>())) {
            result.add(new Descriptor(Kind.TABLE, TableDescriptions.qualifiedId(description), description.getLabel(),
                    description.getLabel(), uuid, root.eClass().getName(), name));
        }
        return result;
    }

    /**
     * @param diagrams a loaded diagram file
     * @param descriptionId the qualified description id
     * @param targetUuid the uuid of the element drawn
     * @param rootUuid the uuid of the roadmap's root, which an old diagram without target stands for, or
     *        {@code null}
     * @return the diagram of that description on that element, or {@code null}
     */
    public static Diagram find(Resource diagrams, String descriptionId, String targetUuid, String rootUuid) {
        for (EObject content : diagrams.getContents()) {
            if (content instanceof Diagram diagram
                    && descriptionId.equals(diagram.getViewpointId() + '/' + diagram.getDescriptionId())
                    && (Objects.equals(targetUuid, diagram.getTarget())
                            || diagram.getTarget() == null && Objects.equals(targetUuid, rootUuid))) {
                return diagram;
            }
        }
        return null;
    }

    /**
     * Renames a saved diagram in the diagram file (the roadmap is not touched).
     *
     * @return whether the diagram was found
     * @throws IOException when the file cannot be read or written (it is then unchanged)
     */
    public static boolean rename(Path roadmapFile, Descriptor representation, String name) throws IOException {
        return change(roadmapFile, representation, (diagrams, diagram) -> diagram.setName(name));
    }

    /**
     * Deletes a saved diagram from the diagram file; never the roadmap, nor any element of it.
     *
     * @return whether the diagram was found
     * @throws IOException when the file cannot be read or written (it is then unchanged)
     */
    public static boolean delete(Path roadmapFile, Descriptor representation) throws IOException {
        return change(roadmapFile, representation, (diagrams, diagram) -> diagrams.getContents().remove(diagram));
    }

    private interface Change {
        void apply(Resource diagrams, Diagram diagram);
    }

    private static boolean change(Path roadmapFile, Descriptor representation, Change change) throws IOException {
        if (representation.kind() != Kind.DIAGRAM) {
            return false;
        }
        Path file = ViewpointResources.diagramFileFor(roadmapFile);
        if (!Files.isRegularFile(file)) {
            return false;
        }
        Resource diagrams;
        try {
            diagrams = ViewpointResources.loadDiagrams(ViewpointResources.newResourceSet(), file);
        } catch (ModelLoadException e) {
            throw new IOException(e.getMessage(), e);
        }
        Diagram diagram = find(diagrams, representation.descriptionId(), representation.targetUuid(), null);
        if (diagram == null) {
            return false;
        }
        change.apply(diagrams, diagram);
        ViewpointResources.saveDiagrams(diagrams, file);
        return true;
    }
}
