/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.report.internal;

import org.eclipse.birt.report.model.api.DesignElementHandle;
import org.eclipse.birt.report.model.api.DimensionHandle;
import org.eclipse.birt.report.model.api.ImageHandle;
import org.eclipse.birt.report.model.api.MasterPageHandle;
import org.eclipse.birt.report.model.api.ModuleHandle;
import org.eclipse.birt.report.model.api.PropertyHandle;
import org.eclipse.birt.report.model.api.ReportItemHandle;
import org.eclipse.birt.report.model.api.RowHandle;
import org.eclipse.birt.report.model.api.activity.SemanticException;
import org.eclipse.birt.report.model.api.elements.DesignChoiceConstants;
import org.eclipse.birt.report.model.api.metadata.DimensionValue;
import org.eclipse.birt.report.model.api.util.DimensionUtil;

/**
 * Turns a report design's pages into slides before it is rendered as PPTX: a chair projects 16:9, and BIRT's PPTX
 * emitter makes each page a slide of the page's size, so an A4 design would give portrait slides with 9 pt text.
 * Every master page becomes PowerPoint's widescreen size (13.333 x 7.5 in), font sizes given in the design grow by
 * {@link #FONT_SCALE} (a slide is read from the back of a room), and pictures (and rows of fixed height) taller or
 * wider than a slide's free area under a title shrink to it, pictures keeping their proportions. Tables whose
 * widths are percentages follow the page; the wider slide leaves room for the larger text. Only the copy of the
 * design opened for that rendering changes.
 */
public final class Slides {

    /** PowerPoint's widescreen slide, 13.333 x 7.5 in: 16:9, in points. */
    public static final int WIDTH_PT = 960;

    /** Height of the {@link #WIDTH_PT} slide. */
    public static final int HEIGHT_PT = 540;

    /** How much larger the design's font sizes are on slides. */
    public static final double FONT_SCALE = 1.5;

    private static final double WIDTH_CM = WIDTH_PT / 72.0 * 2.54;
    private static final double HEIGHT_CM = HEIGHT_PT / 72.0 * 2.54;
    private static final double SIDE_MARGIN_CM = 1.2;
    private static final double TOP_MARGIN_CM = 0.8;
    private static final String POINTS = DesignChoiceConstants.UNITS_PT;
    /**
     * Room left above a picture or a fixed-height row for its titles: the dossier's diagram rows come under a
     * section title and the diagram's own title, 2.9 cm at slide font sizes (measured on the Eure pack).
     */
    private static final double TITLE_CM = 3.5;

    private Slides() {
    }

    /**
     * @param design the design as opened for one rendering; changed in place
     * @throws SemanticException when BIRT refuses a value (not expected: the values are valid dimensions)
     */
    public static void adapt(ModuleHandle design) throws SemanticException {
        double freeWidth = WIDTH_CM - 2 * SIDE_MARGIN_CM;
        double freeHeight = HEIGHT_CM - 2 * TOP_MARGIN_CM;
        for (Object content : design.getMasterPages().getContents()) {
            if (content instanceof MasterPageHandle page) {
                page.setPageType(DesignChoiceConstants.PAGE_SIZE_CUSTOM);
                page.setOrientation(DesignChoiceConstants.PAGE_ORIENTATION_LANDSCAPE);
                // Values, never text: BIRT parses "13.333in" in the user's locale, and in French it read 13333 in.
                page.setProperty(MasterPageHandle.WIDTH_PROP, new DimensionValue(WIDTH_PT, POINTS));
                page.setProperty(MasterPageHandle.HEIGHT_PROP, new DimensionValue(HEIGHT_PT, POINTS));
                page.setProperty(MasterPageHandle.TOP_MARGIN_PROP, centimetres(TOP_MARGIN_CM));
                page.setProperty(MasterPageHandle.BOTTOM_MARGIN_PROP, centimetres(TOP_MARGIN_CM));
                page.setProperty(MasterPageHandle.LEFT_MARGIN_PROP, centimetres(SIDE_MARGIN_CM));
                page.setProperty(MasterPageHandle.RIGHT_MARGIN_PROP, centimetres(SIDE_MARGIN_CM));
                freeHeight = Math.min(freeHeight, HEIGHT_CM - 2 * TOP_MARGIN_CM - centimetres(page,
                        "headerHeight") - centimetres(page, "footerHeight"));
            }
        }
        // A picture comes under its title: both on one slide.
        walk(design, freeWidth, freeHeight - TITLE_CM);
    }

