/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.roadmap.ui.internal;

import static org.maillage.model.MaillagePackage.Literals.ELEMENT__CITATIONS;
import static org.maillage.model.MaillagePackage.Literals.ELEMENT__DESCRIPTION;
import static org.maillage.model.MaillagePackage.Literals.ELEMENT__ILLUSTRATIVE;
import static org.maillage.model.MaillagePackage.Literals.ELEMENT__NOM;
import static org.maillage.model.dispositif.DispositifPackage.Literals.AXE__NUMERO;
import static org.maillage.model.dispositif.DispositifPackage.Literals.CLS__CHAMPS;
import static org.maillage.model.dispositif.DispositifPackage.Literals.CLS__COORDINATEUR;
import static org.maillage.model.dispositif.DispositifPackage.Literals.CLS__CYCLE;
import static org.maillage.model.dispositif.DispositifPackage.Literals.CLS__DATE_SIGNATURE;
import static org.maillage.model.dispositif.DispositifPackage.Literals.CLS__DIAGNOSTIC;
import static org.maillage.model.dispositif.DispositifPackage.Literals.CLS__GENERATION;
import static org.maillage.model.dispositif.DispositifPackage.Literals.CLS__PRECEDENT;
import static org.maillage.model.dispositif.DispositifPackage.Literals.CLS__SIGNATAIRES;
import static org.maillage.model.dispositif.DispositifPackage.Literals.CONTRAT_DE_VILLE__ATELIER_SANTE_VILLE;
import static org.maillage.model.dispositif.DispositifPackage.Literals.CONTRAT_DE_VILLE__EPCI;
import static org.maillage.model.dispositif.DispositifPackage.Literals.CONTRAT_DE_VILLE__QPVS;
import static org.maillage.model.dispositif.DispositifPackage.Literals.DISPOSITIF__DEBUT;
import static org.maillage.model.dispositif.DispositifPackage.Literals.DISPOSITIF__FIN;
import static org.maillage.model.dispositif.DispositifPackage.Literals.DISPOSITIF__GOUVERNANCE;
import static org.maillage.model.dispositif.DispositifPackage.Literals.DISPOSITIF__INDICATEURS;
import static org.maillage.model.dispositif.DispositifPackage.Literals.DISPOSITIF__PARTENAIRES;
import static org.maillage.model.dispositif.DispositifPackage.Literals.DISPOSITIF__PORTEUR;
import static org.maillage.model.dispositif.DispositifPackage.Literals.DISPOSITIF__STATUT;
import static org.maillage.model.dispositif.DispositifPackage.Literals.DISPOSITIF__TERRITOIRES;
import static org.maillage.model.dispositif.DispositifPackage.Literals.FICHE_ACTION__CHANTIERS;
import static org.maillage.model.dispositif.DispositifPackage.Literals.FICHE_ACTION__FINANCEMENTS;
import static org.maillage.model.dispositif.DispositifPackage.Literals.FICHE_ACTION__INDICATEURS;
import static org.maillage.model.dispositif.DispositifPackage.Literals.FICHE_ACTION__NUMERO;
import static org.maillage.model.dispositif.DispositifPackage.Literals.FICHE_ACTION__PORTEUR;
import static org.maillage.model.dispositif.DispositifPackage.Literals.FICHE_ACTION__PUBLICS;
import static org.maillage.model.dispositif.DispositifPackage.Literals.FICHE_ACTION__QPV_CIBLES;
import static org.maillage.model.dispositif.DispositifPackage.Literals.FICHE_ACTION__TERRITOIRES;
import static org.maillage.model.financement.FinancementPackage.Literals.FINANCEMENT__ANNEE;
import static org.maillage.model.financement.FinancementPackage.Literals.FINANCEMENT__FINANCEUR;
import static org.maillage.model.financement.FinancementPackage.Literals.FINANCEMENT__FONDS;
import static org.maillage.model.financement.FinancementPackage.Literals.FINANCEMENT__MISSION;
import static org.maillage.model.financement.FinancementPackage.Literals.FINANCEMENT__MONTANT;
import static org.maillage.model.financement.FinancementPackage.Literals.FINANCEMENT__OBJET;
import static org.maillage.model.financement.FinancementPackage.Literals.FINANCEMENT__REGLE;
import static org.maillage.model.plan.PlanPackage.Literals.CHANTIER__AVANCEMENT;
import static org.maillage.model.plan.PlanPackage.Literals.CHANTIER__DEBUT;
import static org.maillage.model.plan.PlanPackage.Literals.CHANTIER__DECLINES;
import static org.maillage.model.plan.PlanPackage.Literals.CHANTIER__ECHEANCE;
import static org.maillage.model.plan.PlanPackage.Literals.CHANTIER__INDICATEURS;
import static org.maillage.model.plan.PlanPackage.Literals.CHANTIER__NUMERO;
import static org.maillage.model.plan.PlanPackage.Literals.CHANTIER__PARTENAIRES;
import static org.maillage.model.plan.PlanPackage.Literals.CHANTIER__PILOTE;
import static org.maillage.model.plan.PlanPackage.Literals.CHANTIER__STATUT;
import static org.maillage.model.plan.PlanPackage.Literals.CHANTIER__THEME;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.maillage.model.dispositif.DispositifPackage;
import org.maillage.model.financement.FinancementPackage;
import org.maillage.model.plan.PlanPackage;

