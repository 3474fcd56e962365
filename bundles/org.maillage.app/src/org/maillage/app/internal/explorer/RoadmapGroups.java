/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.app.internal.explorer;

import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.CommandParameter;
import org.maillage.app.internal.Messages;
import org.maillage.edit.ui.NewChildActions;
import org.maillage.model.MaillagePackage;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.articulation.ArticulationPackage;
import org.maillage.model.edit.ModelLabels;
import org.maillage.model.financement.FinancementPackage;
import org.maillage.model.indicateur.IndicateurPackage;
import org.maillage.model.instance.InstancePackage;
import org.maillage.model.organisation.OrganisationPackage;
import org.maillage.model.plan.Chantier;
import org.maillage.model.plan.FeuilleDeRoute;
import org.maillage.model.plan.PlanPackage;
import org.maillage.model.scheme.SchemeType;
import org.maillage.model.scheme.SchemeTypes;
import org.maillage.model.territoire.TerritoirePackage;

/**
 * Where each element held by the roadmap's root goes in the explorer: the headings ("Feuille de route",
 * "Dispositifs", "Territoire", "Financements", "Instances"...), their sub-headings (one per kind of dispositif, one
 * per list such as EPCI or QPV) and the chantiers of a feuille de route by theme.
 * <p>
 * The placement of each list of the root is a table: a list a later model version adds lands under "Autres" until it
 * is placed. The kinds of dispositif are those of {@link SchemeTypes}: their names, icons and heading come from their
 * contributions, so that a plug-in's kind is listed like Maillage's.
 */
final class RoadmapGroups {

    /** Sub-heading that splits a list by the elements' kind (the dispositifs). */
    private static final String BY_KIND = "*";

    private record Placement(String group, String subgroup) {
    }

    private record Heading(String key, EClass icon, boolean always) {
    }

    private static final List<Heading> HEADINGS = List.of(
            new Heading("plans", PlanPackage.Literals.FEUILLE_DE_ROUTE, true),
            new Heading("dispositifs", null, true),
            new Heading("territoire", TerritoirePackage.Literals.REGION, true),
            new Heading("financements", FinancementPackage.Literals.FINANCEMENT, true),
            new Heading("instances", InstancePackage.Literals.INSTANCE, true),
            new Heading("organisations", OrganisationPackage.Literals.ORGANISATION, false),
            new Heading("indicateurs", IndicateurPackage.Literals.INDICATEUR, false),
            new Heading("articulations", ArticulationPackage.Literals.ARTICULATION, false),
            new Heading("autres", null, false));

    private static final Map<EReference, Placement> PLACEMENTS = placements();

    private RoadmapGroups() {
    }

    private static Map<EReference, Placement> placements() {
        Map<EReference, Placement> map = new LinkedHashMap<>();
        map.put(MaillagePackage.Literals.MODELE_MAILLAGE__FEUILLES_DE_ROUTE, new Placement("plans", null));
        map.put(MaillagePackage.Literals.MODELE_MAILLAGE__PRS, new Placement("plans", null));
        map.put(MaillagePackage.Literals.MODELE_MAILLAGE__BONNES_PRATIQUES, new Placement("plans", "bonnesPratiques"));
        map.put(MaillagePackage.Literals.MODELE_MAILLAGE__DISPOSITIFS, new Placement("dispositifs", BY_KIND));
        map.put(MaillagePackage.Literals.MODELE_MAILLAGE__REGIONS, new Placement("territoire", null));
        map.put(MaillagePackage.Literals.MODELE_MAILLAGE__EPCIS, new Placement("territoire", "epcis"));
        map.put(MaillagePackage.Literals.MODELE_MAILLAGE__QPVS, new Placement("territoire", "qpvs"));
        map.put(MaillagePackage.Literals.MODELE_MAILLAGE__GROUPEMENTS, new Placement("territoire", "groupements"));
        map.put(MaillagePackage.Literals.MODELE_MAILLAGE__REFERENCE_DATA, new Placement("territoire", "referenceData"));
        map.put(MaillagePackage.Literals.MODELE_MAILLAGE__FONDS, new Placement("financements", "fonds"));
        map.put(MaillagePackage.Literals.MODELE_MAILLAGE__FINANCEMENTS, new Placement("financements", null));
        map.put(MaillagePackage.Literals.MODELE_MAILLAGE__REGLES_COFINANCEMENT,
                new Placement("financements", "reglesCofinancement"));
        map.put(MaillagePackage.Literals.MODELE_MAILLAGE__INSTANCES, new Placement("instances", null));
        map.put(MaillagePackage.Literals.MODELE_MAILLAGE__ORGANISATIONS, new Placement("organisations", null));
        map.put(MaillagePackage.Literals.MODELE_MAILLAGE__INDICATEURS, new Placement("indicateurs", null));
        map.put(MaillagePackage.Literals.MODELE_MAILLAGE__TYPES_ARTICULATION,
                new Placement("articulations", "typesArticulation"));
        map.put(MaillagePackage.Literals.MODELE_MAILLAGE__ARTICULATIONS, new Placement("articulations", null));
        return map;
    }

    /** @return the headings under the root: the main five always, the others when they hold something */
    static List<GroupNode> headings(ModeleMaillage model) {
        List<GroupNode> nodes = new ArrayList<>();
        for (Heading heading : HEADINGS) {
            GroupNode node = heading(model, heading.key());
            if (heading.always() || !node.children().isEmpty()) {
                nodes.add(node);
            }
        }
        return nodes;
    }

