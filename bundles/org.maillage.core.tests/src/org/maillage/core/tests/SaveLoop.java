/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.core.tests;

import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.maillage.core.persistence.ModelFiles;

/**
 * Child process of {@link AtomicSaveKillTest}: saves a large model to the file given as argument, again and
 * again, announcing each completed save on standard output, until it is killed.
 */
public final class SaveLoop {

    private SaveLoop() {
    }

    /** @param args the file to save to */
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        EPackage pkg = EcoreFactory.eINSTANCE.createEPackage();
        pkg.setNsURI("urn:maillage:test:kill");
        pkg.setNsPrefix("kill");
        // Large enough (a few MB) that a kill often lands while the content is being written.
        for (int i = 0; i < 30_000; i++) {
            EClass c = EcoreFactory.eINSTANCE.createEClass();
            c.setName("Commune" + i);
            pkg.getEClassifiers().add(c);
        }
        Resource resource = new XMIResourceImpl(URI.createFileURI(file.toString()));
        resource.getContents().add(pkg);
        for (int version = 1;; version++) {
            pkg.setName("v" + version);
            ModelFiles.save(resource, file);
            System.out.println("saved " + version);
            System.out.flush();
        }
    }
}
