/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.app.internal.explorer;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.figures.Figures;
import org.maillage.model.plan.Chantier;

/**
 * "Afficher seulement : chantiers en retard": keeps the late chantiers (the one definition,
 * {@link Figures#enRetard(Chantier, LocalDate)}, judged on the day given), what is under them, and the headings
 * and elements above them. The set of shown nodes is computed once per refresh ({@link #invalidate()}), from the
 * model and the content provider's parents.
 */
public final class LateChantiersFilter extends ViewerFilter {

    private final LocalDate today;
    private Set<Object> ancestors;
    private Set<Chantier> late;

    /** @param today the day deadlines are compared with */
    public LateChantiersFilter(LocalDate today) {
        this.today = today;
    }

    /** Forgets the nodes computed: call it when the model changed. */
    public void invalidate() {
        ancestors = null;
        late = null;
    }

    @Override
    public boolean select(Viewer viewer, Object parent, Object element) {
        if (ancestors == null) {
            compute((StructuredViewer) viewer);
        }
        if (ancestors.contains(element)) {
            return true;
        }
        // Under a late chantier (its indicators...), everything is shown.
        ITreeContentProvider contents = contents(viewer);
        for (Object p = contents.getParent(element); p != null && p != viewer.getInput(); p = contents.getParent(p)) {
            if (p instanceof Chantier chantier && late.contains(chantier)) {
                return true;
            }
        }
        return false;
    }

    private static ITreeContentProvider contents(Viewer viewer) {
        return (ITreeContentProvider) ((StructuredViewer) viewer).getContentProvider();
    }

    private void compute(StructuredViewer viewer) {
        ancestors = new HashSet<>();
        late = new HashSet<>();
        if (!(viewer.getInput() instanceof ModeleMaillage model)) {
            return;
        }
        ITreeContentProvider contents = contents(viewer);
        for (TreeIterator<EObject> it = model.eAllContents(); it.hasNext();) {
            if (it.next() instanceof Chantier chantier && Figures.enRetard(chantier, today)) {
                late.add(chantier);
                for (Object node = chantier; node != null && node != model; node = contents.getParent(node)) {
                    ancestors.add(node);
                }
            }
        }
    }
}
