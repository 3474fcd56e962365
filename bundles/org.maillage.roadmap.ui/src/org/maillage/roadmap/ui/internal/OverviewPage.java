/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.roadmap.ui.internal;

import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.edit.RoadmapDocument;
import org.maillage.model.plan.FeuilleDeRoute;

/** The first page of the roadmap editor: which roadmap this is and what it holds. */
final class OverviewPage extends FormPage {

    OverviewPage(RoadmapEditor editor) {
        super(editor, "overview", Messages.get("overview.title"));
    }

    @Override
    protected void createFormContent(IManagedForm managedForm) {
        RoadmapDocument document = ((RoadmapEditor) getEditor()).getDocument();
        ModeleMaillage model = document.getModel();
        ScrolledForm form = managedForm.getForm();
        FormToolkit toolkit = managedForm.getToolkit();
        form.setText(model.getNom());
        toolkit.decorateFormHeading(form.getForm());
        Composite body = form.getBody();
        body.setLayout(new GridLayout(1, false));

        Section section = toolkit.createSection(body, Section.TITLE_BAR);
        section.setText(Messages.get("overview.counts"));
        section.setLayoutData(new GridData(GridData.FILL_HORIZONTAL));
        Composite client = toolkit.createComposite(section);
        client.setLayout(new GridLayout(2, false));
        row(toolkit, client, Messages.get("overview.file"), document.getFile() == null
                ? Messages.get("overview.file.none") : document.getFile().toString());
        int chantiers = model.getFeuillesDeRoute().stream().mapToInt(f -> f.getChantiers().size()).sum();
        row(toolkit, client, "", Messages.get("overview.chantiers", chantiers, model.getFeuillesDeRoute().size()));
        row(toolkit, client, "", Messages.get("overview.dispositifs", model.getDispositifs().size()));
        row(toolkit, client, "", Messages.get("overview.territoire", model.getEpcis().size(), model.getQpvs().size()));
        section.setClient(client);
        FeuilleDeRoute first = model.getFeuillesDeRoute().isEmpty() ? null : model.getFeuillesDeRoute().get(0);
        if (first != null) {
            form.setMessage(first.getNom(), 0);
        }
    }

    private static void row(FormToolkit toolkit, Composite parent, String label, String value) {
        toolkit.createLabel(parent, label);
        Label text = toolkit.createLabel(parent, value);
        text.setLayoutData(new GridData(GridData.FILL_HORIZONTAL));
    }
}
