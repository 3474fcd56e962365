/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.examples.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.maillage.model.Element;
import org.maillage.model.MaillageFactory;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.ReferenceData;
import org.maillage.model.articulation.Articulation;
import org.maillage.model.articulation.ArticulationFactory;
import org.maillage.model.articulation.TypeArticulation;
import org.maillage.model.dispositif.Axe;
import org.maillage.model.dispositif.Cls;
import org.maillage.model.dispositif.DispositifFactory;
import org.maillage.model.financement.Financement;
import org.maillage.model.financement.FinancementFactory;
import org.maillage.model.financement.Fonds;
import org.maillage.model.indicateur.Indicateur;
import org.maillage.model.indicateur.IndicateurFactory;
import org.maillage.model.indicateur.ValeurAnnuelle;
import org.maillage.model.instance.Instance;
import org.maillage.model.instance.InstanceFactory;
import org.maillage.model.instance.Seance;
import org.maillage.model.instance.TypeInstance;
import org.maillage.model.organisation.Organisation;
import org.maillage.model.organisation.OrganisationFactory;
import org.maillage.model.organisation.Role;
import org.maillage.model.organisation.TypeOrganisation;
import org.maillage.model.plan.BonnePratique;
import org.maillage.model.plan.PlanFactory;
import org.maillage.model.plan.TagBonnePratique;
import org.maillage.model.territoire.Commune;
import org.maillage.model.territoire.Departement;
import org.maillage.model.territoire.Epci;
import org.maillage.model.territoire.NatureEpci;
import org.maillage.model.territoire.Region;
import org.maillage.model.territoire.Territoire;
import org.maillage.model.territoire.TerritoireFactory;
import org.maillage.model.util.ModelFormat;

/**
 * Helpers shared by the example builders, so that each builder reads as the roadmap it describes.
 * <p>
 * Every element gets an explicit, readable uuid ({@code prefix-localId}) so that the generated files are the same
 * at each run and diff well; territories use the ids of the territory importer ({@code commune-27229}). Sources and
 * the illustrative flag are set through {@link #cite} and {@link #illustrative}, the only two ways the examples
 * say where a value comes from.
 */
public final class ExampleBuilder {

    /** The words every illustrative element carries in its description, so that readers see it too. */
    public static final String ILLUSTRATIVE = "valeur illustrative";

    /** The five kinds of articulation the examples use; their uuids are the same in every example. */
    public static final List<String> ARTICULATION_KINDS = List.of("declines", "s-articule-avec", "coordonne",
            "finance", "couvre");

    /** The package the small examples' territories were read from (millésime 2026). */
    static final String COG_SOURCE = "INSEE, Code officiel géographique, via le paquet npm "
            + "@etalab/decoupage-administratif 6.0.0 (data/communes.json, data/epci.json)";

    private final ModeleMaillage model;
    private final String prefix;
    private final Map<String, TypeArticulation> types = new LinkedHashMap<>();

    /**
     * @param prefix the prefix of this example's uuids, e.g. {@code "brest"}
     * @param model the model to add to: a new one, or an imported territory
     */
    public ExampleBuilder(String prefix, ModeleMaillage model) {
        this.prefix = prefix;
        this.model = model;
    }

    /**
     * @param prefix the prefix of this example's uuids
     * @param nom the French title of the example, given to the root
     * @return a builder on a new, empty model whose root is named and identified
     */
    public static ExampleBuilder newExample(String prefix, String nom) {
        ModeleMaillage root = ModelFormat.newModel();
        root.setUuid("exemple-" + prefix);
        root.setNom(nom);
        return new ExampleBuilder(prefix, root);
    }

    /** @return the model being built */
    public ModeleMaillage model() {
        return model;
    }

    /**
     * @param element a new element
     * @param localId its id within the example, e.g. {@code "chantier-pass"}
     * @param nom its name
     * @return the element, identified as {@code prefix-localId} and named
     */
    public <T extends Element> T init(T element, String localId, String nom) {
        element.setUuid(prefix + '-' + localId);
        element.setNom(nom);
        return element;
    }

    /** Adds the sources of the element's facts (URLs, or a document reference when there is no URL). */
    public static <T extends Element> T cite(T element, String... sources) {
        element.getCitations().addAll(List.of(sources));
        return element;
    }

    /** Appends a sentence to the element's description. */
    public static <T extends Element> T describe(T element, String text) {
        String previous = element.getDescription();
        element.setDescription(previous == null || previous.isEmpty() ? text : previous + ' ' + text);
        return element;
    }

    /**
     * Flags the element as illustrative and says so, with the reason, in its description.
     *
     * @param why what is not sourced, e.g. « montant non publié »
     */
    public static <T extends Element> T illustrative(T element, String why) {
        element.setIllustrative(true);
        return describe(element, "(" + ILLUSTRATIVE + " : " + why + ")");
    }

