/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.plan.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.maillage.model.impl.ElementImplCustom;

import org.maillage.model.plan.BonnePratique;
import org.maillage.model.plan.Chantier;
import org.maillage.model.plan.PlanPackage;
import org.maillage.model.plan.TagBonnePratique;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Bonne Pratique</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.model.plan.impl.BonnePratiqueImpl#getLieu <em>Lieu</em>}</li>
 *   <li>{@link org.maillage.model.plan.impl.BonnePratiqueImpl#getAnnee <em>Annee</em>}</li>
 *   <li>{@link org.maillage.model.plan.impl.BonnePratiqueImpl#getCourriel <em>Courriel</em>}</li>
 *   <li>{@link org.maillage.model.plan.impl.BonnePratiqueImpl#getTags <em>Tags</em>}</li>
 *   <li>{@link org.maillage.model.plan.impl.BonnePratiqueImpl#getChantiers <em>Chantiers</em>}</li>
 * </ul>
 *
 * @generated
 */
public class BonnePratiqueImpl extends ElementImplCustom implements BonnePratique
{
	/**
	 * The default value of the '{@link #getLieu() <em>Lieu</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLieu()
	 * @generated
	 * @ordered
	 */
	protected static final String LIEU_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLieu() <em>Lieu</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLieu()
	 * @generated
	 * @ordered
	 */
	protected String lieu = LIEU_EDEFAULT;

	/**
	 * The default value of the '{@link #getAnnee() <em>Annee</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnnee()
	 * @generated
	 * @ordered
	 */
	protected static final int ANNEE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getAnnee() <em>Annee</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnnee()
	 * @generated
	 * @ordered
	 */
	protected int annee = ANNEE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCourriel() <em>Courriel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCourriel()
	 * @generated
	 * @ordered
	 */
	protected static final String COURRIEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCourriel() <em>Courriel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCourriel()
	 * @generated
	 * @ordered
	 */
	protected String courriel = COURRIEL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTags() <em>Tags</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTags()
	 * @generated
	 * @ordered
	 */
	protected EList<TagBonnePratique> tags;

	/**
	 * The cached value of the '{@link #getChantiers() <em>Chantiers</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChantiers()
	 * @generated
	 * @ordered
	 */
	protected EList<Chantier> chantiers;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BonnePratiqueImpl()
	{
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass()
	{
		return PlanPackage.Literals.BONNE_PRATIQUE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLieu()
	{
		return lieu;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLieu(String newLieu)
	{
		String oldLieu = lieu;
		lieu = newLieu;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.BONNE_PRATIQUE__LIEU, oldLieu, lieu));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getAnnee()
	{
		return annee;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnnee(int newAnnee)
	{
		int oldAnnee = annee;
		annee = newAnnee;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.BONNE_PRATIQUE__ANNEE, oldAnnee, annee));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCourriel()
	{
		return courriel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCourriel(String newCourriel)
	{
		String oldCourriel = courriel;
		courriel = newCourriel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.BONNE_PRATIQUE__COURRIEL, oldCourriel, courriel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TagBonnePratique> getTags()
	{
		if (tags == null)
		{
			tags = new EDataTypeUniqueEList<TagBonnePratique>(TagBonnePratique.class, this, PlanPackage.BONNE_PRATIQUE__TAGS);
		}
		return tags;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Chantier> getChantiers()
	{
		if (chantiers == null)
		{
			chantiers = new EObjectResolvingEList<Chantier>(Chantier.class, this, PlanPackage.BONNE_PRATIQUE__CHANTIERS);
		}
		return chantiers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType)
	{
		switch (featureID)
		{
			case PlanPackage.BONNE_PRATIQUE__LIEU:
				return getLieu();
			case PlanPackage.BONNE_PRATIQUE__ANNEE:
				return getAnnee();
			case PlanPackage.BONNE_PRATIQUE__COURRIEL:
				return getCourriel();
			case PlanPackage.BONNE_PRATIQUE__TAGS:
				return getTags();
			case PlanPackage.BONNE_PRATIQUE__CHANTIERS:
				return getChantiers();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue)
	{
		switch (featureID)
		{
			case PlanPackage.BONNE_PRATIQUE__LIEU:
				setLieu((String)newValue);
				return;
			case PlanPackage.BONNE_PRATIQUE__ANNEE:
				setAnnee((Integer)newValue);
				return;
			case PlanPackage.BONNE_PRATIQUE__COURRIEL:
				setCourriel((String)newValue);
				return;
			case PlanPackage.BONNE_PRATIQUE__TAGS:
				getTags().clear();
				getTags().addAll((Collection<? extends TagBonnePratique>)newValue);
				return;
			case PlanPackage.BONNE_PRATIQUE__CHANTIERS:
				getChantiers().clear();
				getChantiers().addAll((Collection<? extends Chantier>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID)
	{
		switch (featureID)
		{
			case PlanPackage.BONNE_PRATIQUE__LIEU:
				setLieu(LIEU_EDEFAULT);
				return;
			case PlanPackage.BONNE_PRATIQUE__ANNEE:
				setAnnee(ANNEE_EDEFAULT);
				return;
			case PlanPackage.BONNE_PRATIQUE__COURRIEL:
				setCourriel(COURRIEL_EDEFAULT);
				return;
			case PlanPackage.BONNE_PRATIQUE__TAGS:
				getTags().clear();
				return;
			case PlanPackage.BONNE_PRATIQUE__CHANTIERS:
				getChantiers().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID)
	{
		switch (featureID)
		{
			case PlanPackage.BONNE_PRATIQUE__LIEU:
				return LIEU_EDEFAULT == null ? lieu != null : !LIEU_EDEFAULT.equals(lieu);
			case PlanPackage.BONNE_PRATIQUE__ANNEE:
				return annee != ANNEE_EDEFAULT;
			case PlanPackage.BONNE_PRATIQUE__COURRIEL:
				return COURRIEL_EDEFAULT == null ? courriel != null : !COURRIEL_EDEFAULT.equals(courriel);
			case PlanPackage.BONNE_PRATIQUE__TAGS:
				return tags != null && !tags.isEmpty();
			case PlanPackage.BONNE_PRATIQUE__CHANTIERS:
				return chantiers != null && !chantiers.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString()
	{
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (lieu: ");
		result.append(lieu);
		result.append(", annee: ");
		result.append(annee);
		result.append(", courriel: ");
		result.append(courriel);
		result.append(", tags: ");
		result.append(tags);
		result.append(')');
		return result.toString();
	}

} //BonnePratiqueImpl
