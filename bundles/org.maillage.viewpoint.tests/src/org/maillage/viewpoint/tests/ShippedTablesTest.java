/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.maillage.examples.Example;
import org.maillage.examples.Examples;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.dispositif.Axe;
import org.maillage.model.dispositif.Cls;
import org.maillage.model.dispositif.ContratDeVille;
import org.maillage.model.dispositif.FicheAction;
import org.maillage.model.figures.Figures;
import org.maillage.model.figures.Figures.Declinaison;
import org.maillage.model.financement.Financement;
import org.maillage.model.organisation.Organisation;
import org.maillage.model.plan.Chantier;
import org.maillage.model.territoire.Qpv;
import org.maillage.testsupport.FrenchLocale;
import org.maillage.viewpoint.model.description.TableDescription;
import org.maillage.viewpoint.table.Table;
import org.maillage.viewpoint.table.TableCell;
import org.maillage.viewpoint.table.TableColumn;
import org.maillage.viewpoint.table.TableDescriptions;
import org.maillage.viewpoint.table.TableLine;
import org.maillage.viewpoint.table.TableSession;

/**
 * Covered cases: on each of the five examples, the three shipped tables agree with figures computed from the model:
 * "Déclinaison du PRAPS" has one line per measure of {@link Figures#mesures()}, one column per chantier and fiche
 * action of {@link Figures#declinaisons()}, a ✓ exactly where the measure is declined, and the measures declined
 * nowhere in red; "Couverture des QPV" has one line per QPV, one column per CLS and contrat de ville, the number of
 * fiches actions of the CLS that target the QPV, a ✓ where the contrat de ville holds the QPV, and the QPV of
 * {@link Figures#qpvSansActionCls()} in red; "Financements" has one line per funder, one column per year in order,
 * each cell the sum of the amounts of that funder and year, written the French way (no-break spaces, "€"). No
 * expression of a shipped table fails.
 */
@ExtendWith(FrenchLocale.class)
class ShippedTablesTest {

    static final String PRAPS = "org.maillage.viewpoints.tableaux/praps";
    static final String QPV = "org.maillage.viewpoints.tableaux/couverture-qpv";
    static final String FINANCEMENTS = "org.maillage.viewpoints.tableaux/financements";
    private static final String RED = "#B00020";

    static Stream<Example> examples() {
        return Examples.all().stream();
    }

    static TableDescription table(String id) {
        return TableDescriptions.find(Fixtures.registry(), id)
                .orElseThrow(() -> new AssertionError("missing table " + id + " " + Fixtures.registry().problems()));
    }

    static Table compute(ModeleMaillage model, String id) {
        TableSession session = TableSession.create(model, table(id));
        Table table = session.table();
        assertEquals(List.of(), table.diagnostics(), id);
        session.dispose();
        return table;
    }

