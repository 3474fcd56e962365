/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.internal.expressions;

import java.math.BigDecimal;
import java.text.Collator;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.maillage.model.Element;
import org.maillage.model.figures.Figures;
import org.maillage.model.figures.Figures.Declinaison;
import org.maillage.model.plan.MesurePraps;
import org.maillage.model.plan.Chantier;
import org.maillage.model.scheme.SchemeTypes;
import org.maillage.viewpoint.internal.Types;

/**
 * The {@code vp:} helper functions of description expressions: the only Java the expression language can
 * reach. Each function reads the model and never changes it; arguments of the wrong kind give {@code null} or an
 * empty list rather than an exception, so that a modeller's mistake shows as a missing element and a diagnostic
 * elsewhere, not a crash. Types are named by their EClass name, simple ({@code Cls}) or qualified with the
 * sub-package ({@code dispositif.Cls}).
 * <p>
 * Every function checks the evaluation's deadline while it iterates, reads at most {@link Limits#MAX_ITEMS} items
 * of a collection or range and returns at most as many; {@link #join} builds at most {@link Limits#MAX_STRING}
 * characters. Past a limit the evaluation fails with a diagnostic naming the function.
 */
public final class ViewpointFunctions {

    ViewpointFunctions() {
    }

    /**
     * @return the object that contains {@code e}, or {@code null}; for a collection, the list of the containers
     *         of its elements (no duplicates)
     */
    public Object container(Object e) {
        if (e instanceof Iterable<?> many) {
            LinkedHashSet<Object> result = new LinkedHashSet<>();
            for (Object o : items("container", many)) {
                Object c = container(o);
                if (c != null) {
                    result.add(c);
                }
            }
            return new ArrayList<>(result);
        }
        if (e instanceof EObject o) {
            read(o);
            return o.eContainer();
        }
        return null;
    }

    /**
     * @return the closest container of {@code e} of the given type, or {@code null}; for a collection, the list of
     *         those of its elements (no duplicates)
     */
    public Object containerOfType(Object e, String type) {
        if (e instanceof Iterable<?> many) {
            LinkedHashSet<Object> result = new LinkedHashSet<>();
            for (Object o : items("containerOfType", many)) {
                Object c = containerOfType(o, type);
                if (c != null) {
                    result.add(c);
                }
            }
            return new ArrayList<>(result);
        }
        EObject current = e instanceof EObject o ? o.eContainer() : null;
        while (current != null && !Types.isA(current, type)) {
            read(current);
            current = current.eContainer();
        }
        return current;
    }

    /** @return the EClass name of {@code e}, or {@code null} */
    public String type(Object e) {
        return e instanceof EObject o ? o.eClass().getName() : null;
    }

    /** @return whether {@code e} is an instance of the type (or of a sub-type) */
    public boolean isA(Object e, String type) {
        return Types.isA(e, type);
    }

    /** @return the elements of the collection that are of the type */
    public List<Object> ofType(Object collection, String type) {
        List<Object> result = new ArrayList<>();
        for (Object o : items("ofType", collection)) {
            if (isA(o, type)) {
                result.add(o);
            }
        }
        return result;
    }

    /**
     * @return the elements of the collection whose kind a plug-in contributes to {@code org.maillage.model.schemeTypes}
     *         (a kind of dispositif outside Maillage's model), for the mappings that show every plug-in kind
     */
    public List<Object> greffons(Object collection) {
        List<Object> result = new ArrayList<>();
        for (Object o : items("greffons", collection)) {
            if (o instanceof EObject e
                    && SchemeTypes.running().find(e.eClass()).filter(t -> !t.builtIn()).isPresent()) {
                result.add(o);
            }
        }
        return result;
    }

    /** @return every element of the type in the roadmap that holds {@code anchor} */
    public List<Object> allOfType(Object anchor, String type) {
        List<Object> result = new ArrayList<>();
        if (!(anchor instanceof EObject o)) {
            return result;
        }
        EvaluationContext context = EvaluationContext.CURRENT.get();
        if (context != null) {
            context.readGlobal();
        }
        int count = 0;
        for (EObject next : index(o).all()) {
            check();
            if (isA(next, type)) {
                count = Limits.item("vp:allOfType", count);
                result.add(next);
            }
        }
        return result;
    }

    /**
     * @return the elements of the roadmap whose reference {@code feature} (a name) points to {@code e} (or to one
     *         of the elements of {@code e}, a collection), e.g. the fiches actions that target a QPV:
     *         {@code vp:inverse(self, 'qpvCibles')}
     */
    public List<Object> inverse(Object e, String feature) {
        List<Object> targets = items("inverse", e);
        targets.removeIf(t -> !(t instanceof EObject));
        LinkedHashSet<Object> result = new LinkedHashSet<>();
        if (targets.isEmpty()) {
            return new ArrayList<>(result);
        }
        EvaluationContext context = EvaluationContext.CURRENT.get();
        if (context != null) {
            context.readGlobal();
        }
        ModelIndex index = index((EObject) targets.get(0));
        for (Object target : targets) {
            check();
            for (EObject source : index.inverse((EObject) target, feature)) {
                if (result.add(source)) {
                    Limits.item("vp:inverse", result.size() - 1);
                }
            }
        }
        return new ArrayList<>(result);
    }

