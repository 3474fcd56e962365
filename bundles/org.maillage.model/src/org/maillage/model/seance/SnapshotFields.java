/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.seance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.maillage.model.Element;
import org.maillage.model.MaillagePackage;
import org.maillage.model.dispositif.DispositifPackage;
import org.maillage.model.dispositif.FicheAction;
import org.maillage.model.financement.FinancementPackage;
import org.maillage.model.indicateur.Indicateur;
import org.maillage.model.indicateur.IndicateurPackage;
import org.maillage.model.indicateur.ValeurAnnuelle;
import org.maillage.model.plan.PlanPackage;

/**
 * What a snapshot holds of each kind of element, and how each value is written: the one definition of "what a CTS
 * compares" between two séances.
 * <p>
 * Frozen kinds: chantiers (status, progress, deadline, pilot), every dispositif (status, holder, territories, dates;
 * a CLS's cycle stage, a contrat de ville's QPV and EPCI), fiches actions (targeted QPV, territories, chantiers,
 * holder), financements (funder, fund, year, amount, object) and indicators (target and yearly values). Each also
 * keeps its name and number, so that a rename is a change, not a removal. Values are written canonically so that
 * two snapshots of the same state are equal strings: enum literal names, ISO dates, plain decimals, uuids sorted and
 * separated by spaces. Subclasses of the listed classes (a plug-in's dispositif) are frozen with their parent's
 * fields.
 */
public final class SnapshotFields {

    /** Key prefix of an indicator's yearly value: {@code valeur.2024}. */
    public static final String VALEUR_PREFIX = "valeur.";

    /** Frozen classes and their compared fields; a subclass before its superclass (the first match wins). */
    private static final Map<EClass, List<EStructuralFeature>> FIELDS = fields();

    private SnapshotFields() {
    }

    private static Map<EClass, List<EStructuralFeature>> fields() {
        Map<EClass, List<EStructuralFeature>> fields = new LinkedHashMap<>();
        EStructuralFeature nom = MaillagePackage.Literals.ELEMENT__NOM;
        fields.put(PlanPackage.Literals.CHANTIER, List.of(nom, PlanPackage.Literals.CHANTIER__NUMERO,
                PlanPackage.Literals.CHANTIER__STATUT, PlanPackage.Literals.CHANTIER__AVANCEMENT,
                PlanPackage.Literals.CHANTIER__ECHEANCE, PlanPackage.Literals.CHANTIER__PILOTE));
        List<EStructuralFeature> dispositif = List.of(nom, DispositifPackage.Literals.DISPOSITIF__STATUT,
                DispositifPackage.Literals.DISPOSITIF__PORTEUR, DispositifPackage.Literals.DISPOSITIF__TERRITOIRES,
                DispositifPackage.Literals.DISPOSITIF__DEBUT, DispositifPackage.Literals.DISPOSITIF__FIN);
        fields.put(DispositifPackage.Literals.CLS, concat(dispositif, DispositifPackage.Literals.CLS__CYCLE));
        fields.put(DispositifPackage.Literals.CONTRAT_DE_VILLE, concat(dispositif,
                DispositifPackage.Literals.CONTRAT_DE_VILLE__EPCI, DispositifPackage.Literals.CONTRAT_DE_VILLE__QPVS));
        fields.put(DispositifPackage.Literals.DISPOSITIF, dispositif);
        fields.put(DispositifPackage.Literals.FICHE_ACTION, List.of(nom, DispositifPackage.Literals.FICHE_ACTION__NUMERO,
                DispositifPackage.Literals.FICHE_ACTION__PORTEUR, DispositifPackage.Literals.FICHE_ACTION__QPV_CIBLES,
                DispositifPackage.Literals.FICHE_ACTION__TERRITOIRES, DispositifPackage.Literals.FICHE_ACTION__CHANTIERS));
        fields.put(FinancementPackage.Literals.FINANCEMENT, List.of(nom,
                FinancementPackage.Literals.FINANCEMENT__FINANCEUR, FinancementPackage.Literals.FINANCEMENT__FONDS,
                FinancementPackage.Literals.FINANCEMENT__ANNEE, FinancementPackage.Literals.FINANCEMENT__MONTANT,
                FinancementPackage.Literals.FINANCEMENT__OBJET));
        fields.put(IndicateurPackage.Literals.INDICATEUR, List.of(nom, IndicateurPackage.Literals.INDICATEUR__CIBLE,
                IndicateurPackage.Literals.INDICATEUR__ANNEE_CIBLE));
        return Collections.unmodifiableMap(fields);
    }

