/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.maillage.viewpoint.DiagramSession;
import org.maillage.viewpoint.model.diagram.DDiagramElement;

/**
 * The diagram editor's actions: arrange, delete, rename, zoom, export, and the checkable layers and filters. The
 * context menu shows them; Delete, Rename and Select All also answer the workbench's Edit commands (see
 * {@link DiagramEditorContributor}). Enablement follows the selection and the roadmap's command stack.
 */
final class DiagramActions {

    private final DiagramController controller;
    private final DiagramCanvas canvas;
    private final DirectEditor directEditor;
    private final IAction arrangeAll;
    private final IAction arrangeSelection;
    private final IAction delete;
    private final IAction rename;
    private final IAction selectAll;
    private final IAction zoomIn;
    private final IAction zoomOut;
    private final IAction zoomActual;
    private final IAction zoomFit;
    private final IAction export;
    private final IAction print;
    private final IAction exportPdf;
    private final IAction copyImage;

    /**
     * @param controller runs the actions
     * @param canvas the canvas (selection, zoom)
     * @param directEditor the label editor
     * @param exportName the file name offered for an export, without extension
     * @param inputs the files an export must never replace (the roadmap, its backups, its diagram file)
     */
    DiagramActions(DiagramController controller, DiagramCanvas canvas, DirectEditor directEditor, String exportName,
            Supplier<List<Path>> inputs) {
        this.controller = controller;
        this.canvas = canvas;
        this.directEditor = directEditor;
        arrangeAll = action("action.arrangeAll", controller::arrangeAll);
        arrangeSelection = action("action.arrangeSelection", controller::arrangeSelection);
        delete = action("action.delete", controller::delete);
        rename = action("action.rename", this::startDirectEdit);
        selectAll = action("action.selectAll", canvas::selectAll);
        zoomIn = action("action.zoomIn", canvas::zoomIn);
        zoomOut = action("action.zoomOut", canvas::zoomOut);
        zoomActual = action("action.zoomActual", () -> canvas.zoomTo(1));
        zoomFit = action("action.zoomFit", canvas::zoomToFit);
        export = action("action.export", () -> ImageExport.ask(canvas.control().getShell(),
                controller.session().diagram(), exportName));
        print = action("action.print", () -> DiagramOutputs.print(canvas.control().getShell(),
                controller.session().diagram()));
        exportPdf = action("action.exportPdf", () -> DiagramOutputs.askPdf(canvas.control().getShell(),
                controller.session().diagram(), exportName, inputs.get()));
        copyImage = action("action.copyImage", this::copyImage);
        update();
    }

    private IAction action(String key, Runnable run) {
        Action action = new Action(Messages.get(key)) {
            @Override
            public void run() {
                // A background layout is about to move every node: a change now would be overwritten or misplaced.
                if (!canvas.isBusy()) {
                    run.run();
                }
            }
        };
        action.setId(key);
        return action;
    }

    private void copyImage() {
        try {
            DiagramOutputs.copy(canvas.control().getDisplay(), controller.session().diagram());
        } catch (IOException | RuntimeException e) {
            MessageDialog.openError(canvas.control().getShell(), Messages.get("copy.failed"),
                    Messages.get("copy.failed.detail", e.getMessage() == null ? e.getClass().getSimpleName()
                            : e.getMessage()));
        }
    }

    /** Enables the actions for the current selection and stack. */
    void update() {
        List<DDiagramElement> selection = canvas.selection();
        arrangeSelection.setEnabled(!canvas.selectedNodes().isEmpty());
        delete.setEnabled(controller.canDelete());
        rename.setEnabled(selection.size() == 1 && controller.canDirectEdit(selection.get(0)));
    }

    /** Opens the label editor on the one selected element, if a direct-edit tool applies to it. */
    void startDirectEdit() {
        List<DDiagramElement> selection = canvas.selection();
        if (selection.size() == 1 && controller.canDirectEdit(selection.get(0))) {
            directEditor.open(selection.get(0), controller.editableText(selection.get(0)));
        }
    }

    IAction arrangeAll() {
        return arrangeAll;
    }

    IAction arrangeSelection() {
        return arrangeSelection;
    }

    IAction delete() {
        return delete;
    }

    IAction rename() {
        return rename;
    }

    IAction selectAll() {
        return selectAll;
    }

    IAction zoomFit() {
        return zoomFit;
    }

    IAction export() {
        return export;
    }

    /** @return "Imprimer…", the handler of the platform's Fichier &gt; Imprimer while the editor is active */
    IAction print() {
        return print;
    }

    /** Fills the context menu, built again each time it shows (layers and filters can change with the file). */
    void fillContextMenu(IMenuManager menu) {
        update();
        menu.add(arrangeAll);
        menu.add(arrangeSelection);
        menu.add(new Separator());
        menu.add(rename);
        menu.add(delete);
        menu.add(new Separator());
        MenuManager zoom = new MenuManager(Messages.get("menu.zoom"));
        zoom.add(zoomIn);
        zoom.add(zoomOut);
        zoom.add(zoomActual);
        zoom.add(zoomFit);
        menu.add(zoom);
        MenuManager layers = new MenuManager(Messages.get("menu.layers"));
        layerActions().forEach(layers::add);
        menu.add(layers);
        MenuManager filters = new MenuManager(Messages.get("menu.filters"));
        filterActions().forEach(filters::add);
        menu.add(filters);
        menu.add(new Separator());
        menu.add(export);
        menu.add(exportPdf);
        menu.add(copyImage);
        menu.add(print);
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
    }

    /** @return one checkable action per optional layer, checked when the layer is on */
    List<IAction> layerActions() {
        DiagramSession session = controller.session();
        if (session.optionalLayers().isEmpty()) {
            return List.of(disabled("menu.layers.none"));
        }
        return session.optionalLayers().stream().map(layer -> toggle("layer", layer.getId(), layer.getLabel(),
                session.isLayerActive(layer.getId()), controller::setLayerActive)).toList();
    }

    /** @return one checkable action per filter, checked when the filter is on */
    List<IAction> filterActions() {
        DiagramSession session = controller.session();
        if (session.description().getFilters().isEmpty()) {
            return List.of(disabled("menu.filters.none"));
        }
        return session.description().getFilters().stream().map(filter -> toggle("filter", filter.getId(),
                filter.getLabel(), session.isFilterActive(filter.getId()), controller::setFilterActive)).toList();
    }

    /** Switches a layer or a filter (its id and label) on or off. */
    @FunctionalInterface
    interface Switch {
        void set(String id, String label, boolean on);
    }

    /** A checkable action switching a layer or a filter; layers and filters only differ in the session call. */
    private IAction toggle(String kind, String id, String label, boolean checked, Switch set) {
        IAction action = new Action(label, IAction.AS_CHECK_BOX) {
            @Override
            public void run() {
                if (!canvas.isBusy()) {
                    set.set(id, label, isChecked());
                }
            }
        };
        action.setId(kind + '.' + id);
        action.setChecked(checked);
        return action;
    }

    private static IAction disabled(String key) {
        IAction action = new Action(Messages.get(key)) {
        };
        action.setEnabled(false);
        return action;
    }
}
