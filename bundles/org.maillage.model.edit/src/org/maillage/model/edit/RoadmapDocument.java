/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.edit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.EventObject;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.maillage.core.persistence.ModelFiles;
import org.maillage.core.persistence.ModelLoadException;
import org.maillage.core.persistence.SealedResourceSet;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.resource.MaillageFiles;

/**
 * One open roadmap: its file, its model, and the editing domain through which every change goes.
 * <p>
 * This is the unit that the workbench's editors and views share (the roadmap editor, the model explorer, the
 * problems view, diagram editors, the report wizard): they all edit through {@link #getEditingDomain()}, so one
 * command stack gives undo/redo and the dirty state for every way of changing the roadmap. It is headless (EMF.Edit
 * only) so that the command line and tests can use it too.
 * <p>
 * Saving goes through the model layer's atomic save ({@link MaillageFiles#save}); the document remembers the file's
 * modification time and size after each load and save so that callers can notice a change made on disk by someone
 * else ({@link #isChangedOnDisk()}). Methods are meant for one thread at a time (the UI thread in the workbench);
 * listeners are called on the thread that made the change.
 */
public final class RoadmapDocument implements IEditingDomainProvider {

    /** Told when the document's state changes. */
    public interface Listener {
        /**
         * The dirty state, the command stack or the file changed (after an edit, an undo, a save or a save as).
         *
         * @param document the document
         */
        void documentChanged(RoadmapDocument document);
    }

    private final ComposedAdapterFactory adapterFactory;
    private final SnapshotCommandStack commandStack;
    private final AdapterFactoryEditingDomain editingDomain;
    private final ModeleMaillage model;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final CommandStackListener stackListener = this::commandStackChanged;
    private Path file;
    private boolean unsavedRecovery;
    private long changeCount;
    private FileTime savedTime;
    private long savedSize = -1;

    private RoadmapDocument(ModeleMaillage model, Path file) {
        this.model = Objects.requireNonNull(model, "model");
        this.file = file == null ? null : file.toAbsolutePath();
        adapterFactory = MaillageItemProviders.createAdapterFactory();
        commandStack = new SnapshotCommandStack();
        Resource resource = model.eResource();
        if (resource == null) {
            resource = MaillageFiles.newResourceSet().createResource(URI.createFileURI(
                    this.file == null ? "sans-titre.maillage" : this.file.toString()));
            resource.getContents().add(model);
        } else if (!(resource.getResourceSet() instanceof SealedResourceSet)) {
            // A model built elsewhere may sit in a plain set, which would demand-load whatever a proxy names (another
            // file, a FIFO, an address) when a view or a rule touches it: the workbench edits only in a sealed set.
            MaillageFiles.newResourceSet().getResources().add(resource);
        }
        // The domain works in the model's own resource set, so that commands and cross-references see one world.
        editingDomain = new AdapterFactoryEditingDomain(adapterFactory, commandStack, resource.getResourceSet());
        // Lets EMF.Edit find this domain from any element (AdapterFactoryEditingDomain.getEditingDomainFor), which
        // is how the Properties view and item property descriptors reach the command stack.
        editingDomain.getResourceSet().eAdapters().add(new AdapterFactoryEditingDomain.EditingDomainProvider(
                editingDomain));
        commandStack.addCommandStackListener(stackListener);
        rememberDiskState();
    }

    /**
     * Opens a roadmap file.
     *
     * @param file the file
     * @return the document
     * @throws ModelLoadException naming the file, the line and the problem in the user's language; nothing is changed
     *             on disk
     */
    public static RoadmapDocument open(Path file) throws ModelLoadException {
        return new RoadmapDocument(MaillageFiles.load(file), file);
    }

    /**
     * Wraps a model that is not on disk yet (a new roadmap) or was loaded elsewhere.
     *
     * @param model the root
     * @param file where it will be saved, or {@code null} until a "save as" gives one
     * @return the document; dirty when it has no file yet
     */
    public static RoadmapDocument of(ModeleMaillage model, Path file) {
        return new RoadmapDocument(model, file);
    }

    /**
     * Opens the recovery copy of a roadmap as the roadmap itself: its content is the copy's, its file the original
     * one, and it is dirty until saved (the recovered changes are not in the original file yet).
     *
     * @param copy the recovery copy
     * @param original the file the copy belongs to, or {@code null} for a roadmap never saved
     * @return the document
     * @throws ModelLoadException when the copy cannot be read (naming the copy)
     */
    public static RoadmapDocument recover(Path copy, Path original) throws ModelLoadException {
        ModeleMaillage model = MaillageFiles.load(copy);
        if (original != null) {
            model.eResource().setURI(URI.createFileURI(original.toAbsolutePath().toString()));
        }
        RoadmapDocument document = new RoadmapDocument(model, original);
        document.unsavedRecovery = true;
        // The file on disk is the one the user had before the crash; the recovered content replaces it when saved.
        return document;
    }

    /** @return the file, absolute, or {@code null} for a roadmap never saved */
    public Path getFile() {
        return file;
    }

    /** @return the root of the roadmap */
    public ModeleMaillage getModel() {
        return model;
    }

    /** @return the resource holding the roadmap */
    public Resource getResource() {
        return model.eResource();
    }

    @Override
    public AdapterFactoryEditingDomain getEditingDomain() {
        return editingDomain;
    }

    /** @return the command stack of every change to this roadmap */
    public BasicCommandStack getCommandStack() {
        return commandStack;
    }