    /** @return the chantiers of a feuille de route by theme, in the order themes first appear */
    static List<GroupNode> themes(FeuilleDeRoute feuille) {
        Map<String, GroupNode> themes = new LinkedHashMap<>();
        for (Chantier chantier : feuille.getChantiers()) {
            themes.computeIfAbsent(themeKey(chantier), key -> theme(feuille, key));
        }
        return new ArrayList<>(themes.values());
    }

    /**
     * @param element an element
     * @return the heading the explorer shows it under, or {@code null} when its parent is its container as the item
     *         providers say
     */
    static GroupNode groupOf(EObject element) {
        if (element instanceof Chantier chantier && chantier.getFeuilleDeRoute() != null) {
            return theme(chantier.getFeuilleDeRoute(), themeKey(chantier));
        }
        if (!(element.eContainer() instanceof ModeleMaillage model)) {
            return null;
        }
        Placement placement = placement(element.eContainmentFeature());
        if (BY_KIND.equals(placement.subgroup())) {
            GroupNode heading = heading(model, kindGroup(element.eClass(), placement));
            return kind(heading, model, element.eContainmentFeature(), element.eClass());
        }
        GroupNode heading = heading(model, placement.group());
        return placement.subgroup() == null ? heading : list(heading, model, element.eContainmentFeature());
    }

    /**
     * @param group a heading or sub-heading under the root
     * @param descriptor a new-child descriptor of the root (a CommandParameter)
     * @return whether the child it creates would be shown under that heading
     */
    static boolean holds(GroupNode group, Object descriptor) {
        GroupNode heading = group;
        while (heading.parent() instanceof GroupNode parent) {
            heading = parent;
        }
        if (!(NewChildActions.feature(descriptor) instanceof EReference feature)) {
            return false;
        }
        Placement placement = placement(feature);
        String key = BY_KIND.equals(placement.subgroup()) && descriptor instanceof CommandParameter parameter
                && parameter.getValue() instanceof EObject child ? kindGroup(child.eClass(), placement)
                        : placement.group();
        return key.equals(heading.key());
    }

    /**
     * @return the heading of a kind listed by kind: the one its scheme type contribution names when there is such a
     *         heading, the list's own otherwise
     */
    private static String kindGroup(EClass eClass, Placement placement) {
        String group = SchemeTypes.running().find(eClass).map(SchemeType::group).orElse(placement.group());
        return HEADINGS.stream().anyMatch(h -> h.key().equals(group)) ? group : placement.group();
    }

    private static Placement placement(EReference feature) {
        return PLACEMENTS.getOrDefault(feature, new Placement("autres", null));
    }

    private static GroupNode heading(ModeleMaillage model, String key) {
        Heading heading = HEADINGS.stream().filter(h -> h.key().equals(key)).findFirst().orElseThrow();
        return new GroupNode(model, key, Messages.get("explorer.group." + key),
                heading.icon() == null ? null : EditLabels.icon(heading.icon()), () -> headingChildren(model, key));
    }

    private static List<?> headingChildren(ModeleMaillage model, String key) {
        GroupNode self = heading(model, key);
        List<Object> children = new ArrayList<>();
        for (EReference feature : model.eClass().getEAllContainments()) {
            Placement placement = placement(feature);
            List<?> elements = (List<?>) model.eGet(feature);
            if (BY_KIND.equals(placement.subgroup())) {
                // Kinds in the order they first appear; each under the heading its scheme type names.
                Map<EClass, GroupNode> kinds = new LinkedHashMap<>();
                for (Object element : elements) {
                    EClass eClass = ((EObject) element).eClass();
                    if (kindGroup(eClass, placement).equals(key)) {
                        kinds.computeIfAbsent(eClass, c -> kind(self, model, feature, c));
                    }
                }
                children.addAll(kinds.values());
                continue;
            }
            if (!placement.group().equals(key)) {
                continue;
            }
            if (placement.subgroup() == null) {
                children.addAll(elements);
            } else if (!elements.isEmpty()) {
                children.add(list(self, model, feature));
            }
        }
        return children;
    }

    private static GroupNode kind(GroupNode heading, ModeleMaillage model, EReference feature, EClass eClass) {
        SchemeTypes types = SchemeTypes.running();
        URL icon = types.icon(eClass) != null ? types.icon(eClass) : EditLabels.icon(eClass);
        return new GroupNode(heading, "kind:" + eClass.getEPackage().getNsURI() + "#" + eClass.getName(),
                types.find(eClass).isPresent() ? types.name(eClass) : ModelLabels.typeName(eClass), icon,
                () -> ((List<?>) model.eGet(feature)).stream().filter(e -> ((EObject) e).eClass() == eClass).toList());
    }

    private static GroupNode list(GroupNode heading, ModeleMaillage model, EReference feature) {
        return new GroupNode(heading, "list:" + feature.getName(), ModelLabels.featureName(feature),
                EditLabels.icon(feature.getEReferenceType()), () -> (List<?>) model.eGet(feature));
    }

    private static GroupNode theme(FeuilleDeRoute feuille, String key) {
        String label = key.isEmpty() ? Messages.get("explorer.theme.none") : key;
        return new GroupNode(feuille, "theme:" + key, label, null, () -> feuille.getChantiers().stream()
                .filter(c -> themeKey(c).equals(key)).toList());
    }

    private static String themeKey(Chantier chantier) {
        return chantier.getTheme() == null ? "" : chantier.getTheme().strip();
    }
}
