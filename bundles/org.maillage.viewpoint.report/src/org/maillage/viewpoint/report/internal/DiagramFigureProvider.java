/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.report.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.common.util.URI;
import org.maillage.core.persistence.ModelLoadException;
import org.maillage.model.ModeleMaillage;
import org.maillage.report.FigureChoice;
import org.maillage.report.FigureId;
import org.maillage.report.IReportFigureProvider;
import org.maillage.report.ReportFigure;
import org.maillage.report.data.ReportScope;
import org.maillage.viewpoint.DiagramSession;
import org.maillage.viewpoint.Legend;
import org.maillage.viewpoint.Representations;
import org.maillage.viewpoint.ViewpointRegistry;
import org.maillage.viewpoint.ViewpointResources;
import org.maillage.viewpoint.model.description.DiagramDescription;
import org.maillage.viewpoint.model.description.Layer;
import org.maillage.viewpoint.model.description.TableDescription;
import org.maillage.viewpoint.model.diagram.Diagram;
import org.maillage.viewpoint.render.PngRenderer;
import org.maillage.viewpoint.render.RenderOptions;
import org.maillage.viewpoint.render.TablePngRenderer;
import org.maillage.viewpoint.table.Table;
import org.maillage.viewpoint.table.TableDescriptions;
import org.maillage.viewpoint.table.TableSession;

/**
 * Draws the representations that reports embed, with the viewpoint engine: any diagram description of an installed
 * viewpoint, Maillage's or a plug-in's, named {@code diagram:<viewpointId>/<descriptionId>} (optionally
 * {@code ?layers=a,b}), and {@code articulation}, the shipped "Articulation des dispositifs" diagram. A diagram is
 * drawn as the user arranged it when a diagram file lies beside the roadmap, laid out afresh otherwise, and always
 * with its legend beside it (the mappings shown and their conditional styles, {@link Legend}). Tables,
 * {@code table:<viewpointId>/<tableId>}, are computed from the roadmap and drawn as a grid
 * ({@link TablePngRenderer}), with the table's title.
 * <p>
 * Lives in its own bundle so that neither the report engine nor the viewpoint engine depends on the other; it is
 * offered as an OSGi service (Declarative Services, {@code OSGI-INF/articulation-figure.xml}).
 */
public final class DiagramFigureProvider implements IReportFigureProvider {

    /** Plain report figure ids and the diagram descriptions that draw them. */
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
    public DiagramFigureProvider(ViewpointRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Optional<byte[]> png(String id, ReportScope scope) {
        try {
            return figure(FigureId.parse(id), scope).map(ReportFigure::png);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<ReportFigure> figure(FigureId id, ReportScope scope) {
        if (id.kind() == FigureId.Kind.TABLE) {
            return table(id, scope.model());
        }
        Optional<DiagramDescription> description = description(id);
        ModeleMaillage model = scope.model();
        // A description on another domain class (e.g. one CLS) has no diagram of the roadmap: not this figure.
        if (description.isEmpty() || !registry.applicable(model).contains(description.get())) {
            return Optional.empty();
        }
        List<String> layers = description.get().getLayers().stream().skip(1).map(Layer::getId).toList();
        if (!layers.containsAll(id.layers())) {
            return Optional.empty();
        }
        DiagramSession session = open(model, description.get());
        try {
            for (String layer : id.layers()) {
                session.setLayerActive(layer, true);
            }
            if (!id.layers().isEmpty()) {
                session.arrangeAll();
            }
            Diagram diagram = session.diagram();
            // Always with its legend: on paper, away from the editor, colours and dashes need their meaning.
            RenderOptions options = RenderOptions.NONE.withLegend(Legend.of(session));
            return Optional.of(figure(new PngRenderer().image(diagram, SCALE, options), diagram.getName(),
                    description.get().getLabel()));
        } catch (IOException | RuntimeException e) {
            // The report then shows its placeholder: a missing picture must not cost the analyst the whole pack.
            ILog.of(getClass()).warn("Diagram " + id + " could not be drawn for the report: " + e.getMessage(), e);
            return Optional.empty();
        } finally {
            session.dispose();
        }
    }

    /** @return the picture as a figure, titled with the representation's title or else its description's label */
    private static ReportFigure figure(BufferedImage image, String title, String label) throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        String shown = title == null || title.isBlank() ? label : title;
        return new ReportFigure(png.toByteArray(), image.getWidth(), image.getHeight(), shown);
    }

    private Optional<ReportFigure> table(FigureId id, ModeleMaillage model) {
        // Exactly viewpoint/table, as for diagrams; a table on another domain class has no table of the roadmap.
        Optional<TableDescription> description = TableDescriptions.find(registry, id.name())
                .filter(d -> TableDescriptions.qualifiedId(d).equals(id.name()))
                .filter(d -> TableDescriptions.applicable(registry, model, new ArrayList<>()).contains(d));
        if (description.isEmpty() || !id.layers().isEmpty()) {
            return Optional.empty();
        }
        TableSession session = TableSession.create(model, description.get());
        try {
            Table table = session.table();
            return Optional.of(figure(new TablePngRenderer().image(table, SCALE), table.title(),
                    description.get().getLabel()));
        } catch (IOException | RuntimeException e) {
            ILog.of(getClass()).warn("Table " + id + " could not be drawn for the report: " + e.getMessage(), e);
            return Optional.empty();
        } finally {
            session.dispose();
        }
    }

    @Override
    public List<FigureChoice> choices(ReportScope scope) {
        List<FigureChoice> choices = new ArrayList<>();
        for (DiagramDescription description : registry.applicable(scope.model())) {
            String qualified = ViewpointRegistry.qualifiedId(description);
            // The shipped articulation diagram keeps its short id: it is the CTS pack's default.
            String id = DESCRIPTIONS.entrySet().stream().filter(e -> e.getValue().equals(qualified))
                    .map(Map.Entry::getKey).findFirst()
                    .orElse(new FigureId(FigureId.Kind.DIAGRAM, qualified, List.of()).text());
            choices.add(new FigureChoice(id, description.getLabel()));
        }
        for (TableDescription description : TableDescriptions.applicable(registry, scope.model(), new ArrayList<>())) {
            String id = new FigureId(FigureId.Kind.TABLE, TableDescriptions.qualifiedId(description), List.of()).text();
            // The wizard's checklist mixes both kinds: say which lines are tables.
            choices.add(new FigureChoice(id, description.getLabel() + " (" + Representations.Kind.TABLE.label()
                    + ")"));
        }
        return choices;
    }

    private Optional<DiagramDescription> description(FigureId id) {
        return switch (id.kind()) {
            case NAMED -> Optional.ofNullable(DESCRIPTIONS.get(id.name())).flatMap(registry::find);
            // Exactly viewpoint/description: find() also takes shorter forms, which a report must not guess at.
            case DIAGRAM -> registry.find(id.name())
                    .filter(d -> ViewpointRegistry.qualifiedId(d).equals(id.name()));
            case TABLE -> Optional.empty();
        };
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
