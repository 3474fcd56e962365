/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.examples;

import java.util.List;
import java.util.Optional;

/**
 * The example roadmaps shipped with Maillage, one per case of the project's source texts.
 * <p>
 * They are real where public sources allow: real facts carry their source in {@code citations}; every value that
 * is not sourced is flagged {@code illustrative} and says « valeur illustrative » in its description. The files are
 * generated from builders in this bundle and must never be edited by hand.
 */
public final class Examples {

    /** Name of the Eure roadmap, the one the workbench and the README open. */
    public static final String EURE = "eure";
    /** Name of the Pays de Brest CLS mission. */
    public static final String PAYS_DE_BREST = "pays-de-brest";
    /** Name of the Bruaysis SIVOM and its prevention house. */
    public static final String BRUAYSIS = "bruaysis";
    /** Name of the Valherbasse microlocal health coordination. */
    public static final String VALHERBASSE = "valherbasse";
    /** Name of the Combrailles CLS III. */
    public static final String COMBRAILLES = "combrailles";

    private static final List<Example> ALL = List.of(
            example(EURE, "Feuille de route de l'Eure : PRAPS, chantiers et dispositifs"),
            example(PAYS_DE_BREST, "Pays de Brest : mission santé et CLS décliné par EPCI"),
            example(BRUAYSIS, "Bruaysis : SIVOM et Maison de la prévention (MIPPS)"),
            example(VALHERBASSE, "Valherbasse : coordination microlocale de santé"),
            example(COMBRAILLES, "Combrailles : contrat local de santé III (2024-2028)"));

    private Examples() {
    }

    /** @return every example, the Eure roadmap first */
    public static List<Example> all() {
        return ALL;
    }

    /**
     * @param name an example's name, e.g. {@link #EURE}
     * @return the example of that name, if any
     */
    public static Optional<Example> find(String name) {
        return ALL.stream().filter(example -> example.name().equals(name)).findFirst();
    }

    /** @return the Eure roadmap */
    public static Example eure() {
        return ALL.get(0);
    }

    private static Example example(String name, String titre) {
        return new Example(name, titre, "examples/" + name + ".maillage");
    }
}
