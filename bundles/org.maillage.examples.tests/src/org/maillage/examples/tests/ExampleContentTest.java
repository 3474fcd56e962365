/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.examples.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.EList;
import org.junit.jupiter.api.Test;
import org.maillage.examples.Examples;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.dispositif.Axe;
import org.maillage.model.dispositif.Cls;
import org.maillage.model.dispositif.ContratDeVille;
import org.maillage.model.dispositif.FicheAction;
import org.maillage.model.dispositif.Mutualisation;
import org.maillage.model.dispositif.Pass;
import org.maillage.model.indicateur.Indicateur;
import org.maillage.model.indicateur.ValeurAnnuelle;
import org.maillage.model.instance.Instance;
import org.maillage.model.instance.Seance;
import org.maillage.model.instance.TypeInstance;
import org.maillage.model.plan.Chantier;
import org.maillage.model.plan.ThemePraps;
import org.maillage.model.seance.Change;
import org.maillage.model.seance.SnapshotDiff;
import org.maillage.model.seance.Snapshots;
import org.maillage.model.territoire.Commune;
import org.maillage.model.territoire.Epci;
import org.maillage.model.territoire.Groupement;
import org.maillage.model.territoire.Qpv;
import org.maillage.model.territoire.TypeGroupement;

/**
 * Covered cases, as users will read the shipped files: Eure has 12 QPV on the real territory (Évreux is INSEE
 * 27229, all its communes imported), a QPV of Évreux that no CLS fiche action targets, the three PRAPS themes, the
 * PASS and sport-santé chantiers declining PRAPS measures, two CTS meetings of which the earlier one froze the
 * roadmap, a contrat de ville per EPCI with QPV and the five kinds of articulation; Valherbasse carries its 2024
 * activity figures; Combrailles' CLS III has five axes; Brest declines its CLS once per EPCI of the pays; the
 * Bruaysis SIVOM groups its communes and runs the MIPPS.
 */
class ExampleContentTest {

    private static ModeleMaillage open(String name) throws Exception {
        return Examples.find(name).orElseThrow().open();
    }

    @Test
    void eureSitsOnTheRealTerritoryWithTwelveQpv() throws Exception {
        ModeleMaillage eure = open(Examples.EURE);
        assertEquals(12, eure.getQpvs().size());
        Commune evreux = eure.getRegions().get(0).getDepartements().get(0).getCommunes().stream()
                .filter(c -> "27229".equals(c.getCode())).findFirst().orElseThrow();
        assertEquals("commune-27229", evreux.getUuid());
        assertEquals("Évreux", evreux.getNom());
        assertTrue(eure.getRegions().get(0).getDepartements().get(0).getCommunes().size() > 500,
                "every commune of Eure is imported");
        for (Qpv qpv : eure.getQpvs()) {
            assertFalse(qpv.getCommunes().isEmpty(), qpv.getNom() + " lies in a commune");
            assertNotNull(qpv.getEpci(), qpv.getNom() + " has the EPCI that pilots its contrat de ville");
        }
        Set<Qpv> covered = new HashSet<>();
        for (ContratDeVille contrat : all(eure, ContratDeVille.class)) {
            covered.addAll(contrat.getQpvs());
        }
        assertEquals(new HashSet<>(eure.getQpvs()), covered, "every QPV is in a contrat de ville");
    }

    @Test
    void aQpvOfEvreuxIsTargetedByNoClsAction() throws Exception {
        ModeleMaillage eure = open(Examples.EURE);
        Set<Qpv> targeted = new HashSet<>();
        for (Cls cls : all(eure, Cls.class)) {
            for (Axe axe : cls.getAxes()) {
                for (FicheAction fiche : axe.getFichesActions()) {
                    targeted.addAll(fiche.getQpvCibles());
                }
            }
        }
        List<Qpv> evreuxGaps = eure.getQpvs().stream()
                .filter(q -> q.getCommunes().stream().anyMatch(c -> "27229".equals(c.getCode())))
                .filter(q -> !targeted.contains(q)).toList();
        assertFalse(evreuxGaps.isEmpty(), "the gap the diagrams must reveal");
        assertTrue(targeted.stream().anyMatch(q -> q.getCommunes().get(0).getCode().equals("27229")),
                "other QPV of Évreux are targeted, so that the gap stands out");
    }

    @Test
    void eurePrapsThemesAndChantiers() throws Exception {
        ModeleMaillage eure = open(Examples.EURE);
        List<String> themes = eure.getPrs().get(0).getPraps().getThemes().stream().map(ThemePraps::getNom)
                .toList();
        assertEquals(List.of("Précarité et santé mentale", "Précarité et accès aux soins et maintien dans les soins",
                "Précarité et articulation avec les dispositifs de coordination (DAC, CPTS…)"), themes);
        EList<Chantier> chantiers = eure.getFeuillesDeRoute().get(0).getChantiers();
        Chantier pass = chantier(chantiers, "maillage départemental des PASS");
        Chantier sport = chantier(chantiers, "sport-santé dans les quartiers politique de la ville");
        for (Chantier chantier : List.of(pass, sport)) {
            assertNotNull(chantier.getPilote());
            assertNotNull(chantier.getDebut());
            assertNotNull(chantier.getEcheance());
            assertFalse(chantier.getDeclines().isEmpty(), chantier.getNom() + " declines a PRAPS measure");
            assertFalse(chantier.getIndicateurs().isEmpty());
        }
        assertFalse(all(eure, Pass.class).isEmpty());
        Set<String> kinds = eure.getArticulations().stream().map(a -> a.getType().getIdentifiant())
                .collect(Collectors.toSet());
        assertEquals(Set.of("declines", "s-articule-avec", "coordonne", "finance", "couvre"), kinds);
    }

