/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.maillage.app.MaillageUi;
import org.maillage.examples.Examples;
import org.maillage.model.edit.RoadmapDocument;
import org.maillage.roadmap.ui.RoadmapEditors;
import org.maillage.testsupport.ui.Screenshots;

/** What the workbench tests share: running the event loop, waiting for background work, opening example copies. */
final class UiSupport {

    /** Longest wait for background work (validation, creation jobs); only reached when something is broken. */
    private static final long WAIT_MILLIS = 60_000;

    private UiSupport() {
    }

    /** Runs the pending events, as a user's event loop would. */
    static void spin() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // Layout, paint, asyncExec and timerExec runnables that are due.
        }
    }

    /**
     * Runs the event loop until the condition holds.
     *
     * @param what what is awaited, for the failure message
     * @param condition checked between events
     */
    static void waitUntil(String what, BooleanSupplier condition) {
        long end = System.currentTimeMillis() + WAIT_MILLIS;
        Display display = Display.getCurrent();
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                throw new AssertionError("still waiting for " + what);
            }
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> {
                });
                display.sleep();
            }
        }
    }

    /** Brings the home view forward again, as the workbench starts, for tests that look at it. */
    static void restoreHome() {
        try {
            page().showView(MaillageUi.HOME_VIEW_ID);
        } catch (PartInitException e) {
            throw new AssertionError(e);
        }
        spin();
    }

    static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    /**
     * @param menuTitle a menu of the menu bar as the user reads it, e.g. "Édition"
     * @param actionId the contribution id of a workbench action in it, e.g. {@code ActionFactory.PRINT.getId()}
     * @return whether its item is enabled when the menu opens
     */
    static boolean menuItemEnabled(String menuTitle, String actionId) {
        Menu menu = Arrays.stream(PlatformUI.getWorkbench().getWorkbenchWindows()[0].getShell().getMenuBar()
                .getItems()).filter(i -> i.getText().replace("&", "").equals(menuTitle)).findFirst()
                .orElseThrow(() -> new AssertionError("no menu " + menuTitle)).getMenu();
        menu.notifyListeners(SWT.Show, new Event());
        spin();
        boolean enabled = Arrays.stream(menu.getItems())
                .filter(i -> i.getData() instanceof IContributionItem c && actionId.equals(c.getId())).findFirst()
                .orElseThrow(() -> new AssertionError("no item " + actionId)).getEnabled();
        menu.notifyListeners(SWT.Hide, new Event());
        spin();
        return enabled;
    }

    /**
     * Opens a fresh copy of an example in its own folder.
     *
     * @param name the example's name, e.g. {@link Examples#EURE}
     * @return the editor
     */
    static IEditorPart openCopy(String name) throws Exception {
        Path copy = Examples.find(name).orElseThrow().copyTo(Files.createTempDirectory("maillage-ui-"));
        IEditorPart editor = RoadmapEditors.open(page(), copy);
        assertNotNull(editor, "the copy opens");
        spin();
        return editor;
    }

    static RoadmapDocument document(IEditorPart editor) {
        return editor.getAdapter(RoadmapDocument.class);
    }

    /** Runs a command on the roadmap's command stack, as the editor's forms do. */
    static void execute(RoadmapDocument document, Command command) {
        assertEquals(true, command.canExecute(), "executable: " + command.getLabel());
        document.getCommandStack().execute(command);
        spin();
    }

    /**
     * Writes what the screen shows of a shell to a PNG file, after letting pending repaints reach the screen.
     *
     * @param shell the shell
     * @param file the PNG file; its folder is created
     */
    static void screenshot(Shell shell, Path file) throws Exception {
        Screenshots.save(shell, file);
    }

    /**
     * @param window a workbench window
     * @param title a menu of its menu bar, without mnemonic
     * @return the texts of that menu's items, as the user sees them when it opens (mnemonics removed)
     */
    static List<String> menuItems(IWorkbenchWindow window, String title) {
        Menu bar = window.getShell().getMenuBar();
        MenuItem item = Arrays.stream(bar.getItems()).filter(i -> i.getText().replace("&", "").equals(title))
                .findFirst().orElseThrow(() -> new AssertionError("no menu " + title));
        Menu menu = item.getMenu();
        menu.notifyListeners(SWT.Show, new Event());
        spin();
        List<String> texts = Arrays.stream(menu.getItems()).map(i -> i.getText().replace("&", "")).toList();
        menu.notifyListeners(SWT.Hide, new Event());
        spin();
        return texts;
    }

    /** @return the data of every item shown (expanded or not), depth first */
    static List<Object> shown(TreeItem[] items) {
        List<Object> data = new ArrayList<>();
        for (TreeItem item : items) {
            if (item.getData() != null) {
                data.add(item.getData());
            }
            data.addAll(shown(item.getItems()));
        }
        return data;
    }
}
