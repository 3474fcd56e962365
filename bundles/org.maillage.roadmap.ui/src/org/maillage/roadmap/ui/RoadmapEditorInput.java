/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.roadmap.ui;

import java.nio.file.Path;
import java.util.Objects;

import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IPathEditorInput;
import org.eclipse.ui.IPersistableElement;
import org.eclipse.ui.PlatformUI;
import org.maillage.model.edit.RoadmapDocument;

/**
 * What the roadmap editor edits: a roadmap file, or a new roadmap not saved yet.
 * <p>
 * Two inputs are equal when they name the same file, so that opening a file twice activates the editor already
 * open on it. An input may carry a document already loaded (by {@link RoadmapEditors#open}, which loads first to
 * report a broken file in a dialog rather than in a failed editor), which the editor takes over once.
 */
public final class RoadmapEditorInput implements IPathEditorInput, IPersistableElement {

    /** The element factory that restores an input from the workbench's saved state. */
    public static final String FACTORY_ID = "org.maillage.roadmap.ui.inputFactory";
    /** The memento key of the file. */
    public static final String KEY_PATH = "path";

    private final Path file;
    private RoadmapDocument document;

    /**
     * @param file the roadmap file, or {@code null} for a new roadmap carried by {@code document}
     * @param document a document already loaded for this file, or {@code null} to let the editor load it
     */
    public RoadmapEditorInput(Path file, RoadmapDocument document) {
        if (file == null && document == null) {
            throw new IllegalArgumentException("a file or a document");
        }
        this.file = file == null ? null : file.toAbsolutePath().normalize();
        this.document = document;
    }

    /** @return the file, absolute, or {@code null} for a new roadmap */
    public Path getFile() {
        return file;
    }

    /**
     * Hands over the preloaded document, once.
     *
     * @return the document loaded before the editor opened, or {@code null}
     */
    public RoadmapDocument takeDocument() {
        RoadmapDocument taken = document;
        document = null;
        return taken;
    }

    @Override
    public IPath getPath() {
        return file == null ? null : IPath.fromPath(file);
    }

    @Override
    public boolean exists() {
        return file != null;
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return PlatformUI.getWorkbench().getEditorRegistry().getImageDescriptor("roadmap.maillage");
    }

    @Override
    public String getName() {
        return file == null ? "sans-titre.maillage" : file.getFileName().toString();
    }

    @Override
    public IPersistableElement getPersistable() {
        return file == null ? null : this;
    }

    @Override
    public String getToolTipText() {
        return file == null ? getName() : file.toString();
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return null;
    }

    @Override
    public String getFactoryId() {
        return FACTORY_ID;
    }

    @Override
    public void saveState(IMemento memento) {
        memento.putString(KEY_PATH, file.toString());
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof RoadmapEditorInput input)) {
            return false;
        }
        // New roadmaps (no file) are each their own.
        return file != null && file.equals(input.file);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(file);
    }
}
