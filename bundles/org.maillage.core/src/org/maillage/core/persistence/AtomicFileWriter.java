/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.core.persistence;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import org.maillage.core.internal.Messages;

/**
 * Replaces a file so that a crash at any moment leaves either the old or the new content, never a mix.
 * <p>
 * The content is written to a temporary file in the target's own folder (a rename across file systems is
 * not atomic), forced to disk, then renamed over the target. The file keeps its permissions, and a symbolic link
 * keeps pointing to the file it named. Only a regular file is ever replaced: a folder, a device, a FIFO or a
 * socket is refused before anything is written (a device would otherwise be replaced by a file, or copied into
 * the backup without end).
 * <p>
 * <b>Backups.</b> The previous version is kept next to it as {@code FILE}{@value #BACKUP_SUFFIX}, copied (then
 * renamed into place) before the rename. An existing backup with other content is never lost silently: the older
 * backups rotate, {@code FILE.bak} becoming {@code FILE.bak.1}, {@code FILE.bak.1} becoming {@code FILE.bak.2},
 * up to {@value #OLDER_BACKUPS} older backups; the oldest beyond that is deleted. {@link #backupsOf(Path)} lists
 * them, newest first.
 * <p>
 * <b>Concurrent saves.</b> Each save holds a lock on its own temporary files, so that another save's clean-up of
 * leftovers never removes them. A save whose target was replaced by another save after it started is abandoned
 * with a {@link LocalizedIOException} (the other save's content stays whole); whichever rename comes last wins,
 * and the file on disk is always one complete version.
 */
public final class AtomicFileWriter {

    /** Suffix of the backup of the previous version. */
    public static final String BACKUP_SUFFIX = ".bak";

    /** How many backups older than {@code FILE.bak} are kept ({@code FILE.bak.1} ... {@code FILE.bak.N}). */
    public static final int OLDER_BACKUPS = 3;

    private static final String TEMP_SUFFIX = ".tmp";

    private static final SecureRandom RANDOM = new SecureRandom();

    /** One monitor per file being saved in this process. */
    private static final Map<Path, Object> SAVES = new ConcurrentHashMap<>();

    /** Guards the creation and locking of temporary files against the clean-up of leftovers. */
    private static final Object TEMP_FILES = new Object();

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
     * @throws IOException when anything fails; the target is then untouched and the temporary file removed. A
     *             {@link LocalizedIOException} when the target is not a regular file or was replaced by another
     *             save meanwhile.
     */
    public static void write(Path target, ContentWriter content) throws IOException {
        // Through a symbolic link, replace the file it points to, not the link.
        Path absolute = Files.exists(target) ? target.toRealPath() : target.toAbsolutePath();
        // Saves of one file in this process run one after the other (the editor and its recovery job, tests).
        synchronized (SAVES.computeIfAbsent(absolute, p -> new Object())) {
            writeAlone(absolute, content);
        }
    }

    private static void writeAlone(Path absolute, ContentWriter content) throws IOException {
        BasicFileAttributes before = regularOrAbsent(absolute);
        Path folder = absolute.getParent();
        Files.createDirectories(folder);
        String name = absolute.getFileName().toString();
        Path temp = null;
        IOException failure = null;
        try {
            try (LockedTemp locked = createLocked(folder, name)) {
                temp = locked.path();
                OutputStream out = Channels.newOutputStream(locked.channel());
                content.write(out);
                out.flush();
                locked.channel().force(true);
                // The lock is held until the rename, so that no other save takes the file for a leftover.
                try {
                    BasicFileAttributes now = regularOrAbsent(absolute);
                    if (changed(before, now)) {
                        throw new LocalizedIOException(absolute, Messages.get("write.concurrent"));
                    }
                    if (now != null) {
                        keepPermissions(absolute, temp);
                        backUp(absolute);
                    }
                    move(temp, absolute);
                } catch (IOException e) {
                    // Another process saving the same file at the same moment: say so rather than a bare path.
                    if (!(e instanceof LocalizedIOException) && changed(before, attributesOrNull(absolute))) {
                        LocalizedIOException concurrent = new LocalizedIOException(absolute,
                                Messages.get("write.concurrent"));
                        concurrent.initCause(e);
                        throw concurrent;
                    }
                    throw e;
                }
            }
            syncFolder(folder);
        } catch (IOException | RuntimeException e) {
            failure = e instanceof IOException io ? io : new IOException(e.getMessage(), e);
            throw failure;
        } finally {
            try {
                if (temp != null) {
                    Files.deleteIfExists(temp);
                }
            } catch (IOException e) {
                // The save's own failure matters more than a temporary file left behind (removed next time).
                if (failure != null) {
                    failure.addSuppressed(e);
                }
            }
        }
    }

    /** A temporary file, open for writing and locked (when the file system has locks). */
    private record LockedTemp(Path path, FileChannel channel, FileLock lock) implements Closeable {
        @Override
        public void close() throws IOException {
            try {
                if (lock != null && lock.isValid()) {
                    lock.release();
                }
            } finally {
                channel.close();
            }
        }
    }

    /**
     * Removes the leftovers of killed saves, then creates and locks a new temporary file, both under one monitor:
     * a clean-up in this process never sees another save's file between its creation and its lock.
     */
    private static LockedTemp createLocked(Path folder, String fileName) throws IOException {
        synchronized (TEMP_FILES) {
            removeLeftovers(folder, fileName);
            if (!fileName.endsWith(BACKUP_SUFFIX)) {
                removeLeftovers(folder, fileName + BACKUP_SUFFIX);
                // The fixed name used by earlier versions for the backup's partial copy.
                Files.deleteIfExists(folder.resolve(fileName + BACKUP_SUFFIX + TEMP_SUFFIX));
            }
            Path path = createTemp(folder, fileName);
            try {
                FileChannel channel = FileChannel.open(path, StandardOpenOption.WRITE,
                        StandardOpenOption.TRUNCATE_EXISTING);
                return new LockedTemp(path, channel, lock(channel));
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(path);
                throw e;
            }
        }
    }

