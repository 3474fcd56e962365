/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.app.internal.seance;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.maillage.app.internal.Messages;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.instance.Instance;
import org.maillage.model.instance.InstanceFactory;
import org.maillage.model.instance.InstancePackage;
import org.maillage.model.instance.Seance;
import org.maillage.model.instance.TypeInstance;
import org.maillage.model.seance.Snapshots;

/**
 * The two edits of the CTS meeting cycle, as commands for a roadmap's command stack (so that Édition > Annuler undoes
 * them): freezing a séance and adding one. What is frozen and how is the model's business ({@link Snapshots}); this
 * class only wraps it in commands labelled for the Edit menu.
 */
public final class SeanceEdits {

    private SeanceEdits() {
    }

    /**
     * @param domain the roadmap's editing domain
     * @param seance a séance with a date
     * @return the command that sets (or replaces) the séance's snapshot with the roadmap as it is now
     * @throws IllegalArgumentException when the séance has no date
     */
    public static Command freeze(EditingDomain domain, Seance seance) {
        Command set = SetCommand.create(domain, seance, InstancePackage.Literals.SEANCE__SNAPSHOT,
                Snapshots.freezeFor(seance));
        return labelled(Messages.get("seance.freeze.command"), set);
    }

    /**
     * @param domain the roadmap's editing domain
     * @param instance the instance the séance belongs to
     * @param seance the new séance, not yet in a model
     * @return the command that adds it at the end of the instance's séances
     */
    public static Command add(EditingDomain domain, Instance instance, Seance seance) {
        return labelled(Messages.get("seance.new.command"),
                AddCommand.create(domain, instance, InstancePackage.Literals.INSTANCE__SEANCES, seance));
    }

    /**
     * @param name the séance's name
     * @param date its date
     * @param agenda its agenda items, in order
     * @return a new séance, not in any model yet
     */
    public static Seance newSeance(String name, LocalDate date, List<String> agenda) {
        Seance seance = InstanceFactory.eINSTANCE.createSeance();
        seance.setNom(name);
        seance.setDate(date);
        seance.getOrdreDuJour().addAll(agenda);
        return seance;
    }

    /**
     * @param model a roadmap model
     * @return the plenary CTS of the roadmap, where new séances go by default, or empty when it has none
     */
    public static Optional<Instance> cts(ModeleMaillage model) {
        return model.getInstances().stream().filter(i -> i.getType() == TypeInstance.CTS_PLENIERE).findFirst();
    }

    /**
     * @param date a séance's date
     * @return the name a plenary séance gets by default, e.g. "Séance plénière de décembre 2026"
     */
    public static String defaultName(LocalDate date) {
        // The month in the language the messages are in (both follow the default locale): "décembre 2026".
        return Messages.get("seance.new.defaultName",
                date.format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.getDefault())));
    }

    /** An EMF command under the label the Edit menu shows ("Annuler Figer l'état de la séance"). */
    private static Command labelled(String label, Command command) {
        CompoundCommand compound = new CompoundCommand(label);
        compound.append(command);
        return compound;
    }
}
