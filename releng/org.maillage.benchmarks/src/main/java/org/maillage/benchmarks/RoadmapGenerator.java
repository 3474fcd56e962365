/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.benchmarks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;

import org.maillage.model.Element;
import org.maillage.model.MaillageFactory;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.ReferenceData;
import org.maillage.model.articulation.Articulation;
import org.maillage.model.articulation.ArticulationFactory;
import org.maillage.model.articulation.TypeArticulation;
import org.maillage.model.financement.Financement;
import org.maillage.model.financement.FinancementFactory;
import org.maillage.model.financement.Fonds;
import org.maillage.model.organisation.Organisation;
import org.maillage.model.organisation.OrganisationFactory;
import org.maillage.model.organisation.Role;
import org.maillage.model.organisation.TypeOrganisation;
import org.maillage.model.plan.Objectif;
import org.maillage.model.plan.Orientation;
import org.maillage.model.plan.PlanFactory;
import org.maillage.model.plan.Praps;
import org.maillage.model.plan.Prs;
import org.maillage.model.plan.ThemePraps;
import org.maillage.model.territoire.Region;
import org.maillage.model.territoire.TerritoireFactory;
import org.maillage.model.util.ModelFormat;

/**
 * Builds realistic roadmap models of a requested number of elements, the same for the same seed.
 * <p>
 * The mix follows a real département (Eure: about 585 communes, 14 EPCI, 12 QPV, 60 chantiers, 23 MSP), scaled
 * to the requested size: one département's share is about {@value #DEPARTEMENT_SHARE} elements, a larger model
 * holds several départements grouped by five into régions, each région with its PRS and PRAPS. Every kind of
 * cross-reference a real file has is there (EPCI membership, QPV communes, chantiers declining PRS objectives,
 * scheme territories, funding objects, snapshots of chantiers), so that loading resolves as many IDREFs per
 * element as a real file does. Typed articulations fill up to the exact count.
 * <p>
 * Uuids are drawn from the seeded random source in EMF's format, so that two runs write the same file.
 */
public final class RoadmapGenerator {

    /** Elements in one département's share of a model: about what a real département's roadmap holds. */
    public static final int DEPARTEMENT_SHARE = 5_000;

    private static final int DEPARTEMENTS_PER_REGION = 5;

    private static final String[] ARTICULATIONS = {"coordonne", "couvre", "finance", "s-articule-avec",
        "pilote", "decline"};

    private final Random random;
    private final ModeleMaillage root;
    private int created;

    private ReferenceData cog;
    private final List<TypeArticulation> articulationTypes = new ArrayList<>();
    private final List<Fonds> fonds = new ArrayList<>();
    /** Elements that articulations link: schemes, chantiers, organisations and actions, as users link them. */
    private final List<Element> linkable = new ArrayList<>();

    private RoadmapGenerator(long seed) {
        this.random = new Random(seed);
        this.root = ModelFormat.newModel();
    }

    /**
     * Generates a model.
     *
     * @param elements how many elements the model holds, root included; at least {@code 500}
     * @param seed the seed of every random choice: the same seed gives the same model, uuids included
     * @return the root of a model that is in no resource yet
     */
    public static ModeleMaillage generate(int elements, long seed) {
        if (elements < 500) {
            throw new IllegalArgumentException("Au moins 500 éléments, pas " + elements);
        }
        return new RoadmapGenerator(seed).build(elements);
    }

    private ModeleMaillage build(int elements) {
        identify(root, "Feuille de route départementale générée");
        int departements = Math.max(1, Math.round(elements / (float) DEPARTEMENT_SHARE));
        // Each département's share shrinks or grows so that the total comes close to the request.
        double scale = elements / ((double) departements * DEPARTEMENT_SHARE);
        globals();
        Prs prs = null;
        Region region = null;
        for (int d = 0; d < departements; d++) {
            if (d % DEPARTEMENTS_PER_REGION == 0) {
                region = region(d / DEPARTEMENTS_PER_REGION);
                prs = prs(region);
            }
            new DepartementGenerator(this, scale, d).build(region, prs);
        }
        fillWithArticulations(elements);
        return root;
    }

