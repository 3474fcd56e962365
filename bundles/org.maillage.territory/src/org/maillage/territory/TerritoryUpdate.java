/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.territory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.maillage.model.Element;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.ReferenceData;
import org.maillage.model.territoire.Commune;
import org.maillage.model.territoire.Departement;
import org.maillage.model.territoire.Epci;
import org.maillage.model.territoire.Region;
import org.maillage.model.territoire.Groupement;
import org.maillage.model.territoire.Qpv;
import org.maillage.model.territoire.Territoire;
import org.maillage.model.util.ModelFormat;
import org.maillage.territory.internal.DepartementsImport;
import org.maillage.territory.internal.Messages;

/**
 * Updates the territory of a roadmap to another millésime (the built-in data or an unpacked package): the
 * communes and EPCI of its départements are compared by INSEE code and SIREN with the new data, the differences are
 * listed (communes created, renamed, merged into another, removed; EPCI created, renamed, dissolved, members added
 * or removed), and only then applied.
 * <p>
 * Applying keeps every territory that still exists (same object, same uuid), so that references from dispositifs,
 * QPV, organisations... stay valid; references to a commune merged into another are moved to the commune it was
 * merged into; references to a commune removed without successor or to a dissolved EPCI are removed, and the
 * elements that held them are listed by kind and name as needing attention.
 */
public final class TerritoryUpdate {

    /** The changes and the elements needing attention, computed but not applied. */
    public static final class Plan {
        private final ModeleMaillage model;
        private final Path dataDir;
        private final List<String> departements;
        private final List<String> changes;
        private final List<String> attention;
        private final Map<Commune, Commune> mergedInto;
        private final List<Territoire> vanished;
        private ReferenceData data;

        private Plan(ModeleMaillage model, Path dataDir, List<String> departements, List<String> changes,
                List<String> attention, Map<Commune, Commune> mergedInto, List<Territoire> vanished) {
            this.model = model;
            this.dataDir = dataDir;
            this.departements = departements;
            this.changes = changes;
            this.attention = attention;
            this.mergedInto = mergedInto;
            this.vanished = vanished;
        }

        /** @return one French sentence per change, communes first, then EPCI; empty when up to date */
        public List<String> changes() {
            return List.copyOf(changes);
        }

        /** @return the millésime of the new data, or {@code null} when unknown */
        public String millesime() {
            return data == null ? null : data.getMillesime();
        }

        /** @return the name of the new data, e.g. "Découpage administratif @etalab/decoupage-administratif 6.0.0" */
        public String dataName() {
            return data == null ? "" : data.getNom();
        }

        /** @return one French sentence per element that referenced a vanished commune or EPCI */
        public List<String> attention() {
            return List.copyOf(attention);
        }

        /**
         * Applies the update to the model given to {@link TerritoryUpdate#plan}.
         *
         * @throws TerritoryImportException when the data cannot be read again; the model is then unchanged
         */
        public void apply() throws TerritoryImportException {
            // Read first: a failure must leave the model as it was.
            ModeleMaillage fresh = new TerritoryImport().importDepartements(dataDir, departements);
            Objects.requireNonNull(fresh);
            for (Map.Entry<Commune, Commune> merge : mergedInto.entrySet()) {
                relink(merge.getKey(), merge.getValue());
            }
            for (Territoire gone : vanished) {
                for (EStructuralFeature.Setting setting : usages(gone)) {
                    EcoreUtil.remove(setting, gone);
                }
                if (gone instanceof Epci dissolved) {
                    // Its members' inverse link (Commune.epci) must not keep pointing to it.
                    dissolved.getMembres().clear();
                }
                EcoreUtil.remove(gone);
            }
            // Members are re-imported from the new data: those who left must not stay.
            for (Epci epci : model.getEpcis()) {
                epci.getMembres().clear();
            }
            new TerritoryImport().importDepartements(model, dataDir, departements);
            List<ReferenceData> unused = model.getReferenceData().stream()
                    .filter(r -> EcoreUtil.UsageCrossReferencer.find(r, model).isEmpty()).toList();
            model.getReferenceData().removeAll(unused);
        }

        private void relink(Commune from, Commune to) {
            for (EStructuralFeature.Setting setting : usages(from)) {
                EStructuralFeature feature = setting.getEStructuralFeature();
                if (feature.isMany()) {
                    @SuppressWarnings("unchecked")
                    List<Object> values = (List<Object>) setting.get(false);
                    int index = values.indexOf(from);
                    if (values.contains(to)) {
                        values.remove(index);
                    } else {
                        values.set(index, to);
                    }
                } else {
                    setting.set(to);
                }
            }
        }

        private Collection<EStructuralFeature.Setting> usages(EObject target) {
            return EcoreUtil.UsageCrossReferencer.find(target, model).stream()
                    .filter(s -> s.getEStructuralFeature() instanceof EReference r && !r.isContainment()
                            && !r.isContainer() && !r.isTransient())
                    // Territory links are re-imported from the data; only the roadmap's own references count.
                    .filter(s -> !(s.getEObject() instanceof Territoire t && !(t instanceof Qpv)
                            && !(t instanceof Groupement)))
                    .toList();
        }
    }

    private TerritoryUpdate() {
    }