    private static List<EStructuralFeature> concat(List<EStructuralFeature> base, EStructuralFeature... more) {
        List<EStructuralFeature> all = new ArrayList<>(base);
        all.addAll(List.of(more));
        return List.copyOf(all);
    }

    /** Kind named in a snapshot's scope when it holds the coverage gaps. */
    public static final String GAPS = "Lacune";
    /** Kind named in a snapshot's scope when it holds the key figures. */
    public static final String FIGURES = "Chiffre";

    /**
     * @return the names of the frozen classes, plus {@link #GAPS} and {@link #FIGURES}: the scope of a complete
     *         snapshot
     */
    public static List<String> completeScope() {
        List<String> scope = new ArrayList<>(FIELDS.keySet().stream().map(EClass::getName).sorted().toList());
        scope.add(GAPS);
        scope.add(FIGURES);
        return scope;
    }

    /**
     * @param typeName the EClass name written in a snapshot, e.g. {@code Cpts}
     * @return the kind it is frozen as, e.g. {@code Dispositif}; the name itself for a class this release does not
     *         know (a plug-in that was removed)
     */
    public static String kindOf(String typeName) {
        for (EClass known : FIELDS.keySet()) {
            if (known.getName().equals(typeName)) {
                return typeName;
            }
        }
        EClass eClass = classNamed(typeName);
        EClass frozen = eClass == null ? null : frozenClass(eClass);
        return frozen == null ? typeName : frozen.getName();
    }

    /** @return the Maillage class of that name, or null */
    public static EClass classNamed(String typeName) {
        for (EClass known : FIELDS.keySet()) {
            if (known.getEPackage().getEClassifier(typeName) instanceof EClass eClass) {
                return eClass;
            }
        }
        return null;
    }

    private static EClass frozenClass(EClass eClass) {
        if (FIELDS.containsKey(eClass)) {
            return eClass;
        }
        for (EClass known : FIELDS.keySet()) {
            if (known.isSuperTypeOf(eClass)) {
                return known;
            }
        }
        return null;
    }

    /** @return the frozen class an object is frozen as (its own or the nearest listed ancestor), or null */
    static EClass frozenClass(EObject object) {
        return frozenClass(object.eClass());
    }

    /** @return whether a snapshot holds this object */
    public static boolean isFrozen(EObject object) {
        return object instanceof Element && frozenClass(object) != null;
    }

    /**
     * @param element a frozen element ({@link #isFrozen})
     * @return its fields, key to canonical value, in a fixed order; unset values are absent
     */
    public static Map<String, String> values(Element element) {
        Map<String, String> values = new LinkedHashMap<>();
        EClass frozen = frozenClass(element);
        if (frozen == null) {
            return values;
        }
        for (EStructuralFeature feature : FIELDS.get(frozen)) {
            String value = canonical(element.eGet(feature));
            if (value != null) {
                values.put(feature.getName(), value);
            }
        }
        if (element instanceof Indicateur indicateur) {
            for (ValeurAnnuelle valeur : indicateur.getValeurs()) {
                String v = canonical(valeur.getValeur());
                if (v != null) {
                    values.put(VALEUR_PREFIX + valeur.getAnnee(), v);
                }
            }
        }
        return values;
    }

    /**
     * @param element a frozen element
     * @return the uuid of the element it is shown under in a change ("fiche action 2.3 du CLS ..."), or null
     */
    public static String parentOf(Element element) {
        if (element instanceof FicheAction fiche && fiche.getAxe() != null && fiche.getAxe().getCls() != null) {
            return fiche.getAxe().getCls().getUuid();
        }
        return null;
    }

    /**
     * Writes a value canonically: enum literal names, ISO dates, plain decimals without trailing zeros, an element
     * as its uuid, a list as its items sorted and separated by spaces.
     *
     * @param value a feature's value
     * @return its canonical text, or null when unset or empty
     */
    public static String canonical(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Collection<?> list) {
            if (list.isEmpty()) {
                return null;
            }
            return list.stream().map(SnapshotFields::canonical).filter(v -> v != null).sorted()
                    .collect(Collectors.joining(" "));
        }
        if (value instanceof Element element) {
            return element.getUuid();
        }
        if (value instanceof EObject other) {
            // Not an element (e.g. an EClass of a rule): its name is what a person recognises.
            return other.eClass().getName();
        }
        if (value instanceof Enumerator literal) {
            return literal.getName();
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.signum() == 0 ? "0" : decimal.stripTrailingZeros().toPlainString();
        }
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        String text = value.toString();
        return text.isEmpty() ? null : text;
    }

    /** @return the feature a key names for an element of {@code type} (an EClass name), or null (yearly values) */
    public static EStructuralFeature feature(EClass type, String key) {
        return type == null ? null : type.getEStructuralFeature(key);
    }
}
