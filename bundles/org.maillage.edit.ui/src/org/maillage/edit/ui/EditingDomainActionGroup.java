/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.edit.ui;

import java.util.Collection;
import java.util.EventObject;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.command.CopyToClipboardCommand;
import org.eclipse.emf.edit.command.CutToClipboardCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.PasteFromClipboardCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.actions.ActionFactory;
import org.maillage.edit.ui.internal.Messages;
import org.maillage.model.edit.CommandLabels;

/**
 * The Edit menu's actions (undo, redo, delete, cut, copy, paste) for one editing domain and one selection: what
 * EMF's {@code EditingDomainActionBarContributor} gives in {@code edit.ui}, which is not available here.
 * <p>
 * A part (editor or view) creates one group for its domain and its selection provider, and calls
 * {@link #fillActionBars(IActionBars)} so that the workbench's retargetable Edit actions run these while the part is
 * active. Every action runs an EMF command on the domain's command stack, so all of them are undoable and mark the
 * roadmap dirty. Enablement follows the selection and the command stack.
 */
public final class EditingDomainActionGroup {

    private final EditingDomain domain;
    private final ISelectionProvider selectionProvider;
    private final CommandStackListener stackListener = this::stackChanged;
    private final ISelectionChangedListener selectionListener = this::selectionChanged;
    private final Action undo = new Action() {
        @Override
        public void run() {
            domain.getCommandStack().undo();
        }
    };
    private final Action redo = new Action() {
        @Override
        public void run() {
            domain.getCommandStack().redo();
        }
    };
    private final SelectionCommandAction delete = new SelectionCommandAction(Messages.get("delete")) {
        @Override
        Command create(Collection<?> selection) {
            return DeleteCommand.create(domain, selection);
        }
    };
    private final SelectionCommandAction cut = new SelectionCommandAction(Messages.get("cut")) {
        @Override
        Command create(Collection<?> selection) {
            return CutToClipboardCommand.create(domain, selection);
        }
    };
    private final SelectionCommandAction copy = new SelectionCommandAction(Messages.get("copy")) {
        @Override
        Command create(Collection<?> selection) {
            return CopyToClipboardCommand.create(domain, selection);
        }
    };
    private final SelectionCommandAction paste = new SelectionCommandAction(Messages.get("paste")) {
        @Override
        Command create(Collection<?> selection) {
            // Paste goes into the one selected element, as EMF's editors do.
            return selection.size() == 1
                    ? PasteFromClipboardCommand.create(domain, selection.iterator().next(), null)
                    : UnexecutableCommand.INSTANCE;
        }
    };

    /**
     * @param domain the roadmap's editing domain
     * @param selectionProvider what the part shows as selected (elements of the roadmap)
     */
    public EditingDomainActionGroup(EditingDomain domain, ISelectionProvider selectionProvider) {
        this.domain = domain;
        this.selectionProvider = selectionProvider;
        domain.getCommandStack().addCommandStackListener(stackListener);
        selectionProvider.addSelectionChangedListener(selectionListener);
        stackChanged(null);
        updateSelection(selectionProvider.getSelection());
    }

    /**
     * Makes the workbench's Edit actions run this group's while the part is active.
     *
     * @param bars the part's action bars
     */
    public void fillActionBars(IActionBars bars) {
        bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
        bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
        bars.setGlobalActionHandler(ActionFactory.DELETE.getId(), delete);
        bars.setGlobalActionHandler(ActionFactory.CUT.getId(), cut);
        bars.setGlobalActionHandler(ActionFactory.COPY.getId(), copy);
        bars.setGlobalActionHandler(ActionFactory.PASTE.getId(), paste);
        bars.updateActionBars();
    }

    /** @return the actions, for context menus: undo, redo, delete, cut, copy, paste */
    public List<IAction> actions() {
        return List.of(undo, redo, delete, cut, copy, paste);
    }

    /** @return the delete action, for a context menu */
    public IAction deleteAction() {
        return delete;
    }

    /** Stops listening to the domain and the selection. */
    public void dispose() {
        domain.getCommandStack().removeCommandStackListener(stackListener);
        selectionProvider.removeSelectionChangedListener(selectionListener);
    }

    private void stackChanged(EventObject event) {
        CommandStack stack = domain.getCommandStack();
        undo.setEnabled(stack.canUndo());
        undo.setText(stack.canUndo() ? Messages.get("undo", label(stack.getUndoCommand())) : Messages.get("undo.none"));
        redo.setEnabled(stack.canRedo());
        redo.setText(stack.canRedo() ? Messages.get("redo", label(stack.getRedoCommand())) : Messages.get("redo.none"));
        // Paste depends on the clipboard, which copy and cut change through the stack.
        updateSelection(selectionProvider.getSelection());
    }

    private static String label(Command command) {
        // "Annuler Modifier le nom" rather than EMF.Edit's generic "Annuler Modifier".
        return CommandLabels.label(command);
    }

    private void selectionChanged(SelectionChangedEvent event) {
        updateSelection(event.getSelection());
    }

    private void updateSelection(ISelection selection) {
        List<?> elements = selection instanceof IStructuredSelection structured ? structured.toList() : List.of();
        for (SelectionCommandAction action : List.of(delete, cut, copy, paste)) {
            action.update(elements);
        }
    }

    /** An action that runs, on the command stack, a command built from the current selection. */
    private abstract class SelectionCommandAction extends Action {

        private List<?> selection = List.of();

        SelectionCommandAction(String text) {
            super(text);
        }

        abstract Command create(Collection<?> selection);

        void update(List<?> elements) {
            selection = elements;
            // Building the command is cheap; asking it whether it can execute is EMF's way to enable the action.
            setEnabled(!elements.isEmpty() && create(elements).canExecute());
        }

        @Override
        public void run() {
            Command command = create(selection);
            if (command.canExecute()) {
                domain.getCommandStack().execute(command);
            }
        }
    }
}
