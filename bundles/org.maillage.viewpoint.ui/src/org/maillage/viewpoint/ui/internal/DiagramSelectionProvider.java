/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.ui.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.IPostSelectionProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.maillage.viewpoint.DiagramSession;
import org.maillage.viewpoint.model.diagram.DDiagramElement;

/**
 * The diagram editor's selection as the workbench sees it: the SEMANTIC elements (roadmap objects) of the selected
 * nodes and edges, so that the model explorer, the roadmap editor and the Properties view work on the roadmap, not
 * on the drawing. Setting a selection of roadmap objects selects the elements that show them.
 */
final class DiagramSelectionProvider implements IPostSelectionProvider {

    private final DiagramCanvas canvas;
    private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();

    DiagramSelectionProvider(DiagramCanvas canvas) {
        this.canvas = canvas;
        canvas.addSelectionListener(this::fire);
    }

    @Override
    public ISelection getSelection() {
        DiagramSession session = canvas.session();
        Set<EObject> semantic = new LinkedHashSet<>();
        for (DDiagramElement element : canvas.selection()) {
            EObject object = session.semanticElement(element);
            if (object != null) {
                semantic.add(object);
            }
        }
        return new StructuredSelection(new ArrayList<>(semantic));
    }

    @Override
    public void setSelection(ISelection selection) {
        List<DDiagramElement> elements = elementsOf(canvas.session(), selection);
        canvas.setSelection(elements);
        if (!elements.isEmpty()) {
            canvas.reveal(elements.get(0));
        }
    }

    /** @return the diagram elements showing the roadmap objects of a selection, in selection order */
    static List<DDiagramElement> elementsOf(DiagramSession session, ISelection selection) {
        List<DDiagramElement> elements = new ArrayList<>();
        if (selection instanceof IStructuredSelection structured) {
            for (Object object : structured.toList()) {
                if (object instanceof EObject semantic) {
                    elements.addAll(session.elementsOf(semantic));
                }
            }
        }
        return elements;
    }

    private void fire() {
        SelectionChangedEvent event = new SelectionChangedEvent(this, getSelection());
        for (ISelectionChangedListener listener : listeners) {
            listener.selectionChanged(event);
        }
    }

    @Override
    public void addSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.remove(listener);
    }

    // Selections change on clicks only, never on a stream of key strokes: post selection is the same event.

    @Override
    public void addPostSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removePostSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.remove(listener);
    }
}
