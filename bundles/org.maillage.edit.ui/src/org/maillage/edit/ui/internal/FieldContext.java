/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.edit.ui.internal;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.maillage.edit.ui.ItemProviderLabelProvider;

/**
 * What every field of a form shares: the domain its commands run on, the toolkit that styles it, where input
 * errors are shown, and the element icons.
 *
 * @param domain the roadmap's editing domain
 * @param toolkit the form's toolkit
 * @param errors where refused input is reported (the form's heading, a mark next to the field)
 * @param icons element icons
 */
public record FieldContext(EditingDomain domain, FormToolkit toolkit, FieldErrors errors,
        ItemProviderLabelProvider icons) {
}