    /** @return the values of {@code feature} over the collection (or one object), lists flattened, no nulls */
    public List<Object> collect(Object collection, String feature) {
        LinkedHashSet<Object> result = new LinkedHashSet<>();
        for (Object o : items("collect", collection)) {
            Object value = value(o, feature);
            if (value instanceof Collection<?> c) {
                result.addAll(c);
            } else if (value != null) {
                result.add(value);
            }
            if (result.size() > Limits.MAX_ITEMS) {
                Limits.item("vp:collect", result.size());
            }
        }
        return new ArrayList<>(result);
    }

    /** @return the elements whose {@code feature} equals {@code value} (enum values compared by literal name) */
    public List<Object> select(Object collection, String feature, Object value) {
        List<Object> result = new ArrayList<>();
        for (Object o : items("select", collection)) {
            if (sameValue(value(o, feature), value)) {
                result.add(o);
            }
        }
        return result;
    }

    /** @return the elements whose {@code feature} does not equal {@code value} */
    public List<Object> reject(Object collection, String feature, Object value) {
        List<Object> result = new ArrayList<>();
        for (Object o : items("reject", collection)) {
            if (!sameValue(value(o, feature), value)) {
                result.add(o);
            }
        }
        return result;
    }

    /** @return the elements whose {@code feature} (a list) is not empty, or (single value) is set */
    public List<Object> having(Object collection, String feature) {
        List<Object> result = new ArrayList<>();
        for (Object o : items("having", collection)) {
            Object value = value(o, feature);
            if (value instanceof Collection<?> c ? !c.isEmpty() : value != null) {
                result.add(o);
            }
        }
        return result;
    }

    /** @return the elements of {@code a} that are also in {@code b} */
    public List<Object> intersection(Object a, Object b) {
        List<Object> result = new ArrayList<>();
        Set<Object> other = new HashSet<>(items("intersection", b));
        for (Object o : items("intersection", a)) {
            if (other.contains(o)) {
                result.add(o);
            }
        }
        return result;
    }

    /** @return the labels of the elements ({@code nom} feature), joined with the separator */
    public String join(Object collection, String separator) {
        String between = separator == null ? ", " : separator;
        StringBuilder joined = new StringBuilder();
        boolean first = true;
        for (Object o : items("join", collection)) {
            Object name = value(o, "nom");
            if (!first) {
                joined.append(between);
            }
            first = false;
            // Checked before appending: one huge label must not be copied before it is refused.
            String label = String.valueOf(name != null ? name : o);
            Limits.length("vp:join", joined.length() + label.length());
            joined.append(label);
        }
        return joined.toString();
    }

    /**
     * @return whether {@code e} is a chantier late today: the one definition of {@link Figures#enRetard(Chantier,
     *         LocalDate)}, shared with the explorer and the reports, e.g. {@code vp:enRetard(self)}
     */
    public boolean enRetard(Object e) {
        if (e instanceof Chantier chantier) {
            read(chantier);
            return Figures.enRetard(chantier, LocalDate.now());
        }
        return false;
    }

    /**
     * @return whether {@code e} is in a gap of the roadmap ({@link Figures#gapsOf}): an EPCI without CLS, a QPV
     *         that no CLS fiche action targets, a commune outside every CPTS, a PRAPS measure declined nowhere; the
     *         same gaps as the reports and the validation, e.g. {@code vp:lacune(self)}
     */
    public boolean lacune(Object e) {
        if (!(e instanceof Element element)) {
            return false;
        }
        EvaluationContext context = EvaluationContext.CURRENT.get();
        if (context != null) {
            context.readGlobal();
        }
        Figures figures = index(element).figures();
        return figures != null && !figures.gapsOf(element).isEmpty();
    }

    // ---- Tables (docs/diagrams.md#tables) ------------------------------------------------------------------------

    /**
     * @return the sum of the numeric {@code feature} over the collection, e.g. the amounts of financements; {@code
     *         null} when no element has a value (so that {@link #euros} gives an empty cell, not "0 €")
     */
    public BigDecimal sum(Object collection, String feature) {
        BigDecimal total = null;
        for (Object o : items("sum", collection)) {
            Object value = value(o, feature);
            if (value instanceof Number n) {
                BigDecimal d = n instanceof BigDecimal b ? b : new BigDecimal(n.toString());
                total = total == null ? d : total.add(d);
            }
        }
        return total;
    }

