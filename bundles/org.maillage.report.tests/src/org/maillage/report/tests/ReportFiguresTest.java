/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.report.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.maillage.examples.Example;
import org.maillage.examples.Examples;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.dispositif.Cls;
import org.maillage.model.dispositif.Dispositif;
import org.maillage.model.dispositif.FicheAction;
import org.maillage.model.edit.seance.ChangeSentences;
import org.maillage.model.instance.Decision;
import org.maillage.model.instance.Instance;
import org.maillage.model.instance.Seance;
import org.maillage.model.instance.Snapshot;
import org.maillage.model.instance.TypeInstance;
import org.maillage.model.plan.Chantier;
import org.maillage.model.plan.FeuilleDeRoute;
import org.maillage.model.plan.MesurePraps;
import org.maillage.model.plan.StatutChantier;
import org.maillage.model.seance.Change;
import org.maillage.model.seance.SnapshotDiff;
import org.maillage.model.seance.Snapshots;
import org.maillage.model.territoire.Commune;
import org.maillage.model.territoire.Epci;
import org.maillage.model.territoire.Qpv;
import org.maillage.model.util.ModelQuery;
import org.maillage.report.OutputFormat;

/**
 * Covered cases: the figures printed in the shipped reports (PDF text read with PDFBox, DOCX text from
 * word/document.xml) are those of the model, computed here straight from it and not through the report data facade:
 * chantier counts and the late chantiers (and only them) in the bilan; the EPCI without CLS and the QPV that no CLS
 * fiche action targets in the coverage report (Navarre in Évreux for the Eure); the measures of the PRAPS declined
 * nowhere; what changed since the CTS meeting of June 2024 (its snapshot) in the meeting pack; a placeholder marks
 * the missing articulation diagram.
 */
class ReportFiguresTest {

    private static ModeleMaillage eure;
    private static FeuilleDeRoute feuille;
    private static LocalDate dateSeance;

    @BeforeAll
    static void load() throws Exception {
        eure = Examples.eure().open();
        feuille = eure.getFeuillesDeRoute().get(0);
        dateSeance = seancesCts(eure).stream().map(Seance::getDate).max(Comparator.naturalOrder()).orElseThrow();
    }

    private static List<Seance> seancesCts(ModeleMaillage model) {
        return model.getInstances().stream().filter(i -> i.getType() == TypeInstance.CTS_PLENIERE)
                .map(Instance::getSeances).flatMap(List::stream).toList();
    }

    private static boolean late(Chantier c, LocalDate date) {
        return c.getStatut() == StatutChantier.EN_RETARD || c.getStatut() != StatutChantier.TERMINE
                && c.getStatut() != StatutChantier.ABANDONNE && c.getEcheance() != null
                && c.getEcheance().isBefore(date);
    }

    /** @return the text between a heading and the next one of {@code next} (or the end) */
    private static String section(String text, String heading, String next) {
        int start = text.indexOf(heading);
        assertTrue(start >= 0, "no section " + heading + " in " + text);
        int end = next == null ? -1 : text.indexOf(next, start + heading.length());
        return text.substring(start, end < 0 ? text.length() : end);
    }

    @Test
    void bilanListsTheLateChantiersOfTheModel() throws Exception {
        List<Chantier> lates = feuille.getChantiers().stream().filter(c -> late(c, dateSeance)).toList();
        assertFalse(lates.isEmpty(), "the Eure example has a late chantier");
        for (OutputFormat format : List.of(OutputFormat.PDF, OutputFormat.DOCX)) {
            byte[] bytes = ShippedDesignsTest.render("bilan-feuille-de-route", eure, format);
            String text = format == OutputFormat.PDF ? ReportOutputs.pdfText(bytes) : ReportOutputs.docxText(bytes);
            String figures = feuille.getChantiers().size() + " " + lates.size() + " "
                    + feuille.getChantiers().stream().filter(c -> c.getStatut() == StatutChantier.TERMINE).count();
            assertTrue(text.contains(figures + " "), "key figures " + figures + " in " + text);
            String section = section(text, "Chantiers en retard N°", "Répartition par statut");
            for (Chantier chantier : feuille.getChantiers()) {
                assertTrue(section.contains(chantier.getNumero() + " ") == lates.contains(chantier),
                        chantier.getNumero() + " late: " + lates.contains(chantier) + " in " + section);
            }
            assertTrue(text.contains("Eure"), "the département");
        }
    }

