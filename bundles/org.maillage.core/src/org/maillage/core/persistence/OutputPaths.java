/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.core.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.maillage.core.internal.Messages;

/**
 * Checks an output path before a command does any work, so that an output never destroys an input and never
 * replaces something that is not a plain file.
 * <p>
 * Accepted: an existing regular file (or a symbolic link to one) that is none of the protected files, or a new
 * path whose nearest existing ancestor is a folder. Refused: the same file as a protected one (compared with
 * {@link Files#isSameFile}, so a symbolic link or a hard link to an input is refused too), a folder, a device, a
 * FIFO or a socket, a path below a regular file. The protected files of an input are given by
 * {@link #protectedFilesOf(Path)}: the input, its backups and the diagram file the workbench keeps beside it.
 * <p>
 * The check cannot stop another program from changing the file system between the check and the write;
 * {@link AtomicFileWriter} refuses devices and FIFOs again at write time.
 */
public final class OutputPaths {

    /** Extension of the diagram file the workbench keeps beside a roadmap ({@code eure.maillagediag}). */
    private static final String DIAGRAM_EXTENSION = ".maillagediag";

    private OutputPaths() {
    }

    /**
     * @param input an input file of a command
     * @return the files an output must not replace: the input, its backups and the diagram file beside it
     */
    public static List<Path> protectedFilesOf(Path input) {
        List<Path> files = new ArrayList<>();
        files.add(input);
        files.addAll(AtomicFileWriter.backupsOf(input));
        String name = input.getFileName() == null ? "" : input.getFileName().toString();
        int dot = name.lastIndexOf('.');
        if (dot > 0 && !name.endsWith(DIAGRAM_EXTENSION)) {
            files.add(input.resolveSibling(name.substring(0, dot) + DIAGRAM_EXTENSION));
        }
        return files;
    }

    /**
     * @param inputs the input files of a command
     * @return the protected files of all of them ({@link #protectedFilesOf(Path)})
     */
    public static List<Path> protectedFilesOf(Collection<Path> inputs) {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            files.addAll(protectedFilesOf(input));
        }
        return files;
    }

    /**
     * Checks an output file.
     *
     * @param output where the command will write
     * @param protectedFiles files the output must not be (typically {@link #protectedFilesOf(Collection)} of the
     *            inputs); those that do not exist are ignored
     * @throws OutputRefusedException when the output is refused; the message names it and says why
     */
    public static void checkFile(Path output, Collection<Path> protectedFiles) throws OutputRefusedException {
        BasicFileAttributes attributes = attributes(output);
        if (attributes != null) {
            if (attributes.isDirectory()) {
                throw refused(output, "output.directory");
            }
            if (!attributes.isRegularFile()) {
                throw refused(output, "output.notRegular");
            }
        } else {
            checkAncestors(output);
        }
        List<Path> backups = AtomicFileWriter.backupsOf(output.toAbsolutePath());
        for (Path file : protectedFiles) {
            if (sameFile(output, file)) {
                throw refused(output, "output.isInput", file);
            }
            for (Path backup : backups) {
                // Writing the output rotates its backups: an input among them would be renamed.
                if (sameFile(backup, file)) {
                    throw refused(output, "output.backupIsInput", file);
                }
            }
        }
    }

    /**
     * Checks an output folder: an existing folder, or a path that can be created as one.
     *
     * @param folder where the command will write its files
     * @throws OutputRefusedException when it exists and is not a folder, or lies below a file
     */
    public static void checkFolder(Path folder) throws OutputRefusedException {
        BasicFileAttributes attributes = attributes(folder);
        if (attributes != null) {
            if (!attributes.isDirectory()) {
                throw refused(folder, "output.notFolder");
            }
        } else {
            checkAncestors(folder);
        }
    }

    /** A new path: its nearest existing ancestor must be a folder, else nothing can be created there. */
    private static void checkAncestors(Path path) throws OutputRefusedException {
        for (Path parent = path.toAbsolutePath().getParent(); parent != null; parent = parent.getParent()) {
            BasicFileAttributes attributes = attributes(parent);
            if (attributes != null) {
                if (!attributes.isDirectory()) {
                    throw refused(path, "output.parentNotFolder", parent);
                }
                return;
            }
        }
    }

    /** @return the attributes of what the path names, following links, or {@code null} when nothing is there */
    private static BasicFileAttributes attributes(Path path) {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class);
        } catch (IOException e) {
            return null;
        }
    }

    private static boolean sameFile(Path a, Path b) {
        if (!Files.exists(a) || !Files.exists(b)) {
            // A dangling link or a new path: compare the paths the writer would create.
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize())
                    && Files.exists(b, LinkOption.NOFOLLOW_LINKS);
        }
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    private static OutputRefusedException refused(Path path, String key, Object... details) {
        Object[] args = new Object[details.length + 1];
        args[0] = path.toString();
        System.arraycopy(details, 0, args, 1, details.length);
        return new OutputRefusedException(path, Messages.get(key, args));
    }
}
