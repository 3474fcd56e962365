/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.edit;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

import org.maillage.core.persistence.RecoveryStore;

/**
 * Keeps the recovery copy of one open roadmap up to date: written while the document has unsaved changes, removed
 * once they are saved or given up.
 * <p>
 * The work is split for the workbench: {@link #snapshot()} serializes the roadmap on the thread that owns the
 * document (the UI thread; fast, and consistent because no edit can happen meanwhile), {@link #write(Snapshot)}
 * does the slow disk work on any thread (a background job). A snapshot taken before a {@link #discard()} is never
 * written after it, so a save is not followed by a stale copy reappearing.
 */
public final class DocumentRecovery {

    /** The serialized content of a document at one moment, ready to be written. */
    public record Snapshot(String id, Path original, byte[] content, long changeCount) {
    }

    private final RoadmapDocument document;
    private final RecoveryStore store;
    private final String untitledId = RecoveryStore.newUntitledId();
    private final Set<String> written = new LinkedHashSet<>();
    private long writtenChangeCount = -1;
    private long discardedChangeCount = -1;

    /**
     * @param document the open roadmap
     * @param store where copies are kept
     */
    public DocumentRecovery(RoadmapDocument document, RecoveryStore store) {
        this.document = document;
        this.store = store;
    }

    /**
     * Serializes the document if it has changes that no copy holds yet. Call on the document's thread.
     *
     * @return what to write, or {@code null} when the document is clean or the last copy is current
     * @throws IOException when the model cannot be serialized
     */
    public Snapshot snapshot() throws IOException {
        long count = document.getChangeCount();
        synchronized (this) {
            if (!document.isDirty() || count == writtenChangeCount) {
                return null;
            }
        }
        Path file = document.getFile();
        String id = file == null ? untitledId : RecoveryStore.idOf(file);
        return new Snapshot(id, file, document.toBytes(), count);
    }

    /**
     * Writes a snapshot as the document's recovery copy, unless the document was saved or closed since it was
     * taken. Any thread.
     *
     * @param snapshot from {@link #snapshot()}
     * @throws IOException when the copy cannot be written
     */
    public synchronized void write(Snapshot snapshot) throws IOException {
        if (snapshot.changeCount() <= discardedChangeCount) {
            return;
        }
        store.write(snapshot.id(), snapshot.original(), snapshot.content());
        written.add(snapshot.id());
        writtenChangeCount = snapshot.changeCount();
    }

    /**
     * Removes every copy written for the document (after a save, or when the user closes it without saving).
     *
     * @throws IOException when a copy cannot be deleted
     */
    public synchronized void discard() throws IOException {
        discardedChangeCount = document.getChangeCount();
        writtenChangeCount = -1;
        IOException failure = null;
        for (String id : written) {
            try {
                store.delete(id);
            } catch (IOException e) {
                failure = e;
            }
        }
        written.clear();
        if (failure != null) {
            throw failure;
        }
    }
}
