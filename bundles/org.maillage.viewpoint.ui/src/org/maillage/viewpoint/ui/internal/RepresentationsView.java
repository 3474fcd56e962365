/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;
import org.maillage.core.persistence.ModelLoadException;
import org.maillage.edit.ui.HelpContexts;
import org.maillage.model.edit.RoadmapDocument;
import org.maillage.roadmap.ui.RoadmapEditors;
import org.maillage.viewpoint.DiagramSession;
import org.maillage.viewpoint.Representations;
import org.maillage.viewpoint.Representations.Descriptor;
import org.maillage.viewpoint.ViewpointRegistry;
import org.maillage.viewpoint.ViewpointResources;
import org.maillage.viewpoint.ui.DiagramEditorInput;
import org.maillage.viewpoint.ui.DiagramEditors;

/**
 * The representation browser ("Représentations"): every representation of the active roadmap, grouped by
 * description, each with the kind and name of the element it is drawn on. Double-click opens; the context menu
 * renames or deletes (after asking) a diagram in the diagram file, never the roadmap. Today it lists the diagrams
 * of the {@code .maillagediag} ({@link Representations#list}), then the tables that apply to the roadmap
 * ({@link Representations#tables}, kind « tableau »; opened in the table editor, never renamed nor deleted: a table
 * is computed, not saved).
 */
public final class RepresentationsView extends ViewPart {

    /** The view's id. */
    public static final String ID = "org.maillage.viewpoint.ui.representations";

