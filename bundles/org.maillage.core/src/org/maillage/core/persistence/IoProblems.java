/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.core.persistence;

import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

import org.maillage.core.internal.Messages;

/**
 * Says in the user's language why a file operation failed. The JDK's messages are English and often bare (a
 * path, or "No space left on device"): commands show this text after naming the file themselves.
 */
public final class IoProblems {

    private IoProblems() {
    }

    /**
     * @param failure what a file operation threw
     * @return the reason, localised, without the file name: e.g. "disque plein", "accès refusé"
     */
    public static String reason(Throwable failure) {
        if (failure instanceof LocalizedIOException localized) {
            return localized.reason();
        }
        if (failure instanceof AccessDeniedException) {
            return Messages.get("io.accessDenied");
        }
        if (failure instanceof NoSuchFileException) {
            return Messages.get("io.noSuchFile");
        }
        if (failure instanceof NotDirectoryException) {
            return Messages.get("io.notDirectory");
        }
        if (failure instanceof DirectoryNotEmptyException) {
            return Messages.get("io.directoryNotEmpty");
        }
        if (failure instanceof FileAlreadyExistsException) {
            return Messages.get("io.alreadyExists");
        }
        String text = failure instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
                : failure.getMessage();
        String lower = text == null ? "" : text.toLowerCase(Locale.ROOT);
        // The operating system's wording (strerror), the same in every JDK locale.
        if (lower.contains("no space left") || lower.contains("not enough space")
                || lower.contains("disk full")) {
            return Messages.get("io.diskFull");
        }
        if (lower.contains("quota")) {
            return Messages.get("io.quota");
        }
        if (lower.contains("read-only file system")) {
            return Messages.get("io.readOnly");
        }
        if (lower.contains("permission denied") || lower.contains("access is denied")) {
            return Messages.get("io.accessDenied");
        }
        return text == null || text.isBlank() ? Messages.get("io.other", failure.getClass().getSimpleName())
                : Messages.get("io.otherWithText", text);
    }
}
