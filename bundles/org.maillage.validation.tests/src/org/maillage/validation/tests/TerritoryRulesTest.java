/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.junit.jupiter.api.Test;
import org.maillage.model.dispositif.ContratDeVille;
import org.maillage.model.dispositif.DispositifFactory;
import org.maillage.model.organisation.Organisation;
import org.maillage.model.organisation.OrganisationFactory;
import org.maillage.model.resource.MaillageFiles;
import org.maillage.model.territoire.Commune;
import org.maillage.model.territoire.Departement;
import org.maillage.model.territoire.Epci;
import org.maillage.model.territoire.Qpv;
import org.maillage.model.territoire.TerritoireFactory;
import org.maillage.validation.RuleCodes;
import org.maillage.validation.RuleDiagnostic;
import org.maillage.validation.Severity;

/**
 * Covered cases: a QPV of the roadmap's département in no contrat de ville fails, one listed only by the contrat
 * de ville of another EPCI fails and names it, one covered by its EPCI's contract passes, one outside the
 * département (EPCI straddling the border) is not checked; a QPV without EPCI is a warning; an unresolved proxy to
 * territory data fails and a resolved reference passes; a reference to an element removed from the model fails;
 * EMF's duplicate-id constraint runs with a French message and its own code.
 */
class TerritoryRulesTest extends FrenchFixtureTest {

    @Test
    void qpvInNoContratDeVilleFails() {
        f.contratEpn.getQpvs().clear();
        RuleDiagnostic problem = f.single(RuleCodes.QPV_CONTRAT_DE_VILLE, f.madeleine);
        assertEquals(Severity.ERROR, problem.getSeverityLevel());
        assertEquals("QPV « La Madeleine » : ce QPV n'est dans aucun contrat de ville de son EPCI, EPCI « CA Évreux "
                + "Portes de Normandie »", problem.getMessage());
    }

    @Test
    void qpvOnlyInAnotherEpcisContratFails() {
        f.contratEpn.setEpci(f.sna);
        RuleDiagnostic problem = f.single(RuleCodes.QPV_CONTRAT_DE_VILLE, f.madeleine);
        assertTrue(problem.getMessage().contains("figure dans Contrat de ville « Contrat de ville EPN 2024-2030 »"),
                problem.getMessage());
    }

    @Test
    void qpvCoveredByItsEpcisContratPasses() {
        f.none(RuleCodes.QPV_CONTRAT_DE_VILLE);
        f.none(RuleCodes.QPV_EPCI);
    }

    @Test
    void qpvOutsideTheRoadmapsDepartementIsNotChecked() {
        TerritoireFactory t = TerritoireFactory.eINSTANCE;
        Departement oise = ValidationFixtures.named(t.createDepartement(), "Oise");
        Commune beauvais = ValidationFixtures.named(t.createCommune(), "Beauvais");
        oise.getCommunes().add(beauvais);
        f.model.getRegions().get(0).getDepartements().add(oise);
        Epci other = ValidationFixtures.named(t.createEpci(), "CA du Beauvaisis");
        f.model.getEpcis().add(other);
        Qpv outside = ValidationFixtures.named(t.createQpv(), "Saint-Jean");
        outside.getCommunes().add(beauvais);
        outside.setEpci(other);
        f.model.getQpvs().add(outside);
        f.none(RuleCodes.QPV_CONTRAT_DE_VILLE);
        // Without a roadmap naming its département, every QPV of the model is checked.
        f.feuille.setDepartement(null);
        f.single(RuleCodes.QPV_CONTRAT_DE_VILLE, outside);
    }

    @Test
    void qpvWithoutEpciIsAWarning() {
        f.madeleine.setEpci(null);
        RuleDiagnostic problem = f.single(RuleCodes.QPV_EPCI, f.madeleine);
        assertEquals(Severity.WARNING, problem.getSeverityLevel());
        assertTrue(problem.getMessage().startsWith("QPV « La Madeleine » : pas d'EPCI pilote"), problem.getMessage());
        f.none(RuleCodes.QPV_CONTRAT_DE_VILLE);
    }

    @Test
    void unresolvedTerritoryProxyFails() {
        Epci proxy = TerritoireFactory.eINSTANCE.createEpci();
        ((InternalEObject) proxy).eSetProxyURI(URI.createURI("territoire-eure.maillage#epci-absent"));
        f.cls.getTerritoires().add(proxy);
        RuleDiagnostic problem = f.single(RuleCodes.REFERENCE_NON_RESOLUE, f.cls);
        assertEquals(Severity.ERROR, problem.getSeverityLevel());
        assertEquals("CLS « CLS d'Évreux Portes de Normandie » : la référence « territoires » vers "
                + "« territoire-eure.maillage#epci-absent » n'est pas résolue (données de territoire ou fichier "
                + "absents ou non chargés)", problem.getMessage());
    }

    @Test
    void resolvedReferencesPass() {
        f.none(RuleCodes.REFERENCE_NON_RESOLUE);
        f.none(RuleCodes.REFERENCE_PENDANTE);
    }

    @Test
    void referenceToARemovedElementFails() {
        Organisation removed = ValidationFixtures.named(OrganisationFactory.eINSTANCE.createOrganisation(),
                "CPAM de l'Eure");
        f.chantier.getPartenaires().add(removed);
        RuleDiagnostic problem = f.single(RuleCodes.REFERENCE_PENDANTE, f.chantier);
        assertEquals("Chantier « Renforcer le maillage des PASS » : la référence « partenaires » désigne "
                + "Organisation « CPAM de l'Eure », qui n'est plus dans le modèle", problem.getMessage());
        assertEquals(removed, problem.getData().get(1));
    }

    @Test
    void duplicateUuidIsReportedByEmfsBasicConstraintInFrench() {
        Resource resource = MaillageFiles.newResourceSet().createResource(URI.createURI("test.maillage"));
        resource.getContents().add(f.model);
        ContratDeVille copy = ValidationFixtures.named(DispositifFactory.eINSTANCE.createContratDeVille(),
                "Contrat de ville SNA");
        copy.setUuid(f.contratEpn.getUuid());
        f.model.getDispositifs().add(copy);
        RuleDiagnostic problem = f.single(RuleCodes.emf(EObjectValidator.EOBJECT__UNIQUE_ID), copy);
        assertEquals("MAILLAGE-EMF-012", problem.getRuleCode());
        assertEquals(Severity.ERROR, problem.getSeverityLevel());
        assertTrue(problem.getMessage().contains("est aussi celui de Contrat de ville « Contrat de ville EPN"),
                problem.getMessage());
    }
}
