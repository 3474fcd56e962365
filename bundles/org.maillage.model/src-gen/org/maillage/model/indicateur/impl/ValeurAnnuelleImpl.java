/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.indicateur.impl;

import java.math.BigDecimal;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EcoreUtil;

import org.maillage.model.impl.ElementImplCustom;

import org.maillage.model.indicateur.Indicateur;
import org.maillage.model.indicateur.IndicateurPackage;
import org.maillage.model.indicateur.ValeurAnnuelle;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Valeur Annuelle</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.model.indicateur.impl.ValeurAnnuelleImpl#getIndicateur <em>Indicateur</em>}</li>
 *   <li>{@link org.maillage.model.indicateur.impl.ValeurAnnuelleImpl#getAnnee <em>Annee</em>}</li>
 *   <li>{@link org.maillage.model.indicateur.impl.ValeurAnnuelleImpl#getValeur <em>Valeur</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ValeurAnnuelleImpl extends ElementImplCustom implements ValeurAnnuelle
{
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
	 * The default value of the '{@link #getValeur() <em>Valeur</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValeur()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal VALEUR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getValeur() <em>Valeur</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValeur()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal valeur = VALEUR_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ValeurAnnuelleImpl()
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
		return IndicateurPackage.Literals.VALEUR_ANNUELLE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Indicateur getIndicateur()
	{
		if (eContainerFeatureID() != IndicateurPackage.VALEUR_ANNUELLE__INDICATEUR) return null;
		return (Indicateur)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetIndicateur(Indicateur newIndicateur, NotificationChain msgs)
	{
		msgs = eBasicSetContainer((InternalEObject)newIndicateur, IndicateurPackage.VALEUR_ANNUELLE__INDICATEUR, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIndicateur(Indicateur newIndicateur)
	{
		if (newIndicateur != eInternalContainer() || (eContainerFeatureID() != IndicateurPackage.VALEUR_ANNUELLE__INDICATEUR && newIndicateur != null))
		{
			if (EcoreUtil.isAncestor(this, newIndicateur))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newIndicateur != null)
				msgs = ((InternalEObject)newIndicateur).eInverseAdd(this, IndicateurPackage.INDICATEUR__VALEURS, Indicateur.class, msgs);
			msgs = basicSetIndicateur(newIndicateur, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IndicateurPackage.VALEUR_ANNUELLE__INDICATEUR, newIndicateur, newIndicateur));
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
			eNotify(new ENotificationImpl(this, Notification.SET, IndicateurPackage.VALEUR_ANNUELLE__ANNEE, oldAnnee, annee));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getValeur()
	{
		return valeur;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValeur(BigDecimal newValeur)
	{
		BigDecimal oldValeur = valeur;
		valeur = newValeur;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IndicateurPackage.VALEUR_ANNUELLE__VALEUR, oldValeur, valeur));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs)
	{
		switch (featureID)
		{
			case IndicateurPackage.VALEUR_ANNUELLE__INDICATEUR:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetIndicateur((Indicateur)otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs)
	{
		switch (featureID)
		{
			case IndicateurPackage.VALEUR_ANNUELLE__INDICATEUR:
				return basicSetIndicateur(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eBasicRemoveFromContainerFeature(NotificationChain msgs)
	{
		switch (eContainerFeatureID())
		{
			case IndicateurPackage.VALEUR_ANNUELLE__INDICATEUR:
				return eInternalContainer().eInverseRemove(this, IndicateurPackage.INDICATEUR__VALEURS, Indicateur.class, msgs);
		}
		return super.eBasicRemoveFromContainerFeature(msgs);
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
			case IndicateurPackage.VALEUR_ANNUELLE__INDICATEUR:
				return getIndicateur();
			case IndicateurPackage.VALEUR_ANNUELLE__ANNEE:
				return getAnnee();
			case IndicateurPackage.VALEUR_ANNUELLE__VALEUR:
				return getValeur();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue)
	{
		switch (featureID)
		{
			case IndicateurPackage.VALEUR_ANNUELLE__INDICATEUR:
				setIndicateur((Indicateur)newValue);
				return;
			case IndicateurPackage.VALEUR_ANNUELLE__ANNEE:
				setAnnee((Integer)newValue);
				return;
			case IndicateurPackage.VALEUR_ANNUELLE__VALEUR:
				setValeur((BigDecimal)newValue);
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
			case IndicateurPackage.VALEUR_ANNUELLE__INDICATEUR:
				setIndicateur((Indicateur)null);
				return;
			case IndicateurPackage.VALEUR_ANNUELLE__ANNEE:
				setAnnee(ANNEE_EDEFAULT);
				return;
			case IndicateurPackage.VALEUR_ANNUELLE__VALEUR:
				setValeur(VALEUR_EDEFAULT);
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
			case IndicateurPackage.VALEUR_ANNUELLE__INDICATEUR:
				return getIndicateur() != null;
			case IndicateurPackage.VALEUR_ANNUELLE__ANNEE:
				return annee != ANNEE_EDEFAULT;
			case IndicateurPackage.VALEUR_ANNUELLE__VALEUR:
				return VALEUR_EDEFAULT == null ? valeur != null : !VALEUR_EDEFAULT.equals(valeur);
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
		result.append(" (annee: ");
		result.append(annee);
		result.append(", valeur: ");
		result.append(valeur);
		result.append(')');
		return result.toString();
	}

} //ValeurAnnuelleImpl
