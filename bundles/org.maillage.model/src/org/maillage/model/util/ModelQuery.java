/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.util;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreEList;
import org.maillage.model.Element;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.articulation.Articulation;
import org.maillage.model.dispositif.Dispositif;
import org.maillage.model.financement.Financement;
import org.maillage.model.territoire.Commune;
import org.maillage.model.territoire.Departement;
import org.maillage.model.territoire.Epci;
import org.maillage.model.territoire.Groupement;
import org.maillage.model.territoire.Qpv;
import org.maillage.model.territoire.Region;
import org.maillage.model.territoire.Territoire;

/**
 * Read-only navigation over a Maillage model that the metamodel does not hold as features.
 * <p>
 * Plain EMF only: works in a JUnit test without a running platform. Lookups scan the lists of the
 * {@link ModeleMaillage} root, which is linear in their size and needs no adapter to be installed first.
 */
public final class ModelQuery {

    private ModelQuery() {
    }

    /**
     * @param object any object of a model
     * @return the root that contains {@code object} (itself if it is the root), or {@code null} when it is not
     *         (yet) in a model
     */
    public static ModeleMaillage root(EObject object) {
        for (EObject current = object; current != null; current = current.eContainer()) {
            if (current instanceof ModeleMaillage root) {
                return root;
            }
        }
        return null;
    }

    /**
     * @param objet a funded object
     * @return the financements of its model whose {@code objet} is {@code objet}, in model order
     */
    public static List<Financement> financementsOf(Element objet) {
        ModeleMaillage root = root(objet);
        if (root == null) {
            return List.of();
        }
        List<Financement> found = new ArrayList<>();
        for (Financement financement : root.getFinancements()) {
            if (financement.getObjet() == objet) {
                found.add(financement);
            }
        }
        return Collections.unmodifiableList(found);
    }

    /**
     * Backs a derived {@code financements} feature: the same content as {@link #financementsOf(Element)}, as the
     * unmodifiable list EMF expects from a derived many-valued feature.
     *
     * @param objet the owner of the derived feature
     * @param feature the derived feature
     * @return a snapshot list; it does not follow later changes
     */
    public static EList<Financement> financementsOf(Element objet, EStructuralFeature feature) {
        List<Financement> found = financementsOf(objet);
        return new EcoreEList.UnmodifiableEList<>((InternalEObject) objet, feature, found.size(), found.toArray());
    }

    /**
     * The communes a territory stands for: itself for a commune, the members for an EPCI or a groupement (and the
     * members of its EPCI), the communes of a département or of all départements of a région, those a QPV lies in.
     *
     * @param territoire any territory; a kind added by a plug-in yields no commune
     * @return the communes, without duplicates, in model order
     */
    public static Set<Commune> communesOf(Territoire territoire) {
        Set<Commune> communes = new LinkedHashSet<>();
        addCommunes(territoire, communes);
        return communes;
    }

    /**
     * @param dispositif a scheme
     * @return the communes covered by its territories, to find the gaps (e.g. communes outside every CPTS)
     */
    public static Set<Commune> communesCouvertes(Dispositif dispositif) {
        Set<Commune> communes = new LinkedHashSet<>();
        for (Territoire territoire : dispositif.getTerritoires()) {
            addCommunes(territoire, communes);
        }
        return communes;
    }

    /**
     * @param element an element
     * @return the articulations of its model whose source or cible is {@code element}, in model order
     */
    public static List<Articulation> articulationsOf(Element element) {
        ModeleMaillage root = root(element);
        if (root == null) {
            return List.of();
        }
        List<Articulation> found = new ArrayList<>();
        for (Articulation articulation : root.getArticulations()) {
            if (articulation.getSource() == element || articulation.getCible() == element) {
                found.add(articulation);
            }
        }
        return Collections.unmodifiableList(found);
    }

    private static void addCommunes(Territoire territoire, Set<Commune> communes) {
        if (territoire instanceof Commune commune) {
            communes.add(commune);
        } else if (territoire instanceof Epci epci) {
            communes.addAll(epci.getMembres());
        } else if (territoire instanceof Qpv qpv) {
            communes.addAll(qpv.getCommunes());
        } else if (territoire instanceof Departement departement) {
            communes.addAll(departement.getCommunes());
        } else if (territoire instanceof Region region) {
            for (Departement departement : region.getDepartements()) {
                communes.addAll(departement.getCommunes());
            }
        } else if (territoire instanceof Groupement groupement) {
            communes.addAll(groupement.getCommunes());
            for (Epci epci : groupement.getEpcis()) {
                communes.addAll(epci.getMembres());
            }
        }
    }
}
