/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.ui.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.MissingResourceException;

import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.CompoundContributionItem;
import org.eclipse.ui.menus.IWorkbenchContribution;
import org.eclipse.ui.services.IServiceLocator;
import org.maillage.core.persistence.ModelLoadException;
import org.maillage.model.Element;
import org.maillage.model.edit.RoadmapDocument;
import org.maillage.model.provider.MaillageEditPlugin;
import org.maillage.roadmap.ui.RoadmapEditors;
import org.maillage.viewpoint.Representations;
import org.maillage.viewpoint.ViewpointRegistry;
import org.maillage.viewpoint.model.description.DiagramDescription;
import org.maillage.viewpoint.model.description.TableDescription;
import org.maillage.viewpoint.table.TableDescriptions;
import org.maillage.viewpoint.ui.DiagramEditors;

/**
 * The explorer's "Nouveau diagramme ›" and "Ouvrir le diagramme ›" for the selected element: the descriptions whose
 * domain class (and precondition) fit it, and the diagrams saved on it in the diagram file. Built each time the
 * menu shows. "Nouveau" on a description that already has a diagram on the element opens that one: there is one
 * diagram per description and element.
 */
public final class ElementDiagramsMenu extends CompoundContributionItem implements IWorkbenchContribution {

    /** Ids of the two submenus, for tests. */
    public static final String NEW_ID = "org.maillage.viewpoint.ui.element.new";
    /** Id of "Ouvrir le diagramme ›". */
    public static final String OPEN_ID = "org.maillage.viewpoint.ui.element.open";

    private IServiceLocator locator;

    @Override
    public void initialize(IServiceLocator serviceLocator) {
        locator = serviceLocator;
    }

    @Override
    protected IContributionItem[] getContributionItems() {
        IWorkbenchWindow window = locator == null ? null : locator.getService(IWorkbenchWindow.class);
        IWorkbenchPage page = window == null ? null : window.getActivePage();
        RoadmapDocument document = page == null ? null : RoadmapEditors.activeDocument(page);
        if (document == null) {
            return new IContributionItem[0];
        }
        ISelection selection = window.getSelectionService().getSelection();
        Object first = selection instanceof IStructuredSelection structured && structured.size() == 1
                ? structured.getFirstElement() : null;
        EObject element = first instanceof EObject o && o.eResource() == document.getResource() ? o
                : document.getModel();
        return items(page, document, element);
    }

    /**
     * @return the two submenus for {@code element} of the document's roadmap
     */
    public static IContributionItem[] items(IWorkbenchPage page, RoadmapDocument document, EObject element) {
        ViewpointRegistry registry = ViewpointRegistry.fromExtensions();
        Path file = document.getFile();
        String uuid = element == document.getModel() || !(element instanceof Element e) ? null : e.getUuid();
        MenuManager create = new MenuManager(Messages.get("menu.newDiagram"), NEW_ID);
        List<DiagramDescription> applicable = registry.applicable(element);
        for (DiagramDescription description : applicable) {
            create.add(open(page, file, ViewpointRegistry.qualifiedId(description), uuid, description.getLabel()));
        }
        // Tables too: they open on their element like diagrams (a table is computed, never saved, so it is "new").
        List<TableDescription> tables = TableDescriptions.applicable(registry, element, new ArrayList<>());
        if (!applicable.isEmpty() && !tables.isEmpty()) {
            create.add(new Separator());
        }
        for (TableDescription table : tables) {
            create.add(open(page, file, TableDescriptions.qualifiedId(table), uuid, table.getLabel()));
        }
        if (applicable.isEmpty() && tables.isEmpty()) {
            create.add(DiagramsMenu.disabled(Messages.get("menu.noDiagramHere")));
        }
        MenuManager open = new MenuManager(Messages.get("menu.openDiagram"), OPEN_ID);
        if (file == null) {
            create.removeAll();
            create.add(DiagramsMenu.disabled(Messages.get("menu.notSaved")));
            open.add(DiagramsMenu.disabled(Messages.get("menu.notSaved")));
            return new IContributionItem[] { create, open };
        }
        String targetUuid = element instanceof Element e ? e.getUuid() : null;
        try {
            for (Representations.Descriptor saved : Representations.list(file, document.getResource(), registry)) {
                if (saved.kind() == Representations.Kind.DIAGRAM && targetUuid != null
                        && (targetUuid.equals(saved.targetUuid()) || saved.targetUuid() == null && uuid == null)
                        && registry.find(saved.descriptionId()).isPresent()) {
                    open.add(open(page, file, saved.descriptionId(), uuid,
                            saved.name() == null ? saved.descriptionLabel() : saved.name()));
                }
            }
        } catch (ModelLoadException e) {
            // Said in the menu itself; the file is not touched until a diagram is saved.
            Platform.getLog(ElementDiagramsMenu.class).warn(e.getMessage(), e);
            open.add(DiagramsMenu.disabled(e.getMessage()));
        }
        if (open.isEmpty()) {
            open.add(DiagramsMenu.disabled(Messages.get("menu.noSavedDiagram")));
        }
        return new IContributionItem[] { create, open };
    }

    /** @return how users call an element's class ("CLS", "EPCI"), the explorer's word for it */
    static String kind(String eClassName) {
        if (eClassName == null) {
            return "";
        }
        try {
            return MaillageEditPlugin.INSTANCE.getString("_UI_" + eClassName + "_type");
        } catch (MissingResourceException e) {
            return eClassName;
        }
    }

    private static Action open(IWorkbenchPage page, Path file, String descriptionId, String uuid, String label) {
        Action action = new Action(label) {
            @Override
            public void run() {
                DiagramEditors.open(page, file, descriptionId, uuid);
            }
        };
        action.setId(descriptionId);
        return action;
    }
}
