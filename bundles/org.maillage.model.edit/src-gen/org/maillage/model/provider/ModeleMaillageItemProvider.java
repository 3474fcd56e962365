/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.maillage.model.MaillageFactory;
import org.maillage.model.MaillagePackage;
import org.maillage.model.ModeleMaillage;

import org.maillage.model.articulation.ArticulationFactory;

import org.maillage.model.dispositif.DispositifFactory;

import org.maillage.model.financement.FinancementFactory;

import org.maillage.model.indicateur.IndicateurFactory;

import org.maillage.model.instance.InstanceFactory;

import org.maillage.model.organisation.OrganisationFactory;

import org.maillage.model.plan.PlanFactory;

import org.maillage.model.territoire.TerritoireFactory;

/**
 * This is the item provider adapter for a {@link org.maillage.model.ModeleMaillage} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class ModeleMaillageItemProvider extends ElementItemProvider
{
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ModeleMaillageItemProvider(AdapterFactory adapterFactory)
	{
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object)
	{
		if (itemPropertyDescriptors == null)
		{
			super.getPropertyDescriptors(object);

			addFormatVersionPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Format Version feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFormatVersionPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ModeleMaillage_formatVersion_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ModeleMaillage_formatVersion_feature", "_UI_ModeleMaillage_type"),
				 MaillagePackage.Literals.MODELE_MAILLAGE__FORMAT_VERSION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object)
	{
		if (childrenFeatures == null)
		{
			super.getChildrenFeatures(object);
			childrenFeatures.add(MaillagePackage.Literals.MODELE_MAILLAGE__REFERENCE_DATA);
			childrenFeatures.add(MaillagePackage.Literals.MODELE_MAILLAGE__REGIONS);
			childrenFeatures.add(MaillagePackage.Literals.MODELE_MAILLAGE__EPCIS);
			childrenFeatures.add(MaillagePackage.Literals.MODELE_MAILLAGE__QPVS);
			childrenFeatures.add(MaillagePackage.Literals.MODELE_MAILLAGE__GROUPEMENTS);
			childrenFeatures.add(MaillagePackage.Literals.MODELE_MAILLAGE__ORGANISATIONS);
			childrenFeatures.add(MaillagePackage.Literals.MODELE_MAILLAGE__PRS);
			childrenFeatures.add(MaillagePackage.Literals.MODELE_MAILLAGE__FEUILLES_DE_ROUTE);
			childrenFeatures.add(MaillagePackage.Literals.MODELE_MAILLAGE__DISPOSITIFS);
			childrenFeatures.add(MaillagePackage.Literals.MODELE_MAILLAGE__FONDS);
			childrenFeatures.add(MaillagePackage.Literals.MODELE_MAILLAGE__FINANCEMENTS);
			childrenFeatures.add(MaillagePackage.Literals.MODELE_MAILLAGE__REGLES_COFINANCEMENT);
			childrenFeatures.add(MaillagePackage.Literals.MODELE_MAILLAGE__INDICATEURS);
			childrenFeatures.add(MaillagePackage.Literals.MODELE_MAILLAGE__INSTANCES);
			childrenFeatures.add(MaillagePackage.Literals.MODELE_MAILLAGE__TYPES_ARTICULATION);
			childrenFeatures.add(MaillagePackage.Literals.MODELE_MAILLAGE__ARTICULATIONS);
			childrenFeatures.add(MaillagePackage.Literals.MODELE_MAILLAGE__BONNES_PRATIQUES);
			childrenFeatures.add(MaillagePackage.Literals.MODELE_MAILLAGE__CONFLITS);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child)
	{
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns ModeleMaillage.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object)
	{
		return overlayImage(object, getResourceLocator().getImage("full/obj16/ModeleMaillage"));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean shouldComposeCreationImage()
	{
		return true;
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object)
	{
		String label = ((ModeleMaillage)object).getNom();
		return label == null || label.length() == 0 ?
			getString("_UI_ModeleMaillage_type") :
			getString("_UI_ModeleMaillage_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification)
	{
		updateChildren(notification);

		switch (notification.getFeatureID(ModeleMaillage.class))
		{
			case MaillagePackage.MODELE_MAILLAGE__FORMAT_VERSION:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case MaillagePackage.MODELE_MAILLAGE__REFERENCE_DATA:
			case MaillagePackage.MODELE_MAILLAGE__REGIONS:
			case MaillagePackage.MODELE_MAILLAGE__EPCIS:
			case MaillagePackage.MODELE_MAILLAGE__QPVS:
			case MaillagePackage.MODELE_MAILLAGE__GROUPEMENTS:
			case MaillagePackage.MODELE_MAILLAGE__ORGANISATIONS:
			case MaillagePackage.MODELE_MAILLAGE__PRS:
			case MaillagePackage.MODELE_MAILLAGE__FEUILLES_DE_ROUTE:
			case MaillagePackage.MODELE_MAILLAGE__DISPOSITIFS:
			case MaillagePackage.MODELE_MAILLAGE__FONDS:
			case MaillagePackage.MODELE_MAILLAGE__FINANCEMENTS:
			case MaillagePackage.MODELE_MAILLAGE__REGLES_COFINANCEMENT:
			case MaillagePackage.MODELE_MAILLAGE__INDICATEURS:
			case MaillagePackage.MODELE_MAILLAGE__INSTANCES:
			case MaillagePackage.MODELE_MAILLAGE__TYPES_ARTICULATION:
			case MaillagePackage.MODELE_MAILLAGE__ARTICULATIONS:
			case MaillagePackage.MODELE_MAILLAGE__BONNES_PRATIQUES:
			case MaillagePackage.MODELE_MAILLAGE__CONFLITS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object)
	{
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(MaillagePackage.Literals.MODELE_MAILLAGE__REFERENCE_DATA,
				 MaillageFactory.eINSTANCE.createReferenceData()));

		newChildDescriptors.add
			(createChildParameter
				(MaillagePackage.Literals.MODELE_MAILLAGE__REGIONS,
				 TerritoireFactory.eINSTANCE.createRegion()));

		newChildDescriptors.add
			(createChildParameter
				(MaillagePackage.Literals.MODELE_MAILLAGE__EPCIS,
				 TerritoireFactory.eINSTANCE.createEpci()));

		newChildDescriptors.add
			(createChildParameter
				(MaillagePackage.Literals.MODELE_MAILLAGE__QPVS,
				 TerritoireFactory.eINSTANCE.createQpv()));

		newChildDescriptors.add
			(createChildParameter
				(MaillagePackage.Literals.MODELE_MAILLAGE__GROUPEMENTS,
				 TerritoireFactory.eINSTANCE.createGroupement()));

		newChildDescriptors.add
			(createChildParameter
				(MaillagePackage.Literals.MODELE_MAILLAGE__ORGANISATIONS,
				 OrganisationFactory.eINSTANCE.createOrganisation()));

		newChildDescriptors.add
			(createChildParameter
				(MaillagePackage.Literals.MODELE_MAILLAGE__PRS,
				 PlanFactory.eINSTANCE.createPrs()));

		newChildDescriptors.add
			(createChildParameter
				(MaillagePackage.Literals.MODELE_MAILLAGE__FEUILLES_DE_ROUTE,
				 PlanFactory.eINSTANCE.createFeuilleDeRoute()));

		newChildDescriptors.add
			(createChildParameter
				(MaillagePackage.Literals.MODELE_MAILLAGE__DISPOSITIFS,
				 DispositifFactory.eINSTANCE.createCls()));

		newChildDescriptors.add
			(createChildParameter
				(MaillagePackage.Literals.MODELE_MAILLAGE__DISPOSITIFS,
				 DispositifFactory.eINSTANCE.createContratDeVille()));

		newChildDescriptors.add
			(createChildParameter
				(MaillagePackage.Literals.MODELE_MAILLAGE__DISPOSITIFS,
				 DispositifFactory.eINSTANCE.createPass()));

		newChildDescriptors.add
			(createChildParameter
				(MaillagePackage.Literals.MODELE_MAILLAGE__DISPOSITIFS,
				 DispositifFactory.eINSTANCE.createDac()));

		newChildDescriptors.add
			(createChildParameter
				(MaillagePackage.Literals.MODELE_MAILLAGE__DISPOSITIFS,
				 DispositifFactory.eINSTANCE.createCpts()));

		newChildDescriptors.add
			(createChildParameter
				(MaillagePackage.Literals.MODELE_MAILLAGE__DISPOSITIFS,
				 DispositifFactory.eINSTANCE.createMsp()));

		newChildDescriptors.add
			(createChildParameter
				(MaillagePackage.Literals.MODELE_MAILLAGE__DISPOSITIFS,
				 DispositifFactory.eINSTANCE.createMutualisation()));

		newChildDescriptors.add
			(createChildParameter
				(MaillagePackage.Literals.MODELE_MAILLAGE__DISPOSITIFS,
				 DispositifFactory.eINSTANCE.createCoordinationMicrolocale()));

		newChildDescriptors.add
			(createChildParameter
				(MaillagePackage.Literals.MODELE_MAILLAGE__FONDS,
				 FinancementFactory.eINSTANCE.createFonds()));

		newChildDescriptors.add
			(createChildParameter
				(MaillagePackage.Literals.MODELE_MAILLAGE__FINANCEMENTS,
				 FinancementFactory.eINSTANCE.createFinancement()));

		newChildDescriptors.add
			(createChildParameter
				(MaillagePackage.Literals.MODELE_MAILLAGE__REGLES_COFINANCEMENT,
				 FinancementFactory.eINSTANCE.createRegleCofinancement()));

		newChildDescriptors.add
			(createChildParameter
				(MaillagePackage.Literals.MODELE_MAILLAGE__INDICATEURS,
				 IndicateurFactory.eINSTANCE.createIndicateur()));

		newChildDescriptors.add
			(createChildParameter
				(MaillagePackage.Literals.MODELE_MAILLAGE__INSTANCES,
				 InstanceFactory.eINSTANCE.createInstance()));

		newChildDescriptors.add
			(createChildParameter
				(MaillagePackage.Literals.MODELE_MAILLAGE__TYPES_ARTICULATION,
				 ArticulationFactory.eINSTANCE.createTypeArticulation()));

		newChildDescriptors.add
			(createChildParameter
				(MaillagePackage.Literals.MODELE_MAILLAGE__ARTICULATIONS,
				 ArticulationFactory.eINSTANCE.createArticulation()));

		newChildDescriptors.add
			(createChildParameter
				(MaillagePackage.Literals.MODELE_MAILLAGE__BONNES_PRATIQUES,
				 PlanFactory.eINSTANCE.createBonnePratique()));
	}

}
