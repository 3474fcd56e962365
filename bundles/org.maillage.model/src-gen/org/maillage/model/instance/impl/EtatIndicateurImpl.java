/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.instance.impl;

import java.math.BigDecimal;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.maillage.model.impl.ElementImplCustom;

import org.maillage.model.indicateur.Indicateur;

import org.maillage.model.instance.EtatIndicateur;
import org.maillage.model.instance.InstancePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Etat Indicateur</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.model.instance.impl.EtatIndicateurImpl#getIndicateur <em>Indicateur</em>}</li>
 *   <li>{@link org.maillage.model.instance.impl.EtatIndicateurImpl#getAnnee <em>Annee</em>}</li>
 *   <li>{@link org.maillage.model.instance.impl.EtatIndicateurImpl#getValeur <em>Valeur</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EtatIndicateurImpl extends ElementImplCustom implements EtatIndicateur
{
	/**
	 * The cached value of the '{@link #getIndicateur() <em>Indicateur</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndicateur()
	 * @generated
	 * @ordered
	 */
	protected Indicateur indicateur;

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
	protected EtatIndicateurImpl()
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
		return InstancePackage.Literals.ETAT_INDICATEUR;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Indicateur getIndicateur()
	{
		if (indicateur != null && indicateur.eIsProxy())
		{
			InternalEObject oldIndicateur = (InternalEObject)indicateur;
			indicateur = (Indicateur)eResolveProxy(oldIndicateur);
			if (indicateur != oldIndicateur)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, InstancePackage.ETAT_INDICATEUR__INDICATEUR, oldIndicateur, indicateur));
			}
		}
		return indicateur;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Indicateur basicGetIndicateur()
	{
		return indicateur;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIndicateur(Indicateur newIndicateur)
	{
		Indicateur oldIndicateur = indicateur;
		indicateur = newIndicateur;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InstancePackage.ETAT_INDICATEUR__INDICATEUR, oldIndicateur, indicateur));
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
			eNotify(new ENotificationImpl(this, Notification.SET, InstancePackage.ETAT_INDICATEUR__ANNEE, oldAnnee, annee));
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
			eNotify(new ENotificationImpl(this, Notification.SET, InstancePackage.ETAT_INDICATEUR__VALEUR, oldValeur, valeur));
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
			case InstancePackage.ETAT_INDICATEUR__INDICATEUR:
				if (resolve) return getIndicateur();
				return basicGetIndicateur();
			case InstancePackage.ETAT_INDICATEUR__ANNEE:
				return getAnnee();
			case InstancePackage.ETAT_INDICATEUR__VALEUR:
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
			case InstancePackage.ETAT_INDICATEUR__INDICATEUR:
				setIndicateur((Indicateur)newValue);
				return;
			case InstancePackage.ETAT_INDICATEUR__ANNEE:
				setAnnee((Integer)newValue);
				return;
			case InstancePackage.ETAT_INDICATEUR__VALEUR:
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
			case InstancePackage.ETAT_INDICATEUR__INDICATEUR:
				setIndicateur((Indicateur)null);
				return;
			case InstancePackage.ETAT_INDICATEUR__ANNEE:
				setAnnee(ANNEE_EDEFAULT);
				return;
			case InstancePackage.ETAT_INDICATEUR__VALEUR:
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
			case InstancePackage.ETAT_INDICATEUR__INDICATEUR:
				return indicateur != null;
			case InstancePackage.ETAT_INDICATEUR__ANNEE:
				return annee != ANNEE_EDEFAULT;
			case InstancePackage.ETAT_INDICATEUR__VALEUR:
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

} //EtatIndicateurImpl