    /**
     * Drops from the undo and redo history the commands that no longer mean anything, e.g. the view changes
     * (moves, layouts) of a diagram that was closed: undoing them would change nothing the user can see. Only
     * {@link AbstractCommand.NonDirtying} commands are dropped, so the dirty state stays right.
     *
     * @param which the commands to drop
     */
    public void forgetCommands(Predicate<Command> which) {
        commandStack.forget(which);
    }

    /** @return the item providers (labels, icons, property descriptors, children) for this roadmap */
    public ComposedAdapterFactory getAdapterFactory() {
        return adapterFactory;
    }

    /** @return whether there are changes not saved, or the roadmap was never saved */
    public boolean isDirty() {
        return file == null || unsavedRecovery || commandStack.isSaveNeeded();
    }

    /**
     * @return a number that grows with every change of the command stack (edit, undo, redo) and every save: equal
     *         numbers mean the same content, so a recovery copy need not be written again
     */
    public long getChangeCount() {
        return changeCount;
    }

    /**
     * Serializes the roadmap as it would be saved, into memory. Cheap enough for the UI thread, so that the slow
     * part (writing to disk) can happen in the background on a consistent snapshot.
     *
     * @return the content of the roadmap file
     * @throws IOException when EMF cannot serialize the model
     */
    public byte[] toBytes() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        getResource().save(out, ModelFiles.saveOptions());
        return out.toByteArray();
    }

    /**
     * Saves atomically to the document's file (temp file, fsync, rename; the previous version kept as .bak).
     *
     * @throws IOException when it cannot be written; the file on disk is then intact and the document stays dirty
     * @throws IllegalStateException when the document has no file yet (use {@link #saveAs(Path)})
     */
    public void save() throws IOException {
        if (file == null) {
            throw new IllegalStateException("no file yet: use saveAs");
        }
        MaillageFiles.save(model, file);
        saved();
    }

    /**
     * Saves to another file, which becomes the document's file.
     *
     * @param target the new file
     * @throws IOException when it cannot be written; the document keeps its previous file and stays dirty
     */
    public void saveAs(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        URI previousUri = getResource().getURI();
        getResource().setURI(URI.createFileURI(absolute.toString()));
        try {
            MaillageFiles.save(model, absolute);
        } catch (IOException | RuntimeException e) {
            getResource().setURI(previousUri);
            throw e;
        }
        file = absolute;
        saved();
    }

    private void saved() {
        commandStack.saveIsDone();
        unsavedRecovery = false;
        changeCount++;
        rememberDiskState();
        fireChanged();
    }

    /**
     * @return whether the file on disk was modified, replaced or deleted since this document last loaded or saved it
     *         (by another program, or another Maillage)
     */
    public boolean isChangedOnDisk() {
        if (file == null || savedSize < 0) {
            return false;
        }
        try {
            return !Files.exists(file) || !Files.getLastModifiedTime(file).equals(savedTime)
                    || Files.size(file) != savedSize;
        } catch (IOException e) {
            return true;
        }
    }

    /** Accepts the file on disk as it is now (the user chose to keep their version). */
    public void acknowledgeDiskState() {
        rememberDiskState();
    }

    /** @param listener told after each change of state; added once */
    public void addListener(Listener listener) {
        if (!listeners.contains(listener)) {
            listeners.add(listener);
        }
    }

    /** @param listener no longer told */
    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    /** Releases the item providers and listeners. The model itself is left to the garbage collector. */
    public void dispose() {
        commandStack.removeCommandStackListener(stackListener);
        editingDomain.getResourceSet().eAdapters().removeIf(a -> a instanceof IEditingDomainProvider p
                && p.getEditingDomain() == editingDomain);
        listeners.clear();
        adapterFactory.dispose();
    }

    private void commandStackChanged(EventObject event) {
        changeCount++;
        fireChanged();
    }

    private void fireChanged() {
        for (Listener listener : listeners) {
            listener.documentChanged(this);
        }
    }

    private void rememberDiskState() {
        if (file == null || !Files.exists(file)) {
            savedTime = null;
            savedSize = -1;
            return;
        }
        try {
            savedTime = Files.getLastModifiedTime(file);
            savedSize = Files.size(file);
        } catch (IOException e) {
            savedTime = null;
            savedSize = -1;
        }
    }

    /**
     * A command stack that tells the listeners registered when a change happened, even if one of them registers
     * another. Parts react to a command by showing what it created (a diagram selects the new node, the editor
     * builds that element's form, which listens to the stack): with EMF's stack, that registration during the
     * notification is a ConcurrentModificationException, which the stack reports by disposing the command it has
     * just executed, so that its undo then fails.
     */
    private static final class SnapshotCommandStack extends BasicCommandStack {

        /** Removes matching non-dirtying commands, keeping the undo position and the save point where they were. */
        void forget(Predicate<Command> which) {
            boolean removed = false;
            for (int i = commandList.size() - 1; i >= 0; i--) {
                Command command = commandList.get(i);
                if (command instanceof AbstractCommand.NonDirtying && which.test(command)) {
                    commandList.remove(i);
                    top -= i <= top ? 1 : 0;
                    saveIndex -= i <= saveIndex ? 1 : 0;
                    if (command == mostRecentCommand) {
                        mostRecentCommand = null;
                    }
                    command.dispose();
                    removed = true;
                }
            }
            if (removed) {
                notifyListeners();
            }
        }

        @Override
        protected void notifyListeners() {
            EventObject event = new EventObject(this);
            for (CommandStackListener listener : List.copyOf(listeners)) {
                listener.commandStackChanged(event);
            }
        }
    }
}
