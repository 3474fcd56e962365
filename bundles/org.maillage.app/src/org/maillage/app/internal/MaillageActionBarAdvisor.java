/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.app.internal;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/**
 * The menu bar: Fichier (with the recent files at the MRU marker), Édition, Fenêtre (Afficher la vue), Aide (the
 * user guide, its search, context help, À propos). Save, Close and the Edit actions are
 * the workbench's retargetable actions: the active part (roadmap editor, model explorer, diagram) supplies what they
 * do, so each runs on the right roadmap's command stack. Other bundles add to the menus at the {@code additions}
 * markers.
 */
final class MaillageActionBarAdvisor extends ActionBarAdvisor {

    private NewRoadmapAction newRoadmap;
    private OpenRoadmapAction open;
    private IWorkbenchAction save;
    private IWorkbenchAction saveAs;
    private IWorkbenchAction close;
    private IWorkbenchAction closeAll;
    private IWorkbenchAction print;
    private IWorkbenchAction quit;
    private IWorkbenchAction undo;
    private IWorkbenchAction redo;
    private IWorkbenchAction cut;
    private IWorkbenchAction copy;
    private IWorkbenchAction paste;
    private IWorkbenchAction delete;
    private IWorkbenchAction helpContents;
    private IWorkbenchAction helpSearch;
    private IWorkbenchAction dynamicHelp;
    private Action about;
    private IWorkbenchWindow window;

    MaillageActionBarAdvisor(IActionBarConfigurer configurer) {
        super(configurer);
    }

    @Override
    protected void makeActions(IWorkbenchWindow window) {
        this.window = window;
        newRoadmap = new NewRoadmapAction(window);
        register(newRoadmap);
        open = new OpenRoadmapAction(window);
        register(open);
        save = make(ActionFactory.SAVE, "action.save");
        saveAs = make(ActionFactory.SAVE_AS, "action.saveAs");
        close = make(ActionFactory.CLOSE, "action.close");
        closeAll = make(ActionFactory.CLOSE_ALL, "action.closeAll");
        // A retarget action: enabled while the active editor (a diagram) handles it.
        print = make(ActionFactory.PRINT, "action.print");
        quit = make(ActionFactory.QUIT, "action.quit");
        undo = make(ActionFactory.UNDO, null);
        redo = make(ActionFactory.REDO, null);
        cut = make(ActionFactory.CUT, "action.cut");
        copy = make(ActionFactory.COPY, "action.copy");
        paste = make(ActionFactory.PASTE, "action.paste");
        delete = make(ActionFactory.DELETE, "action.delete");
        // The platform's help commands; org.maillage.help.ui's help UI shows the user guide (org.maillage.help).
        helpContents = make(ActionFactory.HELP_CONTENTS, "action.helpContents");
        helpSearch = make(ActionFactory.HELP_SEARCH, "action.helpSearch");
        dynamicHelp = make(ActionFactory.DYNAMIC_HELP, "action.dynamicHelp");
        // Our own About dialog (see AboutDialog), under the platform's id so that contributions find it.
        about = new Action(Messages.get("action.about")) {
            @Override
            public void run() {
                new AboutDialog(window.getShell()).open();
            }
        };
        about.setId(ActionFactory.ABOUT.getId());
        register(about);
    }

    /**
     * @param text the key of the menu label in our messages; the platform's own labels are English only, as no
     *            language pack is on Maven Central. {@code null} for undo and redo, which take the label of the active
     *            part's action (already translated)
     */
    private IWorkbenchAction make(ActionFactory factory, String text) {
        IWorkbenchAction action = factory.create(window);
        if (text != null) {
            action.setText(Messages.get(text));
        }
        register(action);
        return action;
    }

    @Override
    protected void fillMenuBar(IMenuManager menuBar) {
        MenuManager file = new MenuManager(Messages.get("menu.file"), IWorkbenchActionConstants.M_FILE);
        file.add(new GroupMarker(IWorkbenchActionConstants.FILE_START));
        file.add(newRoadmap);
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
        file.add(new Separator());
        file.add(print);
        file.add(new GroupMarker(IWorkbenchActionConstants.PRINT_EXT));
        file.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        file.add(new GroupMarker(IWorkbenchActionConstants.MRU));
        file.add(new RecentFilesMenu(window));
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
        // Fenêtre > Afficher la vue: the perspective's views (explorer, Représentations...), and the others.
        MenuManager windowMenu = new MenuManager(Messages.get("menu.window"), IWorkbenchActionConstants.M_WINDOW);
        MenuManager showView = new MenuManager(Messages.get("menu.showView"), "showView");
        showView.add(ContributionItemFactory.VIEWS_SHORTLIST.create(window));
        windowMenu.add(showView);
        windowMenu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        menuBar.add(windowMenu);
        MenuManager help = new MenuManager(Messages.get("menu.help"), IWorkbenchActionConstants.M_HELP);
        help.add(new GroupMarker(IWorkbenchActionConstants.HELP_START));
        help.add(helpContents);
        help.add(helpSearch);
        help.add(dynamicHelp);
        help.add(new Separator());
        help.add(about);
        help.add(new GroupMarker(IWorkbenchActionConstants.HELP_END));
        menuBar.add(help);
    }
}