    private void globals() {
        cog = make(MaillageFactory.eINSTANCE.createReferenceData(), "Code officiel géographique");
        cog.setMillesime("2024");
        cog.setSource("INSEE COG via @etalab/decoupage-administratif 4.0.0, data/communes.json");
        cog.setLicence("Licence Ouverte 2.0");
        root.getReferenceData().add(cog);
        for (String id : ARTICULATIONS) {
            TypeArticulation type = make(ArticulationFactory.eINSTANCE.createTypeArticulation(), id.replace('-', ' '));
            type.setIdentifiant(id);
            type.setLibelleInverse("est lié par « " + id + " » à");
            type.setOriente(!id.startsWith("s-"));
            articulationTypes.add(type);
            root.getTypesArticulation().add(type);
        }
        for (String code : new String[] {"FIR", "FIR-PREVENTION", "DSIL", "ONDAM-SOINS-VILLE", "CPAM-FNPEIS",
            "POLITIQUE-VILLE", "CD-SOLIDARITES", "REGION-SANTE"}) {
            Fonds f = make(FinancementFactory.eINSTANCE.createFonds(), "Fonds " + code);
            f.setCode(code);
            fonds.add(f);
            root.getFonds().add(f);
        }
    }

    private Region region(int index) {
        Region region = make(TerritoireFactory.eINSTANCE.createRegion(), "Région " + (index + 1));
        region.setCode(String.valueOf(11 + index));
        region.setPopulation(3_000_000 + random.nextInt(2_000_000));
        region.setReferenceData(cog);
        root.getRegions().add(region);
        return region;
    }

    /** A PRS with its objectives (seven grands enjeux, each with sub-objectives) and a PRAPS. */
    private Prs prs(Region region) {
        Prs prs = make(PlanFactory.eINSTANCE.createPrs(), "PRS " + region.getNom() + " 2023-2028");
        prs.setAnneeDebut(2023);
        prs.setAnneeFin(2028);
        prs.setRegion(region);
        prs.getCitations().add("https://www.ars.sante.fr/projet-regional-de-sante-2023-2028");
        for (int o = 1; o <= 7; o++) {
            Objectif objectif = make(PlanFactory.eINSTANCE.createObjectif(), "Grand enjeu " + o);
            objectif.setCode("COS-" + o);
            for (int s = 1; s <= 4; s++) {
                Objectif sous = make(PlanFactory.eINSTANCE.createObjectif(), "Objectif " + o + "." + s);
                sous.setCode("SRS-" + o + "." + s);
                sous.setDescription(sentence(12));
                objectif.getSousObjectifs().add(sous);
            }
            prs.getObjectifs().add(objectif);
        }
        Praps praps = make(PlanFactory.eINSTANCE.createPraps(), "PRAPS " + region.getNom());
        for (int t = 1; t <= 4; t++) {
            ThemePraps theme = make(PlanFactory.eINSTANCE.createThemePraps(), "Thème PRAPS " + t);
            praps.getThemes().add(theme);
        }
        for (int m = 1; m <= 12; m++) {
            var mesure = make(PlanFactory.eINSTANCE.createMesurePraps(), "Mesure PRAPS " + m);
            mesure.setCode("PRAPS-" + m);
            mesure.setTheme(pick(praps.getThemes()));
            mesure.getObjectifs().add(pick(prs.getObjectifs()));
            praps.getMesures().add(mesure);
        }
        prs.setPraps(praps);
        root.getPrs().add(prs);
        return prs;
    }

    /** @return the orientations of a PRS that chantiers decline: sub-objectives and PRAPS measures */
    static List<Orientation> orientations(Prs prs) {
        List<Orientation> result = new ArrayList<>();
        prs.getObjectifs().forEach(o -> result.addAll(o.getSousObjectifs()));
        result.addAll(prs.getPraps().getMesures());
        return result;
    }

