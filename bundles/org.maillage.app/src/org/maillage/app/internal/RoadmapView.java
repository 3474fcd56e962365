/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.app.internal;

import java.nio.file.Path;

import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;
import org.maillage.app.internal.emf.ItemProviderContentProvider;
import org.maillage.app.internal.emf.ItemProviderLabelProvider;
import org.maillage.core.persistence.ModelLoadException;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.edit.MaillageItemProviders;
import org.maillage.model.resource.MaillageFiles;

/**
 * The roadmap explorer: the open roadmap file as a tree (territory, plans, schemes, funding, meetings), labelled
 * and iconed by the model's item providers.
 */
public final class RoadmapView extends ViewPart {

    private ComposedAdapterFactory adapterFactory;
    private TreeViewer viewer;
    private Path file;
    private ModeleMaillage model;

    @Override
    public void createPartControl(Composite parent) {
        viewer = new TreeViewer(parent, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
        viewer.setUseHashlookup(true);
        useNewAdapterFactory();
        getSite().setSelectionProvider(viewer);
        setContentDescription(Messages.get("roadmap.none"));
    }

    /**
     * Loads and shows a roadmap file. On failure, tells the user what and where, and keeps what was shown.
     *
     * @param path the file to open
     * @return whether it was opened
     */
    public boolean open(Path path) {
        ModeleMaillage loaded;
        try {
            loaded = MaillageFiles.load(path);
        } catch (ModelLoadException e) {
            MessageDialog.openError(getSite().getShell(), Messages.get("roadmap.openFailed"), e.getMessage());
            return false;
        }
        file = path;
        model = loaded;
        // Item providers attach to the model they show: start afresh so the previous model can be collected.
        useNewAdapterFactory();
        viewer.setInput(loaded);
        viewer.expandToLevel(2);
        setContentDescription(path.getFileName().toString());
        getViewSite().getActionBars().getStatusLineManager().setMessage(path.toAbsolutePath().toString());
        RoadmapStartup.remember(path);
        return true;
    }

    private void useNewAdapterFactory() {
        ComposedAdapterFactory previous = adapterFactory;
        adapterFactory = MaillageItemProviders.createAdapterFactory();
        viewer.setContentProvider(new ItemProviderContentProvider(adapterFactory));
        viewer.setLabelProvider(new ItemProviderLabelProvider(adapterFactory));
        if (previous != null) {
            previous.dispose();
        }
    }

    /** @return the file shown, or {@code null} */
    public Path getFile() {
        return file;
    }

    /** @return the model shown, or {@code null} */
    public ModeleMaillage getModel() {
        return model;
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
        if (adapterFactory != null) {
            adapterFactory.dispose();
        }
        super.dispose();
    }
}
