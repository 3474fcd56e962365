/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.roadmap.ui.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.ui.IElementFactory;
import org.eclipse.ui.IMemento;
import org.maillage.roadmap.ui.RoadmapEditorInput;

/** Restores the roadmap editors that were open when the workbench closed, if their files still exist. */
public final class RoadmapEditorInputFactory implements IElementFactory {

    @Override
    public IAdaptable createElement(IMemento memento) {
        String path = memento.getString(RoadmapEditorInput.KEY_PATH);
        if (path == null || !Files.isRegularFile(Path.of(path))) {
            return null;
        }
        return new RoadmapEditorInput(Path.of(path), null);
    }
}
