/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.core.persistence;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;

/**
 * Replaces a file so that a crash at any moment leaves either the old or the new content, never a mix.
 * <p>
 * The content is written to a temporary file in the target's own folder (a rename across file systems is
 * not atomic), forced to disk, then renamed over the target. The previous version is kept next to it with a
 * {@value #BACKUP_SUFFIX} suffix, copied (then renamed into place) before the rename. The file keeps its
 * permissions, and a symbolic link keeps pointing to the file it named.
 */
public final class AtomicFileWriter {

    /** Suffix of the backup of the previous version. */
    public static final String BACKUP_SUFFIX = ".bak";

    private static final String TEMP_SUFFIX = ".tmp";

    /** Writes the content of the file to the given stream. */
    @FunctionalInterface
    public interface ContentWriter {
        /**
         * @param out the stream to write to; it must not be closed by the writer
         * @throws IOException when the content cannot be produced
         */
        void write(OutputStream out) throws IOException;
    }

    private AtomicFileWriter() {
    }

    /**
     * Writes {@code target} atomically.
     *
     * @param target the file to create or replace
     * @param content what to write
     * @throws IOException when anything fails; the target is then untouched and the temporary file removed
     */
    public static void write(Path target, ContentWriter content) throws IOException {
        // Through a symbolic link, replace the file it points to, not the link.
        Path absolute = Files.exists(target) ? target.toRealPath() : target.toAbsolutePath();
        Path folder = absolute.getParent();
        Files.createDirectories(folder);
        removeLeftovers(folder, absolute.getFileName().toString());
        Path temp = Files.createTempFile(folder, tempPrefix(absolute.getFileName().toString()), TEMP_SUFFIX);
        IOException failure = null;
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                OutputStream out = Channels.newOutputStream(channel);
                content.write(out);
                out.flush();
                channel.force(true);
            }
            if (Files.exists(absolute)) {
                keepPermissions(absolute, temp);
                backUp(absolute);
            }
            move(temp, absolute);
            syncFolder(folder);
        } catch (IOException | RuntimeException e) {
            failure = e instanceof IOException io ? io : new IOException(e.getMessage(), e);
            throw failure;
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                // The save's own failure matters more than a temporary file left behind (removed next time).
                if (failure != null) {
                    failure.addSuppressed(e);
                }
            }
        }
    }

    /**
     * Copies the current version to {@code FILE.bak} through a temporary copy and a rename, so that a crash
     * during the copy leaves the previous backup whole.
     */
    private static void backUp(Path file) throws IOException {
        Path backup = backupOf(file);
        Path partial = backup.resolveSibling(backup.getFileName() + TEMP_SUFFIX);
        Files.copy(file, partial, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
        move(partial, backup);
    }

    /** A temporary file is created owner-only: a shared roadmap must keep the permissions it had. */
    private static void keepPermissions(Path from, Path to) throws IOException {
        PosixFileAttributeView source = Files.getFileAttributeView(from, PosixFileAttributeView.class);
        PosixFileAttributeView target = Files.getFileAttributeView(to, PosixFileAttributeView.class);
        if (source != null && target != null) {
            target.setPermissions(source.readAttributes().permissions());
        }
    }

    private static String tempPrefix(String fileName) {
        return "." + fileName + ".";
    }

    /**
     * A save killed before its rename leaves its temporary file behind; the target itself is intact. Remove such
     * leftovers, so that they do not pile up. One writer per file is assumed (the workbench or one command).
     */
    private static void removeLeftovers(Path folder, String fileName) throws IOException {
        String prefix = tempPrefix(fileName);
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(folder,
                p -> p.getFileName().toString().startsWith(prefix)
                        && p.getFileName().toString().endsWith(TEMP_SUFFIX))) {
            for (Path leftover : leftovers) {
                Files.deleteIfExists(leftover);
            }
        }
        Files.deleteIfExists(folder.resolve(fileName + BACKUP_SUFFIX + TEMP_SUFFIX));
    }

    /** @return where the previous version of {@code target} is kept */
    public static Path backupOf(Path target) {
        return target.resolveSibling(target.getFileName() + BACKUP_SUFFIX);
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Only on exotic file systems; same folder, so a plain replace is the best that can be done.
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes the rename itself durable on POSIX systems; Windows does not allow opening a folder. */
    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Not supported on this platform: the rename is still atomic, only its durability is weaker.
        }
    }
}
