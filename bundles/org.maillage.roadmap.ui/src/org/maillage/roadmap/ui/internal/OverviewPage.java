/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.roadmap.ui.internal;

import java.time.LocalDate;
import java.util.EventObject;

import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.maillage.model.edit.RoadmapDocument;
import org.maillage.model.edit.seance.SeanceBrief;

/**
 * The first page of the roadmap editor: the délégation's dashboard between two CTS séances (key figures and their
 * trend since the last frozen séance, late chantiers, open gaps, next séance, decisions followed, changes), and
 * which file this is. It follows the model as it is edited, without saving: every change (through the command
 * stack, or notified by the item providers) schedules one recomputation, at most every {@link #COALESCE_MILLIS}
 * ms, and only while the page is shown (a hidden page catches up when it is shown again).
 */
public final class OverviewPage extends FormPage {

    /** Shortest time between two recomputations, so that a burst of changes costs one. */
    static final int COALESCE_MILLIS = 300;

    private final CommandStackListener stackListener = this::stackChanged;
    private final INotifyChangedListener modelListener = this::modelChanged;
    private DashboardSections sections;
    private boolean pending;
    private boolean stale;
    private long lastRefresh;
    private int refreshes;

    OverviewPage(RoadmapEditor editor) {
        super(editor, "overview", Messages.get("overview.title"));
    }

    private RoadmapEditor editor() {
        return (RoadmapEditor) getEditor();
    }

    @Override
    protected void createFormContent(IManagedForm managedForm) {
        RoadmapDocument document = editor().getDocument();
        sections = new DashboardSections(managedForm, document, editor()::showElement,
                () -> getEditor().setActivePage(ElementsPage.ID));
        refresh();
        document.getCommandStack().addCommandStackListener(stackListener);
        document.getAdapterFactory().addListener(modelListener);
    }

    private void stackChanged(EventObject event) {
        changed();
    }

    private void modelChanged(Notification notification) {
        changed();
    }

    /** Schedules one recomputation for all the changes that arrive until it runs. */
    private void changed() {
        ScrolledForm form = getManagedForm() == null ? null : getManagedForm().getForm();
        if (pending || form == null || form.isDisposed()) {
            return;
        }
        if (!isActive()) {
            stale = true;
            return;
        }
        pending = true;
        Display display = form.getDisplay();
        long wait = Math.max(0, COALESCE_MILLIS - (System.currentTimeMillis() - lastRefresh));
        Runnable later = () -> display.timerExec((int) wait, () -> {
            pending = false;
            if (!form.isDisposed()) {
                refresh();
            }
        });
        if (Display.getCurrent() == display) {
            later.run();
        } else {
            // A change made off the UI thread: timerExec must be called on it.
            display.asyncExec(later);
        }
    }

    @Override
    public void setActive(boolean active) {
        super.setActive(active);
        if (active && stale && sections != null) {
            refresh();
        }
    }

    /** Recomputes the dashboard from the model as it is now. */
    void refresh() {
        stale = false;
        lastRefresh = System.currentTimeMillis();
        refreshes++;
        sections.show(new SeanceBrief(editor().getDocument().getModel(), LocalDate.now()));
    }

    /** @return how many times the dashboard was recomputed (for the tests: changes are coalesced) */
    public int refreshCount() {
        return refreshes;
    }

    /** @return the dashboard's sections, or {@code null} before the page was first shown */
    public DashboardSections getSections() {
        return sections;
    }

    /** @return the form the dashboard is drawn in, or {@code null} before the page was first shown */
    public ScrolledForm getForm() {
        return getManagedForm() == null ? null : getManagedForm().getForm();
    }

    @Override
    public void dispose() {
        if (sections != null) {
            RoadmapDocument document = editor().getDocument();
            document.getCommandStack().removeCommandStackListener(stackListener);
            document.getAdapterFactory().removeListener(modelListener);
        }
        super.dispose();
    }
}