    @Test
    void coverageNamesTheEpciWithoutClsAndTheUntargetedQpv() throws Exception {
        Set<Commune> departement = new HashSet<>(feuille.getDepartement().getCommunes());
        Set<Commune> parCls = new HashSet<>();
        Set<Qpv> cibles = new HashSet<>();
        for (Dispositif dispositif : eure.getDispositifs()) {
            if (dispositif instanceof Cls cls) {
                parCls.addAll(ModelQuery.communesCouvertes(cls));
                cls.getAxes().forEach(a -> a.getFichesActions().forEach(f -> cibles.addAll(f.getQpvCibles())));
            }
        }
        List<Epci> epcis = eure.getEpcis().stream()
                .filter(e -> e.getMembres().stream().anyMatch(departement::contains)).toList();
        List<Epci> sansCls = epcis.stream().filter(e -> e.getMembres().stream().noneMatch(parCls::contains)).toList();
        List<Qpv> sansAction = epcis.stream().flatMap(e -> e.getQpvs().stream()).filter(q -> !cibles.contains(q))
                .toList();
        assertTrue(sansAction.stream().anyMatch(q -> q.getNom().equals("Navarre")), "the documented gap");

        String text = ReportOutputs.pdfText(ShippedDesignsTest.render("couverture-territoriale", eure,
                OutputFormat.PDF));
        assertTrue(text.contains(epcis.size() + " " + sansCls.size() + " " + sansAction.size() + " "), text);
        String lacunes = section(text, "Lacunes Lacune", null);
        for (Epci epci : sansCls) {
            assertTrue(lacunes.contains("EPCI sans CLS " + epci.getNom()), epci.getNom() + " in " + lacunes);
        }
        for (Qpv qpv : sansAction) {
            assertTrue(lacunes.contains("QPV sans action de CLS " + qpv.getNom()), qpv.getNom() + " in " + lacunes);
        }
    }

