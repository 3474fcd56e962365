/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.maillage.viewpoint.internal.Messages;
import org.maillage.viewpoint.model.description.AbstractNodeMapping;
import org.maillage.viewpoint.model.description.ConditionalStyle;
import org.maillage.viewpoint.model.description.ContainerMapping;
import org.maillage.viewpoint.model.description.DiagramDescription;
import org.maillage.viewpoint.model.description.DiagramElementMapping;
import org.maillage.viewpoint.model.description.EdgeMapping;
import org.maillage.viewpoint.model.description.Layer;
import org.maillage.viewpoint.model.diagram.DContainer;
import org.maillage.viewpoint.model.diagram.DDiagramElement;
import org.maillage.viewpoint.model.diagram.DNode;
import org.maillage.viewpoint.model.diagram.Diagram;
import org.maillage.viewpoint.model.diagram.DiagramFactory;
import org.maillage.viewpoint.model.diagram.NodeStyle;
import org.maillage.viewpoint.model.diagram.Style;
import org.maillage.viewpoint.render.Icons;

/**
 * What the colours, shapes and lines of a diagram mean, computed from its description only (never drawn by hand
 * per diagram): one entry per node, container and edge mapping of the active layers, with the mapping's style and
 * label, followed by one entry per conditional style of that mapping, with the attributes it sets laid over the
 * mapping's style (as the refresh does) and its {@code label}.
 * <p>
 * {@link #of(DiagramDescription, Collection)} lists every mapping of the layers, for a description shown without a
 * diagram; {@link #of(Diagram, DiagramDescription)} lists only the mappings that have at least one element in the
 * diagram, so that a legend never explains what the picture does not show. A mapping that is listed keeps all its
 * conditional styles, used or not: « Chantier en retard » in the legend of a diagram with no red box says that no
 * chantier is late. Immutable; the styles are copies, safe to read from any thread.
 *
 * @param entries the entries, in description order (layers, then mappings, sub-mappings after their container)
 */
public record Legend(List<Entry> entries) {

    /** What an entry's sample looks like. */
    public enum Kind {
        /** A box. */
        NODE,
        /** A box holding other boxes. */
        CONTAINER,
        /** A line. */
        EDGE
    }

    /**
     * One line of the legend.
     *
     * @param label what the look means, e.g. « CLS » or « Chantier en retard »
     * @param kind the kind of sample
     * @param style the look, a copy: a {@code NodeStyle} for nodes and containers, an {@code EdgeStyle} for edges;
     *            a node icon is resolved as the refresh resolves it
     * @param mappingId the id of the mapping the entry explains
     * @param conditional whether the entry is a conditional style's (drawn indented under its mapping)
     */
    public record Entry(String label, Kind kind, Style style, String mappingId, boolean conditional) {
    }

    /** @param entries see {@link Legend} */
    public Legend {
        entries = List.copyOf(entries);
    }

    /** @return whether there is nothing to explain */
    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /**
     * @param description the diagram description
     * @param activeLayerIds the ids of the optional layers that are on; the first (default) layer always is
     * @return the legend of every mapping of those layers
     */
    public static Legend of(DiagramDescription description, Collection<String> activeLayerIds) {
        return build(description, activeLayerIds, null);
    }

    /**
     * @param diagram a refreshed diagram
     * @param description its description
     * @return the legend of the mappings of the diagram's active layers that have elements in the diagram
     */
    public static Legend of(Diagram diagram, DiagramDescription description) {
        Set<String> shown = new HashSet<>();
        for (DNode node : diagram.getNodes()) {
            collect(node, shown);
        }
        for (DDiagramElement edge : diagram.getEdges()) {
            shown.add(edge.getMappingId());
        }
        return build(description, diagram.getActivatedLayers(), shown);
    }

    /** @return the legend of the session's diagram, as {@link #of(Diagram, DiagramDescription)} */
    public static Legend of(DiagramSession session) {
        return of(session.diagram(), session.description());
    }