    private TreeViewer viewer;
    private RoadmapDocument document;
    private final List<Descriptor> shown = new ArrayList<>();
    private final Runnable saved = () -> Display.getDefault().asyncExec(this::refresh);
    private final RoadmapDocument.Listener documentListener = changed -> refresh();
    private final IPartListener2 parts = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference reference) {
            track();
        }

        @Override
        public void partClosed(IWorkbenchPartReference reference) {
            track();
        }
    };

    /** A description and the representations of it, the tree's first level. */
    record Group(String label, List<Descriptor> representations) {
    }

    @Override
    public void createPartControl(Composite parent) {
        HelpContexts.set(parent, HelpContexts.REPRESENTATIONS);
        viewer = new TreeViewer(parent, SWT.SINGLE | SWT.H_SCROLL | SWT.V_SCROLL);
        viewer.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return ((List<?>) input).toArray();
            }

            @Override
            public Object[] getChildren(Object parent) {
                return parent instanceof Group group ? group.representations().toArray() : new Object[0];
            }

            @Override
            public Object getParent(Object element) {
                return null;
            }

            @Override
            public boolean hasChildren(Object element) {
                return element instanceof Group;
            }
        });
        viewer.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return element instanceof Group group ? group.label() + " (" + group.representations().size() + ")"
                        : label((Descriptor) element);
            }
        });
        viewer.addDoubleClickListener(event -> open(selected()));
        MenuManager menu = new MenuManager("#PopupMenu");
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(this::fillContextMenu);
        viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
        getSite().registerContextMenu(menu, viewer);
        getSite().setSelectionProvider(viewer);
        getSite().getPage().addPartListener(parts);
        DiagramStore.addListener(saved);
        track();
    }

    /** @return the label of a representation: its name, then the kind and name of its element */
    static String label(Descriptor representation) {
        String name = representation.name() == null ? representation.descriptionLabel() : representation.name();
        if (representation.kind() == Representations.Kind.TABLE) {
            return name + " (" + representation.kind().label() + ")"; // else a table looks like a diagram
        }
        if ("ModeleMaillage".equals(representation.targetKind())) {
            return name; // the whole roadmap: its title already says which
        }
        String target = representation.targetKind() == null ? Messages.get("browser.gone")
                : ElementDiagramsMenu.kind(representation.targetKind()) + " « " + representation.targetName() + " »";
        return name + " — " + target;
    }

    private void track() {
        IWorkbenchPage page = getSite().getPage();
        RoadmapDocument active = RoadmapEditors.activeDocument(page);
        if (active == document) {
            return;
        }
        if (document != null) {
            document.removeListener(documentListener);
        }
        document = active;
        if (document != null) {
            document.addListener(documentListener);
        }
        refresh();
    }

    /** Reads the diagram file of the active roadmap again and shows what it holds. */
    public void refresh() {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        shown.clear();
        if (document == null || document.getFile() == null) {
            setContentDescription(Messages.get(document == null ? "browser.noRoadmap" : "browser.notSaved"));
            viewer.setInput(List.of());
            return;
        }
        Path file = document.getFile();
        try {
            ViewpointRegistry registry = ViewpointRegistry.fromExtensions();
            shown.addAll(Representations.list(file, document.getResource(), registry));
            shown.addAll(Representations.tables(document.getResource(), registry));
            setContentDescription(Messages.get("browser.summary", file.getFileName(), shown.size()));
        } catch (ModelLoadException e) {
            setContentDescription(Messages.get("browser.unreadable", ViewpointResources.diagramFileFor(file),
                    e.getMessage()));
        }
        Map<String, Group> groups = new LinkedHashMap<>();
        for (Descriptor representation : shown) {
            groups.computeIfAbsent(representation.descriptionId(),
                    id -> new Group(representation.descriptionLabel(), new ArrayList<>()))
                    .representations().add(representation);
        }
        viewer.setInput(new ArrayList<>(groups.values()));
        viewer.expandAll();
    }

    /** @return the representations listed, in file order */
    public List<Descriptor> representations() {
        return List.copyOf(shown);
    }

    /** @return the tree, for tests */
    public TreeViewer viewer() {
        return viewer;
    }

    private Descriptor selected() {
        Object first = viewer.getStructuredSelection().getFirstElement();
        return first instanceof Descriptor descriptor ? descriptor : null;
    }

    private void fillContextMenu(IMenuManager menu) {
        Descriptor representation = selected();
        if (representation == null) {
            menu.add(action("browser.refresh", this::refresh, true));
            return;
        }
        boolean diagram = representation.kind() == Representations.Kind.DIAGRAM;
        menu.add(action("browser.open", () -> open(representation), representation.targetKind() != null));
        menu.add(new Separator());
        menu.add(action("browser.rename", () -> rename(representation), diagram));
        menu.add(action("browser.delete", () -> delete(representation), diagram));
        menu.add(new Separator());
        menu.add(action("browser.refresh", this::refresh, true));
    }

    private static Action action(String key, Runnable run, boolean enabled) {
        Action action = new Action(Messages.get(key)) {
            @Override
            public void run() {
                run.run();
            }
        };
        action.setId(key);
        action.setEnabled(enabled);
        return action;
    }

    /** Opens a representation in its editor (a diagram: the diagram editor, on its element). */
    public void open(Descriptor representation) {
        if (representation == null || document == null || representation.targetKind() == null) {
            return;
        }
        DiagramEditors.open(getSite().getPage(), document.getFile(), representation.descriptionId(),
                targetOf(representation));
    }

    /** Renames a diagram, in the file and in its open editor if any. */
    void rename(Descriptor representation) {
        String current = representation.name() == null ? representation.descriptionLabel() : representation.name();
        InputDialog dialog = new InputDialog(getSite().getShell(), Messages.get("browser.renameTitle"),
                Messages.get("browser.renameMessage", current), current,
                text -> text == null || text.isBlank() ? "" : null);
        if (dialog.open() == IDialogConstants.OK_ID) {
            rename(representation, dialog.getValue().strip());
        }
    }

    /** Renames without asking (the dialog's second half; tests call it). */
    public void rename(Descriptor representation, String name) {
        try {
            Representations.rename(document.getFile(), representation, name);
            IEditorPart open = openEditor(representation);
            DiagramSession session = open == null ? null : open.getAdapter(DiagramSession.class);
            if (session != null) {
                session.diagram().setName(name); // else the editor's next save would bring the old name back
            }
        } catch (IOException e) {
            MessageDialog.openError(getSite().getShell(), Messages.get("browser.failed"), e.getMessage());
        }
        refresh();
    }

    /** Asks, then deletes a diagram from the diagram file (closing its editor without saving it). */
    void delete(Descriptor representation) {
        if (MessageDialog.openConfirm(getSite().getShell(), Messages.get("browser.deleteTitle"),
                Messages.get("browser.deleteMessage", label(representation),
                        ViewpointResources.diagramFileFor(document.getFile()).getFileName()))) {
            delete(representation, true);
        }
    }

    /** Deletes without asking (the confirmation's second half; tests call it). */
    public void delete(Descriptor representation, boolean confirmed) {
        if (!confirmed) {
            return;
        }
        IEditorPart open = openEditor(representation);
        if (open != null) {
            getSite().getPage().closeEditor(open, false);
        }
        try {
            Representations.delete(document.getFile(), representation);
        } catch (IOException e) {
            MessageDialog.openError(getSite().getShell(), Messages.get("browser.failed"), e.getMessage());
        }
        refresh();
    }

    private String targetOf(Descriptor representation) {
        String root = document.getModel().getUuid();
        return representation.targetUuid() == null || representation.targetUuid().equals(root) ? null
                : representation.targetUuid();
    }

    private IEditorPart openEditor(Descriptor representation) {
        DiagramEditorInput input = new DiagramEditorInput(document.getFile(), representation.descriptionId(),
                targetOf(representation));
        for (IEditorReference reference : getSite().getPage().getEditorReferences()) {
            IEditorPart part = reference.getEditor(false);
            if (part != null && input.equals(part.getEditorInput())) {
                return part;
            }
        }
        return null;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        DiagramStore.removeListener(saved);
        getSite().getPage().removePartListener(parts);
        if (document != null) {
            document.removeListener(documentListener);
        }
        super.dispose();
    }
}
