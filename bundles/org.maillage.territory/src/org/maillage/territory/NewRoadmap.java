/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.territory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.organisation.Organisation;
import org.maillage.model.organisation.OrganisationFactory;
import org.maillage.model.organisation.TypeOrganisation;
import org.maillage.model.plan.FeuilleDeRoute;
import org.maillage.model.plan.PlanFactory;
import org.maillage.model.resource.MaillageFiles;
import org.maillage.model.territoire.Departement;
import org.maillage.model.territoire.Region;
import org.maillage.model.territoire.TerritoireFactory;
import org.maillage.model.util.ModelFormat;
import org.maillage.territory.internal.Messages;

/**
 * Creates the roadmap a délégation départementale starts from: its département and région, the délégation as an
 * organisation, and an empty feuille de route for the year. What the workbench's "new roadmap" wizard does, headless.
 * <p>
 * By default the région, the département, its communes and EPCI are imported by {@link TerritoryImport} from the
 * data built into Maillage ({@link TerritoryData}), or from another millésime's package
 * ({@link #withTerritoryData(Path)}); with {@link #withoutTerritory()}, the département and its région alone are
 * created from the shipped list ({@link DepartementInfo}) with the importer's identifiers, so that a later import
 * completes them and references to them stay valid.
 */
public final class NewRoadmap {

    /** The first year accepted for a roadmap. */
    public static final int FIRST_YEAR = 2000;
    /** The last year accepted for a roadmap. */
    public static final int LAST_YEAR = 2100;

    private final DepartementInfo departement;
    private final int annee;
    private Path territoryData;
    private boolean territory = true;

    /**
     * @param departement the département of the délégation
     * @param annee the year of the roadmap, between {@link #FIRST_YEAR} and {@link #LAST_YEAR}
     * @throws IllegalArgumentException when the year is out of range
     */
    public NewRoadmap(DepartementInfo departement, int annee) {
        this.departement = Objects.requireNonNull(departement, "departement");
        if (annee < FIRST_YEAR || annee > LAST_YEAR) {
            throw new IllegalArgumentException(Messages.get("newRoadmap.year", annee, FIRST_YEAR, LAST_YEAR));
        }
        this.annee = annee;
    }

    /**
     * @param folder the unpacked {@code @etalab/decoupage-administratif} package (or its {@code data/} folder) of
     *            another millésime, or {@code null} for the built-in data
     * @return this
     */
    public NewRoadmap withTerritoryData(Path folder) {
        this.territoryData = folder;
        this.territory = true;
        return this;
    }

    /**
     * Creates the département and its région alone, without communes or EPCI.
     *
     * @return this
     */
    public NewRoadmap withoutTerritory() {
        this.territory = false;
        this.territoryData = null;
        return this;
    }

    /** @return a file name for the roadmap, e.g. {@code feuille-de-route-27-2026.maillage} */
    public String defaultFileName() {
        return "feuille-de-route-" + departement.code().toLowerCase(Locale.ROOT) + "-" + annee + "."
                + ModelFormat.FILE_EXTENSION;
    }

    /**
     * Builds the roadmap in memory.
     *
     * @return a new model, not in any resource
     * @throws TerritoryImportException when the territory data cannot be imported (message in the user's
     *             language, naming the file)
     */
    public ModeleMaillage create() throws TerritoryImportException {
        ModeleMaillage model;
        if (territory) {
            model = new TerritoryImport().importDepartements(territoryData, List.of(departement.code()));
            // The importer names the model after the territory; this one is a roadmap, with an identity of its own.
            model.setUuid(EcoreUtil.generateUUID());
        } else {
            model = ModelFormat.newModel();
            addDepartement(model);
        }
        model.setNom(Messages.get("newRoadmap.model", departement.nom(), annee));
        Departement dep = TerritoryIndex.of(model).departement(departement.code()).orElseThrow();

        Organisation delegation = OrganisationFactory.eINSTANCE.createOrganisation();
        delegation.setType(TypeOrganisation.ARS);
        delegation.setNom(Messages.get("newRoadmap.delegation", departement.regionNom(), departement.nom()));
        delegation.setTerritoire(dep);
        model.getOrganisations().add(delegation);

        FeuilleDeRoute feuille = PlanFactory.eINSTANCE.createFeuilleDeRoute();
        feuille.setNom(Messages.get("newRoadmap.feuille", departement.nom(), annee));
        feuille.setDepartement(dep);
        feuille.setAnnee(annee);
        model.getFeuillesDeRoute().add(feuille);
        return model;
    }

    /**
     * Builds the roadmap and saves it atomically (temporary file, then rename).
     *
     * @param file the new roadmap's file
     * @return the model, now in a resource at {@code file}
     * @throws TerritoryImportException as {@link #create()}; nothing is written then
     * @throws IOException when the file cannot be written
     */
    public ModeleMaillage createAndSave(Path file) throws TerritoryImportException, IOException {
        ModeleMaillage model = create();
        MaillageFiles.save(model, file);
        return model;
    }

    private void addDepartement(ModeleMaillage model) {
        Region region = TerritoireFactory.eINSTANCE.createRegion();
        region.setUuid(TerritoryIndex.regionId(departement.regionCode()));
        region.setCode(departement.regionCode());
        region.setNom(departement.regionNom());
        model.getRegions().add(region);
        Departement dep = TerritoireFactory.eINSTANCE.createDepartement();
        dep.setUuid(TerritoryIndex.departementId(departement.code()));
        dep.setCode(departement.code());
        dep.setNom(departement.nom());
        region.getDepartements().add(dep);
    }
}
