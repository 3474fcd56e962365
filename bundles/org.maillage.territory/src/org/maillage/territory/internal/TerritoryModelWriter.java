/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.territory.internal;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.maillage.model.MaillageFactory;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.ReferenceData;
import org.maillage.model.territoire.Commune;
import org.maillage.model.territoire.Departement;
import org.maillage.model.territoire.Epci;
import org.maillage.model.territoire.NatureEpci;
import org.maillage.model.territoire.Region;
import org.maillage.model.territoire.TerritoireFactory;
import org.maillage.model.territoire.Territoire;
import org.maillage.territory.TerritoryIndex;
import org.maillage.territory.internal.DecoupageReader.CommuneRecord;
import org.maillage.territory.internal.DecoupageReader.DepartementRecord;
import org.maillage.territory.internal.DecoupageReader.EpciRecord;
import org.maillage.territory.internal.DecoupageReader.RegionRecord;

/**
 * Writes the records read from the package into a model, reusing the territories it already holds (found by
 * code) and creating the others with uuids derived from their codes. Texts written into the model are French
 * whatever the locale: they are data of a French roadmap, and a re-import must give the same file.
 */
final class TerritoryModelWriter {

    /** Licence of the data (the package's code is MIT, its data are under the Licence Ouverte). */
    static final String LICENCE = "Licence Ouverte / Open Licence 2.0";

    private static final Comparator<Territoire> BY_CODE = Comparator.comparing(Territoire::getCode,
            Comparator.nullsLast(Comparator.naturalOrder()));

    private final ModeleMaillage model;
    private ReferenceData referenceData;

    TerritoryModelWriter(ModeleMaillage model) {
        this.model = model;
    }

    /** Records the package as the reference data the imported territories point to, once per version. */
    void referenceData(String version, String millesime) {
        String id = TerritoryIndex.referenceDataId(version);
        referenceData = model.getReferenceData().stream().filter(r -> id.equals(r.getUuid())).findFirst()
                .orElseGet(() -> {
                    ReferenceData created = MaillageFactory.eINSTANCE.createReferenceData();
                    created.setUuid(id);
                    model.getReferenceData().add(created);
                    return created;
                });
        String npm = "https://www.npmjs.com/package/" + DecoupagePackage.NAME + "/v/" + version;
        referenceData.setNom("Découpage administratif " + DecoupagePackage.NAME + " " + version);
        referenceData.setMillesime(millesime);
        referenceData.setSource("INSEE (Code officiel géographique, populations légales) et DGCL (composition des"
                + " EPCI) via " + DecoupagePackage.NAME + " " + version + ", " + npm);
        referenceData.setLicence(LICENCE);
        referenceData.setDescription("Communes actuelles seulement. Population : population municipale"
                + " (champ population des communes, populationMunicipale des EPCI, pour l'EPCI entier) ;"
                + " département : somme de ses communes ; région : 0 (non calculée)."
                + (millesime == null ? " Millésime non indiqué par le README du paquet." : ""));
        referenceData.getCitations().clear();
        referenceData.getCitations().addAll(List.of(npm, "https://github.com/etalab/decoupage-administratif",
                "https://www.etalab.gouv.fr/licence-ouverte-open-licence"));
    }

    /**
     * Writes a département, its région and all its communes actuelles.
     *
     * @param communes the communes actuelles of this département
     */
    void departement(RegionRecord regionRecord, DepartementRecord record, Iterable<CommuneRecord> communes) {
        // A fresh index each time: the previous département may have created this région.
        TerritoryIndex existing = TerritoryIndex.of(model);
        Region region = existing.region(regionRecord.code()).orElseGet(() -> {
            Region created = TerritoireFactory.eINSTANCE.createRegion();
            created.setUuid(TerritoryIndex.regionId(regionRecord.code()));
            model.getRegions().add(created);
            return created;
        });
        describe(region, regionRecord.code(), regionRecord.nom(), region.getPopulation());
        Departement departement = existing.departement(record.code()).orElseGet(() -> {
            Departement created = TerritoireFactory.eINSTANCE.createDepartement();
            created.setUuid(TerritoryIndex.departementId(record.code()));
            return created;
        });
        if (departement.getRegion() != region) {
            region.getDepartements().add(departement);
        }
        long population = 0;
        for (CommuneRecord c : communes) {
            Commune commune = existing.commune(c.code()).orElseGet(() -> {
                Commune created = TerritoireFactory.eINSTANCE.createCommune();
                created.setUuid(TerritoryIndex.communeId(c.code()));
                return created;
            });
            if (commune.getDepartement() != departement) {
                departement.getCommunes().add(commune);
            }
            describe(commune, c.code(), c.nom(), c.population());
            population += c.population();
        }
        describe(departement, record.code(), record.nom(), (int) Math.min(Integer.MAX_VALUE, population));
    }

