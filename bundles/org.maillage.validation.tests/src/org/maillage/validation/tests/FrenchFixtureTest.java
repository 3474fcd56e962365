/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.validation.tests;

import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the validation tests: each test runs in French, as users do, on its own copy of the valid fixture
 * roadmap ({@link ValidationFixtures#valid()}), and the default locale is restored afterwards.
 */
abstract class FrenchFixtureTest {

    /** The valid roadmap that the test breaks on purpose. */
    protected ValidationFixtures f;

    private Locale previous;

    @BeforeEach
    void frenchAndFreshFixture() {
        previous = Locale.getDefault();
        Locale.setDefault(Locale.FRANCE);
        f = ValidationFixtures.valid();
    }

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(previous);
    }
}
