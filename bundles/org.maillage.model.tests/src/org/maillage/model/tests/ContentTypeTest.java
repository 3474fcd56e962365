/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.content.IContentType;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.junit.jupiter.api.Test;
import org.maillage.model.util.MaillageResourceImpl;
import org.maillage.model.util.ModelFormat;

/**
 * Covered cases: the platform recognises a roadmap file as the Maillage content type, by its extension and its
 * root namespace; EMF's global registry (as the workbench uses it) creates Maillage resources for the extension.
 */
class ContentTypeTest {

    private static final String ROADMAP = "org.maillage.model.roadmap";

    private static InputStream roadmapBytes() throws IOException {
        Resource resource = new MaillageResourceImpl(URI.createURI("memory:/x.maillage"));
        resource.getContents().add(ModelFormat.newModel());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        resource.save(out, null);
        return new ByteArrayInputStream(out.toByteArray());
    }

    @Test
    void roadmapFileHasTheMaillageContentType() throws IOException {
        IContentType type = Platform.getContentTypeManager().findContentTypeFor(roadmapBytes(), "eure.maillage");
        assertNotNull(type, "a content type is found");
        assertEquals(ROADMAP, type.getId());
    }

    @Test
    void globalRegistryCreatesMaillageResources() {
        Resource resource = new ResourceSetImpl().createResource(URI.createFileURI("/tmp/eure.maillage"));
        assertEquals(MaillageResourceImpl.class, resource.getClass());
    }
}
