/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.maillage.model.Element;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.dispositif.Cls;
import org.maillage.model.dispositif.ContratDeVille;
import org.maillage.model.dispositif.CycleCls;
import org.maillage.model.dispositif.DispositifFactory;
import org.maillage.model.financement.Financement;
import org.maillage.model.financement.FinancementFactory;
import org.maillage.model.financement.Fonds;
import org.maillage.model.financement.RegleCofinancement;
import org.maillage.model.indicateur.Indicateur;
import org.maillage.model.indicateur.IndicateurFactory;
import org.maillage.model.organisation.Organisation;
import org.maillage.model.organisation.OrganisationFactory;
import org.maillage.model.organisation.OrganisationPackage;
import org.maillage.model.organisation.Role;
import org.maillage.model.organisation.TypeOrganisation;
import org.maillage.model.plan.Chantier;
import org.maillage.model.plan.FeuilleDeRoute;
import org.maillage.model.plan.MesurePraps;
import org.maillage.model.plan.PlanFactory;
import org.maillage.model.plan.Praps;
import org.maillage.model.plan.Prs;
import org.maillage.model.territoire.Commune;
import org.maillage.model.territoire.Departement;
import org.maillage.model.territoire.Epci;
import org.maillage.model.territoire.Qpv;
import org.maillage.model.territoire.Region;
import org.maillage.model.territoire.TerritoireFactory;
import org.maillage.model.util.ModelFormat;
import org.maillage.validation.IValidationRule;
import org.maillage.validation.ModelValidation;
import org.maillage.validation.RuleDiagnostic;

/**
 * A small roadmap of the Eure that every built-in rule accepts, and the helpers the rule tests share. Each test
 * breaks one thing in its own copy. Names are real (EURE-FACTS.md); amounts, dates and mailboxes are illustrative.
 */
final class ValidationFixtures {

    ModeleMaillage model;
    Departement eure;
    Commune evreux;
    Commune vernon;
    Epci epn;
    Epci sna;
    Qpv madeleine;
    ContratDeVille contratEpn;
    Organisation ars;
    Organisation agglo;
    Role coordinateur;
    Prs prs;
    MesurePraps mesure;
    FeuilleDeRoute feuille;
    Chantier chantier;
    Cls cls;
    Fonds fir;
    RegleCofinancement regle;
    Financement financementArs;
    Financement financementAgglo;
    Indicateur indicateur;

    /** @return a new valid model; the fields point into it */
    static ValidationFixtures valid() {
        ValidationFixtures f = new ValidationFixtures();
        f.build();
        return f;
    }

    private void build() {
        model = ModelFormat.newModel();
        model.setNom("Eure (jeu de test)");
        model.setIllustrative(true);
        buildTerritory();
        buildOrganisations();
        buildPlans();
        buildSchemesAndMoney();
    }

    private void buildTerritory() {
        TerritoireFactory t = TerritoireFactory.eINSTANCE;
        Region normandie = named(t.createRegion(), "Normandie");
        eure = named(t.createDepartement(), "Eure");
        eure.setCode("27");
        normandie.getDepartements().add(eure);
        evreux = named(t.createCommune(), "Évreux");
        vernon = named(t.createCommune(), "Vernon");
        eure.getCommunes().addAll(List.of(evreux, vernon));
        epn = named(t.createEpci(), "CA Évreux Portes de Normandie");
        epn.getMembres().add(evreux);
        sna = named(t.createEpci(), "Seine Normandie Agglomération");
        sna.getMembres().add(vernon);
        madeleine = named(t.createQpv(), "La Madeleine");
        madeleine.getCommunes().add(evreux);
        madeleine.setEpci(epn);
        model.getRegions().add(normandie);
        model.getEpcis().addAll(List.of(epn, sna));
        model.getQpvs().add(madeleine);
    }

    private void buildOrganisations() {
        OrganisationFactory o = OrganisationFactory.eINSTANCE;
        ars = named(o.createOrganisation(), "ARS Normandie, délégation de l'Eure");
        ars.setType(TypeOrganisation.ARS);
        ars.setCourriel("dd27@example.org");
        agglo = named(o.createOrganisation(), "Évreux Portes de Normandie");
        agglo.setType(TypeOrganisation.COLLECTIVITE);
        agglo.setCourriel("sante@example.org");
        coordinateur = named(o.createRole(), "Coordinateur CLS");
        agglo.getRoles().add(coordinateur);
        model.getOrganisations().addAll(List.of(ars, agglo));
    }

