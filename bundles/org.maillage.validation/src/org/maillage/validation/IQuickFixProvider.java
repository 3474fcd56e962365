/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.validation;

import java.util.List;

/**
 * Offers fixes for the problems of one rule, named by its code in the {@code org.maillage.validation.quickFixes}
 * extension (or built in). A provider offers a fix only where it is obvious: nothing for a problem whose correction
 * needs a person's judgement. When there are several reasonable targets (e.g. the QPV's EPCI has two CLS), it
 * offers one fix per target and lets the user pick in the menu.
 * <p>
 * Contract: {@link #fixesFor(RuleDiagnostic)} reads the model and never changes it; it runs on the thread that owns
 * the model (the UI thread in the workbench). Implementations have a public no-argument constructor and no state.
 */
public interface IQuickFixProvider {

    /**
     * @param problem a problem of the provider's rule, whose element is in the edited model
     * @return the fixes, in the order to show them; empty when no fix is obvious
     */
    List<QuickFix> fixesFor(RuleDiagnostic problem);
}
