/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.maillage.testsupport.FrenchLocale;
import org.maillage.validation.ModelValidation;
import org.maillage.validation.RuleDiagnostic;

/**
 * Covered cases: validating with a progress monitor (as the workbench's background job does) finds the same
 * problems as without, and reports one unit of work per element under the root (out of their number plus one); a
 * cancelled monitor stops the validation with OperationCanceledException.
 */
@ExtendWith(FrenchLocale.class)
class ProgressAndCancelTest {

    @Test
    void sameProblemsWithAMonitorAndProgressPerTopElement() {
        ValidationFixtures f = ValidationFixtures.valid();
        f.chantier.setPilote(null);
        f.chantier.setEcheance(null);
        List<String> without = describe(ModelValidation.problems(ModelValidation.validate(f.model)));
        double[] work = new double[2];
        NullProgressMonitor monitor = new NullProgressMonitor() {
            @Override
            public void beginTask(String name, int totalWork) {
                work[0] = totalWork;
            }

            @Override
            public void worked(int worked) {
                internalWorked(worked);
            }

            @Override
            public void internalWorked(double worked) {
                work[1] += worked;
            }
        };
        List<String> with = describe(ModelValidation.problems(ModelValidation.validate(f.model, monitor)));
        assertFalse(without.isEmpty());
        assertEquals(without, with);
        // One unit per element under the root, out of their number plus one: the monitor sees that share of its total.
        int units = f.model.eContents().size();
        assertEquals(work[0] * units / (units + 1), work[1], work[0] / 20, "progress per top-level element");
    }

    @Test
    void cancelledMonitorStops() {
        ValidationFixtures f = ValidationFixtures.valid();
        NullProgressMonitor monitor = new NullProgressMonitor();
        monitor.setCanceled(true);
        assertThrows(OperationCanceledException.class, () -> ModelValidation.validate(f.model, monitor));
    }

    private static List<String> describe(List<RuleDiagnostic> problems) {
        return problems.stream().map(p -> p.getRuleCode() + " " + p.getMessage()).toList();
    }
}
