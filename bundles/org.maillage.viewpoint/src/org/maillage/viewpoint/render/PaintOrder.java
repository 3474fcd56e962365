/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.render;

import java.util.ArrayList;
import java.util.List;

import org.maillage.viewpoint.model.diagram.DContainer;
import org.maillage.viewpoint.model.diagram.DNode;
import org.maillage.viewpoint.model.diagram.Diagram;

/**
 * The order every renderer draws nodes in: containers depth first (a parent under its children), then the plain
 * nodes, which go above the edges drawn in between.
 *
 * @param containers the containers, parents before children
 * @param leaves the other nodes, in document order
 */
record PaintOrder(List<DNode> containers, List<DNode> leaves) {

    /** @return the paint order of the diagram's nodes */
    static PaintOrder of(Diagram diagram) {
        PaintOrder order = new PaintOrder(new ArrayList<>(), new ArrayList<>());
        diagram.getNodes().forEach(order::add);
        return order;
    }

    private void add(DNode node) {
        if (node instanceof DContainer container) {
            containers.add(node);
            container.getChildren().forEach(this::add);
        } else {
            leaves.add(node);
        }
    }
}
