/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.report.ui.internal;

import java.nio.file.Path;

import org.eclipse.core.runtime.ILog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.ui.part.ViewPart;

/**
 * Shows an HTML report inside the workbench with the SWT browser. Where no browser engine is installed (a server
 * under Xvfb without WebKitGTK, a Windows desktop without WebView2), the view says so in the user's language, says
 * where the file is and offers the system's viewer; SWT's own message (a technical English text about handles and
 * system properties) goes to the log only, for whoever supports the installation.
 */
public final class ReportPreviewView extends ViewPart {

    /** The view's id in plugin.xml. */
    public static final String ID = "org.maillage.report.ui.preview";

    private Composite area;
    private Browser browser;
    private Label fallback;
    private Link open;
    private Path shown;

    @Override
    public void createPartControl(Composite parent) {
        area = new Composite(parent, SWT.NONE);
        area.setLayout(new FillLayout());
        try {
            browser = new Browser(area, SWT.NONE);
        } catch (SWTError e) {
            ILog.of(ReportPreviewView.class).warn("No SWT browser for the report preview", e);
            area.setLayout(new GridLayout());
            fallback = new Label(area, SWT.WRAP);
            fallback.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
            open = new Link(area, SWT.NONE);
            open.setText(Messages.get("preview.open"));
            open.setVisible(false);
            open.addListener(SWT.Selection, event -> {
                if (shown != null) {
                    Program.launch(shown.toString());
                }
            });
        }
    }

    /** @param file an HTML report (other formats are shown as a message pointing to the file) */
    void show(Path file) {
        if (browser != null && file.getFileName().toString().endsWith(".html")) {
            browser.setUrl(file.toUri().toString());
        } else if (fallback != null) {
            shown = file;
            fallback.setText(Messages.get("preview.unavailable", file));
            open.setVisible(true);
            area.layout();
        }
    }

    /** @return the message shown instead of the page, or {@code null} with a browser (for the tests) */
    Label fallbackLabel() {
        return fallback;
    }

    /** @return whether a browser engine could be created (for the tests) */
    boolean hasBrowser() {
        return browser != null;
    }

    @Override
    public void setFocus() {
        area.setFocus();
    }
}
