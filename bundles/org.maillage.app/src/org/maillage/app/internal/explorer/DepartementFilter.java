/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.app.internal.explorer;

import java.util.Set;

import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.maillage.model.dispositif.Dispositif;
import org.maillage.model.organisation.Organisation;
import org.maillage.model.plan.FeuilleDeRoute;
import org.maillage.model.territoire.Commune;
import org.maillage.model.territoire.Departement;
import org.maillage.model.territoire.Region;
import org.maillage.model.territoire.Territoire;
import org.maillage.model.util.ModelQuery;

/**
 * "Afficher seulement : mon département": hides the territories, dispositifs, feuilles de route and organisations
 * that have nothing in the département (a neighbour's communes, an EPCI or a CLS wholly outside it). Elements that are
 * not placed on the territory (financements, instances...) and those whose territory is not given stay shown.
 */
public final class DepartementFilter extends ViewerFilter {

    private final Departement departement;
    private final Set<Commune> communes;

    /** @param departement the user's département */
    public DepartementFilter(Departement departement) {
        this.departement = departement;
        this.communes = ModelQuery.communesOf(departement);
    }

    /** @return the département kept */
    public Departement departement() {
        return departement;
    }

    @Override
    public boolean select(Viewer viewer, Object parent, Object element) {
        if (element instanceof Territoire territoire) {
            return inScope(territoire);
        }
        if (element instanceof Dispositif dispositif) {
            return dispositif.getTerritoires().isEmpty()
                    || dispositif.getTerritoires().stream().anyMatch(this::inScope);
        }
        if (element instanceof FeuilleDeRoute feuille) {
            return feuille.getDepartement() == null || feuille.getDepartement() == departement;
        }
        if (element instanceof Organisation organisation) {
            return organisation.getTerritoire() == null || inScope(organisation.getTerritoire());
        }
        return true;
    }

    /** @return whether the territory is the département, contains it, or has a commune in it */
    private boolean inScope(Territoire territoire) {
        if (territoire == departement) {
            return true;
        }
        if (territoire instanceof Departement) {
            return false;
        }
        if (territoire instanceof Region region) {
            return region.getDepartements().contains(departement);
        }
        return ModelQuery.communesOf(territoire).stream().anyMatch(communes::contains);
    }
}
