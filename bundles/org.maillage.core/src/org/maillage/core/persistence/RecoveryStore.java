/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.core.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.UUID;

import org.maillage.core.internal.Messages;

/**
 * Recovery copies of roadmaps with unsaved changes, so that a user can get their work back after a crash.
 * <p>
 * While a document is dirty, the workbench writes its serialized content here from time to time; a save or a
 * close deletes the copy. Whatever is left at the next start was not saved: the user is offered to recover it.
 * Each entry is two files in the store's folder, both written atomically: {@code ID.maillage} (the content) and
 * {@code ID.properties} (which file it belongs to, and when it was written). The id of a saved file's entry is a
 * hash of its absolute path, so a file has at most one copy; a roadmap never saved gets an id of its own.
 * <p>
 * The folder is created owner-only where the file system allows it: copies hold the roadmap's content. One
 * writer per entry is assumed (the editor of that document); different entries may be written concurrently.
 */
public final class RecoveryStore {

    /** One recovery copy found in the store. */
    public record Copy(String id, Path original, Path content, Instant written) {
        /**
         * @param id the entry's id
         * @param original the file the copy belongs to, or {@code null} for a roadmap never saved
         * @param content the recovered content, a roadmap file
         * @param written when the copy was written
         */
        public Copy {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(content, "content");
            Objects.requireNonNull(written, "written");
        }
    }

    private static final String CONTENT_SUFFIX = ".maillage";
    private static final String INFO_SUFFIX = ".properties";
    private static final String KEY_ORIGINAL = "original";
    private static final String KEY_WRITTEN = "written";
    private static final String UNTITLED_PREFIX = "sans-titre-";

    private final Path folder;

    /** @param folder where the copies are kept; created when the first copy is written */
    public RecoveryStore(Path folder) {
        this.folder = folder.toAbsolutePath();
    }

    /** @return the store of the current user, {@code ~/.maillage/recuperation} */
    public static RecoveryStore forUser() {
        return new RecoveryStore(Path.of(System.getProperty("user.home"), ".maillage", "recuperation"));
    }

    /** @return the folder of the copies */
    public Path folder() {
        return folder;
    }

    /**
     * @param original a roadmap file
     * @return the id of its entry: the same for the same absolute path
     */
    public static String idOf(Path original) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(original.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    /** @return a fresh id for a roadmap that has no file yet */
    public static String newUntitledId() {
        return UNTITLED_PREFIX + UUID.randomUUID();
    }

    /**
     * Writes (or replaces) the copy of an entry.
     *
     * @param id the entry's id ({@link #idOf(Path)} or {@link #newUntitledId()})
     * @param original the file the content belongs to, or {@code null} for a roadmap never saved
     * @param content the serialized roadmap
     * @throws IOException when the copy cannot be written; a previous copy of the entry is then intact
     */
    public void write(String id, Path original, byte[] content) throws IOException {
        checkId(id);
        createFolder();
        AtomicFileWriter.write(folder.resolve(id + CONTENT_SUFFIX), out -> out.write(content));
        Properties info = new Properties();
        if (original != null) {
            info.setProperty(KEY_ORIGINAL, original.toAbsolutePath().normalize().toString());
        }
        info.setProperty(KEY_WRITTEN, Long.toString(System.currentTimeMillis()));
        // The info is written last: an entry without it is not listed, so a half-written entry is never offered.
        AtomicFileWriter.write(folder.resolve(id + INFO_SUFFIX), out -> info.store(out, "Maillage recovery copy"));
    }

    /**
     * Removes an entry, its files and their backups. Nothing happens when there is none.
     *
     * @param id the entry's id
     * @throws IOException when a file cannot be deleted
     */
    public void delete(String id) throws IOException {
        checkId(id);
        for (String suffix : List.of(INFO_SUFFIX, CONTENT_SUFFIX)) {
            Path file = folder.resolve(id + suffix);
            Files.deleteIfExists(file);
            for (Path backup : AtomicFileWriter.backupsOf(file)) {
                Files.deleteIfExists(backup);
            }
        }
    }

    /**
     * @return the complete entries, newest first; unreadable or incomplete ones are skipped (never offered)
     * @throws IOException when the folder exists but cannot be listed
     */
    public List<Copy> list() throws IOException {
        List<Copy> copies = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return copies;
        }
        try (DirectoryStream<Path> infos = Files.newDirectoryStream(folder, "*" + INFO_SUFFIX)) {
            for (Path info : infos) {
                Copy copy = read(info);
                if (copy != null) {
                    copies.add(copy);
                }
            }
        }
        copies.sort(Comparator.comparing(Copy::written).reversed());
        return copies;
    }

    private Copy read(Path info) {
        String name = info.getFileName().toString();
        String id = name.substring(0, name.length() - INFO_SUFFIX.length());
        Path content = folder.resolve(id + CONTENT_SUFFIX);
        if (!isValidId(id) || !Files.isRegularFile(content)) {
            return null;
        }
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(info)) {
            properties.load(in);
            String original = properties.getProperty(KEY_ORIGINAL);
            Instant written = Instant.ofEpochMilli(Long.parseLong(properties.getProperty(KEY_WRITTEN, "")));
            return new Copy(id, original == null ? null : Path.of(original), content, written);
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }

    private void createFolder() throws IOException {
        if (Files.isDirectory(folder)) {
            return;
        }
        try {
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectories(folder);
            }
        } catch (IOException e) {
            // Typically a home folder that is not writable: say which folder and why, in the user's language.
            LocalizedIOException localized = new LocalizedIOException(folder,
                    Messages.get("recovery.folder", IoProblems.reason(e)));
            localized.initCause(e);
            throw localized;
        }
    }

    /** Ids become file names: only the characters {@link #idOf} and {@link #newUntitledId} produce. */
    private static boolean isValidId(String id) {
        return id != null && !id.isEmpty() && id.length() <= 80 && id.chars()
                .allMatch(c -> c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-');
    }

    private static void checkId(String id) {
        if (!isValidId(id)) {
            throw new IllegalArgumentException("not a recovery id: " + id);
        }
    }
}