    /** @return the date of an ISO text, e.g. {@code "2024-03-15"} */
    public static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    // ---- Territory, for the small examples (the Eure example imports its territory) ----

    /** @return the reference data the small examples' territories cite, created once per model */
    public ReferenceData cog() {
        for (ReferenceData data : model.getReferenceData()) {
            if ("cog-2026".equals(data.getUuid())) {
                return data;
            }
        }
        ReferenceData data = MaillageFactory.eINSTANCE.createReferenceData();
        data.setUuid("cog-2026");
        data.setNom("Code officiel géographique 2026 (extrait)");
        data.setMillesime("2026");
        data.setSource(COG_SOURCE);
        data.setLicence("Licence Ouverte / Open Licence (données) ; MIT (code du paquet)");
        data.setDescription("Seules les communes et EPCI que l'exemple nomme sont reprises. Population : champ "
                + "« population » de data/communes.json pour une commune, « populationMunicipale » de "
                + "data/epci.json pour un EPCI (population municipale).");
        cite(data, "https://www.npmjs.com/package/@etalab/decoupage-administratif",
                "https://www.insee.fr/fr/information/2560452");
        model.getReferenceData().add(data);
        return data;
    }

    /** @return a new région, added to the model */
    public Region region(String code, String nom) {
        Region region = TerritoireFactory.eINSTANCE.createRegion();
        territory(region, "region-" + code, code, nom, 0);
        model.getRegions().add(region);
        return region;
    }

    /** @return a new département of {@code region} */
    public Departement departement(Region region, String code, String nom) {
        Departement departement = TerritoireFactory.eINSTANCE.createDepartement();
        territory(departement, "departement-" + code, code, nom, 0);
        region.getDepartements().add(departement);
        return departement;
    }

    /** @return a new commune of {@code departement} */
    public Commune commune(Departement departement, String code, String nom, int population) {
        Commune commune = TerritoireFactory.eINSTANCE.createCommune();
        territory(commune, "commune-" + code, code, nom, population);
        departement.getCommunes().add(commune);
        return commune;
    }

    /** @return a new EPCI, added to the model, with the given member communes (possibly only some of them) */
    public Epci epci(String siren, String nom, NatureEpci nature, int population, Commune... membres) {
        Epci epci = TerritoireFactory.eINSTANCE.createEpci();
        territory(epci, "epci-" + siren, siren, nom, population);
        epci.setNature(nature);
        epci.getMembres().addAll(List.of(membres));
        model.getEpcis().add(epci);
        return epci;
    }

    private void territory(Territoire territoire, String uuid, String code,
            String nom, int population) {
        territoire.setUuid(uuid);
        territoire.setCode(code);
        territoire.setNom(nom);
        territoire.setPopulation(population);
        territoire.setReferenceData(cog());
    }

    // ---- Organisations ----

    /** @return a new organisation, added to the model */
    public Organisation organisation(String localId, String nom, TypeOrganisation type) {
        Organisation organisation = init(OrganisationFactory.eINSTANCE.createOrganisation(), localId, nom);
        organisation.setType(type);
        model.getOrganisations().add(organisation);
        return organisation;
    }

    /**
     * @param courriel the role's functional mailbox when public, otherwise {@code null}
     * @return a new functional role of {@code organisation}
     */
    public Role role(Organisation organisation, String localId, String nom, String courriel) {
        Role role = init(OrganisationFactory.eINSTANCE.createRole(), localId, nom);
        role.setCourriel(courriel);
        organisation.getRoles().add(role);
        return role;
    }

    // ---- Plans and schemes ----

    /** @return a new strategic axis, appended to the axes of {@code cls} */
    public Axe axe(Cls cls, String localId, String numero, String nom) {
        Axe axe = init(DispositifFactory.eINSTANCE.createAxe(), localId, nom);
        axe.setNumero(numero);
        cls.getAxes().add(axe);
        return axe;
    }

    /**
     * @param courriel the practice's public functional mailbox
     * @return a new good practice, added to the model; the caller cites it
     */
    public BonnePratique bonnePratique(String nom, String lieu, int annee, String courriel,
            TagBonnePratique... tags) {
        BonnePratique pratique = init(PlanFactory.eINSTANCE.createBonnePratique(), "bonne-pratique", nom);
        pratique.setLieu(lieu);
        pratique.setAnnee(annee);
        pratique.setCourriel(courriel);
        pratique.getTags().addAll(List.of(tags));
        model.getBonnesPratiques().add(pratique);
        return pratique;
    }

    // ---- Indicators ----

