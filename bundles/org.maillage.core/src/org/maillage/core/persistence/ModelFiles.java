/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.core.persistence;

import java.io.FilterOutputStream;
import java.io.IOException;
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
     *
     * @param resourceSet where to load; unchanged if the load fails
     * @param file the file to read
     * @return the loaded resource
     * @throws ModelLoadException with a message that names the file, the line where known and the problem
     */
    public static Resource load(ResourceSet resourceSet, Path file) throws ModelLoadException {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw LoadProblems.notReadable(file);
        }
        Resource resource = newResource(resourceSet, file);
        try {
            resource.load(loadOptions());
        } catch (IOException | RuntimeException e) {
            resourceSet.getResources().remove(resource);
            throw LoadProblems.fromException(file, e);
        }
        List<Resource.Diagnostic> errors = resource.getErrors();
        if (!errors.isEmpty()) {
            resourceSet.getResources().remove(resource);
            throw LoadProblems.fromDiagnostic(file, errors.get(0));
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

    private static Resource newResource(ResourceSet resourceSet, Path file) {
        URI uri = URI.createFileURI(file.toAbsolutePath().toString());
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
