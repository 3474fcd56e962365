/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.app.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.expressions.IEvaluationContext;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ISources;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;
import org.maillage.app.MaillageUi;
import org.maillage.app.internal.AboutDialog;
import org.maillage.app.internal.RoadmapView;
import org.maillage.app.internal.seance.NewSeanceDialog;
import org.maillage.app.internal.wizard.NewRoadmapWizard;
import org.maillage.examples.Examples;
import org.maillage.model.MaillagePackage;
import org.maillage.model.edit.RoadmapDocument;
import org.maillage.model.instance.Instance;
import org.maillage.model.instance.TypeInstance;
import org.maillage.model.plan.Chantier;

/**
 * Covered cases, in the language the workbench runs in (French by default; releng/scripts/screenshots.sh and the
 * README's command run it in English with {@code -Dui.test.language=en}): every menu and submenu of the menu bar
 * (with a roadmap open, so that every contribution shows), the explorer's context menu on a chantier, the About
 * dialog, the new roadmap wizard, the new séance dialog, the report wizard, the save prompt when a changed roadmap
 * is closed, an error dialog with its details, the preference dialog and a progress dialog show no word of the other
 * language. The word
 * lists are words of the interface that no example's data holds. The About dialog's picture goes to
 * target/screenshots/LANG/a-propos.png.
 */
class LanguageWalkTest {

    private static final boolean FRENCH = Platform.getNL().startsWith("fr");

    /** French words that must not show in English mode. */
    private static final List<String> FRENCH_WORDS = List.of("Fichier", "Édition", "Enregistrer", "Nouveau",
            "Nouvelle", "Nouvel", "Annuler", "Rétablir", "Fenêtre", "Aide", "Fermer", "Supprimer", "Ouvrir",
            "Afficher", "rapport", "Rapports", "séance", "Séance", "Quitter", "Imprimer", "Couper", "Coller",
            "Précédent", "Suivant", "Terminer", "Parcourir", "propos", "Détails", "Oui", "Non", "enfant", "Vue",
            "Appliquer", "Préférences", "Restaurer");

    /** English words that must not show in French mode. */
    private static final List<String> ENGLISH_WORDS = List.of("File", "Edit", "Save", "New", "Cancel", "Window",
            "Help", "Undo", "Redo", "Delete", "Close", "Open", "Show", "Print", "Exit", "Quit", "Cut", "Copy",
            "Paste", "Finish", "Next", "Back", "Browse", "Reports", "Session", "About", "Details", "Other", "Yes",
            "No", "View", "Don't", "Apply", "Preferences", "Restore");

    /** Proper names that hold a word of the other language: the licences' own names. */
    private static final List<String> PROPER_NAMES = List.of("Licence Ouverte / Open Licence");

    /**
     * Items that org.eclipse.ui.ide contributes to Fichier and Aide: the test runtime holds that bundle (the target
     * platform has it), the product does not, so users never see them.
     */
    private static final List<String> TEST_RUNTIME_ONLY = List.of("Open File...",
            "Open Projects from File System...", "Show Active Keybindings...");

    private final List<String> found = new ArrayList<>();

