/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.report.data;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.maillage.model.ModeleMaillage;
import org.maillage.model.instance.Instance;
import org.maillage.model.instance.Seance;
import org.maillage.model.instance.TypeInstance;
import org.maillage.model.plan.FeuilleDeRoute;

/**
 * What a report is about: a roadmap of a model, the date at which its state is judged (a chantier is late when
 * its deadline is before that date), and the CTS meeting a meeting pack is prepared for.
 * <p>
 * {@link #of(ModeleMaillage)} picks sensible defaults: the first roadmap of the model; the latest plenary CTS
 * meeting as the meeting; its date as the date of the situation (today when the model has no CTS meeting).
 *
 * @param model the model the figures come from
 * @param feuilleDeRoute the roadmap reported on; {@code null} when the model has none
 * @param dateSituation the date the state is judged at
 * @param seance the CTS meeting the pack is for; {@code null} when the model has none
 */
public record ReportScope(ModeleMaillage model, FeuilleDeRoute feuilleDeRoute, LocalDate dateSituation,
        Seance seance) {

    /** Checks the required parts. */
    public ReportScope {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(dateSituation, "dateSituation");
    }

    /**
     * @param model a loaded model
     * @return the default scope of that model (see the class comment)
     */
    public static ReportScope of(ModeleMaillage model) {
        FeuilleDeRoute feuille = model.getFeuillesDeRoute().isEmpty() ? null : model.getFeuillesDeRoute().get(0);
        Optional<Seance> derniere = seancesCts(model).stream().max(Comparator.comparing(Seance::getDate));
        LocalDate date = derniere.map(Seance::getDate).orElse(LocalDate.now());
        return new ReportScope(model, feuille, date, derniere.orElse(null));
    }

    /**
     * @param date another date of the situation
     * @return this scope judged at {@code date}
     */
    public ReportScope withDateSituation(LocalDate date) {
        return new ReportScope(model, feuilleDeRoute, date, seance);
    }

    /**
     * @param model a model
     * @return its dated meetings of plenary CTS bodies, in model order
     */
    static List<Seance> seancesCts(ModeleMaillage model) {
        return model.getInstances().stream().filter(i -> i.getType() == TypeInstance.CTS_PLENIERE)
                .map(Instance::getSeances).flatMap(List::stream).filter(s -> s.getDate() != null).toList();
    }
}
