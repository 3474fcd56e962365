/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.example.clsm.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.cli.ExitCodes;
import org.maillage.example.clsm.Clsm;
import org.maillage.example.clsm.ClsmFactory;
import org.maillage.example.clsm.ClsmPackage;
import org.maillage.examples.Examples;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.edit.MaillageItemProviders;
import org.maillage.model.dispositif.Cls;
import org.maillage.model.dispositif.Cpts;
import org.maillage.model.resource.MaillageFiles;
import org.maillage.model.territoire.Epci;
import org.maillage.testsupport.CliRunner;
import org.maillage.testsupport.FrenchLocale;

/**
 * Covered cases: each contribution of the example plug-in is picked up by an unchanged Maillage, as a modeller's
 * plug-in would be. The clsm package is registered (generated_package); a CLSM added to the Eure example is saved and
 * loaded back by {@code MaillageFiles} with its attributes and references; {@code maillage info} counts it;
 * {@code maillage validate} reports rule CLSM-001 for a CLSM without territory nor CLS, in French, and not for a
 * complete one; {@code maillage clsm-liste} is listed by {@code --help} and prints the CLSM with their CLS, and its
 * wrong usage gives exit code 2; {@code maillage diagram} draws the viewpoint with a CLSM node linked to its CLS
 * node and to its CPTS; {@code maillage report --list} lists the design, which runs to a one-page PDF (its text names
 * the diagram, drawn as an image) and to HTML; Maillage's item providers (explorer, forms, reports) label and draw a
 * CLSM with the plug-in's own item provider (its French name, its icon), found in EMF.Edit's registry.
 */
@ExtendWith(FrenchLocale.class)
class ClsmExtensionTest {

    private static final String DIAGRAM = "org.maillage.example.clsm/clsm";

    @TempDir
    Path folder;

    /** The Eure example with one complete CLSM (EPCI, CLS, CPTS) and one with neither territory nor CLS. */
    private record Fixture(Path file, Clsm complete, Cls cls, Cpts cpts) {
    }

    private Fixture fixture() throws Exception {
        ModeleMaillage model = Examples.eure().open();
        Cls cls = model.getDispositifs().stream().filter(Cls.class::isInstance).map(Cls.class::cast).findFirst()
                .orElseThrow();
        Cpts cpts = model.getDispositifs().stream().filter(Cpts.class::isInstance).map(Cpts.class::cast)
                .findFirst().orElseThrow();
        Epci epci = model.getEpcis().get(0);
        Clsm complete = ClsmFactory.eINSTANCE.createClsm();
        complete.setNom("CLSM du Pays d'Évreux");
        complete.setCoordonnateur("Coordination CLSM, CCAS");
        complete.setDateCreation(LocalDate.of(2021, 3, 15));
        complete.getEpcis().add(epci);
        complete.setCls(cls);
        complete.getCpts().add(cpts);
        Clsm incomplete = ClsmFactory.eINSTANCE.createClsm();
        incomplete.setNom("CLSM en préfiguration");
        model.getDispositifs().addAll(List.of(complete, incomplete));
        Path file = folder.resolve("eure-clsm.maillage");
        MaillageFiles.save(model, file);
        return new Fixture(file, complete, cls, cpts);
    }

