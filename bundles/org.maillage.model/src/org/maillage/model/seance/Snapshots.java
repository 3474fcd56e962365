/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.seance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.maillage.model.Element;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.figures.Figure;
import org.maillage.model.figures.Figures;
import org.maillage.model.figures.Gap;
import org.maillage.model.instance.Champ;
import org.maillage.model.instance.Chiffre;
import org.maillage.model.instance.EtatElement;
import org.maillage.model.instance.Instance;
import org.maillage.model.instance.InstanceFactory;
import org.maillage.model.instance.Lacune;
import org.maillage.model.instance.Seance;
import org.maillage.model.instance.Snapshot;
import org.maillage.model.instance.TypeInstance;
import org.maillage.model.plan.FeuilleDeRoute;

/**
 * Freezes the state of a roadmap for a séance: every element {@link SnapshotFields} names, in model order, with its
 * canonical values. The result is deterministic (same model, same snapshot, byte for byte once saved) and compact
 * (one line per element and field, no uuid of its own).
 * <p>
 * The same code freezes a séance and the current model before a comparison ({@link SnapshotDiff}), so that "what
 * changed" can only mean a difference of values, never a difference of method.
 */
public final class Snapshots {

    private Snapshots() {
    }

    /**
     * @param model the roadmap model
     * @param feuille the roadmap the snapshot is about (may be null: the whole model)
     * @param asOf the date of the situation (the séance's date)
     * @return a new snapshot, not attached to any séance
     */
    public static Snapshot freeze(ModeleMaillage model, FeuilleDeRoute feuille, LocalDate asOf) {
        InstanceFactory factory = InstanceFactory.eINSTANCE;
        Snapshot snapshot = factory.createSnapshot();
        snapshot.setFeuilleDeRoute(feuille);
        snapshot.setDateSituation(asOf);
        snapshot.setNom(feuille == null ? null : feuille.getNom());
        for (TreeIterator<EObject> it = model.eAllContents(); it.hasNext();) {
            EObject object = it.next();
            if (object instanceof Instance) {
                // Séances hold snapshots: never freeze a snapshot into another.
                it.prune();
                continue;
            }
            if (!SnapshotFields.isFrozen(object)) {
                continue;
            }
            Element element = (Element) object;
            snapshot.getEtats().add(state(element, SnapshotFields.values(element)));
        }
        snapshot.getPortee().addAll(SnapshotFields.completeScope());
        Figures figures = new Figures(model, feuille, asOf);
        for (Figure figure : figures.keyFigures()) {
            Chiffre chiffre = factory.createChiffre();
            chiffre.setIdentifiant(figure.id());
            chiffre.setValeur(BigDecimal.valueOf(figure.value()));
            snapshot.getChiffres().add(chiffre);
        }
        for (Gap gap : figures.gaps()) {
            Lacune lacune = factory.createLacune();
            lacune.setRegle(gap.rule());
            lacune.setElement(gap.element().getUuid());
            lacune.setLibelle(libelle(gap.element()));
            snapshot.getLacunes().add(lacune);
        }
        return snapshot;
    }

    /**
     * Freezes the roadmap for a séance, as of the séance's date. The snapshot's uuid is derived from the séance's,
     * so that freezing the same model twice gives the same file.
     *
     * @param seance a séance of a model
     * @return a new snapshot for it, not yet attached (attach it with a command in the workbench, so that it can be
     *         undone)
     * @throws IllegalArgumentException when the séance has no date or is not in a model
     */
    public static Snapshot freezeFor(Seance seance) {
        if (seance.getDate() == null || !(EcoreUtil.getRootContainer(seance) instanceof ModeleMaillage model)) {
            throw new IllegalArgumentException("séance sans date ou hors d'un modèle : " + seance.getUuid());
        }
        FeuilleDeRoute feuille = model.getFeuillesDeRoute().isEmpty() ? null : model.getFeuillesDeRoute().get(0);
        Snapshot snapshot = freeze(model, feuille, seance.getDate());
        snapshot.setUuid(seance.getUuid() + "-instantane");
        return snapshot;
    }

