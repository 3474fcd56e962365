/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.maillage.viewpoint.model.description.AbstractNodeMapping;
import org.maillage.viewpoint.model.description.EdgeCreationTool;
import org.maillage.viewpoint.model.description.EdgeMapping;
import org.maillage.viewpoint.model.description.NodeCreationTool;
import org.maillage.viewpoint.model.description.Tool;
import org.maillage.viewpoint.model.diagram.EdgeStyle;
import org.maillage.viewpoint.model.diagram.NodeStyle;

/**
 * The palette beside the canvas, built from the description's tools ({@code session.tools()}): "Sélection" first,
 * then one button per node or edge creation tool, with a small picture in the colours of the mapping it creates so
 * that the user recognises the element on the diagram. Delete and direct-edit tools act on the selection (Delete
 * key, F2), they have no button. One button is down at a time; after a creation the selection tool is back.
 */
final class Palette {

    private final Composite control;
    private final DiagramCanvas canvas;
    private final List<Button> buttons = new ArrayList<>();
    private final List<Image> images = new ArrayList<>();

    /**
     * @param parent the parent composite
     * @param canvas the canvas whose tool the palette sets
     * @param tools the description's tools
     * @param modes makes the canvas tool of a creation tool, given the palette's "back to selection" callback
     */
    Palette(Composite parent, DiagramCanvas canvas, List<Tool> tools, ModeFactory modes) {
        this.canvas = canvas;
        control = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 4;
        layout.verticalSpacing = 2;
        control.setLayout(layout);
        Label title = new Label(control, SWT.NONE);
        title.setText(Messages.get("palette.title"));
        add(Messages.get("palette.select"), null, null);
        for (Tool tool : tools) {
            if (tool instanceof NodeCreationTool || tool instanceof EdgeCreationTool) {
                add(tool.getLabel(), icon(tool), () -> modes.create(tool, this::reset));
            }
        }
        buttons.get(0).setSelection(true);
        control.addListener(SWT.Dispose, e -> images.forEach(Image::dispose));
    }

    /** Makes the canvas tool of a palette tool. */
    @FunctionalInterface
    interface ModeFactory {
        CanvasTool create(Tool tool, Runnable finished);
    }

    Composite control() {
        return control;
    }

    /** @return the buttons, "Sélection" first (tests press them) */
    List<Button> buttons() {
        return List.copyOf(buttons);
    }

    /** Back to the selection tool. */
    void reset() {
        if (!control.isDisposed()) {
            press(buttons.get(0));
        }
        canvas.setTool(null);
    }

    private void add(String label, Image image, Supplier<CanvasTool> mode) {
        Button button = new Button(control, SWT.TOGGLE | SWT.LEFT | SWT.FLAT);
        button.setText(label == null ? "" : label);
        button.setImage(image);
        button.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        button.addListener(SWT.Selection, e -> {
            press(button);
            canvas.setTool(mode == null ? null : mode.get());
            canvas.control().setFocus();
        });
        buttons.add(button);
    }

    private void press(Button pressed) {
        for (Button button : buttons) {
            button.setSelection(button == pressed);
        }
    }

    /** A 16x16 picture of what the tool creates: a box in the mapping's colours, or a line in the edge's. */
    private Image icon(Tool tool) {
        Image image = new Image(control.getDisplay(), 16, 16);
        images.add(image);
        GC gc = new GC(image);
        DiagramPainter colors = canvas.painter();
        try {
            gc.setBackground(control.getBackground());
            gc.fillRectangle(0, 0, 16, 16);
            gc.setAntialias(SWT.ON);
            if (tool instanceof NodeCreationTool node) {
                NodeStyle style = style(node.getMapping(), AbstractNodeMapping::getStyle);
                gc.setBackground(colors.color(style == null ? null : style.getBackgroundColor()));
                gc.setForeground(colors.color(style == null ? null : style.getBorderColor()));
                gc.fillRoundRectangle(1, 3, 14, 10, 4, 4);
                gc.drawRoundRectangle(1, 3, 14, 10, 4, 4);
            } else if (tool instanceof EdgeCreationTool edge) {
                EdgeStyle style = style(edge.getMapping(), EdgeMapping::getStyle);
                gc.setForeground(colors.color(style == null ? null : style.getLineColor()));
                gc.setLineWidth(2);
                gc.drawLine(2, 13, 13, 2);
                gc.drawPolyline(new int[] { 8, 2, 13, 2, 13, 7 });
            }
        } finally {
            gc.dispose();
        }
        return image;
    }

    private static <M, S> S style(M mapping, Function<M, S> style) {
        return mapping == null ? null : style.apply(mapping);
    }
}
