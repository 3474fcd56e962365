/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.app.internal;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/**
 * The menu bar: Fichier, Édition, Aide. Save, Close and the Edit actions are the workbench's retargetable actions:
 * the active part (roadmap editor, model explorer, diagram) supplies what they do, so each runs on the right
 * roadmap's command stack. Other bundles add to the menus at the {@code additions} markers.
 */
final class MaillageActionBarAdvisor extends ActionBarAdvisor {

    private OpenRoadmapAction open;
    private IWorkbenchAction save;
    private IWorkbenchAction saveAs;
    private IWorkbenchAction close;
    private IWorkbenchAction closeAll;
    private IWorkbenchAction quit;
    private IWorkbenchAction undo;
    private IWorkbenchAction redo;
    private IWorkbenchAction cut;
    private IWorkbenchAction copy;
    private IWorkbenchAction paste;
    private IWorkbenchAction delete;
    private IWorkbenchAction about;

    MaillageActionBarAdvisor(IActionBarConfigurer configurer) {
        super(configurer);
    }

    @Override
    protected void makeActions(IWorkbenchWindow window) {
        open = new OpenRoadmapAction(window);
        register(open);
        save = make(ActionFactory.SAVE, window);
        saveAs = make(ActionFactory.SAVE_AS, window);
        close = make(ActionFactory.CLOSE, window);
        closeAll = make(ActionFactory.CLOSE_ALL, window);
        quit = make(ActionFactory.QUIT, window);
        undo = make(ActionFactory.UNDO, window);
        redo = make(ActionFactory.REDO, window);
        cut = make(ActionFactory.CUT, window);
        copy = make(ActionFactory.COPY, window);
        paste = make(ActionFactory.PASTE, window);
        delete = make(ActionFactory.DELETE, window);
        about = make(ActionFactory.ABOUT, window);
    }

    private IWorkbenchAction make(ActionFactory factory, IWorkbenchWindow window) {
        IWorkbenchAction action = factory.create(window);
        register(action);
        return action;
    }

    @Override
    protected void fillMenuBar(IMenuManager menuBar) {
        MenuManager file = new MenuManager(Messages.get("menu.file"), IWorkbenchActionConstants.M_FILE);
        file.add(new GroupMarker(IWorkbenchActionConstants.FILE_START));
        file.add(new GroupMarker(IWorkbenchActionConstants.NEW_EXT));
        file.add(open);
        file.add(new GroupMarker(IWorkbenchActionConstants.OPEN_EXT));
        file.add(new Separator());
        file.add(save);
        file.add(saveAs);
        file.add(new GroupMarker(IWorkbenchActionConstants.SAVE_EXT));
        file.add(close);
        file.add(closeAll);
        file.add(new GroupMarker(IWorkbenchActionConstants.CLOSE_EXT));
        file.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        file.add(new GroupMarker(IWorkbenchActionConstants.MRU));
        file.add(new Separator());
        file.add(quit);
        file.add(new GroupMarker(IWorkbenchActionConstants.FILE_END));
        menuBar.add(file);

        MenuManager edit = new MenuManager(Messages.get("menu.edit"), IWorkbenchActionConstants.M_EDIT);
        edit.add(new GroupMarker(IWorkbenchActionConstants.EDIT_START));
        edit.add(undo);
        edit.add(redo);
        edit.add(new GroupMarker(IWorkbenchActionConstants.UNDO_EXT));
        edit.add(new Separator());
        edit.add(cut);
        edit.add(copy);
        edit.add(paste);
        edit.add(new GroupMarker(IWorkbenchActionConstants.CUT_EXT));
        edit.add(new Separator());
        edit.add(delete);
        edit.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        edit.add(new GroupMarker(IWorkbenchActionConstants.EDIT_END));
        menuBar.add(edit);

        menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        MenuManager help = new MenuManager(Messages.get("menu.help"), IWorkbenchActionConstants.M_HELP);
        help.add(new GroupMarker(IWorkbenchActionConstants.HELP_START));
        help.add(about);
        help.add(new GroupMarker(IWorkbenchActionConstants.HELP_END));
        menuBar.add(help);
    }
}
