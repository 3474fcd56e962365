/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.team.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.maillage.core.persistence.ModelLoadException;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.edit.RoadmapDocument;
import org.maillage.model.edit.seance.ChangeSentences;
import org.maillage.model.resource.MaillageFiles;
import org.maillage.model.seance.Snapshots;

/**
 * A recorded version of a roadmap as a model: compared with the current one through the CTS cycle's diff (the
 * same sentences as the dossier de séance), and restored as one undoable command.
 */
final class RoadmapVersions {

    private RoadmapVersions() {
    }

    /**
     * @param bytes the file's content at a version
     * @return it loaded with the hardened loader (through a temporary file, removed after)
     */
    static ModeleMaillage load(byte[] bytes) throws IOException {
        Path temp = Files.createTempFile("maillage-version", ".maillage");
        try {
            Files.write(temp, bytes);
            return MaillageFiles.load(temp);
        } catch (ModelLoadException e) {
            throw new IOException(e.getMessage(), e);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** @return one sentence per change from {@code version} to the current model, as in the dossier de séance */
    static List<String> changesSince(ModeleMaillage version, ModeleMaillage current) {
        LocalDate today = LocalDate.now();
        return ChangeSentences.of(Snapshots.current(version, today), Snapshots.current(current, today), current);
    }

    /**
     * A command that gives the document's root the features of {@code version}'s root: its elements are moved
     * into the document, so uuids and references are those of the version. Undo puts the current ones back.
     *
     * @param label the command's label (Édition &gt; Annuler « … »)
     */
    static Command restore(RoadmapDocument document, ModeleMaillage version, String label) {
        EditingDomain domain = document.getEditingDomain();
        ModeleMaillage current = document.getModel();
        CompoundCommand command = new CompoundCommand(label) {
            @Override
            public void execute() {
                super.execute();
                forgetIds(document.getResource());
            }

            @Override
            public void undo() {
                super.undo();
                forgetIds(document.getResource());
            }

            @Override
            public void redo() {
                super.redo();
                forgetIds(document.getResource());
            }
        };
        for (EStructuralFeature feature : current.eClass().getEAllStructuralFeatures()) {
            if (!feature.isChangeable() || feature.isDerived() || feature.isTransient()
                    || (feature instanceof EReference reference && reference.isContainer())) {
                continue;
            }
            Object value = version.eGet(feature);
            boolean containment = feature instanceof EReference reference && reference.isContainment();
            if (!containment && Objects.equals(value, current.eGet(feature))) {
                continue;
            }
            Object newValue = feature.isMany() ? new ArrayList<>((List<?>) value) : value;
            command.append(SetCommand.create(domain, current, feature, newValue));
        }
        return command;
    }

    /**
     * The resource caches uuid to element lookups; after a restore the same uuids name other objects, so the
     * cache must not answer with the replaced ones.
     */
    private static void forgetIds(Resource resource) {
        if (resource instanceof ResourceImpl impl && impl.getIntrinsicIDToEObjectMap() != null) {
            impl.getIntrinsicIDToEObjectMap().clear();
        }
    }
}
