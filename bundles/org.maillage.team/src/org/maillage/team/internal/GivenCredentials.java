/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.team.internal;

import java.util.Arrays;

import org.eclipse.jgit.errors.UnsupportedCredentialItem;
import org.eclipse.jgit.transport.CredentialItem;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.URIish;

/**
 * The credentials the user gave for an operation (user and password, or a key's passphrase), offered to JGit as if
 * asked now. JGit's SSH transport tries password authentication only with an interactive provider, and passes
 * informational messages along with the password item, which a plain user/password provider refuses: without this,
 * a password given for an SSH remote was never sent.
 */
public final class GivenCredentials extends CredentialsProvider {

    private final CredentialsProvider given;

    private GivenCredentials(CredentialsProvider given) {
        this.given = given;
    }

    /** @return {@code given} wrapped, or {@code null} when none are given */
    public static CredentialsProvider of(CredentialsProvider given) {
        return given == null || given instanceof GivenCredentials ? given : new GivenCredentials(given);
    }

    @Override
    public boolean isInteractive() {
        return true;
    }

    @Override
    public boolean supports(CredentialItem... items) {
        CredentialItem[] asked = withoutMessages(items);
        return asked.length > 0 && given.supports(asked);
    }

    @Override
    public boolean get(URIish uri, CredentialItem... items) throws UnsupportedCredentialItem {
        CredentialItem[] asked = withoutMessages(items);
        return asked.length > 0 && given.supports(asked) && given.get(uri, asked);
    }

    @Override
    public void reset(URIish uri) {
        given.reset(uri);
    }

    private static CredentialItem[] withoutMessages(CredentialItem... items) {
        return Arrays.stream(items).filter(item -> !(item instanceof CredentialItem.InformationalMessage))
                .toArray(CredentialItem[]::new);
    }
}
