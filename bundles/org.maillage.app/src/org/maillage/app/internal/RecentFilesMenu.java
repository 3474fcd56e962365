/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.app.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.CompoundContributionItem;
import org.maillage.roadmap.ui.RoadmapEditors;

/** The recent roadmaps at the end of the File menu ("1 eure.maillage"), rebuilt each time the menu opens. */
final class RecentFilesMenu extends CompoundContributionItem {

    private final IWorkbenchWindow window;

    RecentFilesMenu(IWorkbenchWindow window) {
        super("org.maillage.app.recentFiles");
        this.window = window;
    }

    @Override
    protected IContributionItem[] getContributionItems() {
        List<Path> files = RecentFiles.list();
        List<IContributionItem> items = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            Action open = new Action("&" + (i + 1) + " " + file.getFileName().toString().replace("&", "&&")) {
                @Override
                public void run() {
                    RoadmapEditors.open(window.getActivePage(), file);
                }
            };
            open.setToolTipText(file.toString());
            items.add(new ActionContributionItem(open));
        }
        if (!items.isEmpty()) {
            items.add(new Separator());
        }
        return items.toArray(IContributionItem[]::new);
    }
}
