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
 * {@link org.maillage.viewpoint.ViewpointRegistry#find} takes it) on one roadmap file.
 * <p>
 * Two inputs are equal when they name the same file and description, so that opening a diagram twice activates
 * the editor already open on it. The roadmap itself is not carried: the editor shares the roadmap editor's document
 * for that file. Not persisted across restarts: the roadmap editor must be there first, which a restored workbench
 * does not promise.
 */
public final class DiagramEditorInput implements IEditorInput {

    private final Path roadmapFile;
    private final String descriptionId;

    /**
     * @param roadmapFile the roadmap file (made absolute)
     * @param descriptionId the qualified id of the diagram description
     */
    public DiagramEditorInput(Path roadmapFile, String descriptionId) {
        this.roadmapFile = Objects.requireNonNull(roadmapFile, "roadmapFile").toAbsolutePath().normalize();
        this.descriptionId = Objects.requireNonNull(descriptionId, "descriptionId");
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
                && descriptionId.equals(input.descriptionId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(roadmapFile, descriptionId);
    }
}