    /**
     * Compares the roadmap's territory with other data.
     *
     * @param model the roadmap; not changed
     * @param dataDir an unpacked package folder (or its {@code data/} folder), or {@code null} for the built-in data
     * @return the plan, to print and then apply
     * @throws TerritoryImportException when the roadmap has no département, or the data cannot be read
     */
    public static Plan plan(ModeleMaillage model, Path dataDir) throws TerritoryImportException {
        List<String> codes = model.getRegions().stream().flatMap(r -> r.getDepartements().stream())
                .map(Departement::getCode).filter(Objects::nonNull).sorted().toList();
        if (codes.isEmpty()) {
            throw new TerritoryImportException(null, Messages.get("update.noDepartement"), null);
        }
        ModeleMaillage fresh = ModelFormat.newModel();
        Map<String, String> successors = DepartementsImport.importWithSuccessors(fresh, dataDir, codes);
        TerritoryIndex now = TerritoryIndex.of(fresh);

        List<String> changes = new ArrayList<>();
        Map<Commune, Commune> mergedInto = new LinkedHashMap<>();
        List<Territoire> vanished = new ArrayList<>();
        Map<String, Commune> oldCommunes = new TreeMap<>();
        for (Region region : model.getRegions()) {
            for (Departement departement : region.getDepartements()) {
                for (Commune commune : departement.getCommunes()) {
                    oldCommunes.put(commune.getCode(), commune);
                }
            }
        }
        for (Commune old : oldCommunes.values()) {
            Commune current = now.commune(old.getCode()).orElse(null);
            if (current != null) {
                if (!Objects.equals(current.getNom(), old.getNom())) {
                    changes.add(Messages.get("update.commune.renamed", old.getNom(), old.getCode(), current.getNom()));
                }
                continue;
            }
            String successor = successors.get(old.getCode());
            Commune into = successor == null ? null : oldCommunes.get(successor);
            if (into != null && now.commune(successor).isPresent()) {
                changes.add(Messages.get("update.commune.merged", old.getNom(), old.getCode(),
                        now.commune(successor).get().getNom(), successor));
                mergedInto.put(old, into);
            } else {
                changes.add(Messages.get("update.commune.removed", old.getNom(), old.getCode()));
            }
            vanished.add(old);
        }
        for (Region region : fresh.getRegions()) {
            for (Departement departement : region.getDepartements()) {
                for (Commune commune : departement.getCommunes()) {
                    if (!oldCommunes.containsKey(commune.getCode())) {
                        changes.add(Messages.get("update.commune.created", commune.getNom(), commune.getCode()));
                    }
                }
            }
        }
        Map<String, Epci> oldEpcis = model.getEpcis().stream()
                .collect(Collectors.toMap(Epci::getCode, e -> e, (a, b) -> a, TreeMap::new));
        for (Epci old : oldEpcis.values()) {
            Epci current = now.epci(old.getCode()).orElse(null);
            if (current == null) {
                changes.add(Messages.get("update.epci.dissolved", old.getNom(), old.getCode()));
                vanished.add(old);
                continue;
            }
            if (!Objects.equals(current.getNom(), old.getNom())) {
                changes.add(Messages.get("update.epci.renamed", old.getNom(), old.getCode(), current.getNom()));
            }
            Set<String> before = codes(old.getMembres());
            Set<String> after = codes(current.getMembres());
            Set<String> added = new TreeSet<>(after);
            added.removeAll(before);
            Set<String> removed = new TreeSet<>(before);
            removed.removeAll(after);
            if (!added.isEmpty() || !removed.isEmpty()) {
                changes.add(Messages.get("update.epci.members", current.getNom(), current.getCode(),
                        names(added, now, oldCommunes), names(removed, now, oldCommunes)));
            }
        }
        for (Epci epci : fresh.getEpcis()) {
            if (!oldEpcis.containsKey(epci.getCode())) {
                changes.add(Messages.get("update.epci.created", epci.getNom(), epci.getCode(),
                        epci.getMembres().size()));
            }
        }
        List<String> attention = new ArrayList<>();
        Plan plan = new Plan(model, dataDir, codes, changes, attention, mergedInto, vanished);
        plan.data = fresh.getReferenceData().isEmpty() ? null : fresh.getReferenceData().get(0);
        for (Territoire gone : vanished) {
            if (mergedInto.containsKey(gone)) {
                continue;
            }
            for (EStructuralFeature.Setting setting : plan.usages(gone)) {
                attention.add(Messages.get("update.attention", kind(setting.getEObject()),
                        name(setting.getEObject()), kind(gone), gone.getNom()));
            }
        }
        return plan;
    }

    private static Set<String> codes(Collection<Commune> communes) {
        return communes.stream().map(Commune::getCode).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String names(Set<String> codes, TerritoryIndex now, Map<String, Commune> old) {
        if (codes.isEmpty()) {
            return "-";
        }
        return codes.stream().map(c -> now.commune(c).map(Commune::getNom)
                .orElseGet(() -> old.containsKey(c) ? old.get(c).getNom() : c) + " (" + c + ")")
                .collect(Collectors.joining(", "));
    }

    /** @return the kind of an element in French, e.g. "fiche action", "CLS" */
    static String kind(EObject object) {
        String name = object.eClass().getName();
        String label = Messages.get("kind." + name);
        if (!label.startsWith("!")) {
            return label;
        }
        return name.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }

    private static String name(EObject object) {
        return object instanceof Element e && e.getNom() != null && !e.getNom().isBlank() ? e.getNom()
                : Messages.get("update.unnamed");
    }
}
