/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.report.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.common.util.URI;
import org.maillage.core.persistence.ModelLoadException;
import org.maillage.model.ModeleMaillage;
import org.maillage.report.IReportFigureProvider;
import org.maillage.report.data.ReportScope;
import org.maillage.viewpoint.DiagramSession;
import org.maillage.viewpoint.ViewpointRegistry;
import org.maillage.viewpoint.ViewpointResources;
import org.maillage.viewpoint.model.description.DiagramDescription;
import org.maillage.viewpoint.model.diagram.Diagram;
import org.maillage.viewpoint.render.PngRenderer;

/**
 * Draws the diagrams that reports embed, with the viewpoint engine: {@code articulation} is the shipped
 * "Articulation des dispositifs" diagram of the roadmap, as the user arranged it when a diagram file lies beside the
 * roadmap, laid out afresh otherwise.
 * <p>
 * Lives in its own bundle so that neither the report engine nor the viewpoint engine depends on the other; it is
 * offered as an OSGi service (Declarative Services, {@code OSGI-INF/articulation-figure.xml}).
 */
public final class DiagramFigureProvider implements IReportFigureProvider {

    /** Report figure ids and the diagram descriptions that draw them. */
    static final Map<String, String> DESCRIPTIONS = Map.of(ARTICULATION,
            "org.maillage.viewpoints.articulation/articulation");

    /** Twice the diagram's own units: sharp enough on an A4 page printed or zoomed, small enough to embed. */
    private static final double SCALE = 2.0;

    private final ViewpointRegistry registry;

    /** Used by Declarative Services: descriptions come from the viewpoints extension point. */
    public DiagramFigureProvider() {
        this(ViewpointRegistry.fromExtensions());
    }

    /** @param registry where the descriptions come from */
    DiagramFigureProvider(ViewpointRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Optional<byte[]> png(String id, ReportScope scope) {
        String descriptionId = DESCRIPTIONS.get(id);
        Optional<DiagramDescription> description = descriptionId == null ? Optional.empty()
                : registry.find(descriptionId);
        if (description.isEmpty()) {
            return Optional.empty();
        }
        ModeleMaillage model = scope.model();
        DiagramSession session = open(model, description.get());
        try {
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(new PngRenderer().image(session.diagram(), SCALE), "png", png);
            return Optional.of(png.toByteArray());
        } catch (IOException | RuntimeException e) {
            // The report then shows its placeholder: a missing picture must not cost the analyst the whole pack.
            ILog.of(getClass()).warn("Diagram " + id + " could not be drawn for the report: " + e.getMessage(), e);
            return Optional.empty();
        } finally {
            session.dispose();
        }
    }

    private DiagramSession open(ModeleMaillage model, DiagramDescription description) {
        Path roadmap = fileOf(model);
        if (roadmap != null) {
            try {
                Optional<Diagram> saved = ViewpointResources.findSaved(roadmap, model, description);
                if (saved.isPresent()) {
                    return DiagramSession.open(saved.get(), model.eResource(), registry);
                }
            } catch (ModelLoadException e) {
                ILog.of(getClass()).warn(e.getMessage());
            }
        }
        return DiagramSession.create(model, description);
    }

    private static Path fileOf(ModeleMaillage model) {
        URI uri = model.eResource() == null ? null : model.eResource().getURI();
        return uri != null && uri.isFile() ? Path.of(uri.toFileString()) : null;
    }
}
