/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.app.internal.seance;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.maillage.app.MaillageUi;
import org.maillage.app.internal.Messages;
import org.maillage.app.internal.RoadmapView;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.edit.seance.SeanceBrief;
import org.maillage.model.instance.Instance;
import org.maillage.model.instance.Seance;
import org.maillage.model.seance.Snapshots;

/**
 * What the workbench does for the CTS meeting cycle, from the explorer's context menu and from the Rapports menu:
 * freeze a séance (asking before replacing its frozen state) and create a séance with a proposed agenda. Every
 * change is one command on the roadmap's command stack; when there is nothing to act on, the user is told why.
 */
public final class SeanceActions {

    /** Id of "Figer l'état pour cette séance" in the explorer's context menu. */
    public static final String FREEZE_ID = "org.maillage.app.explorer.freezeSeance";
    /** Id of "Nouvelle séance..." in the explorer's context menu. */
    public static final String NEW_ID = "org.maillage.app.explorer.newSeance";

    private SeanceActions() {
    }

    /**
     * Adds "Figer l'état pour cette séance" when a séance is selected and "Nouvelle séance..." when an instance is.
     *
     * @param menu the explorer's context menu
     * @param selected the one element selected, or {@code null}
     * @param shell the parent of dialogs
     * @param page the page of the explorer
     */
    public static void fillMenu(IMenuManager menu, Object selected, Shell shell, IWorkbenchPage page) {
        // Before the contributions of other bundles (Ouvrir un diagramme...), with the explorer's own actions.
        if (selected instanceof Seance seance) {
            menu.insertBefore(IWorkbenchActionConstants.MB_ADDITIONS,
                    action(FREEZE_ID, Messages.get("seance.freeze.menu"), () -> freeze(shell, page, seance)));
        } else if (selected instanceof Instance instance) {
            menu.insertBefore(IWorkbenchActionConstants.MB_ADDITIONS,
                    action(NEW_ID, Messages.get("seance.new.menu"), () -> create(shell, page, instance)));
        }
    }

    private static Action action(String id, String text, Runnable run) {
        Action action = new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
        action.setId(id);
        return action;
    }

    /**
     * Freezes the roadmap for a séance, as of the séance's date, replacing its frozen state only if the user agrees.
     *
     * @param shell the parent of the question
     * @param page where to show the changes view afterwards, or {@code null}
     * @param seance the séance
     * @return whether the séance was frozen
     */
    public static boolean freeze(Shell shell, IWorkbenchPage page, Seance seance) {
        String title = Messages.get("seance.freeze.title");
        EditingDomain domain = AdapterFactoryEditingDomain.getEditingDomainFor(seance);
        if (domain == null) {
            return false;
        }
        if (seance.getDate() == null) {
            MessageDialog.openInformation(shell, title, Messages.get("seance.freeze.noDate", seance.getNom()));
            return false;
        }
        if (seance.getSnapshot() != null && !MessageDialog.openQuestion(shell, Messages.get("seance.freeze.replace"),
                Messages.get("seance.freeze.replace.question", seance.getNom(), date(seance.getDate()),
                        date(seance.getSnapshot().getDateSituation())))) {
            return false;
        }
        Command command = SeanceEdits.freeze(domain, seance);
        domain.getCommandStack().execute(command);
        if (page != null) {
            try {
                // Show what changed since, without taking the focus from where the user asked.
                page.showView(MaillageUi.CHANGES_VIEW_ID, null, IWorkbenchPage.VIEW_VISIBLE);
            } catch (PartInitException e) {
                Platform.getLog(SeanceActions.class).error(e.getMessage(), e);
            }
        }
        return true;
    }

    /**
     * Freezes the latest séance of a roadmap, or says there is none.
     *
     * @param shell the parent of messages
     * @param page where to show the changes view afterwards
     * @param model the roadmap
     * @return whether a séance was frozen
     */
    public static boolean freezeLatest(Shell shell, IWorkbenchPage page, ModeleMaillage model) {
        Seance latest = Snapshots.latestSeance(model).orElse(null);
        if (latest == null) {
            MessageDialog.openInformation(shell, Messages.get("seance.freeze.title"),
                    Messages.get("seance.freeze.none"));
            return false;
        }
        return freeze(shell, page, latest);
    }

    /**
     * Asks for the date, name and agenda of a new séance of an instance, adds it and selects it in the explorer.
     *
     * @param shell the parent of the dialog
     * @param page the page of the explorer
     * @param instance the instance, or {@code null} for the plenary CTS of {@code model}
     * @param model the roadmap, used when {@code instance} is {@code null}
     * @return the séance created, or {@code null} (cancelled, or no CTS)
     */
    public static Seance create(Shell shell, IWorkbenchPage page, Instance instance, ModeleMaillage model) {
        Instance target = instance != null ? instance : SeanceEdits.cts(model).orElse(null);
        if (target == null) {
            MessageDialog.openInformation(shell, Messages.get("seance.new.title"), Messages.get("seance.new.noCts"));
            return null;
        }
        return create(shell, page, target);
    }

    private static Seance create(Shell shell, IWorkbenchPage page, Instance instance) {
        EditingDomain domain = AdapterFactoryEditingDomain.getEditingDomainFor(instance);
        if (domain == null || !(org.eclipse.emf.ecore.util.EcoreUtil.getRootContainer(instance)
                instanceof ModeleMaillage model)) {
            return null;
        }
        LocalDate today = LocalDate.now();
        NewSeanceDialog dialog = new NewSeanceDialog(shell, instance, today,
                new SeanceBrief(model, today).proposedAgenda());
        if (dialog.open() != Window.OK) {
            return null;
        }
        Seance seance = SeanceEdits.newSeance(dialog.name(), dialog.date(), dialog.agenda());
        domain.getCommandStack().execute(SeanceEdits.add(domain, instance, seance));
        if (page != null) {
            try {
                ((RoadmapView) page.showView(MaillageUi.ROADMAP_VIEW_ID)).reveal(seance);
            } catch (PartInitException e) {
                Platform.getLog(SeanceActions.class).error(e.getMessage(), e);
            }
        }
        return seance;
    }

    /**
     * @param date a date, or {@code null}
     * @return it as users read it ("12 décembre 2024"), or an empty string
     */
    public static String date(LocalDate date) {
        return date == null ? "" : date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(Locale.getDefault()));
    }
}
