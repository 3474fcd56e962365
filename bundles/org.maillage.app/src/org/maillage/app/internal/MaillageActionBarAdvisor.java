/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.app.internal;

import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/** The menu bar: File and Help, with the standard workbench actions; other bundles contribute to them. */
final class MaillageActionBarAdvisor extends ActionBarAdvisor {

    private OpenRoadmapAction open;
    private IWorkbenchAction quit;
    private IWorkbenchAction about;

    MaillageActionBarAdvisor(IActionBarConfigurer configurer) {
        super(configurer);
    }

    @Override
    protected void makeActions(IWorkbenchWindow window) {
        open = new OpenRoadmapAction(window);
        register(open);
        quit = ActionFactory.QUIT.create(window);
        register(quit);
        about = ActionFactory.ABOUT.create(window);
        register(about);
    }

    @Override
    protected void fillMenuBar(IMenuManager menuBar) {
        MenuManager file = new MenuManager(Messages.get("menu.file"), IWorkbenchActionConstants.M_FILE);
        file.add(new org.eclipse.jface.action.GroupMarker(IWorkbenchActionConstants.FILE_START));
        file.add(open);
        file.add(new org.eclipse.jface.action.GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        file.add(new org.eclipse.jface.action.Separator());
        file.add(quit);
        menuBar.add(file);
        menuBar.add(new org.eclipse.jface.action.GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        MenuManager help = new MenuManager(Messages.get("menu.help"), IWorkbenchActionConstants.M_HELP);
        help.add(about);
        menuBar.add(help);
    }
}
