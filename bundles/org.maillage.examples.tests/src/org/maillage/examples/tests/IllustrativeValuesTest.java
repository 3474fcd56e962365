/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.examples.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.maillage.examples.Example;
import org.maillage.model.Element;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.ReferenceData;
import org.maillage.model.articulation.Articulation;
import org.maillage.model.articulation.TypeArticulation;
import org.maillage.model.financement.Fonds;
import org.maillage.model.organisation.Role;
import org.maillage.model.territoire.Territoire;

/**
 * Covered cases: no invented value is presented as real. In every example, every element that states facts
 * (financements, yearly values, snapshot states, chantiers, schemes, organisations, QPV, meetings...) is either
 * cited or flagged illustrative; every illustrative element says « valeur illustrative » in its description;
 * imported territories point to their reference data, which names its source; and the structural elements that
 * state no fact of their own (kinds of articulation, articulations between cited or flagged elements, funds, roles
 * of a sourced organisation) are the only exceptions.
 */
class IllustrativeValuesTest {

    @ParameterizedTest
    @MethodSource("org.maillage.examples.tests.ExamplesTest#examples")
    void everyFactIsCitedOrIllustrative(Example example) throws Exception {
        ModeleMaillage model = example.open();
        List<String> unsourced = new ArrayList<>();
        List<String> unsaid = new ArrayList<>();
        for (TreeIterator<EObject> it = model.eAllContents(); it.hasNext();) {
            if (!(it.next() instanceof Element element)) {
                continue;
            }
            if (element.isIllustrative()) {
                String description = element.getDescription() == null ? "" : element.getDescription();
                if (!description.contains("valeur illustrative")) {
                    unsaid.add(element.getUuid());
                }
            } else if (element.getCitations().isEmpty() && !exempt(element)) {
                unsourced.add(element.getUuid() + " (" + element.eClass().getName() + ")");
            }
        }
        assertEquals(List.of(), unsourced, example.name() + ": elements neither cited nor illustrative");
        assertEquals(List.of(), unsaid, example.name() + ": illustrative elements that do not say so");
        assertTrue(!model.getCitations().isEmpty(), "the example names its sources");
    }

    /** Elements that state no fact of their own, or whose facts come from the reference data they point to. */
    private static boolean exempt(Element element) {
        if (element instanceof Territoire territoire) {
            ReferenceData data = territoire.getReferenceData();
            return data != null && !data.getSource().isBlank();
        }
        if (element instanceof Articulation articulation) {
            // A link is as real as its ends: between cited elements it is cited, to a flagged element it is flagged.
            return sourced(articulation.getSource()) && sourced(articulation.getCible());
        }
        if (element instanceof ReferenceData data) {
            return data.getSource() != null && !data.getSource().isBlank();
        }
        return element instanceof TypeArticulation || element instanceof Fonds
                || element instanceof Role role && sourced(role.getOrganisation());
    }

    private static boolean sourced(Element element) {
        return element.isIllustrative() || !element.getCitations().isEmpty() || exempt(element);
    }
}
