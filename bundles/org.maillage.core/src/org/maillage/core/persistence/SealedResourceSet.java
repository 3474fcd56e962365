/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.core.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.impl.EPackageRegistryImpl;
import org.eclipse.emf.ecore.resource.ContentHandler;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.URIConverter;
import org.eclipse.emf.ecore.resource.URIHandler;
import org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.resource.impl.URIHandlerImpl;

/**
 * A resource set in which nothing is ever read behind the caller's back: every Maillage file is self-contained.
 * <p>
 * EMF treats URIs found inside a file as requests to load: an unknown namespace is looked up as a package by
 * demand-loading its URI, and an {@code href} to another file becomes a proxy that is resolved, on first access and
 * long after the load, by demand-loading that file with default (unhardened) options. A hostile file can thus make
 * Maillage open a FIFO (and hang), connect to a server, or parse another file. This set closes all three doors:
 * <ul>
 * <li>its URI converter refuses to open, create, delete or even probe any URI, so no stream is ever opened by EMF
 * (files are read by {@link ModelFiles#load}, which opens the one file it was asked for itself);</li>
 * <li>{@link #getResource(URI, boolean)} never demand-loads: a resource that is not already in the set is not
 * created, so a proxy to another file stays an unresolved proxy (it never throws late, in a validation or a
 * report);</li>
 * <li>its package registry answers only the packages registered on it ({@link #register(EPackage...)}), without
 * delegating to the global registry; references to a registered package's classes by its namespace URI (e.g.
 * {@code href="http://maillage.org/model/1.0#//Chantier"}) still resolve, since the package is already in
 * memory.</li>
 * </ul>
 */
public class SealedResourceSet extends ResourceSetImpl {

    /**
     * @param packages the packages whose namespaces files may use; their sub-packages are registered too
     */
    public SealedResourceSet(EPackage... packages) {
        // No delegate: a package another bundle registered globally is not a namespace Maillage files may use.
        packageRegistry = new EPackageRegistryImpl();
        uriConverter = new ExtensibleURIConverterImpl(List.of(new RefusingHandler()), List.<ContentHandler>of());
        register(packages);
    }

    /**
     * Registers packages (and their sub-packages, recursively) under their namespace URIs.
     *
     * @param packages the packages
     * @return this set
     */
    public final SealedResourceSet register(EPackage... packages) {
        for (EPackage ePackage : packages) {
            packageRegistry.put(ePackage.getNsURI(), ePackage);
            register(ePackage.getESubpackages().toArray(EPackage[]::new));
        }
        return this;
    }

    /**
     * Returns the resource already in this set for {@code uri}, or the resource of a registered package; never
     * creates nor loads one, whatever {@code loadOnDemand} says.
     */
    @Override
    public Resource getResource(URI uri, boolean loadOnDemand) {
        return super.getResource(uri, false);
    }

    /** A resource created in the set but not loaded by {@link ModelFiles#load} stays empty. */
    @Override
    protected void demandLoad(Resource resource) throws IOException {
        throw new IOException(refusal(resource.getURI()));
    }

    /** The sealing is what makes the set safe: it cannot be undone. */
    @Override
    public void setPackageRegistry(EPackage.Registry packageRegistry) {
        throw new UnsupportedOperationException("sealed resource set");
    }

    /** The sealing is what makes the set safe: it cannot be undone. */
    @Override
    public void setURIConverter(URIConverter converter) {
        throw new UnsupportedOperationException("sealed resource set");
    }

    private static String refusal(URI uri) {
        return "Refused to open " + uri + ": Maillage files are self-contained";
    }

    /** Handles every URI by refusing it, so that the converter's default handlers are never reached. */
    private static final class RefusingHandler extends URIHandlerImpl {
        @Override
        public boolean canHandle(URI uri) {
            return true;
        }

        @Override
        public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
            throw new IOException(refusal(uri));
        }

        @Override
        public OutputStream createOutputStream(URI uri, Map<?, ?> options) throws IOException {
            throw new IOException(refusal(uri));
        }

        @Override
        public void delete(URI uri, Map<?, ?> options) throws IOException {
            throw new IOException(refusal(uri));
        }

        @Override
        public Map<String, ?> contentDescription(URI uri, Map<?, ?> options) throws IOException {
            throw new IOException(refusal(uri));
        }

        @Override
        public boolean exists(URI uri, Map<?, ?> options) {
            return false;
        }

        @Override
        public Map<String, ?> getAttributes(URI uri, Map<?, ?> options) {
            return Map.of();
        }

        @Override
        public void setAttributes(URI uri, Map<String, ?> attributes, Map<?, ?> options) throws IOException {
            throw new IOException(refusal(uri));
        }
    }
}
