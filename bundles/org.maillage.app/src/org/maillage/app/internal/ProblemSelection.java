/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.app.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.StructuredViewer;

/**
 * What the problems view gives the workbench as its selection: the elements of the selected problems, not the
 * problems, so that the Properties view and the roadmap editor show the element at once.
 */
final class ProblemSelection implements ISelectionProvider {

    private final StructuredViewer viewer;
    private final Map<ISelectionChangedListener, ISelectionChangedListener> wrapped = new ConcurrentHashMap<>();

    ProblemSelection(StructuredViewer viewer) {
        this.viewer = viewer;
    }

    @Override
    public ISelection getSelection() {
        return elements(viewer.getStructuredSelection());
    }

    private static IStructuredSelection elements(ISelection selection) {
        List<?> problems = selection instanceof IStructuredSelection structured ? structured.toList() : List.of();
        return new StructuredSelection(problems.stream().filter(Problem.class::isInstance)
                .map(p -> ((Problem) p).element()).toList());
    }

    @Override
    public void setSelection(ISelection selection) {
        // Elements cannot be selected here: a problem is selected by the user, in the table.
    }

    @Override
    public void addSelectionChangedListener(ISelectionChangedListener listener) {
        ISelectionChangedListener converting = event -> listener
                .selectionChanged(new SelectionChangedEvent(this, elements(event.getSelection())));
        wrapped.put(listener, converting);
        viewer.addSelectionChangedListener(converting);
    }

    @Override
    public void removeSelectionChangedListener(ISelectionChangedListener listener) {
        ISelectionChangedListener converting = wrapped.remove(listener);
        if (converting != null) {
            viewer.removeSelectionChangedListener(converting);
        }
    }
}
