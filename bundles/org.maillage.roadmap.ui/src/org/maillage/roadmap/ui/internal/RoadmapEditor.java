/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.roadmap.ui.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.ISaveablePart2;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.maillage.core.persistence.ModelLoadException;
import org.maillage.core.persistence.RecoveryStore;
import org.maillage.edit.ui.EditingDomainActionGroup;
import org.maillage.edit.ui.HelpContexts;
import org.maillage.edit.ui.PropertySheets;
import org.maillage.model.edit.RoadmapDocument;
import org.maillage.roadmap.ui.RoadmapEditorInput;
import org.maillage.roadmap.ui.RoadmapEditors;

/**
 * The roadmap editor: one open roadmap file, edited through its {@link RoadmapDocument}'s command stack.
 * <p>
 * Other parts (the model explorer, the problems view, diagrams, reports) find the roadmap of the active editor
 * through {@code getAdapter(RoadmapDocument.class)} and edit through the same editing domain, so that undo/redo
 * and the dirty state cover every change wherever it was made. Selecting an element of this roadmap in another
 * part shows its form on the "Éléments" page. While the roadmap has unsaved changes a recovery copy is kept; when
 * the editor is activated it checks whether the file changed on disk and asks what to do.
 */
public final class RoadmapEditor extends FormEditor implements IEditingDomainProvider, ISaveablePart2 {

    private RoadmapDocument document;
    private EditingDomainActionGroup actions;
    private EditorRecovery recovery;
    private OverviewPage overview;
    private ElementsPage elements;
    private final ElementSelectionProvider selection = new ElementSelectionProvider();
    private final RoadmapDocument.Listener documentListener = this::documentChanged;
    private final DiskChangeCheck diskCheck = new DiskChangeCheck();
    private final ISelectionListener workbenchSelection = this::workbenchSelectionChanged;
    private final Listener shellActivated = event -> checkDisk();
    private final IPartListener2 activation = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference reference) {
            if (reference.getPart(false) == RoadmapEditor.this) {
                checkDisk();
            }
        }
    };

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
        site.getPage().addSelectionListener(workbenchSelection);
        site.getPage().addPartListener(activation);
        site.getShell().addListener(SWT.Activate, shellActivated);
        recovery = new EditorRecovery(document, RecoveryStore.forUser(), site.getShell().getDisplay());
        setPartName(input.getName());
        setTitleToolTip(input.getToolTipText());
    }

    @Override
    protected void addPages() {
        try {
            overview = new OverviewPage(this);
            addPage(overview);
            elements = new ElementsPage(this);
            addPage(elements);
            // F1 anywhere in the editor's pages (the tab folder holds them).
            HelpContexts.set(getContainer(), HelpContexts.ROADMAP_EDITOR);
        } catch (PartInitException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Shows an element's form on the "Éléments" page.
     *
     * @param element an element of this editor's roadmap
     */
    public void showElement(EObject element) {
        if (element.eResource() != document.getResource()) {
            return;
        }
        if (getActivePage() != pages.indexOf(elements)) {
            setActivePage(ElementsPage.ID);
        }
        elements.show(element);
    }

    private void workbenchSelectionChanged(IWorkbenchPart part, ISelection changed) {
        if (part != this && changed instanceof IStructuredSelection structured && structured.size() == 1
                && structured.getFirstElement() instanceof EObject element
                && element.eResource() == document.getResource()) {
            showElement(element);
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

    /** @return the dashboard page */
    public OverviewPage getOverviewPage() {
        return overview;
    }

    /** @return the master-details page */
    public ElementsPage getElementsPage() {
        return elements;
    }

    /** @return the recovery copy keeper */
    public EditorRecovery getRecovery() {
        return recovery;
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
        if (adapter == IPropertySheetPage.class) {
            return adapter.cast(PropertySheets.createPage());
        }
        return super.getAdapter(adapter);
    }

    @Override
    public boolean isDirty() {
        return document != null && document.isDirty();
    }

    @Override
    public int promptToSaveOnClose() {
        MessageDialog dialog = new MessageDialog(getSite().getShell(), Messages.get("close.title"), null,
                Messages.get("close.question", getPartName()), MessageDialog.QUESTION, 0,
                Messages.get("close.save"), Messages.get("close.discard"), Messages.get("close.cancel"));
        return switch (dialog.open()) {
            case 0 -> YES;
            case 1 -> NO;
            default -> CANCEL;
        };
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        if (elements != null && elements.getDetails() != null && elements.getDetails().getForm() != null) {
            elements.getDetails().getForm().commitPending();
        }
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
        if (chosen != null) {
            saveAs(Path.of(chosen.endsWith(".maillage") ? chosen : chosen + ".maillage"));
        }
    }

    /**
     * Saves the roadmap to another file, which the editor then edits.
     *
     * @param target the new file
     * @return whether it was saved (else the user was told why)
     */
    public boolean saveAs(Path target) {
        try {
            document.saveAs(target);
        } catch (IOException e) {
            reportSaveFailure(target, e);
            return false;
        }
        setInputWithNotify(new RoadmapEditorInput(target, null));
        setPartName(getEditorInput().getName());
        setTitleToolTip(getEditorInput().getToolTipText());
        return true;
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
        firePropertyChange(IEditorPart.PROP_DIRTY);
    }

    /**
     * Asks what to do if the file changed on disk since it was loaded or saved; reloading closes this editor and
     * opens the file again.
     */
    void checkDisk() {
        Shell shell = getSite().getShell();
        IWorkbenchPage page = getSite().getPage();
        if (shell == null || shell.isDisposed() || page.getActiveEditor() != this) {
            return;
        }
        if (diskCheck.check(shell, document) == DiskChangeCheck.Choice.RELOAD) {
            Path file = document.getFile();
            // This document is about to be dropped: no second question when the shell regains focus before then.
            document.acknowledgeDiskState();
            // After the activation that asked, not inside it: closing a part while it is being activated is unsafe.
            shell.getDisplay().asyncExec(() -> {
                if (page.closeEditor(this, false)) {
                    RoadmapEditors.open(page, file);
                }
            });
        }
    }

    /** @return the provider of this editor's selection (the element shown) */
    ElementSelectionProvider selection() {
        return selection;
    }

    @Override
    public void dispose() {
        if (recovery != null) {
            // Set up last in init: when it exists, so do the listeners.
            getSite().getPage().removeSelectionListener(workbenchSelection);
            getSite().getPage().removePartListener(activation);
            Shell shell = getSite().getShell();
            if (shell != null && !shell.isDisposed()) {
                shell.removeListener(SWT.Activate, shellActivated);
            }
            recovery.dispose();
        }
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
