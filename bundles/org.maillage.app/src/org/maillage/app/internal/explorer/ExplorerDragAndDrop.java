/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.app.internal.explorer;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.DragAndDropCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.ViewerDropAdapter;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.dnd.TransferData;

/**
 * Drag and drop in the explorer, through EMF's DragAndDropCommand so that every drop is one undoable command: move a
 * fiche action to another axe, reorder chantiers or axes (drop before or after a sibling), and whatever else the
 * item providers accept. Headings are neither dragged nor drop targets.
 */
public final class ExplorerDragAndDrop extends ViewerDropAdapter {

    private static final int OPERATIONS = DND.DROP_MOVE | DND.DROP_COPY | DND.DROP_LINK;

    private final Supplier<EditingDomain> domain;

    private ExplorerDragAndDrop(StructuredViewer viewer, Supplier<EditingDomain> domain) {
        super(viewer);
        this.domain = domain;
    }

    /**
     * Lets the user drag elements within the viewer; call it once per viewer.
     *
     * @param viewer the explorer's tree
     * @param domain gives the editing domain of the roadmap shown, or {@code null} when there is none
     * @return the drop adapter
     */
    public static ExplorerDragAndDrop install(StructuredViewer viewer, Supplier<EditingDomain> domain) {
        Transfer[] transfers = { LocalSelectionTransfer.getTransfer() };
        ExplorerDragAndDrop drop = new ExplorerDragAndDrop(viewer, domain);
        viewer.addDragSupport(OPERATIONS, transfers, new DragSourceAdapter() {
            @Override
            public void dragStart(DragSourceEvent event) {
                IStructuredSelection selection = viewer.getStructuredSelection();
                event.doit = !selection.isEmpty() && selection.toList().stream().allMatch(EObject.class::isInstance);
                LocalSelectionTransfer.getTransfer().setSelection(selection);
            }

            @Override
            public void dragSetData(DragSourceEvent event) {
                event.data = LocalSelectionTransfer.getTransfer().getSelection();
            }
        });
        viewer.addDropSupport(OPERATIONS, transfers, drop);
        return drop;
    }

    /**
     * @param target the element dropped on
     * @param location {@link ViewerDropAdapter#LOCATION_BEFORE}, {@code _AFTER} or {@code _ON}
     * @param operation a DND operation, e.g. {@link DND#DROP_MOVE}
     * @param dragged the elements dragged
     * @return the command the drop runs; not executable when the drop makes no sense there
     */
    public Command command(Object target, int location, int operation, List<?> dragged) {
        EditingDomain current = domain.get();
        if (current == null || !(target instanceof EObject) || dragged.isEmpty()
                || !dragged.stream().allMatch(EObject.class::isInstance)
                || dragged.contains(target)) {
            return UnexecutableCommand.INSTANCE;
        }
        // EMF's drop location: near 0 is before the target, near 1 after it, in between on it.
        float emfLocation = switch (location) {
        case LOCATION_BEFORE -> 0.1f;
        case LOCATION_AFTER -> 0.9f;
        default -> 0.5f;
        };
        return DragAndDropCommand.create(current, target, emfLocation, OPERATIONS, operation, dragged);
    }

    @Override
    public boolean validateDrop(Object target, int operation, TransferData transferType) {
        return LocalSelectionTransfer.getTransfer().isSupportedType(transferType)
                && command(target, getCurrentLocation(), operation, dragged()).canExecute();
    }

    @Override
    public boolean performDrop(Object data) {
        Command command = command(getCurrentTarget(), getCurrentLocation(), getCurrentOperation(), dragged());
        if (!command.canExecute()) {
            return false;
        }
        domain.get().getCommandStack().execute(command);
        return true;
    }

    private static List<?> dragged() {
        return LocalSelectionTransfer.getTransfer().getSelection() instanceof IStructuredSelection selection
                ? selection.toList()
                : List.of();
    }
}
