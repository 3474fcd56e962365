/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.plugins.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.operations.ProvisioningSession;
import org.eclipse.equinox.p2.ui.Policy;
import org.eclipse.equinox.p2.ui.ProvisioningUI;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.maillage.testsupport.ui.Screenshots;

/**
 * Covered cases: the Aide menu lists « Installer de nouveaux logiciels… » and « Détails de l'installation » before
 * « À propos de Maillage »; Installer de nouveaux logiciels… opens p2's install wizard on the installation's profile,
 * its page in French (title, site field, check boxes); Détails de l'installation opens the installation dialog with
 * the « Logiciels installés » and « Historique de l'installation » tabs, in French (screenshots looked at); on an
 * installation p2 does not manage (no profile), the command says so in French instead of failing.
 */
class InstallationDialogsTest {

    /** The profile the test runtime plays the installation's (eclipse.p2.profile in the pom's argLine). */
    private static final String PROFILE = "MaillageTest";

    @BeforeAll
    static void createProfile() throws Exception {
        ProvisioningUI ui = ProvisioningUI.getDefaultUI();
        IProfileRegistry registry = ui.getSession().getProvisioningAgent().getService(IProfileRegistry.class);
        if (registry.getProfile(PROFILE) == null) {
            registry.addProfile(PROFILE);
        }
        assertNotNull(registry.getProfile(ui.getProfileId()), "the running installation (_SELF_) is the test's profile");
    }

    @Test
    void aideMenuListsBothEntriesBeforeAbout() {
        Menu bar = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().getMenuBar();
        MenuItem aide = Arrays.stream(bar.getItems()).filter(i -> text(i).equals("Aide")).findFirst().orElseThrow();
        fill(aide.getMenu());
        List<String> texts = Arrays.stream(aide.getMenu().getItems()).filter(i -> (i.getStyle() & SWT.SEPARATOR) == 0)
                .map(InstallationDialogsTest::text).toList();
        int install = texts.indexOf("Installer de nouveaux logiciels…");
        int details = texts.indexOf("Détails de l'installation");
        int about = texts.indexOf("À propos de Maillage");
        assertTrue(install >= 0 && details == install + 1 && about == details + 1, texts.toString());
    }

    @Test
    void installNewSoftwareOpensP2sWizardInFrench() throws Exception {
        List<String> texts = whileOpen(() -> execute("org.maillage.plugins.ui.install"), shell -> {
            save(shell, "installer-de-nouveaux-logiciels.png");
        });
        assertTrue(texts.contains("Logiciels disponibles"), texts.toString());
        assertTrue(texts.contains("&Site :"), texts.toString());
        assertTrue(texts.contains("&Grouper les éléments par catégorie"), texts.toString());
        assertTrue(texts.contains("&Masquer les éléments déjà installés"), texts.toString());
        assertTrue(texts.stream().noneMatch(t -> t.contains("Work with") || t.contains("Available Software")),
                texts.toString());
    }

    @Test
    void installationDetailsShowsTheInstalledSoftwareAndHistoryInFrench() throws Exception {
        List<String> texts = whileOpen(() -> execute("org.maillage.plugins.ui.installationDetails"), shell -> {
            save(shell, "details-de-l-installation.png");
        });
        assertTrue(texts.contains("Logiciels installés"), texts.toString());
        assertTrue(texts.contains("Historique de l'installation"), texts.toString());
        assertTrue(texts.contains("Nom") && texts.contains("Identifiant"), texts.toString());
        assertTrue(texts.contains("&Désinstaller..."), texts.toString());
        assertTrue(texts.stream().noneMatch(t -> t.equals("Installed Software") || t.equals("Name")
                || t.equals("&Uninstall...")),
                texts.toString());
    }

    @Test
    void anInstallationWithoutProfileIsToldInFrench() throws Exception {
        ProvisioningSession session = ProvisioningUI.getDefaultUI().getSession();
        ProvisioningUI noProfile = new ProvisioningUI(session, "AucunProfil", new Policy());
        assertFalse(InstallNewSoftwareHandler.hasProfile(noProfile));
        Shell parent = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        AtomicReference<String> title = new AtomicReference<>();
        List<String> texts = whileOpen(() -> InstallNewSoftwareHandler.open(parent, noProfile),
                shell -> title.set(shell.getText()));
        assertEquals("Installer de nouveaux logiciels", title.get());
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("Ce Maillage n'a pas été installé depuis son archive")),
                texts.toString());
    }

    private static void execute(String commandId) {
        try {
            PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(commandId, null);
        } catch (Exception e) {
            throw new IllegalStateException(commandId, e);
        }
    }

    private static void save(Shell shell, String name) {
        try {
            Screenshots.save(shell, Path.of("target", "screenshots", name));
        } catch (Exception e) {
            throw new IllegalStateException(name, e);
        }
    }

    /**
     * Runs {@code opener}, which opens a modal dialog and returns when it is closed; once the dialog shows (and its
     * jobs have had time to fill it), gives it to {@code inspect}, collects its texts, then closes it.
     *
     * @return the texts of the dialog's labels, buttons, links, tabs and column headers
     */
    private static List<String> whileOpen(Runnable opener, Consumer<Shell> inspect) {
        Display display = Display.getCurrent();
        Shell workbench = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        List<String> texts = new ArrayList<>();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        long since = System.currentTimeMillis();
        Runnable[] poll = new Runnable[1];
        poll[0] = () -> {
            Shell dialog = Arrays.stream(display.getShells())
                    .filter(s -> s != workbench && s.isVisible() && !s.isDisposed()).findFirst().orElse(null);
            // Two seconds after it shows, so that p2's jobs (profile, sites) have filled it.
            if (dialog == null || System.currentTimeMillis() - since < 2000) {
                if (System.currentTimeMillis() - since < 30_000) {
                    display.timerExec(200, poll[0]);
                }
                return;
            }
            try {
                inspect.accept(dialog);
                collect(dialog, texts);
                texts.add(dialog.getText());
            } catch (RuntimeException e) {
                failure.set(e);
            } finally {
                dialog.close();
            }
        };
        display.timerExec(200, poll[0]);
        opener.run();
        if (failure.get() != null) {
            throw failure.get();
        }
        assertFalse(texts.isEmpty(), "no dialog opened");
        return texts;
    }

    private static void collect(Control control, List<String> texts) {
        if (control instanceof Label label) {
            texts.add(label.getText());
        } else if (control instanceof Button button) {
            texts.add(button.getText());
        } else if (control instanceof Link link) {
            texts.add(link.getText());
        } else if (control instanceof Table table) {
            Arrays.stream(table.getColumns()).map(TableColumn::getText).forEach(texts::add);
        } else if (control instanceof Tree tree) {
            Arrays.stream(tree.getColumns()).map(TreeColumn::getText).forEach(texts::add);
        }
        if (control instanceof TabFolder folder) {
            Arrays.stream(folder.getItems()).map(TabItem::getText).forEach(texts::add);
        } else if (control instanceof CTabFolder folder) {
            Arrays.stream(folder.getItems()).map(CTabItem::getText).forEach(texts::add);
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, texts);
            }
        }
    }

    /** Lets the menu's contributions fill it, as when the user opens it. */
    private static void fill(Menu menu) {
        menu.notifyListeners(SWT.Show, new org.eclipse.swt.widgets.Event());
        menu.notifyListeners(SWT.Hide, new org.eclipse.swt.widgets.Event());
    }

    private static String text(MenuItem item) {
        String text = item.getText();
        int tab = text.indexOf('\t');
        return (tab >= 0 ? text.substring(0, tab) : text).replace("&", "");
    }
}