    /**
     * Writes EPCI with their members among the communes of the model; call it after the départements.
     *
     * @param records the EPCI, each with at least one member in an imported département
     * @param departementOfCommune the département of every commune actuelle, to say where the other members lie
     * @param imported the codes of the imported départements
     */
    void epcis(Collection<EpciRecord> records, Map<String, String> departementOfCommune, Set<String> imported) {
        TerritoryIndex existing = TerritoryIndex.of(model);
        for (EpciRecord record : records) {
            epci(record, existing, departementOfCommune, imported);
        }
    }

    private void epci(EpciRecord record, TerritoryIndex existing, Map<String, String> departementOfCommune,
            Set<String> imported) {
        Epci epci = existing.epci(record.siren()).orElseGet(() -> {
            Epci created = TerritoireFactory.eINSTANCE.createEpci();
            created.setUuid(TerritoryIndex.epciId(record.siren()));
            model.getEpcis().add(created);
            return created;
        });
        describe(epci, record.siren(), record.nom(), record.populationMunicipale());
        epci.setNature(nature(record.type()));
        Set<String> elsewhere = new TreeSet<>();
        for (String code : record.membres()) {
            String departement = departementOfCommune.get(code);
            if (departement != null && imported.contains(departement)) {
                existing.commune(code).filter(c -> !epci.getMembres().contains(c)).ifPresent(epci.getMembres()::add);
            } else {
                elsewhere.add(Objects.requireNonNullElse(departement, "?"));
            }
        }
        ECollections.sort(epci.getMembres(), BY_CODE);
        int total = record.membres().size();
        epci.setDescription(epci.getMembres().size() == total
                ? "EPCI de type " + record.type() + " : " + total + " communes membres, toutes importées."
                : "EPCI de type " + record.type() + " à cheval sur plusieurs départements : " + total
                        + " communes membres, dont " + epci.getMembres().size() + " importée(s) ; les autres sont"
                        + " dans le(s) département(s) " + String.join(", ", elsewhere)
                        + ". La population est celle de l'EPCI entier.");
    }

    /** Sorts what the import touched by code, so that files do not depend on the order of imports. */
    void sort() {
        sortByCode(model.getRegions());
        for (Region region : model.getRegions()) {
            sortByCode(region.getDepartements());
            for (Departement departement : region.getDepartements()) {
                sortByCode(departement.getCommunes());
            }
        }
        sortByCode(model.getEpcis());
    }

    private static <T extends Territoire> void sortByCode(EList<T> list) {
        ECollections.sort(list, BY_CODE);
    }

    private void describe(Territoire territoire, String code, String nom, int population) {
        territoire.setCode(code);
        territoire.setNom(nom);
        territoire.setPopulation(population);
        territoire.setIllustrative(false);
        territoire.setReferenceData(referenceData);
    }

    private static NatureEpci nature(String type) {
        return switch (type) {
            case "CA" -> NatureEpci.COMMUNAUTE_DAGGLOMERATION;
            case "CU" -> NatureEpci.COMMUNAUTE_URBAINE;
            // MET69 is the Métropole de Lyon, a collectivité à statut particulier listed with the métropoles.
            case "METRO", "MET69" -> NatureEpci.METROPOLE;
            case "CC" -> NatureEpci.COMMUNAUTE_DE_COMMUNES;
            default -> throw new IllegalArgumentException(type); // the reader refuses other types
        };
    }
}