    static Stream<Example> examples() {
        return Examples.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void prapsMeasuresDeclinedNowhereAreListed(Example example) throws Exception {
        ModeleMaillage model = example.open();
        List<Chantier> chantiers = model.getFeuillesDeRoute().isEmpty() ? List.of()
                : model.getFeuillesDeRoute().get(0).getChantiers();
        Set<Chantier> declining = new HashSet<>();
        List<MesurePraps> notDeclined = new ArrayList<>();
        List<FicheAction> fiches = model.getDispositifs().stream().filter(Cls.class::isInstance)
                .map(Cls.class::cast).flatMap(c -> c.getAxes().stream()).flatMap(a -> a.getFichesActions().stream())
                .toList();
        List<MesurePraps> mesures = model.getFeuillesDeRoute().isEmpty()
                ? model.getPrs().stream().filter(p -> p.getPraps() != null)
                        .flatMap(p -> p.getPraps().getMesures().stream()).toList()
                : model.getFeuillesDeRoute().get(0).getPrs().getPraps().getMesures();
        for (MesurePraps mesure : mesures) {
            declining.clear();
            chantiers.stream().filter(c -> c.getDeclines().contains(mesure) || ModelQuery
                    .articulationsOf(c).stream().anyMatch(a -> a.getSource() == c && a.getCible() == mesure
                            && "declines".equals(a.getType().getIdentifiant()))).forEach(declining::add);
            boolean byFiche = fiches.stream().anyMatch(f -> f.getChantiers().stream().anyMatch(declining::contains));
            if (declining.isEmpty() && !byFiche) {
                notDeclined.add(mesure);
            }
        }
        String text = ReportOutputs.pdfText(ShippedDesignsTest.render("declinaison-praps", model, OutputFormat.PDF));
        assertTrue(text.contains(mesures.size() + " " + notDeclined.size() + " "), text);
        String section = section(text, "Mesures non déclinées Code", null);
        for (MesurePraps mesure : notDeclined) {
            assertTrue(section.contains(mesure.getCode() + " " + mesure.getNom()), mesure.getCode() + " in " + section);
        }
        if (notDeclined.isEmpty()) {
            assertTrue(section.contains("Aucune mesure non déclinée"), section);
        }
    }

    @Test
    void meetingPackShowsWhatChangedSinceTheSnapshotOfThePreviousMeeting() throws Exception {
        Seance previous = seancesCts(eure).stream().filter(s -> s.getSnapshot() != null && s.getDate()
                .isBefore(dateSeance)).max(Comparator.comparing(Seance::getDate)).orElseThrow();
        // The one diff, as of the meeting's date: what section 3 must say, sentence for sentence.
        Snapshot now = Snapshots.freeze(eure, eure.getFeuillesDeRoute().get(0), dateSeance);
        List<ChangeSentences.Line> lines = new ChangeSentences(previous.getSnapshot(), now, eure)
                .summary(SnapshotDiff.compare(previous.getSnapshot(), now), 6);
        assertTrue(lines.stream().anyMatch(l -> l.kind() == Change.Kind.CHANGED), "chantiers changed since June");
        assertTrue(lines.stream().anyMatch(l -> l.kind() == Change.Kind.ADDED), "a fiche action was added since");
        for (OutputFormat format : List.of(OutputFormat.PDF, OutputFormat.DOCX)) {
            byte[] bytes = ShippedDesignsTest.render("dossier-cts", eure, format);
            String text = format == OutputFormat.PDF ? ReportOutputs.pdfText(bytes) : ReportOutputs.docxText(bytes);
            if (format == OutputFormat.PDF) {
                // Every character in the standard fonts: an arrow or Java's narrow no-break space made the emitter
                // fall back to a CJK font that viewers without it leave blank.
                for (String font : ReportOutputs.pdfFonts(bytes)) {
                    assertTrue(font.startsWith("Helvetica") || font.startsWith("Times"), "font " + font);
                }
            }
            assertTrue(text.contains(previous.getNom()), text);
            assertTrue(text.contains(": " + lines.size() + " changement"), lines.size() + " changes in " + text);
            String section = flat(section(text, "Ce qui a changé depuis la séance précédente",
                    "Décisions de la séance"));
            for (ChangeSentences.Line line : lines) {
                assertTrue(section.contains(flat(line.text())), line.text() + " in " + section);
            }
            String decisions = flat(section(text, "Décisions de la séance", null));
            for (Decision decision : previous.getDecisions()) {
                assertTrue(decisions.contains(decision.getNom()), decision.getNom() + " in " + decisions);
            }
            assertTrue(decisions.contains("en cours") || decisions.contains("réalisée")
                    || decisions.contains("non engagée"), "each decision says what became of it: " + decisions);
            assertTrue(text.contains("Diagramme « articulation » : non disponible"), "placeholder in " + text);
            for (String point : seancesCts(eure).stream().filter(s -> s.getDate().equals(dateSeance)).findFirst()
                    .orElseThrow().getOrdreDuJour()) {
                assertTrue(text.contains(point), point);
            }
        }
    }

    /** Text as compared: PDF and DOCX wrap lines (also after a hyphen) and use several kinds of space. */
    private static String flat(String text) {
        return text.replaceAll("[\\s\\u00a0\\u202f]+", " ").replace("- ", "-");
    }
}
