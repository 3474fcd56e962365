/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.report.internal;

import java.util.Base64;

import org.eclipse.birt.report.engine.api.HTMLImageHandler;
import org.eclipse.birt.report.engine.api.IImage;
import org.eclipse.birt.report.engine.api.script.IReportContext;

/**
 * Puts the images of an HTML report (charts, figures) into the page as {@code data:} URIs. BIRT's default writes
 * them to temporary files and links them with {@code file:} URLs, which break as soon as the page is sent, moved
 * or previewed elsewhere; one self-contained file is what users expect.
 */
public final class EmbeddedImageHandler extends HTMLImageHandler {

    private static String dataUri(IImage image) {
        byte[] data = image.getImageData();
        if (data == null) {
            return image.getID();
        }
        String mime = image.getMimeType() == null ? "image/png" : image.getMimeType();
        return "data:" + mime + ";base64," + Base64.getEncoder().encodeToString(data);
    }

    @Override
    public String onCustomImage(IImage image, IReportContext context) {
        return dataUri(image);
    }

    @Override
    public String onDesignImage(IImage image, IReportContext context) {
        return dataUri(image);
    }

    @Override
    public String onDocImage(IImage image, IReportContext context) {
        return dataUri(image);
    }

    @Override
    public String onFileImage(IImage image, IReportContext context) {
        return dataUri(image);
    }

    @Override
    public String onURLImage(IImage image, IReportContext context) {
        return image.getID();
    }
}