    @Test
    void eureCtsHasTwoMeetingsTheFirstWithASnapshot() throws Exception {
        ModeleMaillage eure = open(Examples.EURE);
        Instance cts = eure.getInstances().stream().filter(i -> i.getType() == TypeInstance.CTS_PLENIERE)
                .findFirst().orElseThrow();
        EList<Seance> seances = cts.getSeances();
        assertEquals(2, seances.size());
        assertTrue(seances.get(0).getDate().isBefore(seances.get(1).getDate()));
        var snapshot = seances.get(0).getSnapshot();
        assertNotNull(snapshot, "the previous meeting froze the roadmap");
        assertEquals(eure.getFeuillesDeRoute().get(0), snapshot.getFeuilleDeRoute());
        assertEquals(seances.get(0).getDate(), snapshot.getDateSituation());
        assertTrue(snapshot.getEtatsChantiers().isEmpty(), "format 1.1 holds element states only");
        List<String> frozenChantiers = snapshot.getEtats().stream().filter(e -> "Chantier".equals(e.getType()))
                .map(e -> e.getElement()).toList();
        assertEquals(eure.getFeuillesDeRoute().get(0).getChantiers().stream().map(c -> c.getUuid()).toList(),
                frozenChantiers, "every chantier frozen, in model order");
        long changed = SnapshotDiff.compare(snapshot, Snapshots.current(eure, seances.get(1).getDate())).stream()
                .filter(c -> c.kind() == Change.Kind.CHANGED && "Chantier".equals(c.type())).count();
        assertTrue(changed >= 3, "enough changed since the last meeting for a report to show: " + changed);
        assertTrue(snapshot.getEtats().stream().anyMatch(e -> "Indicateur".equals(e.getType())));
        assertFalse(snapshot.getLacunes().isEmpty(), "the June state has coverage gaps");
        assertFalse(snapshot.getChiffres().isEmpty(), "and key figures");
    }

    @Test
    void valherbasseHasIts2024Figures() throws Exception {
        ModeleMaillage valherbasse = open(Examples.VALHERBASSE);
        Map<String, BigDecimal> values = valherbasse.getIndicateurs().stream().collect(Collectors.toMap(
                Indicateur::getNom, i -> value(i, 2024)));
        assertEquals(Map.of("Sollicitations traitées", new BigDecimal("2000"), "Visites à domicile",
                new BigDecimal("411"), "Personnes accompagnées", new BigDecimal("510")), values);
        for (Indicateur indicateur : valherbasse.getIndicateurs()) {
            ValeurAnnuelle valeur = indicateur.getValeurs().get(0);
            assertFalse(valeur.isIllustrative(), "real figures");
            assertTrue(valeur.getCitations().get(0).startsWith("https://www.banquedesterritoires.fr/"));
        }
    }

    @Test
    void combraillesClsThreeHasFiveAxes() throws Exception {
        ModeleMaillage combrailles = open(Examples.COMBRAILLES);
        Cls cls = all(combrailles, Cls.class).stream().filter(c -> c.getGeneration() == 3).findFirst().orElseThrow();
        assertEquals(5, cls.getAxes().size());
        assertEquals("2024-03-08", cls.getDateSignature().toString());
        assertNotNull(cls.getPrecedent());
        assertEquals("Agir en faveur de la santé mentale", cls.getAxes().get(1).getNom());
    }

    @Test
    void brestDeclinesItsClsOncePerEpci() throws Exception {
        ModeleMaillage brest = open(Examples.PAYS_DE_BREST);
        Groupement pays = brest.getGroupements().get(0);
        assertEquals(TypeGroupement.POLE_METROPOLITAIN, pays.getType());
        Cls cls = all(brest, Cls.class).get(0);
        assertEquals(3, cls.getChamps().size(), "offre de soins, médico-social, prévention");
        assertEquals(4, cls.getGouvernance().get(0).getSeances().size(), "the mission's calendar");
        List<FicheAction> fiches = cls.getAxes().stream().flatMap(a -> a.getFichesActions().stream()).toList();
        for (Epci epci : pays.getEpcis()) {
            long declinaisons = fiches.stream().filter(f -> f.getTerritoires().contains(epci)).count();
            assertEquals(1, declinaisons, epci.getNom());
        }
        assertEquals(6, pays.getEpcis().size());
    }

    @Test
    void bruaysisSivomGroupsItsCommunesAndRunsTheMipps() throws Exception {
        ModeleMaillage bruaysis = open(Examples.BRUAYSIS);
        Groupement sivom = bruaysis.getGroupements().get(0);
        assertEquals(TypeGroupement.SIVOM, sivom.getType());
        assertEquals(16, sivom.getCommunes().size());
        assertTrue(sivom.getCommunes().stream().anyMatch(c -> "62197".equals(c.getCode())), "Camblain-Châtelain");
        Mutualisation mipps = all(bruaysis, Mutualisation.class).get(0);
        assertEquals(sivom, mipps.getGroupement());
        assertTrue(mipps.getNom().contains("MIPPS"));
        assertEquals("mipps@bruaysis.fr", bruaysis.getBonnesPratiques().get(0).getCourriel());
    }

    private static <T> List<T> all(ModeleMaillage model, Class<T> type) {
        return model.getDispositifs().stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static Chantier chantier(List<Chantier> chantiers, String words) {
        return chantiers.stream().filter(c -> c.getNom().contains(words)).findFirst().orElseThrow(
                () -> new AssertionError("no chantier about " + words));
    }

    private static BigDecimal value(Indicateur indicateur, int annee) {
        return indicateur.getValeurs().stream().filter(v -> v.getAnnee() == annee).findFirst().orElseThrow()
                .getValeur();
    }
}
