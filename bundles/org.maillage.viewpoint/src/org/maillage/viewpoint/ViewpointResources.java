/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.maillage.core.persistence.ModelFiles;
import org.maillage.core.persistence.ModelLoadException;
import org.maillage.core.persistence.SealedResourceSet;
import org.maillage.model.Element;
import org.maillage.model.MaillagePackage;
import org.maillage.viewpoint.internal.DomainClassCheck;
import org.maillage.viewpoint.internal.Messages;
import org.maillage.viewpoint.model.description.DescriptionPackage;
import org.maillage.viewpoint.model.description.DiagramDescription;
import org.maillage.viewpoint.model.description.Viewpoint;
import org.maillage.viewpoint.model.description.util.DescriptionResourceFactoryImpl;
import org.maillage.viewpoint.model.diagram.Diagram;
import org.maillage.viewpoint.model.diagram.DiagramPackage;
import org.maillage.viewpoint.model.diagram.util.DiagramResourceFactoryImpl;

/**
 * Files of the viewpoint engine: {@code .viewpoint} descriptions and the {@code .maillagediag} file that holds
 * the diagrams of one roadmap, beside it ({@code eure.maillage} -> {@code eure.maillagediag}). Both are XMI,
 * loaded with the hardened parser of {@link ModelFiles} (no DOCTYPE, no entities) and saved atomically with a
 * {@code .bak} of the previous version.
 */
public final class ViewpointResources {

    /** Extension of viewpoint description files. */
    public static final String VIEWPOINT_EXTENSION = "viewpoint";
    /** Extension of the file holding the diagrams of a roadmap. */
    public static final String DIAGRAM_EXTENSION = "maillagediag";

    private ViewpointResources() {
    }

    /**
     * @return a sealed resource set ({@link SealedResourceSet}: it opens no URI and demand-loads nothing) that knows
     *         both metamodels and file kinds, inside or outside OSGi; the roadmap metamodel is registered too, so that
     *         a description may name its classes by namespace URI
     */
    public static ResourceSet newResourceSet() {
        ResourceSet resourceSet = new SealedResourceSet(DiagramPackage.eINSTANCE, DescriptionPackage.eINSTANCE,
                MaillagePackage.eINSTANCE);
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(DIAGRAM_EXTENSION,
                new DiagramResourceFactoryImpl());
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(VIEWPOINT_EXTENSION,
                new DescriptionResourceFactoryImpl());
        return resourceSet;
    }

