/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.example.clsm.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.maillage.cli.CommandContext;
import org.maillage.cli.ExitCodes;
import org.maillage.cli.RoadmapFileCommand;
import org.maillage.example.clsm.Clsm;
import org.maillage.model.Element;
import org.maillage.model.ModeleMaillage;

/**
 * {@code maillage clsm-liste FICHIER}: one line per CLSM of the roadmap, with its CLS, the territories it covers and
 * its coordinator. Exit code 0 even when there is none: an empty list is an answer, not a problem.
 */
public final class ClsmListCommand extends RoadmapFileCommand {

    @Override
    protected String usage() {
        return Messages.get("command.usage");
    }

    @Override
    protected int run(ModeleMaillage model, String fileName, CommandContext context) {
        List<Clsm> all = model.getDispositifs().stream().filter(Clsm.class::isInstance).map(Clsm.class::cast)
                .toList();
        if (all.isEmpty()) {
            context.out().println(Messages.get("command.none", fileName));
            return ExitCodes.OK;
        }
        context.out().println(Messages.get("command.count", all.size(), fileName));
        for (Clsm clsm : all) {
            String cls = clsm.getCls() == null ? Messages.get("command.noCls") : clsm.getCls().getNom();
            List<String> territoires = new ArrayList<>();
            Stream.of(clsm.getCommunes(), clsm.getEpcis(), clsm.getTerritoires())
                    .forEach(list -> list.forEach(t -> territoires.add(nom(t))));
            context.out().println(Messages.get("command.line", nom(clsm), cls,
                    territoires.isEmpty() ? Messages.get("command.noTerritoire") : String.join(", ", territoires),
                    clsm.getCoordonnateur() == null ? "-" : clsm.getCoordonnateur()));
        }
        return ExitCodes.OK;
    }

    private static String nom(Element element) {
        return element.getNom() == null ? element.getUuid() : element.getNom();
    }
}