    private void buildPlans() {
        PlanFactory p = PlanFactory.eINSTANCE;
        prs = named(p.createPrs(), "PRS Normandie 2023-2028");
        prs.setAnneeDebut(2023);
        prs.setAnneeFin(2028);
        Praps praps = named(p.createPraps(), "PRAPS Normandie");
        prs.setPraps(praps);
        mesure = named(p.createMesurePraps(), "Renforcer l'accès aux soins des plus démunis");
        mesure.setCode("4.1.1");
        praps.getMesures().add(mesure);
        feuille = named(p.createFeuilleDeRoute(), "Feuille de route de l'Eure 2025");
        feuille.setAnnee(2025);
        feuille.setDepartement(eure);
        feuille.setPrs(prs);
        chantier = named(p.createChantier(), "Renforcer le maillage des PASS");
        chantier.setPilote(ars);
        chantier.setTheme("précarité et accès aux soins");
        chantier.setDebut(LocalDate.of(2025, 1, 1));
        // Far ahead: MAILLAGE-CHANTIER-004 judges the deadline against today's date.
        chantier.setEcheance(LocalDate.of(2099, 12, 31));
        chantier.getDeclines().add(mesure);
        feuille.getChantiers().add(chantier);
        model.getPrs().add(prs);
        model.getFeuillesDeRoute().add(feuille);
        indicateur = named(IndicateurFactory.eINSTANCE.createIndicateur(), "Personnes reçues en PASS");
        indicateur.setAnneeReference(2024);
        indicateur.setAnneeCible(2028);
        model.getIndicateurs().add(indicateur);
    }

    private void buildSchemesAndMoney() {
        DispositifFactory d = DispositifFactory.eINSTANCE;
        contratEpn = named(d.createContratDeVille(), "Contrat de ville EPN 2024-2030");
        contratEpn.setEpci(epn);
        contratEpn.getQpvs().add(madeleine);
        contratEpn.setDebut(LocalDate.of(2024, 1, 1));
        contratEpn.setFin(LocalDate.of(2030, 12, 31));
        cls = named(d.createCls(), "CLS d'Évreux Portes de Normandie");
        cls.setCycle(CycleCls.SUIVI_EVALUATION);
        cls.setDateSignature(LocalDate.of(2022, 6, 1));
        cls.setDebut(LocalDate.of(2022, 6, 1));
        cls.setFin(LocalDate.of(2027, 5, 31));
        cls.getTerritoires().add(epn);
        cls.getSignataires().addAll(List.of(ars, agglo));
        cls.setCoordinateur(coordinateur);
        model.getDispositifs().addAll(List.of(contratEpn, cls));

        FinancementFactory m = FinancementFactory.eINSTANCE;
        fir = named(m.createFonds(), "Fonds d'intervention régional");
        fir.setCode("FIR");
        regle = named(m.createRegleCofinancement(), "ARS : coordinateur CLS à 50 %, 30 000 € au plus");
        regle.setFinanceur(ars);
        regle.setTypeObjet(OrganisationPackage.Literals.ROLE);
        regle.setPartMaxPourcent(new BigDecimal("50"));
        regle.setPlafond(new BigDecimal("30000"));
        financementArs = financement(ars, fir, "15000", coordinateur);
        financementAgglo = financement(agglo, null, "15000", coordinateur);
        model.getFonds().add(fir);
        model.getReglesCofinancement().add(regle);
    }

    /** Adds a financement for 2025 to the model. */
    Financement financement(Organisation financeur, Fonds fonds, String montant, Element objet) {
        Financement financement = FinancementFactory.eINSTANCE.createFinancement();
        financement.setFinanceur(financeur);
        financement.setFonds(fonds);
        financement.setMontant(new BigDecimal(montant));
        financement.setAnnee(2025);
        financement.setObjet(objet);
        model.getFinancements().add(financement);
        return financement;
    }

    static <T extends Element> T named(T element, String nom) {
        element.setNom(nom);
        return element;
    }

    /** @return the problems the built-in rules find (contributed test rules left out, so tests stay independent) */
    List<RuleDiagnostic> builtinProblems() {
        return ModelValidation.problems(ModelValidation.validate(model, builtinRules()));
    }

    /**
     * @return the built-in rules but the coverage informations (MAILLAGE-COUV-*): the fixture's small territory is
     *         deliberately not covered by every scheme; those rules are tested on their own
     */
    static List<IValidationRule> builtinRules() {
        return ModelValidation.builtinRules().stream().filter(r -> !r.code().startsWith("MAILLAGE-COUV-")).toList();
    }

    /** @return the problems with {@code code} */
    List<RuleDiagnostic> problems(String code) {
        return builtinProblems().stream().filter(p -> p.getRuleCode().equals(code)).toList();
    }

    /** Asserts that {@code code} reports exactly one problem, on {@code element}, and returns it. */
    RuleDiagnostic single(String code, EObject element) {
        List<RuleDiagnostic> found = problems(code);
        assertEquals(1, found.size(), () -> code + " once: " + builtinProblems());
        assertEquals(element, found.get(0).getElement(), "the offending element comes first in the data");
        assertEquals(element, found.get(0).getData().get(0));
        return found.get(0);
    }

    /** Asserts that {@code code} reports nothing. */
    void none(String code) {
        assertEquals(List.of(), problems(code), code);
    }
}
