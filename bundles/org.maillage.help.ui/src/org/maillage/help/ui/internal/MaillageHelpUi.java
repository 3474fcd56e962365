/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.help.ui.internal;

import org.eclipse.help.HelpSystem;
import org.eclipse.help.IContext;
import org.eclipse.help.IContext2;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.help.AbstractHelpUI;

/**
 * The workbench's help UI (extension point {@code org.eclipse.ui.helpSupport}): Aide > Contenu de l'aide
 * ({@code org.eclipse.ui.help.helpContents}), Aide > Rechercher ({@code org.eclipse.ui.help.helpSearch}) and F1 on a
 * control given a context id with {@code IWorkbenchHelpSystem.setHelp} all open {@link HelpWindow}.
 */
public final class MaillageHelpUi extends AbstractHelpUI {

    /** Where {@code IWorkbenchHelpSystem.setHelp(Control, String)} keeps a control's context id. */
    static final String HELP_KEY = "org.eclipse.ui.help";

    @Override
    public void displayHelp() {
        HelpWindow.open(display()).showContents();
    }

    @Override
    public void displaySearch() {
        HelpWindow.open(display()).search(null);
    }

    @Override
    public void search(String expression) {
        HelpWindow.open(display()).search(expression);
    }

    /**
     * Aide > Aide contextuelle: the page of the control that has the focus (the active view, editor or dialog), as
     * F1 there would show; the guide's contents when it has none.
     */
    @Override
    public void displayDynamicHelp() {
        IContext context = null;
        for (Control control = display().getFocusControl(); control != null && context == null;
                control = control.getParent()) {
            if (control.getData(HELP_KEY) instanceof String id) {
                context = HelpSystem.getContext(id);
            }
        }
        if (context == null) {
            displayHelp();
        } else {
            displayContext(context, 0, 0);
        }
    }

    @Override
    public void displayContext(IContext context, int x, int y) {
        // The workbench wraps the context with the title of the part or action (ContextWithTitle, IContext2).
        String title = context instanceof IContext2 titled ? titled.getTitle() : null;
        HelpWindow.open(display()).showContext(context, title);
    }

    @Override
    public void displayHelpResource(String href) {
        HelpWindow.open(display()).show(href);
    }

    @Override
    public boolean isContextHelpDisplayed() {
        return false;
    }

    /** The workbench calls on its UI thread; the window belongs to the workbench's display. */
    private static Display display() {
        return PlatformUI.getWorkbench().getDisplay();
    }
}
