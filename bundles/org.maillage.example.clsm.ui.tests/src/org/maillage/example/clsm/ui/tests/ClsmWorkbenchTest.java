/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.example.clsm.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.maillage.example.clsm.Clsm;
import org.maillage.example.clsm.ClsmFactory;
import org.maillage.examples.Examples;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.dispositif.Cls;
import org.maillage.model.resource.MaillageFiles;
import org.maillage.roadmap.ui.RoadmapEditors;
import org.maillage.testsupport.ui.Screenshots;

/**
 * Covered cases: in the running workbench, with the example installed, a roadmap holding a CLSM opens in the roadmap
 * editor; the edit bundle gives the CLSM its French type name and its icon (through EMF.Edit's registry, as the
 * editor's tree and the explorer ask). The window is kept as {@code target/screenshots/clsm-workbench.png}.
 */
class ClsmWorkbenchTest {

    @Test
    void roadmapWithAClsmOpensAndTheClsmIsLabelled() throws Exception {
        ModeleMaillage model = Examples.eure().open();
        Cls cls = model.getDispositifs().stream().filter(Cls.class::isInstance).map(Cls.class::cast).findFirst()
                .orElseThrow();
        Clsm clsm = ClsmFactory.eINSTANCE.createClsm();
        clsm.setNom("CLSM du Pays d'Évreux");
        clsm.setCls(cls);
        clsm.getEpcis().add(model.getEpcis().get(0));
        model.getDispositifs().add(clsm);
        Path file = Files.createTempDirectory("maillage-clsm-").resolve("eure-clsm.maillage");
        MaillageFiles.save(model, file);

        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        IEditorPart editor = RoadmapEditors.open(page, file);
        assertNotNull(editor, "the roadmap with a CLSM opens");
        spin();

        ComposedAdapterFactory factory = new ComposedAdapterFactory(
                ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
        try {
            IItemLabelProvider labels = (IItemLabelProvider) factory.adapt(clsm, IItemLabelProvider.class);
            assertNotNull(labels, "the example's item provider is registered");
            assertEquals("CLSM CLSM du Pays d'Évreux", labels.getText(clsm));
            Object image = labels.getImage(clsm);
            assertTrue(image instanceof URL url && url.toString().endsWith("/icons/full/obj16/Clsm.gif"),
                    "the example's icon: " + image);
        } finally {
            factory.dispose();
        }
        Screenshots.save(page.getWorkbenchWindow().getShell(), Path.of("target", "screenshots", "clsm-workbench.png"));
    }

    private static void spin() {
        Display display = Display.getCurrent();
        long until = System.currentTimeMillis() + 1000;
        while (System.currentTimeMillis() < until) {
            if (!display.readAndDispatch()) {
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
