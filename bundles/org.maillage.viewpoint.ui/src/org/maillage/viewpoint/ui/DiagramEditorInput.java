/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.ui;

import java.nio.file.Path;
import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/**
 * What the diagram editor shows: one diagram description (qualified id {@code viewpointId/diagramId}, as
 * {@link org.maillage.viewpoint.ViewpointRegistry#find} takes it) on one roadmap file, drawn on one element of it:
 * the roadmap's root, or an element of the description's domain class named by its uuid (a CLS, an EPCI...).
 * <p>
 * Two inputs are equal when they name the same file, description and element, so that opening a diagram twice activates
 * the editor already open on it. The roadmap itself is not carried: the editor shares the roadmap editor's document
 * for that file. Not persisted across restarts: the roadmap editor must be there first, which a restored workbench
 * does not promise.
 */
public final class DiagramEditorInput implements IEditorInput {

    private final Path roadmapFile;
    private final String descriptionId;
    private final String targetUuid;

    /**
     * @param roadmapFile the roadmap file (made absolute)
     * @param descriptionId the qualified id of the diagram description
     */
    public DiagramEditorInput(Path roadmapFile, String descriptionId) {
        this(roadmapFile, descriptionId, null);
    }

    /**
     * @param roadmapFile the roadmap file (made absolute)
     * @param descriptionId the qualified id of the diagram description
     * @param targetUuid the uuid of the element the diagram is drawn on, or {@code null} for the roadmap's root
     */
    public DiagramEditorInput(Path roadmapFile, String descriptionId, String targetUuid) {
        this.roadmapFile = Objects.requireNonNull(roadmapFile, "roadmapFile").toAbsolutePath().normalize();
        this.descriptionId = Objects.requireNonNull(descriptionId, "descriptionId");
        this.targetUuid = targetUuid;
    }

    /** @return the uuid of the element the diagram is drawn on, or {@code null} for the roadmap's root */
    public String getTargetUuid() {
        return targetUuid;
    }

    /** @return the roadmap file, absolute */
    public Path getRoadmapFile() {
        return roadmapFile;
    }

    /** @return the qualified id of the diagram description */
    public String getDescriptionId() {
        return descriptionId;
    }

    @Override
    public boolean exists() {
        return false;
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return ResourceLocator.imageDescriptorFromBundle(DiagramEditorInput.class, "icons/diagram16.png")
                .orElse(ImageDescriptor.getMissingImageDescriptor());
    }

    @Override
    public String getName() {
        return descriptionId;
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        return roadmapFile.toString();
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DiagramEditorInput input && roadmapFile.equals(input.roadmapFile)
                && descriptionId.equals(input.descriptionId) && Objects.equals(targetUuid, input.targetUuid);
    }

    @Override
    public int hashCode() {
        return Objects.hash(roadmapFile, descriptionId, targetUuid);
    }
}