    @Test
    void menusAndDialogsSpeakOneLanguage() throws Exception {
        IWorkbenchPage page = UiSupport.page();
        Shell shell = page.getWorkbenchWindow().getShell();
        IEditorPart editor = UiSupport.openCopy(Examples.EURE);
        RoadmapDocument document = UiSupport.document(editor);
        try {
            RoadmapView explorer = (RoadmapView) page.showView(MaillageUi.ROADMAP_VIEW_ID);
            Chantier chantier = document.getModel().getFeuillesDeRoute().get(0).getChantiers().get(0);
            explorer.getViewer().setSelection(new StructuredSelection(chantier), true);
            UiSupport.spin();

            walk(shell.getMenuBar(), "menu");
            Menu context = explorer.getViewer().getControl().getMenu();
            if (context != null) {
                walk(context, "explorer");
            }

            // The report wizard, as Rapports > Générer un rapport... opens it on the active roadmap; cancelled.
            // First of the dialogs: the handler parents it on the last active shell, which must not be a closed one.
            boolean[] reported = { false };
            answer(s -> s != shell && !s.isDisposed() && s.isVisible(), "report wizard", reported, "Annuler",
                    "Cancel");
            page.activate(editor);
            // Without a window manager the context may still name a closed dialog (of an earlier test) as the
            // active shell: the workbench window is given, as it is when the user picks the menu.
            IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
            IEvaluationContext evaluation = handlers.createContextSnapshot(true);
            evaluation.addVariable(ISources.ACTIVE_SHELL_NAME, shell);
            handlers.executeCommandInContext(ParameterizedCommand.generateCommand(PlatformUI.getWorkbench()
                    .getService(ICommandService.class).getCommand("org.maillage.report.ui.generate"), null), null,
                    evaluation);
            UiSupport.spin();
            assertTrue(reported[0], "the report wizard showed");

            AboutDialog about = new AboutDialog(shell);
            about.setBlockOnOpen(false);
            about.open();
            try {
                collect(about.getShell(), "about");
                UiSupport.screenshot(about.getShell(), Path.of("target", "screenshots",
                        Locale.getDefault().getLanguage(), "a-propos.png"));
            } finally {
                about.close();
            }

            WizardDialog wizard = new WizardDialog(shell, new NewRoadmapWizard(page.getWorkbenchWindow()));
            wizard.setBlockOnOpen(false);
            wizard.open();
            try {
                collect(wizard.getShell(), "new roadmap wizard");
            } finally {
                wizard.close();
            }

            Instance cts = document.getModel().getInstances().stream()
                    .filter(i -> i.getType() == TypeInstance.CTS_PLENIERE).findFirst().orElseThrow();
            NewSeanceDialog seance = new NewSeanceDialog(shell, cts, LocalDate.of(2025, 3, 1), List.of());
            seance.setBlockOnOpen(false);
            seance.open();
            try {
                collect(seance.getShell(), "new séance dialog");
            } finally {
                seance.close();
            }

            MultiStatus status = new MultiStatus("org.maillage.app.tests", 0, "x", null);
            status.add(Status.error("y"));
            ErrorDialog error = new ErrorDialog(shell, "x", "x", status, IStatus.ERROR);
            error.setBlockOnOpen(false);
            // The test harness sets automated mode, where an error dialog does not open.
            boolean automated = ErrorDialog.AUTOMATED_MODE;
            ErrorDialog.AUTOMATED_MODE = false;
            try {
                error.open();
                collect(error.getShell(), "error dialog");
            } finally {
                ErrorDialog.AUTOMATED_MODE = automated;
                error.close();
            }

            // The preference dialog as Fichier > Équipe opens it, on its page (the test runtime's platform pages,
            // from org.eclipse.ui.ide, are not in the product).
            PreferenceDialog preferences = PreferencesUtil.createPreferenceDialogOn(shell,
                    "org.maillage.team.ui.preferences", new String[] { "org.maillage.team.ui.preferences" }, null);
            preferences.setBlockOnOpen(false);
            preferences.open();
            try {
                collect(preferences.getShell(), "preference dialog");
            } finally {
                preferences.close();
            }

            ProgressMonitorDialog progress = new ProgressMonitorDialog(shell);
            progress.open();
            try {
                collect(progress.getShell(), "progress dialog");
            } finally {
                progress.close();
            }

            // A changed roadmap closed: the platform's save prompt, answered "don't save".
            UiSupport.execute(document, SetCommand.create(document.getEditingDomain(), chantier,
                    MaillagePackage.Literals.ELEMENT__NOM, "x"));
            boolean[] answered = { false };
            answer(s -> s != shell && !s.isDisposed() && s.isVisible(), "save prompt", answered,
                    "Ne pas enregistrer", "Don't Save");
            page.closeEditor(editor, true);
            UiSupport.spin();
            assertTrue(answered[0], "the save prompt showed");
            editor = null;
        } finally {
            if (editor != null) {
                page.closeEditor(editor, false);
            }
            UiSupport.restoreHome();
        }
        assertFalse(found.isEmpty(), "texts were read");
        List<String> wrong = new ArrayList<>();
        for (String text : found) {
            // Only what the user reads, not where it was read.
            String bare = text.substring(text.indexOf(": ") + 2);
            for (String name : PROPER_NAMES) {
                bare = bare.replace(name, "");
            }
            for (String word : FRENCH ? ENGLISH_WORDS : FRENCH_WORDS) {
                if (Pattern.compile("(?<![\\p{L}'])" + Pattern.quote(word) + "(?![\\p{L}'])").matcher(bare).find()) {
                    wrong.add(word + " in " + text);
                }
            }
        }
        assertTrue(wrong.isEmpty(), (FRENCH ? "English" : "French") + " words: " + String.join("\n", wrong));
    }