    @ParameterizedTest
    @MethodSource("examples")
    void prapsDeclension(Example example) {
        ModeleMaillage model = Fixtures.open(example);
        Figures figures = Figures.of(model, LocalDate.now());
        Table table = compute(model, PRAPS);
        List<Declinaison> declinaisons = figures.declinaisons();
        assertEquals(declinaisons.stream().map(Declinaison::mesure).toList(),
                table.lines().stream().map(TableLine::element).toList());
        Set<Object> chantiers = new LinkedHashSet<>();
        Set<Object> fiches = new LinkedHashSet<>();
        declinaisons.forEach(d -> {
            chantiers.addAll(d.chantiers());
            fiches.addAll(d.fiches());
        });
        List<Object> expectedColumns = new ArrayList<>(chantiers);
        expectedColumns.addAll(fiches);
        assertEquals(expectedColumns, table.columns().stream().filter(c -> c.element() != null)
                .map(TableColumn::element).toList());
        for (Declinaison declinaison : declinaisons) {
            TableLine line = line(table, declinaison.mesure());
            assertEquals(declinaison.declinee() ? null : RED, line.look().foreground(), line.header());
            for (TableColumn column : table.columns()) {
                TableCell cell = table.cell(line, column);
                if (column.element() instanceof Chantier chantier) {
                    assertEquals(declinaison.chantiers().contains(chantier) ? "✓" : "", cell.text());
                    assertTrue(cell.editable(), "a chantier cell toggles Chantier.declines");
                } else if (column.element() instanceof FicheAction fiche) {
                    assertEquals(declinaison.fiches().contains(fiche) ? "✓" : "", cell.text());
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void qpvCoverage(Example example) {
        ModeleMaillage model = Fixtures.open(example);
        Figures figures = Figures.of(model, LocalDate.now());
        Table table = compute(model, QPV);
        assertEquals(model.getQpvs(), table.lines().stream().map(TableLine::element).toList());
        List<Object> expectedColumns = new ArrayList<>();
        model.getDispositifs().stream().filter(Cls.class::isInstance).forEach(expectedColumns::add);
        model.getDispositifs().stream().filter(ContratDeVille.class::isInstance).forEach(expectedColumns::add);
        assertEquals(expectedColumns, table.columns().stream().filter(c -> c.element() != null)
                .map(TableColumn::element).toList());
        for (Qpv qpv : model.getQpvs()) {
            TableLine line = line(table, qpv);
            boolean gap = figures.qpvSansActionCls().contains(qpv);
            assertEquals(gap ? RED : null, line.look().foreground(), qpv.getNom());
            for (TableColumn column : table.columns()) {
                TableCell cell = table.cell(line, column);
                if (column.element() instanceof Cls cls) {
                    long count = cls.getAxes().stream().map(Axe::getFichesActions).flatMap(List::stream)
                            .filter(f -> f.getQpvCibles().contains(qpv)).count();
                    assertEquals(count == 0 ? "" : count + " fiche(s)", cell.text(), qpv.getNom() + " x "
                            + cls.getNom());
                    if (gap) {
                        assertEquals("#FDE2E2", cell.look().background());
                    }
                } else if (column.element() instanceof ContratDeVille contrat) {
                    assertEquals(contrat.getQpvs().contains(qpv) ? "✓" : "", cell.text());
                    assertTrue(cell.editable());
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void financements(Example example) {
        ModeleMaillage model = Fixtures.open(example);
        Table table = compute(model, FINANCEMENTS);
        Map<Organisation, Map<Integer, BigDecimal>> sums = new java.util.LinkedHashMap<>();
        for (Financement f : model.getFinancements()) {
            if (f.getFinanceur() != null && f.getMontant() != null) {
                sums.computeIfAbsent(f.getFinanceur(), k -> new TreeMap<>()).merge(f.getAnnee(), f.getMontant(),
                        BigDecimal::add);
            }
        }
        Set<Object> funders = new java.util.HashSet<>();
        model.getFinancements().forEach(f -> {
            if (f.getFinanceur() != null) {
                funders.add(f.getFinanceur());
            }
        });
        assertEquals(funders, new java.util.HashSet<>(table.lines().stream().map(TableLine::element).toList()));
        List<Object> years = table.columns().stream().filter(c -> c.element() != null).map(TableColumn::element)
                .toList();
        assertEquals(new ArrayList<>(new java.util.TreeSet<>(model.getFinancements().stream()
                .filter(f -> f.getAnnee() != 0).map(Financement::getAnnee).toList())), years);
        for (TableLine line : table.lines()) {
            Map<Integer, BigDecimal> byYear = sums.getOrDefault(line.element(), Map.of());
            for (TableColumn column : table.columns()) {
                TableCell cell = table.cell(line, column);
                if (column.element() instanceof Integer year) {
                    BigDecimal expected = byYear.get(year);
                    assertEquals(expected == null ? null : expected.stripTrailingZeros(), amount(cell.text()),
                            line.header() + " " + year);
                }
            }
            // The total counts every amount of the funder, also those without a year; none: an empty cell.
            BigDecimal total = byYear.values().stream().reduce(BigDecimal::add).map(BigDecimal::stripTrailingZeros)
                    .orElse(null);
            TableCell totalCell = table.cells(line).get(0);
            assertEquals("total", totalCell.column().id());
            assertEquals(total, amount(totalCell.text()), line.header());
        }
    }

    /** @return the value of "12 345,5 €" (no-break spaces), or null for an empty cell */
    static BigDecimal amount(String text) {
        if (text.isEmpty()) {
            return null;
        }
        assertTrue(text.endsWith("\u00a0€"), text);
        assertFalse(text.contains(" ") || text.contains("\u202f"), "only no-break spaces: " + text);
        return new BigDecimal(text.replace("\u00a0€", "").replace("\u00a0", "").replace(',', '.'))
                .stripTrailingZeros();
    }

    static TableLine line(Table table, Object element) {
        TableLine line = table.lines().stream().filter(l -> l.element() == element).findFirst().orElse(null);
        assertNotNull(line, String.valueOf(element));
        return line;
    }
}
