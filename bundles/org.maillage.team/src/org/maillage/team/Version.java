/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.team;

import java.time.Instant;

/**
 * One recorded version of a file (a Git commit that changed it).
 *
 * @param id the commit's full id, for {@link TeamRepository#contentAt}
 * @param author the author's name
 * @param email the author's e-mail address
 * @param date when the version was recorded
 * @param message the message given when recording it
 */
public record Version(String id, String author, String email, Instant date, String message) {

    /** @return the first seven characters of the id, as Git shows it */
    public String shortId() {
        return id.substring(0, Math.min(7, id.length()));
    }
}
