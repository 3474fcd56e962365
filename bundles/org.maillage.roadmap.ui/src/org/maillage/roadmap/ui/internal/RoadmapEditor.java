/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.roadmap.ui.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.editor.FormEditor;
import org.maillage.core.persistence.ModelLoadException;
import org.maillage.edit.ui.EditingDomainActionGroup;
import org.maillage.model.edit.RoadmapDocument;
import org.maillage.roadmap.ui.RoadmapEditorInput;

/**
 * The roadmap editor: one open roadmap file, edited through its {@link RoadmapDocument}'s command stack.
 * <p>
 * Other parts (the model explorer, the problems view, diagrams, reports) find the roadmap of the active editor
 * through {@code getAdapter(RoadmapDocument.class)} and edit through the same editing domain, so that undo/redo
 * and the dirty state cover every change wherever it was made.
 */
public final class RoadmapEditor extends FormEditor implements IEditingDomainProvider {

    private RoadmapDocument document;
    private EditingDomainActionGroup actions;
    private final ElementSelectionProvider selection = new ElementSelectionProvider();
    private final RoadmapDocument.Listener documentListener = this::documentChanged;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof RoadmapEditorInput roadmapInput)) {
            throw new PartInitException("not a roadmap: " + input.getName());
        }
        document = roadmapInput.takeDocument();
        if (document == null) {
            try {
                document = RoadmapDocument.open(roadmapInput.getFile());
            } catch (ModelLoadException e) {
                throw new PartInitException(e.getMessage(), e);
            }
        }
        super.init(site, input);
        site.setSelectionProvider(selection);
        document.addListener(documentListener);
        actions = new EditingDomainActionGroup(document.getEditingDomain(), selection);
        setPartName(input.getName());
        setTitleToolTip(input.getToolTipText());
    }

    @Override
    protected void addPages() {
        try {
            addPage(new OverviewPage(this));
        } catch (PartInitException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the open roadmap */
    public RoadmapDocument getDocument() {
        return document;
    }

    /** @return the Edit actions of this editor, for its contributor */
    EditingDomainActionGroup getActionGroup() {
        return actions;
    }

    @Override
    public EditingDomain getEditingDomain() {
        return document.getEditingDomain();
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == RoadmapDocument.class) {
            return adapter.cast(document);
        }
        if (adapter == EditingDomain.class) {
            return adapter.cast(document.getEditingDomain());
        }
        return super.getAdapter(adapter);
    }

    @Override
    public boolean isDirty() {
        return document != null && document.isDirty();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        if (document.getFile() == null) {
            doSaveAs();
            return;
        }
        try {
            document.save();
        } catch (IOException e) {
            reportSaveFailure(document.getFile(), e);
            if (monitor != null) {
                monitor.setCanceled(true);
            }
        }
    }

    @Override
    public void doSaveAs() {
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*.maillage" });
        dialog.setFilterNames(new String[] { Messages.get("saveAs.filter") });
        dialog.setOverwrite(true);
        dialog.setFileName(getEditorInput().getName());
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        Path target = Path.of(chosen.endsWith(".maillage") ? chosen : chosen + ".maillage");
        try {
            document.saveAs(target);
        } catch (IOException e) {
            reportSaveFailure(target, e);
            return;
        }
        setInputWithNotify(new RoadmapEditorInput(target, null));
        setPartName(getEditorInput().getName());
        setTitleToolTip(getEditorInput().getToolTipText());
    }

    @Override
    public boolean isSaveAsAllowed() {
        return true;
    }

    private void reportSaveFailure(Path file, IOException e) {
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        MessageDialog.openError(getSite().getShell(), Messages.get("save.failed"),
                Messages.get("save.failed.detail", file, reason));
    }

    private void documentChanged(RoadmapDocument changed) {
        firePropertyChange(PROP_DIRTY);
    }

    /** @return the provider of this editor's selection (the element shown) */
    ElementSelectionProvider selection() {
        return selection;
    }

    @Override
    public void dispose() {
        if (actions != null) {
            actions.dispose();
        }
        if (document != null) {
            document.removeListener(documentListener);
            document.dispose();
        }
        super.dispose();
    }
}
