/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.cli.internal.commands;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.maillage.cli.CommandContext;
import org.maillage.cli.ExitCodes;
import org.maillage.cli.RoadmapFileCommand;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.ReferenceData;
import org.maillage.model.provider.MaillageEditPlugin;
import org.maillage.model.scheme.SchemeType;
import org.maillage.model.scheme.SchemeTypes;

/** {@code maillage info FILE}: what a roadmap file holds, counted per kind of element. */
public final class InfoCommand extends RoadmapFileCommand {

    @Override
    protected String usage() {
        return CommandMessages.get("info.usage");
    }

    @Override
    protected int run(ModeleMaillage model, String fileName, CommandContext context) {
        context.out().println(CommandMessages.get("info.header", fileName, model.getFormatVersion()));
        for (ReferenceData data : model.getReferenceData()) {
            context.out().println(CommandMessages.get("info.referenceData", data.getSource(), data.getMillesime(),
                    data.getLicence()));
        }
        Map<String, Integer> counts = countByKind(model);
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        counts.forEach((kind, count) -> context.out().printf("  %-32s %8d%n", kind, count));
        context.out().println(CommandMessages.get("info.total", total));
        return ExitCodes.OK;
    }

    /** Counts every element under the root by its kind, named as the workbench names it. */
    private static Map<String, Integer> countByKind(ModeleMaillage model) {
        Map<String, Integer> counts = new TreeMap<>();
        for (TreeIterator<EObject> it = model.eAllContents(); it.hasNext();) {
            counts.merge(kindName(it.next()), 1, Integer::sum);
        }
        return counts;
    }

    private static String kindName(EObject element) {
        // Kinds of dispositif, Maillage's and plug-ins', are named by their scheme type contribution.
        Optional<SchemeType> scheme = SchemeTypes.running().find(element.eClass());
        if (scheme.isPresent()) {
            return scheme.get().name();
        }
        String key = "_UI_" + element.eClass().getName() + "_type";
        try {
            return MaillageEditPlugin.INSTANCE.getString(key);
        } catch (java.util.MissingResourceException e) {
            // A kind contributed by a plugin without labels: its class name is still meaningful.
            return element.eClass().getName();
        }
    }
}
