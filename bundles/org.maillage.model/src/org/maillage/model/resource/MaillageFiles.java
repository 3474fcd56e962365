/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.resource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.maillage.core.persistence.ModelFiles;
import org.maillage.core.persistence.ModelLoadException;
import org.maillage.core.persistence.ModelLoadException.Problem;
import org.maillage.core.persistence.SealedResourceSet;
import org.maillage.model.MaillagePackage;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.scheme.SchemeType;
import org.maillage.model.scheme.SchemeTypes;
import org.maillage.model.util.MaillageResourceFactoryImpl;
import org.maillage.model.util.ModelFormat;

/**
 * Loads and saves roadmap files ({@code .maillage}): XMI whose cross-references are the elements' uuids, so that
 * files diff and merge well.
 * <p>
 * Loading is hardened and linear (see {@link ModelFiles}), checks that the file holds a roadmap model in a
 * format version this release reads, and migrates older versions ({@link FormatMigrations}). Saving is atomic
 * and keeps the previous version as {@code FILE.bak}. Works the same inside OSGi and in plain Java.
 */
public final class MaillageFiles {

    private MaillageFiles() {
    }

    /**
     * @return a sealed resource set ({@link SealedResourceSet}: it opens no URI, demand-loads nothing and knows only
     *         the Maillage packages and those of the plug-ins' kinds of dispositif, see {@link SchemeTypes}) with the
     *         Maillage file extension, without a running platform
     */
    public static ResourceSet newResourceSet() {
        // Plug-in kinds of dispositif live in the roadmap too: their packages are namespaces files may use.
        List<EPackage> packages = new ArrayList<>(List.of(MaillagePackage.eINSTANCE));
        for (SchemeType type : SchemeTypes.running().list()) {
            EPackage ePackage = type.eClass().getEPackage();
            while (ePackage.getESuperPackage() != null) {
                ePackage = ePackage.getESuperPackage();
            }
            if (!packages.contains(ePackage)) {
                packages.add(ePackage);
            }
        }
        ResourceSet set = new SealedResourceSet(packages.toArray(EPackage[]::new));
        set.getResourceFactoryRegistry().getExtensionToFactoryMap().put(ModelFormat.FILE_EXTENSION,
                new MaillageResourceFactoryImpl());
        set.getResourceFactoryRegistry().getExtensionToFactoryMap().put(Resource.Factory.Registry.DEFAULT_EXTENSION,
                new MaillageResourceFactoryImpl());
        return set;
    }

    /**
     * Loads a roadmap file into a new resource set.
     *
     * @param file the file to read
     * @return its root
     * @throws ModelLoadException naming the file, the line where known and the problem, in the user's language;
     *             nothing on disk is modified
     */
    public static ModeleMaillage load(Path file) throws ModelLoadException {
        Resource resource = ModelFiles.load(newResourceSet(), file);
        EObject first = resource.getContents().isEmpty() ? null : resource.getContents().get(0);
        if (!(first instanceof ModeleMaillage root)) {
            throw ModelLoadException.of(file, -1, Problem.WRONG_CONTENT, null,
                    first == null ? "∅" : first.eClass().getName());
        }
        String version = root.getFormatVersion() == null ? "?" : root.getFormatVersion();
        if (!FormatMigrations.canRead(version)) {
            throw ModelLoadException.of(file, -1, Problem.UNSUPPORTED_VERSION, null, version,
                    ModelFormat.CURRENT_VERSION);
        }
        try {
            FormatMigrations.migrate(root);
        } catch (RuntimeException e) {
            // A hostile or odd older file must fail as a load error, never as a crash of the caller.
            throw ModelLoadException.of(file, -1, Problem.OTHER, e, String.valueOf(e.getMessage()));
        }
        return root;
    }

    /**
     * Saves a roadmap model atomically, stamped with the current format version.
     *
     * @param model the root to save; if it is in no resource yet, one is created for {@code file}
     * @param file where to save
     * @throws IOException when the file cannot be written; the previous file is then intact
     */
    public static void save(ModeleMaillage model, Path file) throws IOException {
        Resource resource = model.eResource();
        if (resource == null) {
            resource = newResourceSet().createResource(URI.createFileURI(file.toAbsolutePath().toString()));
            resource.getContents().add(model);
        }
        model.setFormatVersion(ModelFormat.CURRENT_VERSION);
        ModelFiles.save(resource, file);
    }
}
