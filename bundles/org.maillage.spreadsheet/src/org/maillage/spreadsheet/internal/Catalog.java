/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.spreadsheet.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.maillage.model.MaillagePackage;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.dispositif.DispositifPackage;
import org.maillage.model.financement.FinancementPackage;
import org.maillage.model.indicateur.Indicateur;
import org.maillage.model.indicateur.IndicateurPackage;
import org.maillage.model.organisation.OrganisationPackage;
import org.maillage.model.plan.PlanPackage;

/**
 * The tables a roadmap exports to sheets and imports back from them. Names are those of the report data source
 * where one exists ({@code chantiers}, {@code cls-fiches-actions}, {@code indicateurs}); columns are the editor's
 * fields with their French labels.
 */
public final class Catalog {

    /** The table names, in the documented order. */
    public static final List<String> TABLES = List.of("chantiers", "dispositifs", "cls-axes", "cls-fiches-actions",
            "financements", "indicateurs", "organisations", "roles");

    private static final MaillagePackage M = MaillagePackage.eINSTANCE;

    private Catalog() {
    }

    /**
     * @param table a table name
     * @param model the roadmap (the dispositifs give one sheet per kind present, the indicateurs one column per
     *            year valued); {@code null} gives every sheet the table may have, for reading
     * @return its sheets, empty for an unknown table
     */
    public static List<SheetSpec> sheets(String table, ModeleMaillage model) {
        PlanPackage plan = PlanPackage.eINSTANCE;
        DispositifPackage dispositif = DispositifPackage.eINSTANCE;
        OrganisationPackage organisation = OrganisationPackage.eINSTANCE;
        switch (table) {
            case "chantiers":
                return List.of(spec(table, "Chantiers", plan.getChantier(), plan.getFeuilleDeRoute_Chantiers(),
                        "numero", "numero", "nom", "theme", "statut", "pilote", "partenaires", "debut", "echeance",
                        "avancement", "description"));
            case "dispositifs":
                return dispositifs(model);
            case "cls-axes":
                return List.of(spec(table, "Axes des CLS", dispositif.getAxe(), dispositif.getCls_Axes(), "numero",
                        "numero", "nom", "description"));
            case "cls-fiches-actions":
                return List.of(spec(table, "Fiches actions", dispositif.getFicheAction(),
                        dispositif.getAxe_FichesActions(), "numero", "numero", "nom", "porteur", "publics",
                        "territoires", "qpvCibles", "chantiers", "description"));
            case "financements":
                return List.of(spec(table, "Financements", FinancementPackage.eINSTANCE.getFinancement(),
                        M.getModeleMaillage_Financements(), "nom", "nom", "financeur", "fonds", "mission", "montant",
                        "annee", "objet", "regle", "description"));
            case "indicateurs":
                return List.of(indicateurs(model));
            case "organisations":
                return List.of(spec(table, "Organisations", organisation.getOrganisation(),
                        M.getModeleMaillage_Organisations(), "identifiant", "nom", "type", "identifiant", "courriel",
                        "territoire", "description"));
            case "roles":
                return List.of(spec(table, "Rôles", organisation.getRole(), organisation.getOrganisation_Roles(),
                        "nom", "nom", "courriel", "description"));
            default:
                return List.of();
        }
    }

    /** @return every sheet of every table, for recognising a sheet read back */
    public static List<SheetSpec> allSheets(ModeleMaillage model) {
        List<SheetSpec> all = new ArrayList<>();
        TABLES.forEach(t -> all.addAll(sheets(t, model)));
        if (model != null) {
            // A sheet of a kind of dispositif the roadmap does not have yet can still bring new ones.
            for (SheetSpec spec : sheets("dispositifs", null)) {
                if (all.stream().noneMatch(s -> s.name().equals(spec.name()))) {
                    all.add(spec);
                }
            }
        }
        return all;
    }

    /** @return the table of that name, accents and case ignored */
    public static Optional<String> table(String name) {
        return TABLES.stream().filter(t -> Headers.normalise(t).equals(Headers.normalise(name))).findFirst();
    }

    private static SheetSpec spec(String table, String name, EClass eClass, EReference containment, String key,
            String... features) {
        List<Column> columns = new ArrayList<>();
        columns.add(Column.uuid());
        if (containment.getEContainingClass() != M.getModeleMaillage()) {
            columns.add(new Column(Labels.type(containment.getEContainingClass()), Column.Kind.PARENT, containment,
                    0));
        }
        for (String feature : features) {
            columns.add(Column.of(feature(eClass, feature)));
        }
        return new SheetSpec(table, name, eClass, List.copyOf(columns), containment,
                (EAttribute) feature(eClass, key));
    }

    private static EStructuralFeature feature(EClass eClass, String name) {
        EStructuralFeature feature = eClass.getEStructuralFeature(name);
        if (feature == null) {
            throw new IllegalStateException(eClass.getName() + " has no field " + name);
        }
        return feature;
    }

    private static List<SheetSpec> dispositifs(ModeleMaillage model) {
        DispositifPackage p = DispositifPackage.eINSTANCE;
        EClass base = p.getDispositif();
        Map<EClass, Boolean> kinds = new LinkedHashMap<>();
        for (EClassifier classifier : p.getEClassifiers()) {
            if (classifier instanceof EClass c && !c.isAbstract() && base.isSuperTypeOf(c)) {
                kinds.put(c, model == null || model.getDispositifs().stream().anyMatch(d -> d.eClass() == c));
            }
        }
        List<SheetSpec> sheets = new ArrayList<>();
        kinds.forEach((kind, present) -> {
            if (present) {
                List<String> features = new ArrayList<>(List.of("nom", "porteur", "partenaires", "territoires",
                        "statut", "debut", "fin"));
                for (EStructuralFeature own : kind.getEAllStructuralFeatures()) {
                    boolean containment = own instanceof EReference r && r.isContainment();
                    if (!base.getEAllStructuralFeatures().contains(own) && !containment && !own.isTransient()
                            && !own.isDerived()) {
                        features.add(own.getName());
                    }
                }
                features.add("description");
                sheets.add(spec("dispositifs", Labels.type(kind), kind, M.getModeleMaillage_Dispositifs(), "nom",
                        features.toArray(String[]::new)));
            }
        });
        return sheets;
    }

    private static SheetSpec indicateurs(ModeleMaillage model) {
        SheetSpec spec = spec("indicateurs", "Indicateurs", IndicateurPackage.eINSTANCE.getIndicateur(),
                M.getModeleMaillage_Indicateurs(), "nom", "nom", "definition", "unite", "source", "reference",
                "anneeReference", "cible", "anneeCible", "description");
        if (model == null) {
            return spec;
        }
        TreeSet<Integer> years = new TreeSet<>();
        for (Indicateur indicateur : model.getIndicateurs()) {
            indicateur.getValeurs().forEach(v -> years.add(v.getAnnee()));
        }
        List<Column> columns = new ArrayList<>(spec.columns());
        years.forEach(y -> columns.add(yearColumn(y)));
        return new SheetSpec(spec.table(), spec.name(), spec.eClass(), List.copyOf(columns), spec.containment(),
                spec.key());
    }

    /** @return the column of an indicator's value for one year; its header is the year */
    public static Column yearColumn(int year) {
        return new Column(Integer.toString(year), Column.Kind.YEAR_VALUE, null, year);
    }
}
