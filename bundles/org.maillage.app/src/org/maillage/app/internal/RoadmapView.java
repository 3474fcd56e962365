/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.app.internal;

import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;
import org.maillage.edit.ui.EditingDomainActionGroup;
import org.maillage.edit.ui.ItemProviderContentProvider;
import org.maillage.edit.ui.ItemProviderLabelProvider;
import org.maillage.model.edit.RoadmapDocument;
import org.maillage.roadmap.ui.RoadmapEditors;

/**
 * The model explorer: the roadmap of the active roadmap editor as a tree (territory, plans, schemes, funding,
 * meetings), labelled and iconed by the model's item providers. It follows the active editor, as Eclipse's outline
 * does, and edits through that roadmap's editing domain (Edit menu actions work here too).
 */
public final class RoadmapView extends ViewPart {

    private TreeViewer viewer;
    private RoadmapDocument document;
    private EditingDomainActionGroup actions;
    private final IPartListener2 editorTracker = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference reference) {
            if (reference.getPart(false) instanceof IEditorPart) {
                showActiveRoadmap();
            }
        }

        @Override
        public void partClosed(IWorkbenchPartReference reference) {
            if (reference.getPart(false) instanceof IEditorPart) {
                showActiveRoadmap();
            }
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        viewer = new TreeViewer(parent, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
        viewer.setUseHashlookup(true);
        getSite().setSelectionProvider(viewer);
        getSite().getPage().addPartListener(editorTracker);
        showActiveRoadmap();
    }

    /** Shows the roadmap of the active (or remaining) roadmap editor, or says there is none. */
    void showActiveRoadmap() {
        RoadmapDocument active = RoadmapEditors.activeDocument(getSite().getPage());
        if (active == document) {
            return;
        }
        document = active;
        disposeProviders();
        if (active == null) {
            viewer.setInput(null);
            setContentDescription(Messages.get("roadmap.none"));
            return;
        }
        viewer.setContentProvider(new ItemProviderContentProvider(active.getAdapterFactory()));
        viewer.setLabelProvider(new ItemProviderLabelProvider(active.getAdapterFactory()));
        viewer.setInput(active.getModel());
        viewer.expandToLevel(2);
        actions = new EditingDomainActionGroup(active.getEditingDomain(), viewer);
        actions.fillActionBars(getViewSite().getActionBars());
        setContentDescription(active.getFile() == null ? "" : active.getFile().getFileName().toString());
        if (active.getFile() != null) {
            RoadmapStartup.remember(active.getFile());
        }
    }

    private void disposeProviders() {
        if (actions != null) {
            actions.dispose();
            actions = null;
        }
    }

    /** @return the roadmap shown, or {@code null} */
    public RoadmapDocument getDocument() {
        return document;
    }

    /** @return the tree, for tests */
    public TreeViewer getViewer() {
        return viewer;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removePartListener(editorTracker);
        disposeProviders();
        super.dispose();
    }
}
