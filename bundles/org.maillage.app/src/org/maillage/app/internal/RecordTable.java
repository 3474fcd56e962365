/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.app.internal;

import java.util.function.Function;

import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnLayoutData;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;

/**
 * The table of a list view (problems, changes): one row per record, columns that share the view's width, and the
 * full text as a tooltip, since messages and sentences are often longer than their column.
 *
 * @param <T> the type of the rows
 */
final class RecordTable<T> {

    private final Class<T> type;
    private final TableViewer viewer;
    private final TableColumnLayout columns = new TableColumnLayout();

    /**
     * @param parent the view's area
     * @param type the type of the rows
     */
    RecordTable(Composite parent, Class<T> type) {
        this.type = type;
        Composite area = new Composite(parent, SWT.NONE);
        area.setLayout(columns);
        viewer = new TableViewer(area, SWT.SINGLE | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        ColumnViewerToolTipSupport.enableFor(viewer);
    }

    /**
     * Adds a column.
     *
     * @param title its heading
     * @param width its share of the width ({@code ColumnWeightData}) or its fixed width ({@code ColumnPixelData})
     * @param text the text of a row in it
     * @param image the image of a row in it, or {@code null}
     * @param tooltip the tooltip of a row (the same in every column)
     */
    void column(String title, ColumnLayoutData width, Function<T, String> text, Function<T, Image> image,
            Function<T, String> tooltip) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        columns.setColumnData(column.getColumn(), width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply(type.cast(element));
            }

            @Override
            public Image getImage(Object element) {
                return image.apply(type.cast(element));
            }

            @Override
            public String getToolTipText(Object element) {
                return tooltip.apply(type.cast(element));
            }
        });
    }

    /** @return the table's viewer */
    TableViewer viewer() {
        return viewer;
    }
}