    /** @return the diagram file of a roadmap file: same folder, same name, extension {@code .maillagediag} */
    public static Path diagramFileFor(Path roadmapFile) {
        String name = roadmapFile.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return roadmapFile.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + '.' + DIAGRAM_EXTENSION);
    }

    /**
     * Loads a diagram file.
     *
     * @throws ModelLoadException naming the file, line and problem
     */
    public static Resource loadDiagrams(ResourceSet resourceSet, Path file) throws ModelLoadException {
        return ModelFiles.load(resourceSet, file);
    }

    /**
     * Finds, in the diagram file beside a roadmap, the diagram of a description drawn for a target element: the one
     * whose positions the user arranged. Renderers outside the editor (command line, reports) start from it so that
     * they show the same picture.
     *
     * @param roadmapFile the roadmap file
     * @param target the element the diagram is drawn for (usually the roadmap's root)
     * @param description the diagram description
     * @return the saved diagram, or empty when there is no diagram file or no diagram of that description for that
     *         target in it
     * @throws ModelLoadException when the diagram file exists but cannot be read (what and where)
     */
    public static Optional<Diagram> findSaved(Path roadmapFile, Element target, DiagramDescription description)
            throws ModelLoadException {
        Path saved = diagramFileFor(roadmapFile);
        if (!Files.isRegularFile(saved)) {
            return Optional.empty();
        }
        String id = ViewpointRegistry.qualifiedId(description);
        for (EObject content : loadDiagrams(newResourceSet(), saved).getContents()) {
            if (content instanceof Diagram diagram && id.equals(diagram.getViewpointId() + '/'
                    + diagram.getDescriptionId()) && target.getUuid() != null
                    && target.getUuid().equals(diagram.getTarget())) {
                return Optional.of(diagram);
            }
        }
        return Optional.empty();
    }

    /**
     * Writes a diagram into the diagram file beside a roadmap, replacing the saved diagram of the same description
     * and target and keeping the others; creates the file when there is none. Atomic, with a backup, as
     * {@link #saveDiagrams}. The roadmap is not written.
     *
     * @param roadmapFile the roadmap file
     * @param diagram the diagram to store (copied; it stays where it is)
     * @throws ModelLoadException when the diagram file exists but cannot be read (it is then left as it is)
     * @throws IOException when the file cannot be written (its content is then unchanged)
     */
    public static void storeDiagram(Path roadmapFile, Diagram diagram) throws ModelLoadException, IOException {
        Path file = diagramFileFor(roadmapFile);
        ResourceSet resourceSet = newResourceSet();
        Resource diagrams = Files.isRegularFile(file) ? loadDiagrams(resourceSet, file)
                : newDiagramResource(resourceSet, file);
        Diagram copy = EcoreUtil.copy(diagram);
        for (int i = 0; i < diagrams.getContents().size(); i++) {
            if (diagrams.getContents().get(i) instanceof Diagram saved
                    && Objects.equals(saved.getViewpointId(), diagram.getViewpointId())
                    && Objects.equals(saved.getDescriptionId(), diagram.getDescriptionId())
                    && Objects.equals(saved.getTarget(), diagram.getTarget())) {
                diagrams.getContents().set(i, copy);
                saveDiagrams(diagrams, file);
                return;
            }
        }
        diagrams.getContents().add(copy);
        saveDiagrams(diagrams, file);
    }

    /** @return a new, empty diagram resource for {@code file} (not saved) */
    public static Resource newDiagramResource(ResourceSet resourceSet, Path file) {
        return resourceSet.createResource(URI.createFileURI(file.toAbsolutePath().toString()));
    }

    /** Saves a diagram resource atomically (temporary file, fsync, rename; previous version kept as .bak). */
    public static void saveDiagrams(Resource diagrams, Path file) throws IOException {
        ModelFiles.save(diagrams, file);
    }

    /**
     * Loads a viewpoint description file.
     *
     * @throws ModelLoadException naming the file and the problem, also when its root is not a Viewpoint or when a
     *         diagram description's domain class is no class of the roadmap (file and line named)
     */
    public static Viewpoint loadViewpoint(Path file) throws ModelLoadException {
        Resource resource = ModelFiles.load(newResourceSet(), file);
        Viewpoint viewpoint = root(resource, file.toString());
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            content = null; // read a moment ago; without it the message has no line
        }
        DomainClassCheck.check(viewpoint, content, file);
        return viewpoint;
    }

    /**
     * Loads a viewpoint description from a stream (e.g. a bundle entry), with the same hardened parser.
     *
     * @param in the content; not closed
     * @param name where it comes from, for messages and as the resource URI
     * @throws ModelLoadException naming the source and the problem
     */
    public static Viewpoint loadViewpoint(InputStream in, String name) throws ModelLoadException {
        return loadViewpoint(in, name, URI.createURI("viewpoint:/" + name.replace(' ', '_'))
                .appendFileExtension(VIEWPOINT_EXTENSION));
    }

    /**
     * Loads a viewpoint description from a stream, giving its resource the URI it is known by, e.g.
     * {@code platform:/plugin/bundle/viewpoints/x.viewpoint} for a contribution: icons written relative to the
     * description resolve against it.
     *
     * @param in the content; not closed
     * @param name where it comes from, for messages
     * @param uri the URI of the description's resource
     * @throws ModelLoadException naming the source and the problem
     */
    public static Viewpoint loadViewpoint(InputStream in, String name, URI uri) throws ModelLoadException {
        Path shownAs;
        try {
            shownAs = Path.of(name);
        } catch (InvalidPathException e) {
            shownAs = Path.of(VIEWPOINT_EXTENSION);
        }
        byte[] content;
        try {
            content = in.readAllBytes();
        } catch (IOException | OutOfMemoryError e) {
            throw new ModelLoadException(shownAs, -1, ModelLoadException.Problem.NOT_READABLE,
                    Messages.get("viewpoint.notReadable", name), e);
        }
        // Same sealed set, same refusals as a file: a contributed description is not trusted more than a file.
        Viewpoint viewpoint = root(ModelFiles.load(newResourceSet(), new ByteArrayInputStream(content), uri, shownAs),
                name);
        DomainClassCheck.check(viewpoint, content, shownAs);
        return viewpoint;
    }

    private static Viewpoint root(Resource resource, String name) throws ModelLoadException {
        if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Viewpoint viewpoint)) {
            throw new ModelLoadException(null, -1, ModelLoadException.Problem.WRONG_CONTENT,
                    Messages.get("viewpoint.notViewpoint", name), null);
        }
        return viewpoint;
    }
}
