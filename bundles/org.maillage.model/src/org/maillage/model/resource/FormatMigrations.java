/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.resource;

import java.util.List;
import java.util.function.Consumer;

import org.maillage.model.ModeleMaillage;
import org.maillage.model.util.ModelFormat;

/**
 * The place where files written by older releases are brought to the current format.
 * <p>
 * Versions are {@code MAJOR.MINOR}. A file of the current major version loads as is; additive changes (a new
 * class or optional feature) raise the minor version and need no migration, since EMF simply finds the new
 * features unset. A change that renames or restructures raises the major version, moves the namespace to
 * {@code http://maillage.org/model/MAJOR.0}, and adds here a step that rewrites the old structure after
 * loading (registering the old namespace as an alias of the new package). A minor version may also carry a step when
 * the new features replace old ones that are kept, deprecated, only to read older files.
 * <ul>
 * <li>1.0 -> 1.1: a séance's snapshot holds every compared element by uuid instead of chantier and indicator
 * states ({@link Format10Snapshots}).</li>
 * </ul>
 */
public final class FormatMigrations {

    /** One step: the version it upgrades from, and what it does to the loaded model. */
    private record Step(String from, String to, Consumer<ModeleMaillage> migration) {
    }

    private static final List<Step> STEPS = List.of(new Step("1.0", "1.1", Format10Snapshots::migrate));

    private FormatMigrations() {
    }

    /** @return whether this release can read (possibly after migration) a file of {@code version} */
    public static boolean canRead(String version) {
        int major = major(version);
        return major > 0 && major <= major(ModelFormat.CURRENT_VERSION);
    }

    /** Applies the steps needed to bring {@code root} to the current version, in order. */
    public static void migrate(ModeleMaillage root) {
        for (Step step : STEPS) {
            if (step.from().equals(root.getFormatVersion())) {
                step.migration().accept(root);
                root.setFormatVersion(step.to());
            }
        }
    }

    private static int major(String version) {
        try {
            return Integer.parseInt(version.substring(0, version.indexOf('.') < 0 ? version.length()
                    : version.indexOf('.')));
        } catch (NumberFormatException | NullPointerException e) {
            return -1;
        }
    }
}