    private void fillWithArticulations(int elements) {
        int missing = elements - created;
        if (missing < 0) {
            throw new IllegalStateException("Le modèle dépasse la taille demandée de " + (-missing) + " éléments");
        }
        for (int i = 0; i < missing; i++) {
            Articulation articulation = make(ArticulationFactory.eINSTANCE.createArticulation(), null);
            articulation.setType(pick(articulationTypes));
            articulation.setSource(pick(linkable));
            articulation.setCible(pick(linkable));
            if (random.nextInt(4) == 0) {
                articulation.setDescription(sentence(10));
            }
            root.getArticulations().add(articulation);
        }
    }

    // Shared with DepartementGenerator.

    ModeleMaillage root() {
        return root;
    }

    Random random() {
        return random;
    }

    ReferenceData cog() {
        return cog;
    }

    List<Fonds> fonds() {
        return fonds;
    }

    /** Makes {@code element} one that articulations may link. */
    <T extends Element> T linkable(T element) {
        linkable.add(element);
        return element;
    }

    /** Gives a new element its deterministic uuid and its name, and counts it. */
    <T extends Element> T make(T element, String nom) {
        identify(element, nom);
        return element;
    }

    private void identify(Element element, String nom) {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        element.setUuid("_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
        element.setNom(nom);
        created++;
    }

    <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    /** @return {@code count} distinct elements of {@code list} (fewer if it is shorter) */
    <T> List<T> pickSome(List<T> list, int count) {
        List<T> result = new ArrayList<>(count);
        for (int i = 0; i < count * 3 && result.size() < Math.min(count, list.size()); i++) {
            T candidate = pick(list);
            if (!result.contains(candidate)) {
                result.add(candidate);
            }
        }
        return result;
    }

    BigDecimal amount(int max) {
        return BigDecimal.valueOf(1_000L + random.nextInt(max), 0);
    }

    LocalDate date(int fromYear, int years) {
        return LocalDate.of(fromYear, 1, 1).plusDays(random.nextInt(365 * years));
    }

    private static final String[] WORDS = {"accès", "soins", "prévention", "santé", "mentale", "précarité",
        "coordination", "parcours", "territoire", "professionnels", "offre", "premier", "recours", "jeunes",
        "personnes", "âgées", "handicap", "addictions", "nutrition", "activité", "physique", "quartiers",
        "prioritaires", "médecin", "traitant", "dépistage", "vaccination", "logement", "environnement"};

    /** @return French-looking text of {@code words} words, as long as a real description */
    String sentence(int words) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            text.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.append('.').toString();
    }

    /** Organisation with its functional contact roles (no person: mailboxes of services only). */
    Organisation organisation(String nom, TypeOrganisation type, int roles) {
        Organisation organisation = make(OrganisationFactory.eINSTANCE.createOrganisation(), nom);
        organisation.setType(type);
        organisation.setIdentifiant(String.valueOf(100_000_000 + random.nextInt(900_000_000)));
        organisation.setCourriel("contact-" + created + "@exemple.fr");
        for (int r = 0; r < roles; r++) {
            Role role = make(OrganisationFactory.eINSTANCE.createRole(), r == 0 ? "Direction" : "Coordination");
            role.setCourriel("role-" + created + "@exemple.fr");
            organisation.getRoles().add(role);
        }
        root.getOrganisations().add(organisation);
        return linkable(organisation);
    }

    /** @return the funding of {@code objet} by one financeur from one fund */
    Financement financement(Element objet, Organisation financeur, int annee) {
        Financement financement = make(FinancementFactory.eINSTANCE.createFinancement(), "Financement " + annee);
        financement.setFinanceur(financeur);
        financement.setFonds(pick(fonds));
        financement.setObjet(objet);
        financement.setAnnee(annee);
        financement.setMontant(amount(200_000));
        financement.setMission("Mission " + (1 + random.nextInt(9)));
        financement.setIllustrative(true);
        root.getFinancements().add(financement);
        return financement;
    }
}
