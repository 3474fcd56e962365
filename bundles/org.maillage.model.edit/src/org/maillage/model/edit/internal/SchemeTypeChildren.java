/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.edit.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.util.ResourceLocator;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.IChildCreationExtender;
import org.maillage.model.MaillagePackage;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.provider.MaillageEditPlugin;
import org.maillage.model.scheme.SchemeType;
import org.maillage.model.scheme.SchemeTypes;

/**
 * Offers a new child of the roadmap's root for every plug-in kind of dispositif registered in
 * {@code org.maillage.model.schemeTypes}, so that the « Nouvel enfant » menus list them with no child creation
 * extender in the plug-in. Maillage's own kinds are offered by the generated item provider already.
 */
public final class SchemeTypeChildren implements IChildCreationExtender {

    @Override
    public Collection<?> getNewChildDescriptors(Object object, EditingDomain editingDomain) {
        if (!(object instanceof ModeleMaillage)) {
            return List.of();
        }
        List<Object> descriptors = new ArrayList<>();
        for (SchemeType type : SchemeTypes.running().list()) {
            if (!type.builtIn()) {
                descriptors.add(new CommandParameter(null, MaillagePackage.Literals.MODELE_MAILLAGE__DISPOSITIFS,
                        EcoreUtil.create(type.eClass())));
            }
        }
        return descriptors;
    }

    @Override
    public ResourceLocator getResourceLocator() {
        return MaillageEditPlugin.INSTANCE;
    }
}
