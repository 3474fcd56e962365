/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.validation.tests;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.maillage.testsupport.FrenchLocale;

/**
 * Base of the validation tests: each test runs in French, as users do, on its own copy of the valid fixture
 * roadmap ({@link ValidationFixtures#valid()}).
 */
@ExtendWith(FrenchLocale.class)
abstract class FrenchFixtureTest {

    /** The valid roadmap that the test breaks on purpose. */
    protected ValidationFixtures f;

    @BeforeEach
    void freshFixture() {
        f = ValidationFixtures.valid();
    }
}