/**
 * How the details form of each kind of element is organised: sections of properties, in the order users read
 * them. The main kinds (chantier, CLS and its axes and fiches actions, contrat de ville, financement) have their
 * own sections; every other kind gets one section of all its properties. Whatever a layout does not name is shown
 * in a last section, so that no property is ever out of reach.
 */
final class FormLayouts {

    /** A titled group of properties; {@code multiLine} ones get a tall text. */
    record SectionLayout(String titleKey, List<EStructuralFeature> features, Set<EStructuralFeature> multiLine) {
    }

    private static final Set<EStructuralFeature> TALL = Set.of(ELEMENT__DESCRIPTION, CLS__DIAGNOSTIC);

    private FormLayouts() {
    }

    /**
     * @param kind the element's class
     * @param shown the features its item provider shows, in the provider's order
     * @return the sections of its form
     */
    static List<SectionLayout> sections(EClass kind, List<EStructuralFeature> shown) {
        List<SectionLayout> sections = new ArrayList<>();
        if (PlanPackage.Literals.CHANTIER.isSuperTypeOf(kind)) {
            sections.add(section("section.identification", CHANTIER__NUMERO, ELEMENT__NOM, CHANTIER__THEME,
                    ELEMENT__DESCRIPTION));
            sections.add(section("section.avancement", CHANTIER__STATUT, CHANTIER__AVANCEMENT, CHANTIER__DEBUT,
                    CHANTIER__ECHEANCE));
            sections.add(section("section.acteurs", CHANTIER__PILOTE, CHANTIER__PARTENAIRES));
            sections.add(section("section.articulation", CHANTIER__DECLINES, CHANTIER__INDICATEURS));
        } else if (DispositifPackage.Literals.CLS.isSuperTypeOf(kind)) {
            sections.add(section("section.contrat", ELEMENT__NOM, CLS__GENERATION, CLS__PRECEDENT, CLS__CYCLE,
                    DISPOSITIF__STATUT, CLS__DATE_SIGNATURE, DISPOSITIF__DEBUT, DISPOSITIF__FIN));
            sections.add(section("section.acteurs", DISPOSITIF__PORTEUR, CLS__SIGNATAIRES, DISPOSITIF__PARTENAIRES,
                    CLS__COORDINATEUR, DISPOSITIF__GOUVERNANCE));
            sections.add(section("section.contenu", CLS__CHAMPS, DISPOSITIF__TERRITOIRES, CLS__DIAGNOSTIC,
                    ELEMENT__DESCRIPTION, DISPOSITIF__INDICATEURS));
        } else if (DispositifPackage.Literals.AXE.isSuperTypeOf(kind)) {
            sections.add(section("section.identification", AXE__NUMERO, ELEMENT__NOM, ELEMENT__DESCRIPTION));
        } else if (DispositifPackage.Literals.FICHE_ACTION.isSuperTypeOf(kind)) {
            sections.add(section("section.identification", FICHE_ACTION__NUMERO, ELEMENT__NOM,
                    ELEMENT__DESCRIPTION));
            sections.add(section("section.action", FICHE_ACTION__PORTEUR, FICHE_ACTION__PUBLICS,
                    FICHE_ACTION__TERRITOIRES, FICHE_ACTION__QPV_CIBLES));
            sections.add(section("section.articulation", FICHE_ACTION__CHANTIERS, FICHE_ACTION__INDICATEURS,
                    FICHE_ACTION__FINANCEMENTS));
        } else if (DispositifPackage.Literals.CONTRAT_DE_VILLE.isSuperTypeOf(kind)) {
            sections.add(section("section.contrat", ELEMENT__NOM, DISPOSITIF__STATUT, DISPOSITIF__DEBUT,
                    DISPOSITIF__FIN, CONTRAT_DE_VILLE__ATELIER_SANTE_VILLE));
            sections.add(section("section.territoire", CONTRAT_DE_VILLE__EPCI, CONTRAT_DE_VILLE__QPVS,
                    DISPOSITIF__TERRITOIRES));
            sections.add(section("section.acteurs", DISPOSITIF__PORTEUR, DISPOSITIF__PARTENAIRES,
                    DISPOSITIF__GOUVERNANCE));
        } else if (FinancementPackage.Literals.FINANCEMENT.isSuperTypeOf(kind)) {
            sections.add(section("section.financement", ELEMENT__NOM, FINANCEMENT__FINANCEUR, FINANCEMENT__FONDS,
                    FINANCEMENT__MISSION, FINANCEMENT__MONTANT, FINANCEMENT__ANNEE));
            sections.add(section("section.objet", FINANCEMENT__OBJET, FINANCEMENT__REGLE));
        }
        Set<EStructuralFeature> placed = new LinkedHashSet<>();
        sections.forEach(s -> placed.addAll(s.features()));
        // The identifier is already left out of what the form shows (PropertyForm.isForUsers).
        List<EStructuralFeature> rest = shown.stream()
                .filter(f -> !placed.contains(f))
                .sorted((a, b) -> Boolean.compare(isNote(a), isNote(b)))
                .toList();
        if (!rest.isEmpty()) {
            sections.add(new SectionLayout(sections.isEmpty() ? "section.proprietes" : "section.autres", rest,
                    TALL));
        }
        return sections;
    }

    /** Notes about the element itself (illustrative flag, sources) come after its real properties. */
    private static boolean isNote(EStructuralFeature feature) {
        return feature == ELEMENT__ILLUSTRATIVE || feature == ELEMENT__CITATIONS;
    }

    private static SectionLayout section(String titleKey, EStructuralFeature... features) {
        return new SectionLayout(titleKey, List.of(features), TALL);
    }
}
