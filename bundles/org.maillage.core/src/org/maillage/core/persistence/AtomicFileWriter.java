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

/**
 * Replaces a file so that a crash at any moment leaves either the old or the new content, never a mix.
 * <p>
 * The content is written to a temporary file in the target's own folder (a rename across file systems is
 * not atomic), forced to disk, then renamed over the target. The previous version is kept next to it with a
 * {@value #BACKUP_SUFFIX} suffix, as a hard copy made before the rename.
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
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Files.createDirectories(folder);
        removeLeftovers(folder, absolute.getFileName().toString());
        Path temp = Files.createTempFile(folder, tempPrefix(absolute.getFileName().toString()), TEMP_SUFFIX);
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                OutputStream out = Channels.newOutputStream(channel);
                content.write(out);
                out.flush();
                channel.force(true);
            }
            if (Files.exists(absolute)) {
                Files.copy(absolute, backupOf(absolute), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.COPY_ATTRIBUTES);
            }
            move(temp, absolute);
            syncFolder(folder);
        } finally {
            Files.deleteIfExists(temp);
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