    /** @return a new indicator, added to the model */
    public Indicateur indicateur(String localId, String nom, String unite, String source, String definition) {
        Indicateur indicateur = init(IndicateurFactory.eINSTANCE.createIndicateur(), localId, nom);
        indicateur.setUnite(unite);
        indicateur.setSource(source);
        indicateur.setDefinition(definition);
        model.getIndicateurs().add(indicateur);
        return indicateur;
    }

    /**
     * @param valeur the value as a decimal text, e.g. {@code "411"}
     * @return a new yearly value of {@code indicateur}, identified by the indicator's uuid and the year; the caller
     *         cites it or flags it illustrative
     */
    public static ValeurAnnuelle valeur(Indicateur indicateur, int annee, String valeur) {
        ValeurAnnuelle value = IndicateurFactory.eINSTANCE.createValeurAnnuelle();
        value.setUuid(indicateur.getUuid() + '-' + annee);
        value.setNom(indicateur.getNom() + " (" + annee + ')');
        value.setAnnee(annee);
        value.setValeur(new BigDecimal(valeur));
        indicateur.getValeurs().add(value);
        return value;
    }

    // ---- Money ----

    /** @return a new fund, added to the model */
    public Fonds fonds(String localId, String code, String nom) {
        Fonds fonds = init(FinancementFactory.eINSTANCE.createFonds(), localId, nom);
        fonds.setCode(code);
        model.getFonds().add(fonds);
        return fonds;
    }

    /**
     * @param montant the amount in euros as a decimal text, or {@code null} when the source gives none
     * @return a new financement, added to the model; the caller cites it or flags it illustrative
     */
    public Financement financement(String localId, String nom, Organisation financeur, Fonds fonds,
            String montant, int annee, Element objet) {
        Financement financement = init(FinancementFactory.eINSTANCE.createFinancement(), localId, nom);
        financement.setFinanceur(financeur);
        financement.setFonds(fonds);
        financement.setMontant(montant == null ? null : new BigDecimal(montant));
        financement.setAnnee(annee);
        financement.setObjet(objet);
        model.getFinancements().add(financement);
        return financement;
    }

    // ---- Bodies and meetings ----

    /** @return a new body, added to the model */
    public Instance instance(String localId, String nom, TypeInstance type, Organisation organisateur) {
        Instance instance = init(InstanceFactory.eINSTANCE.createInstance(), localId, nom);
        instance.setType(type);
        instance.setOrganisateur(organisateur);
        model.getInstances().add(instance);
        return instance;
    }

    /** @return a new meeting of {@code instance} with its agenda, in order */
    public Seance seance(Instance instance, String localId, String nom, String isoDate, String... ordreDuJour) {
        Seance seance = init(InstanceFactory.eINSTANCE.createSeance(), localId, nom);
        seance.setDate(date(isoDate));
        seance.getOrdreDuJour().addAll(List.of(ordreDuJour));
        instance.getSeances().add(seance);
        return seance;
    }

    // ---- Articulations ----

    /**
     * The kinds of articulation: « décline », « s'articule avec », « coordonne », « finance », « couvre ». They are
     * created in the model on first use, in {@link #ARTICULATION_KINDS} order.
     *
     * @param identifiant one of {@link #ARTICULATION_KINDS}
     * @return the kind
     */
    public TypeArticulation type(String identifiant) {
        if (types.isEmpty()) {
            typeArticulation("declines", "décline", "est décliné par", true);
            typeArticulation("s-articule-avec", "s'articule avec", "s'articule avec", false);
            typeArticulation("coordonne", "coordonne", "est coordonné par", true);
            typeArticulation("finance", "finance", "est financé par", true);
            typeArticulation("couvre", "couvre", "est couvert par", true);
        }
        TypeArticulation type = types.get(identifiant);
        if (type == null) {
            throw new IllegalArgumentException(identifiant);
        }
        return type;
    }

    /** @return a new articulation of the given kind from {@code source} to {@code cible}, added to the model */
    public Articulation articuler(String identifiant, Element source, Element cible) {
        Articulation articulation = ArticulationFactory.eINSTANCE.createArticulation();
        articulation.setUuid(prefix + "-art-" + (model.getArticulations().size() + 1));
        articulation.setType(type(identifiant));
        articulation.setSource(source);
        articulation.setCible(cible);
        articulation.setNom(source.getNom() + " " + articulation.getType().getNom() + " " + cible.getNom());
        model.getArticulations().add(articulation);
        return articulation;
    }

    private void typeArticulation(String identifiant, String nom, String inverse, boolean oriente) {
        TypeArticulation type = ArticulationFactory.eINSTANCE.createTypeArticulation();
        type.setUuid("type-articulation-" + identifiant);
        type.setIdentifiant(identifiant);
        type.setNom(nom);
        type.setLibelleInverse(inverse);
        type.setOriente(oriente);
        model.getTypesArticulation().add(type);
        types.put(identifiant, type);
    }
}
