/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.scheme;

import java.net.URL;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
import org.maillage.model.MaillagePackage;

/**
 * One kind of dispositif contributed to {@value SchemeTypes#EXTENSION_POINT}: Maillage's own (CLS, CPTS...) or a
 * plug-in's.
 *
 * @param eClass the concrete class, a subclass of {@code Dispositif}
 * @param name its name for people, in the language of the run (the contribution's {@code %key})
 * @param icon its 16x16 icon in the contributing plug-in, or {@code null} when it has none
 * @param group the explorer heading it is listed under ({@link SchemeTypes#DEFAULT_GROUP} unless the contribution
 *        says otherwise)
 * @param contributor the symbolic name of the contributing plug-in (a fragment's own name, not its host's)
 */
public record SchemeType(EClass eClass, String name, URL icon, String group, String contributor) {

    /** @return a stable identifier of the kind: its package's namespace URI, {@code #} and its class name */
    public String id() {
        return eClass.getEPackage().getNsURI() + '#' + eClass.getName();
    }

    /** @return whether the kind is one of Maillage's own (its class is in Maillage's model), not a plug-in's */
    public boolean builtIn() {
        EPackage root = eClass.getEPackage();
        while (root.getESuperPackage() != null) {
            root = root.getESuperPackage();
        }
        return root == MaillagePackage.eINSTANCE;
    }
}