    private static void walk(DesignElementHandle element, double freeWidth, double freeHeight)
            throws SemanticException {
        scaleFont(element);
        if (element instanceof ImageHandle || element instanceof ReportItemHandle item && isPicture(item)) {
            fit((ReportItemHandle) element, freeWidth, freeHeight);
        } else if (element instanceof RowHandle row && centimetres(row.getHeight()) > freeHeight) {
            // A row of fixed height (the one holding a diagram) taller than a slide would spill onto blank slides.
            row.getHeight().setValue(centimetres(Math.floor(freeHeight * 100) / 100));
        }
        for (int slot = 0; slot < element.getDefn().getSlotCount(); slot++) {
            for (Object child : element.getSlot(slot).getContents()) {
                walk((DesignElementHandle) child, freeWidth, freeHeight);
            }
        }
    }

    /** Charts and other extended items have a fixed size like images; tables and grids flow. */
    private static boolean isPicture(ReportItemHandle item) {
        return item instanceof org.eclipse.birt.report.model.api.ExtendedItemHandle;
    }

    private static void scaleFont(DesignElementHandle element) throws SemanticException {
        PropertyHandle font = element.getPropertyHandle("fontSize");
        if (font == null || !font.isLocal() || !(font.getValue() instanceof DimensionValue size)
                || size.getUnits() == null || DesignChoiceConstants.UNITS_PERCENTAGE.equals(size.getUnits())
                || DesignChoiceConstants.UNITS_EM.equals(size.getUnits())) {
            // Keywords (larger...) and relative sizes follow the scaled size they are relative to.
            return;
        }
        double scaled = Math.round(size.getMeasure() * FONT_SCALE * 10) / 10.0;
        font.setValue(new DimensionValue(scaled, size.getUnits()));
    }

    /** Shrinks a picture larger than a slide's free area to it, keeping its proportions. */
    private static void fit(ReportItemHandle item, double freeWidth, double freeHeight) throws SemanticException {
        double width = centimetres(item.getWidth());
        double height = centimetres(item.getHeight());
        if (width <= 0 || height <= 0) {
            return;
        }
        double ratio = Math.min(1, Math.min(freeWidth / width, freeHeight / height));
        if (ratio < 1) {
            item.getWidth().setValue(centimetres(Math.floor(width * ratio * 100) / 100));
            item.getHeight().setValue(centimetres(Math.floor(height * ratio * 100) / 100));
        }
    }

    private static DimensionValue centimetres(double measure) {
        return new DimensionValue(measure, DesignChoiceConstants.UNITS_CM);
    }

    private static double centimetres(DesignElementHandle element, String property) {
        return centimetres(element.getDimensionProperty(property));
    }

    /** @return the dimension in centimetres, or 0 when it is unset or relative (a percentage) */
    private static double centimetres(DimensionHandle dimension) {
        if (dimension == null || !dimension.isSet() || dimension.getUnits() == null
                || DesignChoiceConstants.UNITS_PERCENTAGE.equals(dimension.getUnits())
                || DesignChoiceConstants.UNITS_EM.equals(dimension.getUnits())
                || DesignChoiceConstants.UNITS_EX.equals(dimension.getUnits())) {
            return 0;
        }
        return DimensionUtil.convertTo(dimension.getMeasure(), dimension.getUnits(),
                DesignChoiceConstants.UNITS_CM).getMeasure();
    }
}