    /**
     * The current state of a roadmap frozen as a séance would be, to compare with a séance's snapshot.
     *
     * @param model the roadmap model
     * @param asOf the date of the situation (usually today)
     * @return a snapshot of the current model, not attached
     */
    public static Snapshot current(ModeleMaillage model, LocalDate asOf) {
        return freeze(model, model.getFeuillesDeRoute().isEmpty() ? null : model.getFeuillesDeRoute().get(0), asOf);
    }

    /**
     * @param element a frozen element ({@link SnapshotFields#isFrozen})
     * @param values its fields, key to canonical value, in their order ({@link SnapshotFields#values})
     * @return its state as a snapshot holds it: uuid, class, label, parent and fields
     */
    public static EtatElement state(Element element, Map<String, String> values) {
        InstanceFactory factory = InstanceFactory.eINSTANCE;
        EtatElement etat = factory.createEtatElement();
        etat.setElement(element.getUuid());
        etat.setType(element.eClass().getName());
        etat.setLibelle(libelle(element));
        etat.setParent(SnapshotFields.parentOf(element));
        values.forEach((key, value) -> {
            Champ champ = factory.createChamp();
            champ.setCle(key);
            champ.setValeur(value);
            etat.getChamps().add(champ);
        });
        return etat;
    }

    /**
     * @param element an element
     * @return how a snapshot names it: its number and name ("2.3 Sport-santé"), the name alone, or its uuid
     */
    public static String libelle(Element element) {
        Object numero = element.eClass().getEStructuralFeature("numero") == null ? null
                : element.eGet(element.eClass().getEStructuralFeature("numero"));
        String nom = element.getNom() == null || element.getNom().isBlank() ? null : element.getNom();
        if (numero != null && !numero.toString().isBlank()) {
            return nom == null ? numero.toString() : numero + " " + nom;
        }
        return nom != null ? nom : element.getUuid();
    }

    /**
     * The séance a dossier or a freeze is about by default: the latest séance, by date, of the roadmap's CTS (a
     * plenary CTS instance), or of any instance when the model has no CTS.
     *
     * @param model the roadmap model
     * @return the latest séance with a date, or empty when the model has none
     */
    public static Optional<Seance> latestSeance(ModeleMaillage model) {
        Comparator<Seance> byDate = Comparator.comparing(Seance::getDate);
        Optional<Seance> cts = model.getInstances().stream().filter(i -> i.getType() == TypeInstance.CTS_PLENIERE)
                .flatMap(i -> i.getSeances().stream()).filter(s -> s.getDate() != null).max(byDate);
        return cts.isPresent() ? cts : model.getInstances().stream().flatMap(i -> i.getSeances().stream())
                .filter(s -> s.getDate() != null).max(byDate);
    }

    /**
     * The séance before another one that has a snapshot: what "since the last séance" compares with.
     *
     * @param seance a séance
     * @return the latest earlier séance of the same instance holding a snapshot, or empty
     */
    public static Optional<Seance> previousFrozen(Seance seance) {
        if (seance.getInstance() == null || seance.getDate() == null) {
            return Optional.empty();
        }
        return seance.getInstance().getSeances().stream()
                .filter(s -> s != seance && s.getSnapshot() != null && s.getDate() != null
                        && s.getDate().isBefore(seance.getDate()))
                .max(Comparator.comparing(Seance::getDate));
    }

    /**
     * Finds a séance by uuid or by name (case and accents as typed), for the command line.
     *
     * @param model the roadmap model
     * @param idOrName what the user typed
     * @return the séance, or empty
     */
    public static Optional<Seance> findSeance(ModeleMaillage model, String idOrName) {
        return model.getInstances().stream().flatMap(i -> i.getSeances().stream())
                .filter(s -> idOrName.equals(s.getUuid()) || idOrName.equalsIgnoreCase(s.getNom())
                        || (s.getDate() != null && idOrName.equals(s.getDate().toString())))
                .findFirst();
    }
}
