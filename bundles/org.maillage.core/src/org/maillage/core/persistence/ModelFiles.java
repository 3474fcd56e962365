/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.core.persistence;

import java.io.ByteArrayInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;
import org.eclipse.emf.ecore.xmi.impl.XMLResourceImpl;
import org.maillage.core.internal.LoadProblems;
import org.maillage.core.internal.SelfContainment;

/**
 * Loads and saves model files safely.
 * <p>
 * Loading uses a hardened parser ({@link XmlSafety}) and the options that keep ID-referenced XMI linear; a failed
 * load leaves the resource set as it was and reports a {@link ModelLoadException}. Saving goes through
 * {@link AtomicFileWriter}: the file on disk is always complete.
 */
public final class ModelFiles {

    /** Shared across loads: parsers are costly to create and the pool is thread-safe. */
    private static final XMLParserPoolImpl PARSER_POOL = new XMLParserPoolImpl(true);

    private ModelFiles() {
    }

    /**
     * @return a fresh map of load options; callers may add to it
     */
    public static Map<Object, Object> loadOptions() {
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_PARSER_FEATURES, XmlSafety.parserFeatures());
        options.put(XMLResource.OPTION_PARSER_PROPERTIES, XmlSafety.parserProperties());
        // Without these, EMF resolves each IDREF by scanning: quadratic on large files.
        options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        options.put(XMLResource.OPTION_DEFER_ATTACHMENT, Boolean.TRUE);
        options.put(XMLResource.OPTION_USE_PARSER_POOL, PARSER_POOL);
        options.put(XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP, new HashMap<>());
        options.put(XMLResource.OPTION_USE_DEPRECATED_METHODS, Boolean.FALSE);
        return options;
    }

    /**
     * @return a fresh map of save options; callers may add to it
     */
    public static Map<Object, Object> saveOptions() {
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_ENCODING, "UTF-8");
        options.put(XMLResource.OPTION_LINE_WIDTH, 120);
        // Caches feature lookups during one save; a fresh list per save keeps saves independent.
        options.put(XMLResource.OPTION_USE_CACHED_LOOKUP_TABLE, new ArrayList<>());
        return options;
    }

    /**
     * Loads {@code file} into {@code resourceSet}.
     * <p>
     * The file is read here, through {@link Files#newInputStream}, never through a URI: EMF opens nothing. The file
     * must be self-contained: a namespace that is not registered on the set, a reference to another file (an
     * {@code href} or a URI in a reference attribute) or an {@code xsi:schemaLocation} are refused.
     *
     * @param resourceSet where to load, a {@link SealedResourceSet} that knows the file's packages; unchanged if the
     *            load fails
     * @param file the file to read
     * @return the loaded resource
     * @throws ModelLoadException with a message that names the file, the line where known and the problem
     * @throws IllegalArgumentException when {@code resourceSet} is not sealed (a programming error)
     */
    public static Resource load(ResourceSet resourceSet, Path file) throws ModelLoadException {
        if (!(resourceSet instanceof SealedResourceSet)) {
            // A plain set would demand-load any namespace or href the file names: refuse before reading anything.
            throw new IllegalArgumentException("ModelFiles.load needs a SealedResourceSet, not " + resourceSet);
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw LoadProblems.notReadable(file);
        }
        byte[] content;
        try (InputStream in = Files.newInputStream(file)) {
            content = in.readAllBytes();
        } catch (IOException | OutOfMemoryError e) {
            throw LoadProblems.notReadable(file);
        }
        return load(resourceSet, content, URI.createFileURI(file.toAbsolutePath().toString()), file);
    }

    /**
     * Loads content that does not come from a file of its own (e.g. a bundle entry) with the same hardening and the
     * same refusals as {@link #load(ResourceSet, Path)}.
     *
     * @param resourceSet where to load, a {@link SealedResourceSet}; unchanged if the load fails
     * @param in the content; read to its end, not closed
     * @param uri the URI of the new resource (relative references resolve against it)
     * @param shownAs how messages name the content
     * @return the loaded resource
     * @throws ModelLoadException naming {@code shownAs}, the line where known and the problem
     */
    public static Resource load(ResourceSet resourceSet, InputStream in, URI uri, Path shownAs)
            throws ModelLoadException {
        if (!(resourceSet instanceof SealedResourceSet)) {
            throw new IllegalArgumentException("ModelFiles.load needs a SealedResourceSet, not " + resourceSet);
        }
        byte[] content;
        try {
            content = in.readAllBytes();
        } catch (IOException | OutOfMemoryError e) {
            throw LoadProblems.notReadable(shownAs);
        }
        return load(resourceSet, content, uri, shownAs);
    }

    private static Resource load(ResourceSet resourceSet, byte[] content, URI uri, Path file)
            throws ModelLoadException {
        ModelLoadException schemaLocation = SelfContainment.schemaLocation(file, content);
        if (schemaLocation != null) {
            throw schemaLocation;
        }
        Resource resource = newResource(resourceSet, uri);
        try {
            resource.load(new ByteArrayInputStream(content), loadOptions());
            List<Resource.Diagnostic> errors = resource.getErrors();
            if (!errors.isEmpty()) {
                throw LoadProblems.fromDiagnostic(file, errors.get(0));
            }
            ModelLoadException external = SelfContainment.externalReference(file, content, resource);
            if (external != null) {
                throw external;
            }
        } catch (IOException | RuntimeException | StackOverflowError e) {
            resourceSet.getResources().remove(resource);
            throw LoadProblems.fromException(file, e);
        } catch (ModelLoadException e) {
            resourceSet.getResources().remove(resource);
            throw e;
        }
        return resource;
    }

    /**
     * Saves {@code resource} to {@code file} atomically, keeping the previous version as a backup.
     *
     * @param resource the resource to save
     * @param file where to save it; need not be the resource's URI
     * @throws IOException when the save fails; the file on disk is then unchanged
     */
    public static void save(Resource resource, Path file) throws IOException {
        Map<Object, Object> options = saveOptions();
        AtomicFileWriter.write(file, out -> resource.save(new NonClosingOutputStream(out), options));
    }

    private static Resource newResource(ResourceSet resourceSet, URI uri) {
        Resource resource = resourceSet.getResourceFactoryRegistry().getFactory(uri) != null
                ? resourceSet.createResource(uri)
                : null;
        if (!(resource instanceof XMLResourceImpl)) {
            if (resource != null) {
                resourceSet.getResources().remove(resource);
            }
            resource = new XMIResourceFactoryImpl().createResource(uri);
            resourceSet.getResources().add(resource);
        }
        XMLResourceImpl xml = (XMLResourceImpl) resource;
        if (xml.getIntrinsicIDToEObjectMap() == null) {
            // With ID attributes (our uuids), this map makes getEObject(id) a lookup instead of a tree walk.
            xml.setIntrinsicIDToEObjectMap(new HashMap<>());
        }
        return resource;
    }

    /** EMF closes nothing today, but the atomic writer must flush and fsync after the content is written. */
    private static final class NonClosingOutputStream extends FilterOutputStream {
        NonClosingOutputStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
