/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.CompoundContributionItem;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;
import org.eclipse.ui.menus.IWorkbenchContribution;
import org.eclipse.ui.services.IServiceLocator;
import org.maillage.model.edit.RoadmapDocument;
import org.maillage.roadmap.ui.RoadmapEditors;
import org.maillage.viewpoint.ViewpointRegistry;
import org.maillage.viewpoint.model.description.DiagramDescription;
import org.maillage.viewpoint.model.description.IdentifiedElement;
import org.maillage.viewpoint.model.description.TableDescription;
import org.maillage.viewpoint.table.TableDescriptions;
import org.maillage.viewpoint.ui.DiagramEditors;

/**
 * The entries of the "Diagrammes" menu (and of the explorer's "Ouvrir un diagramme"): one per diagram description
 * that applies to the active roadmap ({@link ViewpointRegistry#applicable}), then one per table
 * ({@link TableDescriptions#applicable}), each running the open command with that description. Built each time
 * the menu shows, since the active roadmap changes.
 */
public final class DiagramsMenu extends CompoundContributionItem implements IWorkbenchContribution {

    private IServiceLocator locator;

    @Override
    public void initialize(IServiceLocator serviceLocator) {
        locator = serviceLocator;
    }

    @Override
    protected IContributionItem[] getContributionItems() {
        IWorkbenchWindow window = locator == null ? null : locator.getService(IWorkbenchWindow.class);
        RoadmapDocument document = window == null ? null : RoadmapEditors.activeDocument(window.getActivePage());
        if (document == null) {
            return new IContributionItem[] { disabled(Messages.get("menu.noRoadmap")) };
        }
        ViewpointRegistry registry = ViewpointRegistry.fromExtensions();
        List<DiagramDescription> descriptions = registry.applicable(document.getModel());
        List<TableDescription> tables = TableDescriptions.applicable(registry, document.getModel(),
                new ArrayList<>());
        if (descriptions.isEmpty() && tables.isEmpty()) {
            return new IContributionItem[] { disabled(Messages.get("command.none")) };
        }
        List<IContributionItem> items = new ArrayList<>();
        for (DiagramDescription description : descriptions) {
            items.add(item(ViewpointRegistry.qualifiedId(description), description, "icons/diagram16.png"));
        }
        if (!descriptions.isEmpty() && !tables.isEmpty()) {
            items.add(new Separator());
        }
        // Tables open with the same command: DiagramEditors.open picks the table editor for a table's id.
        for (TableDescription table : tables) {
            items.add(item(TableDescriptions.qualifiedId(table), table, "icons/table16.png"));
        }
        return items.toArray(IContributionItem[]::new);
    }

    private IContributionItem item(String id, IdentifiedElement description, String icon) {
        CommandContributionItemParameter parameter = new CommandContributionItemParameter(locator,
                getId() + '.' + id, DiagramEditors.OPEN_COMMAND_ID, CommandContributionItem.STYLE_PUSH);
        parameter.label = description.getLabel();
        parameter.tooltip = description.getDocumentation();
        parameter.parameters = Map.of(DiagramEditors.DESCRIPTION_PARAMETER, id);
        parameter.icon = ResourceLocator.imageDescriptorFromBundle(DiagramsMenu.class, icon).orElse(null);
        return new CommandContributionItem(parameter);
    }

    /** @return a greyed entry that says why there is nothing to choose */
    static IContributionItem disabled(String label) {
        Action action = new Action(label) {
        };
        action.setEnabled(false);
        return new ActionContributionItem(action);
    }
}
