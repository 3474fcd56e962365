/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.benchmarks.seance;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.maillage.benchmarks.RoadmapFixture;
import org.maillage.core.persistence.ModelLoadException;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.dispositif.Axe;
import org.maillage.model.dispositif.Cls;
import org.maillage.model.dispositif.Cpts;
import org.maillage.model.dispositif.DispositifFactory;
import org.maillage.model.dispositif.FicheAction;
import org.maillage.model.instance.Snapshot;
import org.maillage.model.plan.Chantier;
import org.maillage.model.plan.FeuilleDeRoute;
import org.maillage.model.plan.StatutChantier;
import org.maillage.model.resource.MaillageFiles;
import org.maillage.model.seance.Change;
import org.maillage.model.seance.SnapshotDiff;
import org.maillage.model.seance.Snapshots;

/**
 * A generated roadmap as a CTS sees it between two séances: the file saved and loaded back (the model the freeze
 * reads is in a resource, as in the workbench and the command line), a snapshot frozen at the earlier séance, then
 * a realistic set of edits made since, and the current state frozen again.
 * <p>
 * The edits, drawn from the seed of the generated models: 1 % of the chantiers changed (progress, status and
 * deadline; at least one), one fiche action added for about 50 existing ones (at least two), each targeting a QPV
 * and a chantier, and the first CPTS of the model deleted with its references (its communes fall outside every
 * CPTS: gaps open). The diff is checked to find all of them, so a benchmark never measures an empty diff.
 */
public final class SeanceFixture implements AutoCloseable {

    /** The earlier séance: the state frozen before the edits. */
    public static final LocalDate SEANCE = LocalDate.of(2026, 3, 12);
    /** "Today": the date the current state is judged at. */
    public static final LocalDate TODAY = LocalDate.of(2026, 6, 18);

    private final RoadmapFixture file;
    private final ModeleMaillage model;
    private final FeuilleDeRoute feuille;
    private final Snapshot before;
    private final Snapshot after;
    private final List<Change> changes;
    private int changedChantiers;
    private int addedFiches;

    private SeanceFixture(RoadmapFixture file) throws ModelLoadException {
        this.file = file;
        this.model = MaillageFiles.load(file.file());
        this.feuille = model.getFeuillesDeRoute().get(0);
        this.before = Snapshots.freeze(model, feuille, SEANCE);
        edit();
        this.after = Snapshots.freeze(model, feuille, TODAY);
        this.changes = SnapshotDiff.compare(before, after);
        check();
    }

    /**
     * @param elements the size of the generated model, root included
     * @return the fixture; {@link #close()} deletes its file
     * @throws IOException when the file cannot be written
     * @throws ModelLoadException when the saved file cannot be read back
     */
    public static SeanceFixture create(int elements) throws IOException, ModelLoadException {
        return new SeanceFixture(RoadmapFixture.create(elements));
    }

    private void edit() {
        Random random = new Random(RoadmapFixture.SEED);
        List<Chantier> chantiers = new ArrayList<>();
        model.getFeuillesDeRoute().forEach(f -> chantiers.addAll(f.getChantiers()));
        changedChantiers = Math.max(1, Math.round(chantiers.size() / 100f));
        for (int i = 0; i < changedChantiers; i++) {
            Chantier chantier = chantiers.remove(random.nextInt(chantiers.size()));
            chantier.setAvancement(Math.min(100, chantier.getAvancement() + 10 + random.nextInt(20)));
            chantier.setStatut(chantier.getStatut() == StatutChantier.EN_COURS ? StatutChantier.EN_RETARD
                    : StatutChantier.EN_COURS);
            chantier.setEcheance(chantier.getEcheance() == null ? TODAY.plusYears(1)
                    : chantier.getEcheance().plusMonths(3));
        }
        List<Axe> axes = new ArrayList<>();
        model.getDispositifs().stream().filter(Cls.class::isInstance)
                .forEach(cls -> axes.addAll(((Cls) cls).getAxes()));
        int fiches = axes.stream().mapToInt(a -> a.getFichesActions().size()).sum();
        addedFiches = Math.max(2, Math.round(fiches / 50f));
        List<Chantier> all = new ArrayList<>();
        model.getFeuillesDeRoute().forEach(f -> all.addAll(f.getChantiers()));
        for (int i = 0; i < addedFiches; i++) {
            Axe axe = axes.get(random.nextInt(axes.size()));
            FicheAction fiche = DispositifFactory.eINSTANCE.createFicheAction();
            fiche.setUuid("_seance-bench-fiche-" + i);
            fiche.setNumero(axe.getNumero() + "." + (axe.getFichesActions().size() + 1));
            fiche.setNom("Fiche ajoutée " + i);
            fiche.setPorteur(model.getOrganisations().get(random.nextInt(model.getOrganisations().size())));
            fiche.getQpvCibles().add(model.getQpvs().get(random.nextInt(model.getQpvs().size())));
            fiche.getChantiers().add(all.get(random.nextInt(all.size())));
            axe.getFichesActions().add(fiche);
        }
        Cpts cpts = (Cpts) model.getDispositifs().stream().filter(Cpts.class::isInstance).findFirst().orElseThrow();
        EcoreUtil.delete(cpts, true);
    }

    /** Fails when the diff misses an edit: a benchmark of a diff that finds nothing would flatter it. */
    private void check() {
        Map<Change.Kind, Integer> kinds = kinds();
        long chantiersFound = changes.stream().filter(c -> c.kind() == Change.Kind.CHANGED
                && "Chantier".equals(c.type())).map(Change::element).distinct().count();
        if (kinds.getOrDefault(Change.Kind.ADDED, 0) != addedFiches || kinds.getOrDefault(Change.Kind.REMOVED, 0) != 1
                || chantiersFound != changedChantiers || kinds.getOrDefault(Change.Kind.GAP_OPENED, 0) == 0) {
            throw new IllegalStateException("Le diff ne trouve pas les modifications faites : " + describe());
        }
    }

    private Map<Change.Kind, Integer> kinds() {
        Map<Change.Kind, Integer> kinds = new EnumMap<>(Change.Kind.class);
        changes.forEach(c -> kinds.merge(c.kind(), 1, Integer::sum));
        return kinds;
    }

    /** @return the loaded and edited model */
    public ModeleMaillage model() {
        return model;
    }

    /** @return the roadmap the séance is about: the model's first */
    public FeuilleDeRoute feuille() {
        return feuille;
    }

    /** @return the state frozen at the earlier séance, before the edits */
    public Snapshot before() {
        return before;
    }

    /** @return the current state, frozen after the edits */
    public Snapshot after() {
        return after;
    }

    /** @return the saved file of the generated model (before the edits), what the load floor reads */
    public RoadmapFixture file() {
        return file;
    }

    /** @return the changes from {@link #before()} to {@link #after()}, counted by kind, and the edits made */
    public String describe() {
        return changedChantiers + " chantiers changed, " + addedFiches + " fiches actions added, 1 CPTS removed; "
                + before.getEtats().size() + " elements frozen; changes found: " + kinds();
    }

    /** Deletes the saved file. */
    @Override
    public void close() throws IOException {
        file.close();
    }
}