    private static void collect(DNode node, Set<String> shown) {
        shown.add(node.getMappingId());
        if (node instanceof DContainer container) {
            for (DNode child : container.getChildren()) {
                collect(child, shown);
            }
        }
    }

    private static Legend build(DiagramDescription description, Collection<String> activeLayerIds,
            Set<String> shown) {
        List<Entry> entries = new ArrayList<>();
        String base = description.eResource() == null ? null : description.eResource().getURI().toString();
        List<Layer> layers = description.getLayers();
        for (int i = 0; i < layers.size(); i++) {
            Layer layer = layers.get(i);
            if (i > 0 && !activeLayerIds.contains(layer.getId())) {
                continue;
            }
            for (AbstractNodeMapping mapping : layer.getContainerMappings()) {
                add(entries, mapping, shown, base);
            }
            for (AbstractNodeMapping mapping : layer.getNodeMappings()) {
                add(entries, mapping, shown, base);
            }
            for (EdgeMapping mapping : layer.getEdgeMappings()) {
                add(entries, mapping, shown, base);
            }
        }
        return new Legend(entries);
    }

    private static void add(List<Entry> entries, DiagramElementMapping mapping, Set<String> shown, String base) {
        if (shown == null || shown.contains(mapping.getId())) {
            Kind kind = mapping instanceof EdgeMapping ? Kind.EDGE
                    : mapping instanceof ContainerMapping ? Kind.CONTAINER : Kind.NODE;
            Style style = baseStyle(mapping, base);
            String label = mappingLabel(mapping);
            entries.add(new Entry(label, kind, style, mapping.getId(), false));
            int n = 0;
            for (ConditionalStyle conditional : mapping.getConditionalStyles()) {
                n++;
                if (conditional.getStyle() == null) {
                    continue;
                }
                Style over = copy(conditional.getStyle());
                resolveIcon(over, base);
                Style laid = copy(style);
                for (EAttribute attribute : over.eClass().getEAllAttributes()) {
                    if (over.eIsSet(attribute) && laid.eClass().getEAllAttributes().contains(attribute)) {
                        laid.eSet(attribute, over.eGet(attribute));
                    }
                }
                String text = conditional.getLabel() != null && !conditional.getLabel().isBlank()
                        ? conditional.getLabel().strip()
                        : Messages.get("legend.conditional", label, n);
                entries.add(new Entry(text, kind, laid, mapping.getId(), true));
            }
        }
        if (mapping instanceof ContainerMapping container) {
            for (AbstractNodeMapping sub : container.getSubNodeMappings()) {
                add(entries, sub, shown, base);
            }
            for (AbstractNodeMapping sub : container.getSubContainerMappings()) {
                add(entries, sub, shown, base);
            }
        }
    }

    private static String mappingLabel(DiagramElementMapping mapping) {
        return mapping.getLabel() != null && !mapping.getLabel().isBlank() ? mapping.getLabel().strip()
                : mapping.getId();
    }

    private static Style baseStyle(DiagramElementMapping mapping, String base) {
        Style written = mapping instanceof AbstractNodeMapping node ? node.getStyle()
                : ((EdgeMapping) mapping).getStyle();
        Style style = written != null ? copy(written)
                : mapping instanceof EdgeMapping ? DiagramFactory.eINSTANCE.createEdgeStyle()
                        : DiagramFactory.eINSTANCE.createNodeStyle();
        resolveIcon(style, base);
        return style;
    }

    /** As the refresh does: an icon that cannot be used is dropped, the rest of the look stays. */
    private static void resolveIcon(Style style, String base) {
        if (style instanceof NodeStyle node && node.isSetIcon() && node.getIcon() != null) {
            Icons.resolve(node.getIcon(), base).ifPresentOrElse(node::setIcon, node::unsetIcon);
        }
    }

    private static Style copy(Style style) {
        Style copy = (Style) EcoreUtil.create(style.eClass());
        for (EAttribute attribute : style.eClass().getEAllAttributes()) {
            if (style.eIsSet(attribute)) {
                copy.eSet(attribute, style.eGet(attribute));
            }
        }
        return copy;
    }
}
