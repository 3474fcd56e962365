/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.maillage.examples.Examples;
import org.maillage.model.ModeleMaillage;
import org.maillage.report.IReportFigureProvider;
import org.maillage.report.OutputFormat;
import org.maillage.report.ReportService;
import org.maillage.report.data.ReportScope;
import org.maillage.viewpoint.report.internal.DiagramFigureProvider;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * Covered cases: the provider is registered as an OSGi service, as reports look it up; it draws the Eure
 * articulation diagram as a PNG and nothing for an id it does not know; the CTS meeting pack rendered with it embeds
 * the diagram (one more image than without a provider) and no longer shows the "not available" placeholder.
 */
class DiagramFigureProviderTest {

    private static final String PLACEHOLDER = "non disponible";

    @Test
    void isOfferedAsAService() {
        BundleContext context = FrameworkUtil.getBundle(DiagramFigureProvider.class).getBundleContext();
        ServiceReference<IReportFigureProvider> reference = context.getServiceReference(IReportFigureProvider.class);
        assertTrue(reference != null, "the component is registered by Declarative Services");
        IReportFigureProvider service = context.getService(reference);
        try {
            assertTrue(service instanceof DiagramFigureProvider);
        } finally {
            context.ungetService(reference);
        }
    }

    @Test
    void drawsTheArticulationDiagramOfAKnownId() throws Exception {
        ModeleMaillage eure = Examples.eure().open();
        DiagramFigureProvider provider = new DiagramFigureProvider();
        Optional<byte[]> png = provider.png(IReportFigureProvider.ARTICULATION, ReportScope.of(eure));
        assertTrue(png.isPresent(), "a picture");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.get()));
        assertTrue(image.getWidth() > 500 && image.getHeight() > 300, "readable size: " + image.getWidth() + "x"
                + image.getHeight());
        assertTrue(eure.eAdapters().isEmpty(), "the diagram session let go of the roadmap");
        assertEquals(Optional.empty(), provider.png("inconnu", ReportScope.of(eure)));
    }

    @Test
    void theMeetingPackEmbedsTheDiagram() throws Exception {
        ModeleMaillage eure = Examples.eure().open();
        byte[] without = dossier(new ReportService(List::of), eure);
        byte[] with = dossier(new ReportService(() -> List.of(new DiagramFigureProvider())), eure);
        // Kept as a build artifact, for people to look at the page.
        Files.createDirectories(Path.of("target", "reports"));
        Files.write(Path.of("target", "reports", "dossier-cts-eure.pdf"), with);
        try (PDDocument plain = Loader.loadPDF(without); PDDocument drawn = Loader.loadPDF(with)) {
            assertTrue(new PDFTextStripper().getText(plain).contains(PLACEHOLDER), "without a provider: placeholder");
            assertFalse(new PDFTextStripper().getText(drawn).contains(PLACEHOLDER), "with it: no placeholder");
            assertEquals(images(plain) + 1, images(drawn), "the diagram is one more picture in the pack");
        }
    }

    private static byte[] dossier(ReportService service, ModeleMaillage model) throws Exception {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            service.generate(service.design("dossier-cts").orElseThrow(), ReportScope.of(model), OutputFormat.PDF,
                    out);
            return out.toByteArray();
        } finally {
            service.close();
        }
    }

    private static int images(PDDocument document) throws Exception {
        int count = 0;
        for (PDPage page : document.getPages()) {
            for (COSName name : page.getResources().getXObjectNames()) {
                if (page.getResources().getXObject(name) instanceof PDImageXObject) {
                    count++;
                }
            }
        }
        return count;
    }
}