    /**
     * Creates a new, empty temporary file with the permissions any program gets for a new file, not those of
     * {@link Files#createTempFile}: owner-only (0600) stayed on every new roadmap, diagram and table, unusable in
     * a team's shared folder. {@link Files#createFile} without attributes lets the system apply the process umask
     * to rw for everyone, as an editor or {@code touch} would: 0644 under the common umask 022, 0664 where a team
     * set 002 for its shared folder, 0600 for whoever chose 077. Java cannot read the umask, and a fixed 0644
     * would override that choice either way. A file being replaced then takes back its own permissions
     * ({@link #keepPermissions}); on Windows there is no POSIX view and the folder's ACLs apply as before.
     */
    private static Path createTemp(Path folder, String fileName) throws IOException {
        while (true) {
            // No dot in the random part: see removeLeftovers.
            String random = Long.toUnsignedString(RANDOM.nextLong());
            try {
                return Files.createFile(folder.resolve(tempPrefix(fileName) + random + TEMP_SUFFIX));
            } catch (FileAlreadyExistsException e) {
                // Another save drew the same name: draw again.
            }
        }
    }

    private static BasicFileAttributes attributesOrNull(Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * @return the attributes of the target when it is a regular file, {@code null} when there is none
     * @throws LocalizedIOException when it is a folder, a device, a FIFO or a socket
     */
    private static BasicFileAttributes regularOrAbsent(Path target) throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(target, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return null;
        }
        if (attributes.isDirectory()) {
            throw new LocalizedIOException(target, Messages.get("write.directory"));
        }
        if (!attributes.isRegularFile()) {
            throw new LocalizedIOException(target, Messages.get("write.notRegular"));
        }
        return attributes;
    }

    /** Another save renamed its file over the target (new inode), or something rewrote it in place. */
    private static boolean changed(BasicFileAttributes before, BasicFileAttributes now) {
        if (before == null || now == null) {
            return before != now;
        }
        return !Objects.equals(before.fileKey(), now.fileKey()) || before.size() != now.size()
                || !before.lastModifiedTime().equals(now.lastModifiedTime());
    }

    private static FileLock lock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException | UnsupportedOperationException e) {
            // A fresh temporary file cannot be locked already; without locks, leftovers are only left longer.
            return null;
        }
    }

    /**
     * Copies the current version to {@code FILE.bak} through a locked temporary copy and a rename, so that a crash
     * during the copy leaves the previous backup whole; an older backup with other content rotates first.
     */
    private static void backUp(Path file) throws IOException {
        Path backup = backupOf(file);
        if (Files.isRegularFile(backup) && Files.mismatch(backup, file) == -1L) {
            return;
        }
        Path partial = null;
        try {
            try (LockedTemp locked = createLocked(file.getParent(), backup.getFileName().toString());
                    FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
                partial = locked.path();
                FileChannel out = locked.channel();
                long size = in.size();
                for (long done = 0; done < size;) {
                    done += out.transferFrom(in, done, size - done);
                }
                out.force(true);
                keepPermissions(file, partial);
                Files.setLastModifiedTime(partial, Files.getLastModifiedTime(file));
                rotate(file);
                move(partial, backup);
            }
        } finally {
            if (partial != null) {
                Files.deleteIfExists(partial);
            }
        }
    }

    /** FILE.bak -> FILE.bak.1 -> ... -> FILE.bak.N; the oldest beyond N is deleted. Only regular files move. */
    private static void rotate(Path file) throws IOException {
        List<Path> backups = backupsOf(file);
        if (!Files.isRegularFile(backups.get(0))) {
            return;
        }
        Files.deleteIfExists(backups.get(backups.size() - 1));
        for (int i = backups.size() - 2; i >= 0; i--) {
            Path from = backups.get(i);
            if (Files.isRegularFile(from)) {
                move(from, backups.get(i + 1));
            }
        }
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
     * leftovers, so that they do not pile up, but never a temporary file that a running save holds locked.
     */
    private static void removeLeftovers(Path folder, String fileName) throws IOException {
        String prefix = tempPrefix(fileName);
        // The random part has no dot: FILE's leftovers are not mistaken for those of FILE.bak.
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(folder, p -> {
            String name = p.getFileName().toString();
            return name.startsWith(prefix) && name.endsWith(TEMP_SUFFIX)
                    && name.indexOf('.', prefix.length()) == name.length() - TEMP_SUFFIX.length();
        })) {
            for (Path leftover : leftovers) {
                if (!inUse(leftover)) {
                    Files.deleteIfExists(leftover);
                }
            }
        }
    }

    /** @return whether another save holds the file locked (in this process or another) */
    private static boolean inUse(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    /** @return where the previous version of {@code target} is kept */
    public static Path backupOf(Path target) {
        return target.resolveSibling(target.getFileName() + BACKUP_SUFFIX);
    }

    /**
     * @param target a file written by this class
     * @return the paths of all its backups, newest first: {@code FILE.bak}, {@code FILE.bak.1} ...
     *         {@code FILE.bak.N} (whether they exist or not)
     */
    public static List<Path> backupsOf(Path target) {
        List<Path> backups = new ArrayList<>();
        Path backup = backupOf(target);
        backups.add(backup);
        for (int i = 1; i <= OLDER_BACKUPS; i++) {
            backups.add(backup.resolveSibling(backup.getFileName() + "." + i));
        }
        return backups;
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
