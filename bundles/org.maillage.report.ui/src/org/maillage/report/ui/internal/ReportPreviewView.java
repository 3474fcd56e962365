/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.report.ui.internal;

import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

/**
 * Shows an HTML report inside the workbench with the SWT browser. Where no browser engine is installed (a server
 * under Xvfb without WebKitGTK, for instance), the view says so and where the file is, instead of failing.
 */
public final class ReportPreviewView extends ViewPart {

    /** The view's id in plugin.xml. */
    public static final String ID = "org.maillage.report.ui.preview";

    private Composite area;
    private Browser browser;
    private Label fallback;
    private String browserProblem;

    @Override
    public void createPartControl(Composite parent) {
        area = new Composite(parent, SWT.NONE);
        area.setLayout(new FillLayout());
        try {
            browser = new Browser(area, SWT.NONE);
        } catch (SWTError e) {
            browserProblem = e.getMessage();
            fallback = new Label(area, SWT.WRAP);
        }
    }

    /** @param file an HTML report (other formats are shown as a message pointing to the file) */
    void show(Path file) {
        if (browser != null && file.getFileName().toString().endsWith(".html")) {
            browser.setUrl(file.toUri().toString());
        } else if (fallback != null) {
            fallback.setText(Messages.get("preview.unavailable", browserProblem, file));
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
