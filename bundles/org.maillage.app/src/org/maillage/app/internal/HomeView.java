/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.app.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.eclipse.ui.forms.widgets.TableWrapData;
import org.eclipse.ui.forms.widgets.TableWrapLayout;
import org.eclipse.ui.part.ViewPart;
import org.maillage.edit.ui.HelpContexts;
import org.maillage.examples.Example;
import org.maillage.examples.Examples;
import org.maillage.roadmap.ui.RoadmapEditors;

/**
 * The welcome page: what Maillage is for, and where to start: create a roadmap, open one, open an example (a copy in
 * {@code ~/.maillage/exemples/}), or reopen a recent file.
 */
public final class HomeView extends ViewPart {

    private FormToolkit toolkit;
    private ScrolledForm form;
    private Composite recent;
    private final Runnable recentChanged = () -> {
        if (recent != null && !recent.isDisposed()) {
            fillRecent();
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        HelpContexts.set(parent, HelpContexts.HOME);
        toolkit = new FormToolkit(parent.getDisplay());
        form = toolkit.createScrolledForm(parent);
        form.setText(Messages.get("home.title"));
        toolkit.decorateFormHeading(form.getForm());
        Composite body = form.getBody();
        TableWrapLayout layout = new TableWrapLayout();
        layout.numColumns = 3;
        layout.makeColumnsEqualWidth = true;
        layout.horizontalSpacing = 24;
        body.setLayout(layout);
        Label intro = toolkit.createLabel(body, Messages.get("home.intro") + " " + Messages.get("home.users"),
                SWT.WRAP);
        intro.setLayoutData(new TableWrapData(TableWrapData.FILL_GRAB, TableWrapData.TOP, 1, 3));

        IWorkbenchWindow window = getSite().getWorkbenchWindow();
        Composite start = section(body, Messages.get("home.start"));
        link(start, Messages.get("home.new"), () -> NewRoadmapAction.open(window));
        link(start, Messages.get("home.open"), () -> new OpenRoadmapAction(window).run());

        Composite examples = section(body, Messages.get("home.examples"));
        for (Example example : Examples.all()) {
            link(examples, example.titre(), () -> openExample(example));
        }

        recent = section(body, Messages.get("home.recent"));
        fillRecent();
        RecentFiles.addListener(recentChanged);
    }

    private Composite section(Composite body, String title) {
        Section section = toolkit.createSection(body, Section.TITLE_BAR);
        section.setText(title);
        section.setLayoutData(new TableWrapData(TableWrapData.FILL_GRAB, TableWrapData.TOP));
        Composite client = toolkit.createComposite(section);
        TableWrapLayout layout = new TableWrapLayout();
        layout.verticalSpacing = 6;
        client.setLayout(layout);
        section.setClient(client);
        return client;
    }

    private Hyperlink link(Composite parent, String text, Runnable action) {
        Hyperlink link = toolkit.createHyperlink(parent, text, SWT.WRAP);
        link.setLayoutData(new TableWrapData(TableWrapData.FILL_GRAB));
        link.addHyperlinkListener(new HyperlinkAdapter() {
            @Override
            public void linkActivated(HyperlinkEvent event) {
                action.run();
            }
        });
        return link;
    }

    private void fillRecent() {
        for (Control child : recent.getChildren()) {
            child.dispose();
        }
        List<Path> files = RecentFiles.list();
        if (files.isEmpty()) {
            toolkit.createLabel(recent, Messages.get("home.recent.none"), SWT.WRAP);
        }
        for (Path file : files) {
            Path folder = file.getParent() == null ? null : file.getParent().getFileName();
            String text = folder == null ? file.getFileName().toString()
                    : Messages.get("home.recent.file", file.getFileName(), folder);
            Hyperlink link = link(recent, text,
                    () -> RoadmapEditors.open(getSite().getPage(), file));
            link.setToolTipText(file.toString());
        }
        form.reflow(true);
    }

    private void openExample(Example example) {
        try {
            RoadmapEditors.open(getSite().getPage(), RoadmapStartup.exampleCopy(example));
        } catch (IOException e) {
            MessageDialog.openError(getSite().getShell(), Messages.get("home.example.failed"),
                    Messages.get("home.example.failed.detail", example.titre(), e.getMessage()));
        }
    }

    /** @return the form's title, for tests */
    public String getFormTitle() {
        return form.getText();
    }

    /** @return the texts of the links, for tests: start, examples, recent files */
    public List<String> getLinkTexts() {
        List<String> texts = new ArrayList<>();
        collectLinks(form.getBody(), texts);
        return texts;
    }

    private static void collectLinks(Composite parent, List<String> texts) {
        for (Control child : parent.getChildren()) {
            if (child instanceof Hyperlink link) {
                texts.add(link.getText());
            } else if (child instanceof Composite composite) {
                collectLinks(composite, texts);
            }
        }
    }

    @Override
    public void setFocus() {
        form.setFocus();
    }

    @Override
    public void dispose() {
        RecentFiles.removeListener(recentChanged);
        if (toolkit != null) {
            toolkit.dispose();
        }
        super.dispose();
    }
}
