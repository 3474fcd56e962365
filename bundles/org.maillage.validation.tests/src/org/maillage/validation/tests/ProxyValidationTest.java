/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.InternalEObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.examples.Examples;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.organisation.Organisation;
import org.maillage.model.territoire.Commune;
import org.maillage.model.territoire.TerritoireFactory;
import org.maillage.validation.ModelValidation;

/**
 * Covered cases: validating a roadmap that holds a proxy to a FIFO (as a late resolution would meet it) loads
 * nothing: it neither hangs nor adds a resource, and the proxy stays a proxy.
 */
class ProxyValidationTest {

    @TempDir
    Path folder;

    @Test
    void validationLoadsNothing() throws Exception {
        Path pipe = folder.resolve("pipe.maillage");
        assertEquals(0, new ProcessBuilder("mkfifo", pipe.toString()).inheritIO().start().waitFor(), "mkfifo");
        ModeleMaillage model = Examples.find(Examples.VALHERBASSE).orElseThrow().open();
        Commune proxy = TerritoireFactory.eINSTANCE.createCommune();
        ((InternalEObject) proxy).eSetProxyURI(URI.createFileURI(pipe.toString()).appendFragment("c"));
        Organisation organisation = model.getOrganisations().get(0);
        organisation.setTerritoire(proxy);
        int resources = model.eResource().getResourceSet().getResources().size();

        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> ModelValidation.validate(model));
        assertTrue(organisation.getTerritoire().eIsProxy(), "the proxy stays a proxy");
        assertEquals(resources, model.eResource().getResourceSet().getResources().size(), "nothing was loaded");
    }
}
