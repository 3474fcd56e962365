/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.edit.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.maillage.edit.ui.internal.Messages;

/**
 * "Rapport prêt", "Tableur prêt": tells where a file the user asked for was written and offers to open it or its
 * folder. Modeless, so that the workbench stays usable while it is shown. When nothing could open the file (no PDF
 * viewer or spreadsheet program installed, say), the notice stays and says so, with the folder to look in.
 */
public final class FileReadyNotice extends MessageDialog {

    /** Opens files and folders with the system's programs; replaced by the tests. */
    public interface Desktop {
        /**
         * @param file a file
         * @return whether a program was started for it
         */
        boolean open(Path file);

        /**
         * Shows the file in the platform's file manager (its folder where the file cannot be selected).
         *
         * @param file a file
         * @param failed run on the UI thread when it turns out, after it was started, that it failed
         * @return whether the file manager could be started
         */
        boolean showInFolder(Path file, Runnable failed);
    }

    private static final int OPEN = 0;
    private static final int FOLDER = 1;

    private static Desktop desktop = new SystemDesktop();

    private final Path file;

    private FileReadyNotice(Shell parent, String title, String message, Path file) {
        super(parent, title, null, message, INFORMATION, OPEN, Messages.get("notice.open"),
                Messages.get("notice.folder"), Messages.get("notice.close"));
        this.file = file;
        setShellStyle(getShellStyle() & ~SWT.APPLICATION_MODAL | SWT.MODELESS);
        setBlockOnOpen(false);
    }

    /**
     * Shows the notice; returns at once.
     *
     * @param parent the workbench window's shell
     * @param title the notice's title, e.g. "Rapport prêt"
     * @param message what was written where, e.g. "Le rapport {0} est prêt, dans le dossier {1}."
     * @param file the file written
     * @return the notice
     */
    public static FileReadyNotice show(Shell parent, String title, String message, Path file) {
        FileReadyNotice notice = new FileReadyNotice(parent, title, message, file);
        notice.open();
        return notice;
    }

    /**
     * Replaces the system's programs, for tests that must open nothing.
     *
     * @param replacement what opens files and folders from now on
     * @return what did before, to put back
     */
    public static Desktop setDesktop(Desktop replacement) {
        Desktop previous = desktop;
        desktop = replacement;
        return previous;
    }

    @Override
    protected void buttonPressed(int buttonId) {
        Path folder = file.toAbsolutePath().getParent();
        if (buttonId == OPEN) {
            if (desktop.open(file)) {
                close();
            } else {
                failed(Messages.get("notice.openFailed", file.getFileName(), folder));
            }
        } else if (buttonId == FOLDER) {
            Display display = getShell().getDisplay();
            Runnable later = () -> {
                if (!display.isDisposed()) {
                    display.asyncExec(() -> failed(Messages.get("notice.folderFailed", folder)));
                }
            };
            if (desktop.showInFolder(file, later)) {
                close();
            } else {
                failed(Messages.get("notice.folderFailed", folder));
            }
        } else {
            close();
        }
    }

    /** Says what went wrong in the notice itself, which stays open (or opens again if it was closed meanwhile). */
    private void failed(String message) {
        if (getShell() == null || getShell().isDisposed()) {
            Shell parent = getParentShell();
            if (parent != null && !parent.isDisposed()) {
                MessageDialog.openWarning(parent, Messages.get("notice.title"), message);
            }
            return;
        }
        messageLabel.setText(message);
        imageLabel.setImage(getWarningImage());
        getShell().layout(true, true);
        getShell().setSize(getShell().computeSize(getShell().getSize().x, SWT.DEFAULT));
    }

    /** The platform's programs: the viewer of the file's type, and the file manager. */
    private static final class SystemDesktop implements Desktop {

        @Override
        public boolean open(Path file) {
            // False when no program is associated with the type (e.g. no PDF viewer installed).
            return Program.launch(file.toAbsolutePath().toString());
        }

        @Override
        public boolean showInFolder(Path file, Runnable failed) {
            String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
            Path absolute = file.toAbsolutePath();
            ProcessBuilder command;
            if (os.startsWith("windows")) {
                // Opens the folder with the file selected. Explorer's exit code means nothing: not checked.
                return start(new ProcessBuilder("explorer.exe", "/select," + absolute), null);
            } else if (os.startsWith("mac")) {
                command = new ProcessBuilder("open", "-R", absolute.toString());
            } else {
                command = new ProcessBuilder("xdg-open", absolute.getParent().toString());
            }
            return start(command, failed);
        }

        private static boolean start(ProcessBuilder command, Runnable failed) {
            try {
                Process process = command.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .start();
                if (failed != null) {
                    // xdg-open exits non-zero when it found no file manager; known only after it ran.
                    process.onExit().thenAccept(p -> {
                        if (p.exitValue() != 0) {
                            failed.run();
                        }
                    });
                }
                return true;
            } catch (IOException e) {
                return false;
            }
        }
    }
}