    /** Keeps an output in {@code target/clsm-example}, to be looked at after the build. */
    private void keep(String name) throws Exception {
        Path kept = Path.of("target", "clsm-example");
        Files.createDirectories(kept);
        Files.copy(folder.resolve(name), kept.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void packageIsRegisteredAndClsmRoundTrips() throws Exception {
        assertEquals(ClsmPackage.eINSTANCE, EPackage.Registry.INSTANCE.getEPackage(ClsmPackage.eNS_URI));
        Fixture fixture = fixture();
        ModeleMaillage loaded = MaillageFiles.load(fixture.file());
        Clsm clsm = loaded.getDispositifs().stream().filter(Clsm.class::isInstance).map(Clsm.class::cast)
                .filter(c -> c.getUuid().equals(fixture.complete().getUuid())).findFirst().orElseThrow();
        assertEquals("CLSM du Pays d'Évreux", clsm.getNom());
        assertEquals(LocalDate.of(2021, 3, 15), clsm.getDateCreation());
        assertEquals("Coordination CLSM, CCAS", clsm.getCoordonnateur());
        assertNotNull(clsm.getCls());
        assertEquals(fixture.cls().getUuid(), clsm.getCls().getUuid(), "the reference to a built-in CLS survives");
        assertEquals(1, clsm.getEpcis().size());
        assertEquals(fixture.cpts().getUuid(), clsm.getCpts().get(0).getUuid());
        assertTrue(Files.readString(fixture.file()).contains("http://maillage.org/example/clsm/1.0"));
    }

    @Test
    void maillageItemProvidersUseThePlugInsOwn() throws Exception {
        Fixture fixture = fixture();
        ComposedAdapterFactory factory = MaillageItemProviders.createAdapterFactory();
        try {
            IItemLabelProvider labels = (IItemLabelProvider) factory.adapt(fixture.complete(),
                    IItemLabelProvider.class);
            assertEquals("CLSM CLSM du Pays d'Évreux", labels.getText(fixture.complete()));
            Object image = labels.getImage(fixture.complete());
            assertTrue(String.valueOf(image).endsWith("/icons/full/obj16/Clsm.gif"), "the plug-in's icon: " + image);
        } finally {
            factory.dispose();
        }
    }

    @Test
    void infoCountsTheClsm() throws Exception {
        CliRunner.Result info = CliRunner.run(folder, "info", fixture().file().getFileName().toString());
        assertEquals(ExitCodes.OK, info.code(), info.err());
        assertTrue(info.out().matches("(?s).*(?i:clsm)\\s+2\\R.*"), info.out());
    }

    @Test
    void validateReportsTheRuleCode() throws Exception {
        CliRunner.Result result = CliRunner.run(folder, "validate", fixture().file().getFileName().toString());
        assertEquals(ExitCodes.PROBLEMS_FOUND, result.code(), result.out() + result.err());
        List<String> lines = result.out().lines().filter(l -> l.contains("CLSM-001")).toList();
        assertEquals(2, lines.size(), result.out());
        assertTrue(lines.stream().allMatch(l -> l.contains("CLSM en préfiguration")), result.out());
        assertTrue(lines.stream().anyMatch(l -> l.contains("ne couvre aucune commune ni aucun EPCI")), result.out());
        assertTrue(lines.stream().anyMatch(l -> l.contains("n'est rattaché à aucun CLS")), result.out());
    }

    @Test
    void commandIsListedAndListsTheClsm() throws Exception {
        CliRunner.Result help = CliRunner.run(folder, "--help");
        assertTrue(help.out().contains("clsm-liste"), help.out());
        Fixture fixture = fixture();
        CliRunner.Result list = CliRunner.run(folder, "clsm-liste", fixture.file().getFileName().toString());
        assertEquals(ExitCodes.OK, list.code(), list.err());
        assertTrue(list.out().contains("2 CLSM dans eure-clsm.maillage"), list.out());
        assertTrue(list.out().contains("- CLSM du Pays d'Évreux : CLS " + fixture.cls().getNom()), list.out());
        assertTrue(list.out().contains("- CLSM en préfiguration : CLS aucun ; territoires aucun"), list.out());
        CliRunner.Result usage = CliRunner.run(folder, "clsm-liste");
        assertEquals(ExitCodes.USAGE, usage.code());
        assertTrue(usage.err().contains("Usage : maillage clsm-liste FICHIER"), usage.err());
    }

    @Test
    void viewpointDrawsTheClsmLinkedToItsCls() throws Exception {
        Fixture fixture = fixture();
        CliRunner.Result result = CliRunner.run(folder, "diagram", "--viewpoint", DIAGRAM, "--out", "clsm.svg",
                fixture.file().getFileName().toString());
        assertEquals(ExitCodes.OK, result.code(), result.out() + result.err());
        String svg = Files.readString(folder.resolve("clsm.svg"));
        keep("clsm.svg");
        assertTrue(svg.contains("data-mapping=\"clsm\" data-semantic=\"" + fixture.complete().getUuid() + '"'), svg);
        assertTrue(svg.contains("data-mapping=\"cls\" data-semantic=\"" + fixture.cls().getUuid() + '"'), svg);
        assertTrue(svg.contains("data-mapping=\"cpts\" data-semantic=\"" + fixture.cpts().getUuid() + '"'), svg);
        assertTrue(svg.contains("data-mapping=\"axeDuCls\""), "an edge links the CLSM to its CLS");
        assertTrue(svg.contains("axe santé mentale"), "labels come from the plug-in's plugin_fr.properties");
        assertEquals(1, svg.split("data-mapping=\"cls\" ", -1).length - 1, "only the CLS linked to a CLSM");
    }

    @Test
    void reportIsListedAndRunsToPdfAndHtml() throws Exception {
        CliRunner.Result list = CliRunner.run(folder, "report", "--list");
        assertEquals(ExitCodes.OK, list.code(), list.err());
        assertTrue(list.out().contains("clsm"), list.out());
        assertTrue(list.out().contains("CLSM de la feuille de route (exemple)"), list.out());
        String roadmap = fixture().file().getFileName().toString();
        CliRunner.Result pdf = CliRunner.run(folder, "report", "--design", "clsm", "--out", "clsm.pdf", roadmap);
        assertEquals(ExitCodes.OK, pdf.code(), pdf.out() + pdf.err());
        keep("clsm.pdf");
        try (PDDocument document = Loader.loadPDF(folder.resolve("clsm.pdf").toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Conseils locaux de santé mentale"), text);
            assertTrue(text.contains("CLSM, CLS et CPTS"), "the diagram's title: " + text);
            boolean image = false;
            for (var page : document.getPages()) {
                image |= page.getResources().getXObjectNames().iterator().hasNext();
            }
            assertTrue(image, "the diagram is drawn as an image");
            assertEquals(1, document.getNumberOfPages(), "the diagram fits under the headings");
        }
        CliRunner.Result html = CliRunner.run(folder, "report", "--design", "clsm", "--format", "html", "--out",
                "clsm.html", roadmap);
        assertEquals(ExitCodes.OK, html.code(), html.out() + html.err());
        assertTrue(Files.readString(folder.resolve("clsm.html")).contains("Conseils locaux de santé mentale"));
    }
}
