/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.report.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * "Rapport prêt": tells where the report was written and offers to open it or its folder. Modeless, so that the
 * workbench stays usable while it is shown. When nothing could open the file (no PDF viewer installed, say), the
 * notice stays and says so, with the folder to look in.
 */
final class ReportReadyNotice extends MessageDialog {

    /** Opens files and folders with the system's programs; replaced by the tests. */
    interface Desktop {
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

    /** The system's programs; package-visible so that the tests open nothing. */
    static Desktop desktop = new SystemDesktop();

    private final Path file;

    private ReportReadyNotice(Shell parent, Path file) {
        super(parent, Messages.get("notice.title"), null,
                Messages.get("notice.message", file.getFileName(), file.toAbsolutePath().getParent()), INFORMATION,
                OPEN, Messages.get("notice.open"), Messages.get("notice.folder"), Messages.get("notice.close"));
        this.file = file;
        setShellStyle(getShellStyle() & ~SWT.APPLICATION_MODAL | SWT.MODELESS);
        setBlockOnOpen(false);
    }

    /**
     * Shows the notice; returns at once.
     *
     * @param parent the workbench window's shell
     * @param file the report written
     * @return the notice (for the tests)
     */
    static ReportReadyNotice show(Shell parent, Path file) {
        ReportReadyNotice notice = new ReportReadyNotice(parent, file);
        notice.open();
        return notice;
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

    /** @return the notice's text (for the tests) */
    String text() {
        return messageLabel.getText();
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
