/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.territory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.maillage.model.ModeleMaillage;
import org.maillage.model.util.ModelFormat;
import org.maillage.territory.internal.DepartementsImport;
import org.maillage.territory.internal.Messages;

/**
 * Imports the territories of one or more départements from the JSON files of the npm package
 * {@code @etalab/decoupage-administratif} (INSEE's Code officiel géographique, DGCL's EPCI compositions and
 * INSEE's populations légales; data under the Licence Ouverte), or, given no data folder, from the same data
 * built into Maillage ({@link TerritoryData}): both give the same model for the same package version.
 * <p>
 * What an import writes:
 * <ul>
 * <li>the région and the département, and every <em>commune actuelle</em> of the département (arrondissements
 * municipaux, communes déléguées and associées are parts of a commune and are left out);</li>
 * <li>every EPCI à fiscalité propre with at least one member commune in an imported département, with its
 * {@code membres} restricted to the imported communes. An EPCI that straddles départements keeps the population of
 * the whole EPCI, and its description gives its total number of members and the départements of the others;</li>
 * <li>one {@code ReferenceData} (millésime, source with package version and URL, licence) that every imported
 * territory points to.</li>
 * </ul>
 * Populations are <em>populations municipales</em>: the {@code population} field of a commune (INSEE's populations
 * légales), the {@code populationMunicipale} of an EPCI (DGCL, for the whole EPCI; the {@code populationTotale} is
 * not used, as it counts people twice across communes). A département's population is the sum of its communes;
 * a région's stays 0, because only part of it is usually imported. The two sources may be one census apart, so
 * the communes of an EPCI need not add up to its population.
 * <p>
 * Imports are deterministic: uuids derive from official codes (see {@link TerritoryIndex#communeId(String)} and
 * its siblings) and lists are sorted by code, so that importing the same data twice gives identical files.
 * All files are read, streaming and within {@link ImportLimits}, before the model is changed: when an import
 * fails, the model is left as it was.
 */
public final class TerritoryImport {

    private final ImportLimits limits;

    /** An importer with {@link ImportLimits#DEFAULT}. */
    public TerritoryImport() {
        this(ImportLimits.DEFAULT);
    }

    /**
     * @param limits the bounds to enforce on the input files
     */
    public TerritoryImport(ImportLimits limits) {
        this.limits = Objects.requireNonNull(limits);
    }

    /**
     * Imports départements into a new model.
     *
     * @param dataDir the unpacked package folder, or its {@code data/} folder; {@code null} for the built-in data
     * @param departementCodes département codes, e.g. {@code 27}, {@code 2A}, {@code 971}; case and surrounding
     *            blanks do not matter
     * @return a new model whose uuid ({@code territoire-27-76}) and name derive from the codes
     * @throws TerritoryImportException when a code is unknown, or the data are missing, malformed or too large;
     *             the message, in the user's language, names the file and the JSON path
     */
    public ModeleMaillage importDepartements(Path dataDir, Collection<String> departementCodes)
            throws TerritoryImportException {
        List<String> codes = normalize(departementCodes);
        ModeleMaillage model = ModelFormat.newModel();
        model.setUuid("territoire-" + String.join("-", codes));
        importDepartements(model, dataDir, codes);
        TerritoryIndex index = TerritoryIndex.of(model);
        List<String> names = new ArrayList<>();
        for (String code : codes) {
            index.departement(code).ifPresent(d -> names.add(d.getNom() + " (" + code + ")"));
        }
        model.setNom("Territoire : " + String.join(", ", names));
        return model;
    }

    /**
     * Imports départements into an existing model: territories it already holds (found by code) are updated and
     * kept, so that references to them stay valid; an EPCI gains the members of the newly imported départements.
     *
     * @param model the model to complete
     * @param dataDir the unpacked package folder, or its {@code data/} folder; {@code null} for the built-in data
     * @param departementCodes département codes
     * @throws TerritoryImportException as {@link #importDepartements(Path, Collection)}; the model is then unchanged
     */
    public void importDepartements(ModeleMaillage model, Path dataDir, Collection<String> departementCodes)
            throws TerritoryImportException {
        new DepartementsImport(limits).run(Objects.requireNonNull(model), dataDir, normalize(departementCodes));
    }

    /**
     * @return the codes trimmed, in upper case ({@code 2a} is {@code 2A}), one-digit codes padded ({@code 1} is
     *         {@code 01}), without duplicates, sorted
     * @throws TerritoryImportException when no code is given
     */
    static List<String> normalize(Collection<String> codes) throws TerritoryImportException {
        List<String> result = new ArrayList<>();
        for (String code : codes) {
            String c = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
            if (c.length() == 1 && Character.isDigit(c.charAt(0))) {
                c = "0" + c;
            }
            if (!c.isEmpty() && !result.contains(c)) {
                result.add(c);
            }
        }
        if (result.isEmpty()) {
            throw new TerritoryImportException(null, Messages.get("codes.none"), null);
        }
        result.sort(null);
        return result;
    }
}
