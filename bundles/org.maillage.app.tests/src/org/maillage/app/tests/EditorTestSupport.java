/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.app.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.maillage.examples.Examples;
import org.maillage.roadmap.ui.RoadmapEditors;
import org.maillage.roadmap.ui.internal.RoadmapEditor;

/**
 * What the editing, file and recovery tests share: a copy of an example opened in the roadmap editor, an event
 * loop to let the UI catch up, answering modal dialogs the way a user would (the answer is scheduled before the
 * dialog opens, since opening it blocks the test), and screenshots of controls.
 */
final class EditorTestSupport {

    private EditorTestSupport() {
    }

    static void spin() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // Pending layout, paint and asynchronous runnables, as a user's event loop would run them.
        }
    }

    static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage();
    }

    /** @return the roadmap editor on a fresh copy of the Eure example */
    static RoadmapEditor openEureCopy() throws Exception {
        Path file = Examples.find(Examples.EURE).orElseThrow().copyTo(Files.createTempDirectory("maillage-edit"));
        RoadmapEditor editor = (RoadmapEditor) RoadmapEditors.open(page(), file);
        spin();
        return editor;
    }

    /** Closes, without saving, the editors of roadmaps copied to temporary folders by the tests. */
    static void closeTemporaryEditors() {
        Path temp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();
        for (IEditorReference reference : page().getEditorReferences()) {
            if (reference.getEditor(false) instanceof RoadmapEditor roadmap && roadmap.getDocument().getFile() != null
                    && roadmap.getDocument().getFile().startsWith(temp)) {
                page().closeEditor(roadmap, false);
            }
        }
        spin();
    }

    /** What a dialog said, and the button pressed to close it. */
    static final class DialogAnswer {
        final List<String> texts = new ArrayList<>();
        String title;
        boolean answered;

        String text() {
            return String.join("\n", texts);
        }
    }

    /**
     * Schedules the answer to the next modal dialog whose title matches: records its title and texts, then presses
     * the button with the given label (mnemonic ampersands ignored). Looks for it for a few seconds.
     *
     * @param title a predicate on the dialog's title
     * @param button the label of the button to press
     * @return what the dialog said, filled in once answered
     */
    static DialogAnswer answerNextDialog(Predicate<String> title, String button) {
        return answerNextDialog(title, button, null);
    }

    /**
     * As {@link #answerNextDialog(Predicate, String)}, keeping a screenshot of the dialog before answering.
     *
     * @param screenshot the screenshot's name, or {@code null} for none
     */
    static DialogAnswer answerNextDialog(Predicate<String> title, String button, String screenshot) {
        DialogAnswer answer = new DialogAnswer();
        Display display = Display.getCurrent();
        Runnable[] poll = new Runnable[1];
        int[] tries = { 0 };
        poll[0] = () -> {
            for (Shell shell : display.getShells()) {
                if (!shell.isDisposed() && shell.isVisible() && title.test(shell.getText())) {
                    answer.title = shell.getText();
                    collect(shell, answer.texts);
                    Button target = find(shell, Button.class, b -> b.getText().replace("&", "").equals(button));
                    if (target != null) {
                        answer.answered = true;
                        if (screenshot != null) {
                            captureQuietly(shell, screenshot);
                        }
                        target.notifyListeners(SWT.Selection, new Event());
                        return;
                    }
                }
            }
            if (tries[0]++ < 100) {
                display.timerExec(50, poll[0]);
            }
        };
        display.timerExec(50, poll[0]);
        return answer;
    }

    private static void collect(Control control, List<String> texts) {
        all(control, Label.class).stream().map(Label::getText).filter(t -> !t.isEmpty()).forEach(texts::add);
    }

    /** @return the controls of that type under {@code root}, itself included, depth first */
    static <T extends Control> List<T> all(Control root, Class<T> type) {
        List<T> found = new ArrayList<>();
        if (type.isInstance(root)) {
            found.add(type.cast(root));
        }
        if (root instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                found.addAll(all(child, type));
            }
        }
        return found;
    }

    /** @return the first control of that type under {@code root} (depth first) that matches, or {@code null} */
    static <T extends Control> T find(Control root, Class<T> type, Predicate<T> matches) {
        return all(root, type).stream().filter(matches).findFirst().orElse(null);
    }

    private static void captureQuietly(Control control, String name) {
        try {
            capture(control, name);
        } catch (Exception e) {
            // A screenshot is for people to look at; the test's assertions do not depend on it.
            e.printStackTrace();
        }
    }

    /** Saves what a control shows as a PNG under target/screenshots, for people to look at; not compared. */
    static void capture(Control control, String name) throws Exception {
        control.getShell().forceActive();
        spin();
        Point size = control.getSize();
        Point origin = control.toDisplay(0, 0);
        Display display = control.getDisplay();
        Image image = new Image(display, Math.max(1, size.x), Math.max(1, size.y));
        GC screen = new GC(display);
        try {
            screen.copyArea(image, origin.x, origin.y);
            ImageLoader png = new ImageLoader();
            png.data = new ImageData[] { image.getImageData() };
            Path file = Path.of("target", "screenshots", name + ".png");
            Files.createDirectories(file.getParent());
            png.save(file.toString(), SWT.IMAGE_PNG);
        } finally {
            screen.dispose();
            image.dispose();
        }
    }
}
