/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.edit.seance;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.maillage.core.text.Dates;
import org.maillage.core.text.MessageBundle;
import org.maillage.model.Element;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.edit.ModelLabels;
import org.maillage.model.instance.EtatElement;
import org.maillage.model.instance.Snapshot;
import org.maillage.model.provider.MaillageEditPlugin;
import org.maillage.model.seance.Change;
import org.maillage.model.seance.SnapshotDiff;
import org.maillage.model.seance.SnapshotFields;

/**
 * Turns the changes between two states of a roadmap into sentences a council member understands: "Chantier 3
 * « Sport-santé » : statut En cours, désormais En retard.", "QPV « Navarre » : désormais ciblé par la fiche action 2.3 « … »
 * du CLS « … ».". Kinds, fields and values are named as the workbench names them (the item providers' labels);
 * elements by number and name, from the later state when they still exist, else from the earlier one, else from the
 * model, so that a deleted element is still named.
 */
public final class ChangeSentences {

    private static final MessageBundle MESSAGES = new MessageBundle("org.maillage.model.edit.seance.messages",
            ChangeSentences.class.getClassLoader());

    /** A unit at the end of a field's label, e.g. " (%)". */
    private static final Pattern UNIT = Pattern.compile("\\s*\\([^)]*\\)$");

    private final Map<String, EtatElement> frozen = new HashMap<>();
    private final Map<String, Element> model = new HashMap<>();
    private final Snapshot after;

    /**
     * @param before the earlier state
     * @param after the later state
     * @param current the model, to name elements no snapshot holds (QPV, EPCI, organisations); may be null
     */
    public ChangeSentences(Snapshot before, Snapshot after, ModeleMaillage current) {
        this.after = after;
        before.getEtats().forEach(e -> frozen.put(e.getElement(), e));
        after.getEtats().forEach(e -> frozen.put(e.getElement(), e));
        if (current != null) {
            for (TreeIterator<EObject> it = current.eAllContents(); it.hasNext();) {
                if (it.next() instanceof Element element && element.getUuid() != null) {
                    model.put(element.getUuid(), element);
                }
            }
        }
    }

    /**
     * @param before the earlier state
     * @param after the later state
     * @param current the model, to name elements the snapshots do not hold; may be null
     * @return one sentence per change, in the diff's order
     */
    public static List<String> of(Snapshot before, Snapshot after, ModeleMaillage current) {
        ChangeSentences sentences = new ChangeSentences(before, after, current);
        List<String> lines = new ArrayList<>();
        for (Change change : SnapshotDiff.compare(before, after)) {
            lines.add(sentences.sentence(change));
        }
        return lines;
    }

    /**
     * One line of a summary of the changes.
     *
     * @param kind the kind of the change(s)
     * @param heading the French heading of that kind ("Modifications", "Lacunes comblées"...)
     * @param text the sentence
     */
    public record Line(Change.Kind kind, String heading, String text) {
    }

    /**
     * The changes as a council member reads them: one sentence per element change, and the gaps of one rule opened
     * (or closed) together in one sentence when they are many (a CPTS deleted puts dozens of communes outside every
     * CPTS: one line, with their names).
     *
     * @param changes the changes between the two states given at construction, in the diff's order
     * @param many from how many gaps of one rule on they are told in one line
     * @return the lines, in the diff's order
     */
    public List<Line> summary(List<Change> changes, int many) {
        Map<String, List<Change>> gaps = new LinkedHashMap<>();
        for (Change change : changes) {
            if (change.kind() == Change.Kind.GAP_OPENED || change.kind() == Change.Kind.GAP_CLOSED) {
                gaps.computeIfAbsent(change.kind() + "/" + change.type(), k -> new ArrayList<>()).add(change);
            }
        }
        List<Line> lines = new ArrayList<>();
        Set<String> told = new HashSet<>();
        for (Change change : changes) {
            String heading = MESSAGES.get("kind." + change.kind().name());
            List<Change> group = gaps.get(change.kind() + "/" + change.type());
            if (group == null || group.size() < many) {
                lines.add(new Line(change.kind(), heading, sentence(change)));
            } else if (told.add(change.kind() + "/" + change.type())) {
                String names = String.join(", ", group.stream().map(c -> c.libelle() == null ? c.element()
                        : c.libelle()).toList());
                lines.add(new Line(change.kind(), heading, MESSAGES.get(change.kind() == Change.Kind.GAP_OPENED
                        ? "gapsOpened" : "gapsClosed", group.size(), ruleName(change.type()), names)));
            }
        }
        return lines;
    }

    /**
     * @param change a change between the two states given at construction
     * @return it as one French (or English) sentence
     */
    public String sentence(Change change) {
        return switch (change.kind()) {
            case ADDED -> MESSAGES.get("added", designation(change.element(), change.type(), change.libelle()),
                    parent(change.parent()));
            case REMOVED -> MESSAGES.get("removed", designation(change.element(), change.type(), change.libelle()),
                    parent(change.parent()));
            case CHANGED -> MESSAGES.get("changed", capitalised(designation(change.element(), change.type(),
                    change.libelle())), parent(change.parent()), fieldName(change.type(), change.field()),
                    value(change.type(), change.field(), change.before()),
                    value(change.type(), change.field(), change.after()));
            case GAP_CLOSED -> gapClosed(change);
            case GAP_OPENED -> MESSAGES.get("gapOpened", capitalised(named(change.element(), change.libelle())),
                    ruleName(change.type()));
            case FIGURE_CHANGED -> MESSAGES.get("figure", change.libelle(), number(change.before()),
                    number(change.after()));
        };
    }

