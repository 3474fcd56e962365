/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.edit;

import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.maillage.model.articulation.provider.ArticulationItemProviderAdapterFactory;
import org.maillage.model.dispositif.provider.DispositifItemProviderAdapterFactory;
import org.maillage.model.financement.provider.FinancementItemProviderAdapterFactory;
import org.maillage.model.indicateur.provider.IndicateurItemProviderAdapterFactory;
import org.maillage.model.instance.provider.InstanceItemProviderAdapterFactory;
import org.maillage.model.organisation.provider.OrganisationItemProviderAdapterFactory;
import org.maillage.model.plan.provider.PlanItemProviderAdapterFactory;
import org.maillage.model.provider.MaillageItemProviderAdapterFactory;
import org.maillage.model.territoire.provider.TerritoireItemProviderAdapterFactory;

/**
 * Item providers (labels, property descriptors, children) for every Maillage package in one adapter factory.
 * <p>
 * Maillage's own factories are built directly rather than from the {@code itemProviderAdapterFactories} extension
 * registry, so that the command line, reports and tests get the same labels without a running platform. The kinds
 * that plug-ins add get their plug-in's item providers from that registry (EMF.Edit's descriptor registry, consulted
 * for a package no factory here knows), else the reflective item provider.
 */
public final class MaillageItemProviders {

    private MaillageItemProviders() {
    }

    /**
     * @return a new factory; the caller owns it and calls {@link ComposedAdapterFactory#dispose()} when done
     */
    public static ComposedAdapterFactory createAdapterFactory() {
        ComposedAdapterFactory factory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
        factory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
        factory.addAdapterFactory(new MaillageItemProviderAdapterFactory());
        factory.addAdapterFactory(new TerritoireItemProviderAdapterFactory());
        factory.addAdapterFactory(new OrganisationItemProviderAdapterFactory());
        factory.addAdapterFactory(new PlanItemProviderAdapterFactory());
        factory.addAdapterFactory(new DispositifItemProviderAdapterFactory());
        factory.addAdapterFactory(new FinancementItemProviderAdapterFactory());
        factory.addAdapterFactory(new IndicateurItemProviderAdapterFactory());
        factory.addAdapterFactory(new InstanceItemProviderAdapterFactory());
        factory.addAdapterFactory(new ArticulationItemProviderAdapterFactory());
        factory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
        return factory;
    }
}
