/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.team;

/**
 * Who records a version: the name and e-mail address Git stores in each commit.
 *
 * @param name the person's name, as colleagues know it
 * @param email an e-mail address (a functional one is fine)
 */
public record Author(String name, String email) {

    /** @return whether both the name and the address are given */
    public boolean isComplete() {
        return name != null && !name.isBlank() && email != null && !email.isBlank();
    }
}