    /**
     * @return an amount the French way, e.g. "30 000 €" with no-break spaces (U+00A0: the narrow U+202F Java
     *         gives is missing from many fonts), at most two decimals; empty for {@code null} or a non-number
     */
    public String euros(Object amount) {
        if (!(amount instanceof Number n)) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(Locale.FRANCE);
        format.setMaximumFractionDigits(2);
        return format.format(n).replace('\u202f', '\u00a0') + "\u00a0€";
    }

    /**
     * @return the items sorted: numbers and strings in their natural order (strings as French readers sort them),
     *         elements by name; a list of mixed kinds keeps the order of each kind after the numbers
     */
    public List<Object> sort(Object collection) {
        List<Object> result = items("sort", collection);
        Collator collator = Collator.getInstance(Locale.FRANCE);
        Comparator<Object> order = Comparator.comparingInt(ViewpointFunctions::rank);
        result.sort(order.thenComparing((a, b) -> a instanceof Number x && b instanceof Number y
                ? new BigDecimal(x.toString()).compareTo(new BigDecimal(y.toString()))
                : collator.compare(String.valueOf(a instanceof EObject ? value(a, "nom") : a),
                        String.valueOf(b instanceof EObject ? value(b, "nom") : b))));
        return result;
    }

    private static int rank(Object o) {
        return o instanceof Number ? 0 : 1;
    }

    /** @return the measures of the roadmap's PRAPS, in PRAPS order ({@link Figures#mesures()}) */
    public List<Object> mesuresPraps(Object anchor) {
        Figures figures = anchor instanceof EObject e ? index(e).figures() : null;
        if (figures == null) {
            return new ArrayList<>();
        }
        EvaluationContext context = EvaluationContext.CURRENT.get();
        if (context != null) {
            context.readGlobal();
        }
        return new ArrayList<>(figures.mesures());
    }

    /**
     * @return the chantiers of the roadmap that decline a PRAPS measure (or any measure of a list), by the one
     *         definition of {@link Figures#declinaisons()} (a chantier's {@code declines} or a "declines"
     *         articulation), in roadmap order
     */
    public List<Object> chantiersDeclinant(Object mesures) {
        return declinants(mesures, false);
    }

    /** @return the fiches actions that work on a chantier declining the measure(s) ({@link Declinaison#fiches()}) */
    public List<Object> fichesDeclinant(Object mesures) {
        return declinants(mesures, true);
    }

    private List<Object> declinants(Object mesures, boolean fiches) {
        LinkedHashSet<Object> result = new LinkedHashSet<>();
        for (Object o : items(fiches ? "fichesDeclinant" : "chantiersDeclinant", mesures)) {
            if (o instanceof MesurePraps mesure) {
                EvaluationContext context = EvaluationContext.CURRENT.get();
                if (context != null) {
                    context.readGlobal();
                }
                Figures figures = index(mesure).figures();
                if (figures != null) {
                    for (Declinaison declinaison : figures.declinaisons()) {
                        if (declinaison.mesure() == mesure) {
                            result.addAll(fiches ? declinaison.fiches() : declinaison.chantiers());
                        }
                    }
                }
            }
        }
        return new ArrayList<>(result);
    }

    private static Object value(Object o, String feature) {
        if (o instanceof EObject e && feature != null) {
            EStructuralFeature f = e.eClass().getEStructuralFeature(feature);
            if (f != null) {
                return EmfPropertyResolver.get(e, f);
            }
        }
        return null;
    }

    private static boolean sameValue(Object actual, Object expected) {
        if (actual instanceof Enumerator literal) {
            actual = literal.getName();
        }
        if (actual instanceof Number a && expected instanceof Number b) {
            return a.doubleValue() == b.doubleValue();
        }
        return Objects.equals(actual, expected);
    }

    /**
     * The items of a collection argument (a single object is a list of one), read with the deadline checked and at
     * most {@link Limits#MAX_ITEMS} of them: a JEXL range such as {@code 1..2000000000} is an Iterable that
     * allocates nothing until it is walked, and walking it is what a function must not do without limit.
     *
     * @throws Limits.LimitException naming {@code function} when there are more items
     */
    private static List<Object> items(String function, Object o) {
        if (!(o instanceof Iterable<?> many)) {
            return o == null ? new ArrayList<>() : new ArrayList<>(List.of(o));
        }
        List<Object> items = new ArrayList<>();
        int count = 0;
        for (Object item : many) {
            check();
            count = Limits.item("vp:" + function, count);
            items.add(item);
        }
        return items;
    }

    /** @return the index of the evaluation (one per refresh), or a fresh one outside a refresh */
    private static ModelIndex index(EObject anyInModel) {
        EvaluationContext context = EvaluationContext.CURRENT.get();
        ModelIndex index = context == null ? null : context.index();
        return index != null ? index : new ModelIndex(anyInModel);
    }

    private static void read(EObject o) {
        EvaluationContext context = EvaluationContext.CURRENT.get();
        if (context != null) {
            context.read(o);
        }
    }

    private static void check() {
        EvaluationContext context = EvaluationContext.CURRENT.get();
        if (context != null) {
            context.checkTime();
        }
    }
}
