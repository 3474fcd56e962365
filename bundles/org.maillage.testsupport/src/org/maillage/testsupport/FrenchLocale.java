/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.testsupport;

import java.util.Locale;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;

/**
 * Runs each test with the French locale, the product's language, and restores the previous one afterwards:
 * {@code @ExtendWith(FrenchLocale.class)}. Tests check the messages users read, not the build machine's locale.
 */
public final class FrenchLocale implements BeforeEachCallback, AfterEachCallback {

    private static final Namespace NAMESPACE = Namespace.create(FrenchLocale.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        context.getStore(NAMESPACE).put(Locale.class, Locale.getDefault());
        Locale.setDefault(Locale.FRANCE);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Locale.setDefault(context.getStore(NAMESPACE).get(Locale.class, Locale.class));
    }
}