    /** Opens every menu and submenu as a user would and records its items' texts. */
    private void walk(Menu menu, String path) {
        menu.notifyListeners(SWT.Show, new Event());
        UiSupport.spin();
        for (MenuItem item : menu.getItems()) {
            String text = clean(item.getText());
            if (text.isEmpty()
                    || TEST_RUNTIME_ONLY.contains(text) && Platform.getBundle("org.eclipse.ui.ide") != null) {
                continue;
            }
            found.add(path + ": " + text);
            if (item.getMenu() != null) {
                walk(item.getMenu(), path + " > " + text);
            }
        }
        menu.notifyListeners(SWT.Hide, new Event());
        UiSupport.spin();
    }

    /** Records a shell's title and the texts of its labels, buttons and text fields. */
    private void collect(Shell shell, String where) {
        UiSupport.spin();
        found.add(where + ": " + shell.getText());
        collect((Control) shell, where);
    }

    private void collect(Control control, String where) {
        String text = control instanceof Label label ? label.getText()
                : control instanceof Button button ? button.getText()
                        : control instanceof Text field ? field.getText()
                                : control instanceof StyledText styled ? styled.getText() : "";
        if (!text.isEmpty()) {
            found.add(where + ": " + clean(text));
        }
        if (control instanceof org.eclipse.swt.widgets.Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, where);
            }
        }
    }

    /**
     * Records the next dialog matching {@code which} and presses the button with one of the labels (French or
     * English).
     */
    private void answer(Predicate<Shell> which, String where, boolean[] answered, String... press) {
        Display display = Display.getCurrent();
        Runnable[] poll = new Runnable[1];
        int[] tries = { 0 };
        poll[0] = () -> {
            for (Shell candidate : display.getShells()) {
                if (which.test(candidate) && candidate.getData() instanceof Dialog) {
                    collect(candidate, where);
                    List<Button> buttons = EditorTestSupport.all(candidate, Button.class).stream()
                            .filter(b -> (b.getStyle() & SWT.PUSH) != 0).toList();
                    Button button = buttons.stream().filter(b -> List.of(press).stream()
                            .anyMatch(label -> label.equalsIgnoreCase(clean(b.getText())))).findFirst().orElse(null);
                    if (button == null) {
                        // Not the expected dialog: closed, so that the test fails instead of waiting for a user.
                        found.add(where + ": no button " + List.of(press));
                        candidate.close();
                        return;
                    }
                    answered[0] = true;
                    button.notifyListeners(SWT.Selection, new Event());
                    return;
                }
            }
            if (tries[0]++ < 200) {
                display.timerExec(50, poll[0]);
            }
        };
        display.timerExec(50, poll[0]);
    }

    /** "&Enregistrer\tCtrl+S" -> "Enregistrer": the mnemonic and the accelerator are not words. */
    private static String clean(String text) {
        int tab = text.indexOf('\t');
        return (tab < 0 ? text : text.substring(0, tab)).replace("&", "");
    }
}
