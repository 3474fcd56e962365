/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.testsupport.greffon;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.impl.EFactoryImpl;
import org.maillage.model.dispositif.DispositifPackage;

/**
 * A plug-in's EPackage as small as can be, for tests: one kind of dispositif, {@link ReseauEssai}, that extends
 * {@code Dispositif}. Registered under {@link #NS_URI} by this bundle's {@code plugin.xml} (as a modeller's generated
 * package is); test fragments that want it listed contribute it to {@code org.maillage.model.schemeTypes} in their
 * own {@code fragment.xml}, so that the other tests see Maillage's kinds only.
 */
public final class GreffonPackage {

    /** The namespace URI, a plug-in's own (not under {@code http://maillage.org/model/}). */
    public static final String NS_URI = "http://example.org/maillage/tests/greffon/1.0";

    /** The class name of the kind. */
    public static final String RESEAU_ESSAI_NAME = "ReseauEssai";

    /** The package, read by EMF's {@code generated_package} registry through this field's name. */
    public static final EPackage eINSTANCE = create();

    /** The kind's class. */
    public static final EClass RESEAU_ESSAI = (EClass) eINSTANCE.getEClassifier(RESEAU_ESSAI_NAME);

    private GreffonPackage() {
    }

    private static EPackage create() {
        EPackage ePackage = EcoreFactory.eINSTANCE.createEPackage();
        ePackage.setName("greffon");
        ePackage.setNsPrefix("greffon");
        ePackage.setNsURI(NS_URI);
        EClass reseau = EcoreFactory.eINSTANCE.createEClass();
        reseau.setName(RESEAU_ESSAI_NAME);
        reseau.getESuperTypes().add(DispositifPackage.Literals.DISPOSITIF);
        reseau.setInstanceClass(ReseauEssai.class);
        ePackage.getEClassifiers().add(reseau);
        ePackage.setEFactoryInstance(new EFactoryImpl() {
            @Override
            public EObject create(EClass eClass) {
                // Dispositif is abstract: EMF cannot make a dynamic subclass of it, so the kind has a Java class.
                return new ReseauEssai();
            }
        });
        return ePackage;
    }
}