    /** @return the label of a gap rule, e.g. "QPV sans fiche action de CLS" */
    public static String ruleName(String rule) {
        String name = MESSAGES.get("rule." + rule);
        return name.startsWith("!") ? rule : name;
    }

    private String gapClosed(Change change) {
        if ("qpv-sans-action-cls".equals(change.type())) {
            // Say which fiche action now targets the QPV: that is the news a council member wants.
            for (EtatElement etat : after.getEtats()) {
                String cibles = SnapshotDiff.values(etat).get("qpvCibles");
                if (cibles != null && List.of(cibles.split(" ")).contains(change.element())) {
                    return MESSAGES.get("gapClosed.qpv", named(change.element(), change.libelle()),
                            designation(etat.getElement(), etat.getType(), etat.getLibelle()),
                            parent(etat.getParent()));
                }
            }
        }
        return MESSAGES.get("gapClosed", capitalised(named(change.element(), change.libelle())),
                ruleName(change.type()));
    }

    /** "chantier 3 « Sport-santé »", "CPTS « Evreux »": kind, number, name. */
    private String designation(String uuid, String type, String fallback) {
        EtatElement etat = frozen.get(uuid);
        String kind = typeName(type).toLowerCase(Locale.ROOT).equals(typeName(type)) ? typeName(type)
                : lowerFirst(typeName(type));
        if (etat != null) {
            Map<String, String> values = SnapshotDiff.values(etat);
            String numero = values.get("numero");
            String nom = values.get("nom");
            StringBuilder text = new StringBuilder(kind);
            if (numero != null) {
                text.append(' ').append(numero);
            }
            if (nom != null) {
                text.append(" « ").append(nom).append(" »");
            }
            return text.toString();
        }
        return kind + " « " + (fallback == null ? uuid : fallback) + " »";
    }

    /** An element that no snapshot holds: "QPV « Navarre »". */
    private String named(String uuid, String fallback) {
        Element element = model.get(uuid);
        if (element != null) {
            return typeName(element.eClass().getName()) + " « " + (element.getNom() == null ? uuid : element.getNom())
                    + " »";
        }
        if (frozen.containsKey(uuid)) {
            return designation(uuid, frozen.get(uuid).getType(), fallback);
        }
        return "« " + (fallback == null ? uuid : fallback) + " »";
    }

    private String parent(String uuid) {
        if (uuid == null) {
            return "";
        }
        EtatElement etat = frozen.get(uuid);
        String parent = etat != null ? designation(uuid, etat.getType(), etat.getLibelle()) : named(uuid, null);
        return MESSAGES.get("parent", parent);
    }

    private static String fieldName(String type, String key) {
        if (key.startsWith(SnapshotFields.VALEUR_PREFIX)) {
            return MESSAGES.get("yearValue", key.substring(SnapshotFields.VALEUR_PREFIX.length()));
        }
        EStructuralFeature feature = SnapshotFields.feature(SnapshotFields.classNamed(type), key);
        if (feature == null) {
            return key;
        }
        // "Avancement (%)", "Montant (EUR)": the values carry their unit in a sentence.
        return lowerFirst(UNIT.matcher(ModelLabels.featureName(feature)).replaceFirst(""));
    }

    private String value(String type, String key, String value) {
        if (value == null) {
            return MESSAGES.get("unset");
        }
        EStructuralFeature feature = key.startsWith(SnapshotFields.VALEUR_PREFIX) ? null
                : SnapshotFields.feature(SnapshotFields.classNamed(type), key);
        if (feature != null && feature.getEType() instanceof EEnum eEnum) {
            String label = edit("_UI_" + eEnum.getName() + "_" + value + "_literal");
            return label == null ? value : label;
        }
        if (feature != null && feature.getEType() instanceof EClass) {
            List<String> names = new ArrayList<>();
            for (String uuid : value.split(" ")) {
                names.add(frozen.containsKey(uuid) || model.containsKey(uuid) ? named(uuid, null)
                        : MESSAGES.get("deleted", uuid));
            }
            return String.join(", ", names);
        }
        if (feature != null && feature.getEType().getInstanceClass() == LocalDate.class) {
            try {
                return Dates.format(LocalDate.parse(value));
            } catch (DateTimeParseException e) {
                return value;
            }
        }
        if ("montant".equals(key)) {
            return number(value) + "\u00a0€";
        }
        if ("avancement".equals(key)) {
            // A no-break space, as French typography wants: "50" and "%" never end up on two lines.
            return value + "\u00a0%";
        }
        return feature != null && feature.getEType().getInstanceClass() == String.class ? "« " + value + " »"
                : number(value);
    }

    private static String number(String value) {
        if (value == null) {
            return MESSAGES.get("unset");
        }
        try {
            // Java's French grouping is a narrow no-break space (U+202F), which the PDF fonts (WinAnsi) lack: a
            // viewer then draws nothing or falls back to another font. A plain no-break space reads the same.
            return NumberFormat.getNumberInstance(Locale.getDefault()).format(new BigDecimal(value))
                    .replace('\u202f', '\u00a0');
        } catch (NumberFormatException e) {
            return value;
        }
    }

    private static String typeName(String type) {
        String name = edit("_UI_" + type + "_type");
        return name == null ? type : name;
    }

    private static String edit(String key) {
        try {
            return MaillageEditPlugin.INSTANCE.getString(key);
        } catch (MissingResourceException e) {
            return null;
        }
    }

    private static String lowerFirst(String text) {
        // Keep acronyms (CLS, CPTS, QPV, PASS) as they are written.
        if (text.length() > 1 && Character.isUpperCase(text.charAt(1))) {
            return text;
        }
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
