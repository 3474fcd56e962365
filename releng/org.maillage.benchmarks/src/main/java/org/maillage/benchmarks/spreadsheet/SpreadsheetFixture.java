/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.benchmarks.spreadsheet;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.maillage.benchmarks.RoadmapGenerator;
import org.maillage.model.Element;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.dispositif.Axe;
import org.maillage.model.dispositif.Cls;
import org.maillage.model.dispositif.DispositifFactory;
import org.maillage.model.dispositif.FicheAction;
import org.maillage.model.financement.Financement;
import org.maillage.model.financement.FinancementFactory;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * A département's roadmap from {@link RoadmapGenerator} (5,000 elements, seed 27) whose CLS fiches actions and
 * financements are topped up to {@code rows} each, every added row drawn like the generator's own (a porteur, three
 * communes, a QPV, a chantier; a financeur, a fund, an object, a year, an amount): the table a délégation with many
 * CLS would export. Deterministic, uuids included.
 */
final class SpreadsheetFixture {

    /** The tables measured, by their export names. */
    static final String FICHES = "cls-fiches-actions";
    static final String FINANCEMENTS = "financements";

    private SpreadsheetFixture() {
    }

    static ModeleMaillage generate(int rows) {
        ModeleMaillage model = RoadmapGenerator.generate(RoadmapGenerator.DEPARTEMENT_SHARE, 27);
        Random random = new Random(rows);
        List<FicheAction> fiches = new ArrayList<>();
        List<Axe> axes = new ArrayList<>();
        model.eAllContents().forEachRemaining(o -> {
            if (o instanceof FicheAction f) {
                fiches.add(f);
            } else if (o instanceof Axe a && a.eContainer() instanceof Cls) {
                axes.add(a);
            }
        });
        List<FicheAction> templates = List.copyOf(fiches);
        for (int i = fiches.size(); i < rows; i++) {
            FicheAction template = templates.get(random.nextInt(templates.size()));
            FicheAction fiche = DispositifFactory.eINSTANCE.createFicheAction();
            identify(fiche, "Fiche ajoutée " + i, random);
            Axe axe = axes.get(i % axes.size());
            fiche.setNumero(axe.getNumero() + "." + (axe.getFichesActions().size() + 1));
            fiche.setDescription(template.getDescription());
            fiche.setPorteur(template.getPorteur());
            fiche.getPublics().addAll(template.getPublics());
            fiche.getTerritoires().addAll(template.getTerritoires());
            fiche.getQpvCibles().addAll(template.getQpvCibles());
            fiche.getChantiers().addAll(template.getChantiers());
            axe.getFichesActions().add(fiche);
            fiches.add(fiche);
        }
        List<Financement> existing = List.copyOf(model.getFinancements());
        for (int i = existing.size(); i < rows; i++) {
            Financement template = existing.get(random.nextInt(existing.size()));
            Financement financement = FinancementFactory.eINSTANCE.createFinancement();
            identify(financement, "Financement ajouté " + i, random);
            financement.setFinanceur(template.getFinanceur());
            financement.setFonds(template.getFonds());
            financement.setObjet(fiches.get(random.nextInt(fiches.size())));
            financement.setAnnee(2020 + random.nextInt(7));
            financement.setMontant(BigDecimal.valueOf(1_000L + random.nextInt(200_000), 0));
            financement.setMission(template.getMission());
            financement.setIllustrative(true);
            model.getFinancements().add(financement);
        }
        return model;
    }

    private static void identify(Element element, String nom, Random random) {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        element.setUuid("_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
        element.setNom(nom);
    }

    /**
     * The floor of an import: POI's streaming read of every sheet of an XLSX file, each cell formatted by POI's stock
     * {@link DataFormatter} into a list of strings, nothing compared nor resolved. This is the documented way to
     * read a large XLSX with POI (XSSF event API); the importer reads the same way, then checks every value.
     *
     * @return the number of cells read, so that no work is optimised away
     */
    static int bareRead(Path file) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            XSSFReader.SheetIterator it = reader.getSheetIterator();
            while (it.hasNext()) {
                try (InputStream in = it.next()) {
                    XMLReader xml = XMLHelper.newXMLReader();
                    xml.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings,
                            new XSSFSheetXMLHandler.SheetContentsHandler() {
                                @Override
                                public void startRow(int rowNum) {
                                    rows.add(new ArrayList<>());
                                }

                                @Override
                                public void endRow(int rowNum) {
                                }

                                @Override
                                public void cell(String reference, String value, XSSFComment comment) {
                                    rows.get(rows.size() - 1).add(value);
                                }
                            }, new DataFormatter(), false));
                    xml.parse(new InputSource(in));
                }
            }
        }
        return rows.stream().mapToInt(List::size).sum();
    }
}
