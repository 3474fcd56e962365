/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.financement.impl;

import java.math.BigDecimal;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.maillage.model.financement.FinancementPackage;
import org.maillage.model.financement.Fonds;
import org.maillage.model.financement.RegleCofinancement;

import org.maillage.model.impl.ElementImplCustom;

import org.maillage.model.organisation.Organisation;

import org.maillage.model.territoire.Region;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Regle Cofinancement</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.model.financement.impl.RegleCofinancementImpl#getFinanceur <em>Financeur</em>}</li>
 *   <li>{@link org.maillage.model.financement.impl.RegleCofinancementImpl#getFonds <em>Fonds</em>}</li>
 *   <li>{@link org.maillage.model.financement.impl.RegleCofinancementImpl#getTypeObjet <em>Type Objet</em>}</li>
 *   <li>{@link org.maillage.model.financement.impl.RegleCofinancementImpl#getPartMaxPourcent <em>Part Max Pourcent</em>}</li>
 *   <li>{@link org.maillage.model.financement.impl.RegleCofinancementImpl#getPlafond <em>Plafond</em>}</li>
 *   <li>{@link org.maillage.model.financement.impl.RegleCofinancementImpl#getRegion <em>Region</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RegleCofinancementImpl extends ElementImplCustom implements RegleCofinancement
{
	/**
	 * The cached value of the '{@link #getFinanceur() <em>Financeur</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFinanceur()
	 * @generated
	 * @ordered
	 */
	protected Organisation financeur;

	/**
	 * The cached value of the '{@link #getFonds() <em>Fonds</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFonds()
	 * @generated
	 * @ordered
	 */
	protected Fonds fonds;

	/**
	 * The cached value of the '{@link #getTypeObjet() <em>Type Objet</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTypeObjet()
	 * @generated
	 * @ordered
	 */
	protected EClass typeObjet;

	/**
	 * The default value of the '{@link #getPartMaxPourcent() <em>Part Max Pourcent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPartMaxPourcent()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal PART_MAX_POURCENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPartMaxPourcent() <em>Part Max Pourcent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPartMaxPourcent()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal partMaxPourcent = PART_MAX_POURCENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getPlafond() <em>Plafond</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlafond()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal PLAFOND_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPlafond() <em>Plafond</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlafond()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal plafond = PLAFOND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRegion() <em>Region</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegion()
	 * @generated
	 * @ordered
	 */
	protected Region region;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RegleCofinancementImpl()
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
		return FinancementPackage.Literals.REGLE_COFINANCEMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organisation getFinanceur()
	{
		if (financeur != null && financeur.eIsProxy())
		{
			InternalEObject oldFinanceur = (InternalEObject)financeur;
			financeur = (Organisation)eResolveProxy(oldFinanceur);
			if (financeur != oldFinanceur)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, FinancementPackage.REGLE_COFINANCEMENT__FINANCEUR, oldFinanceur, financeur));
			}
		}
		return financeur;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Organisation basicGetFinanceur()
	{
		return financeur;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFinanceur(Organisation newFinanceur)
	{
		Organisation oldFinanceur = financeur;
		financeur = newFinanceur;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FinancementPackage.REGLE_COFINANCEMENT__FINANCEUR, oldFinanceur, financeur));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Fonds getFonds()
	{
		if (fonds != null && fonds.eIsProxy())
		{
			InternalEObject oldFonds = (InternalEObject)fonds;
			fonds = (Fonds)eResolveProxy(oldFonds);
			if (fonds != oldFonds)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, FinancementPackage.REGLE_COFINANCEMENT__FONDS, oldFonds, fonds));
			}
		}
		return fonds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Fonds basicGetFonds()
	{
		return fonds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFonds(Fonds newFonds)
	{
		Fonds oldFonds = fonds;
		fonds = newFonds;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FinancementPackage.REGLE_COFINANCEMENT__FONDS, oldFonds, fonds));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTypeObjet()
	{
		if (typeObjet != null && typeObjet.eIsProxy())
		{
			InternalEObject oldTypeObjet = (InternalEObject)typeObjet;
			typeObjet = (EClass)eResolveProxy(oldTypeObjet);
			if (typeObjet != oldTypeObjet)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, FinancementPackage.REGLE_COFINANCEMENT__TYPE_OBJET, oldTypeObjet, typeObjet));
			}
		}
		return typeObjet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EClass basicGetTypeObjet()
	{
		return typeObjet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTypeObjet(EClass newTypeObjet)
	{
		EClass oldTypeObjet = typeObjet;
		typeObjet = newTypeObjet;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FinancementPackage.REGLE_COFINANCEMENT__TYPE_OBJET, oldTypeObjet, typeObjet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getPartMaxPourcent()
	{
		return partMaxPourcent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPartMaxPourcent(BigDecimal newPartMaxPourcent)
	{
		BigDecimal oldPartMaxPourcent = partMaxPourcent;
		partMaxPourcent = newPartMaxPourcent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FinancementPackage.REGLE_COFINANCEMENT__PART_MAX_POURCENT, oldPartMaxPourcent, partMaxPourcent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getPlafond()
	{
		return plafond;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlafond(BigDecimal newPlafond)
	{
		BigDecimal oldPlafond = plafond;
		plafond = newPlafond;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FinancementPackage.REGLE_COFINANCEMENT__PLAFOND, oldPlafond, plafond));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Region getRegion()
	{
		if (region != null && region.eIsProxy())
		{
			InternalEObject oldRegion = (InternalEObject)region;
			region = (Region)eResolveProxy(oldRegion);
			if (region != oldRegion)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, FinancementPackage.REGLE_COFINANCEMENT__REGION, oldRegion, region));
			}
		}
		return region;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Region basicGetRegion()
	{
		return region;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRegion(Region newRegion)
	{
		Region oldRegion = region;
		region = newRegion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FinancementPackage.REGLE_COFINANCEMENT__REGION, oldRegion, region));
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
			case FinancementPackage.REGLE_COFINANCEMENT__FINANCEUR:
				if (resolve) return getFinanceur();
				return basicGetFinanceur();
			case FinancementPackage.REGLE_COFINANCEMENT__FONDS:
				if (resolve) return getFonds();
				return basicGetFonds();
			case FinancementPackage.REGLE_COFINANCEMENT__TYPE_OBJET:
				if (resolve) return getTypeObjet();
				return basicGetTypeObjet();
			case FinancementPackage.REGLE_COFINANCEMENT__PART_MAX_POURCENT:
				return getPartMaxPourcent();
			case FinancementPackage.REGLE_COFINANCEMENT__PLAFOND:
				return getPlafond();
			case FinancementPackage.REGLE_COFINANCEMENT__REGION:
				if (resolve) return getRegion();
				return basicGetRegion();
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
			case FinancementPackage.REGLE_COFINANCEMENT__FINANCEUR:
				setFinanceur((Organisation)newValue);
				return;
			case FinancementPackage.REGLE_COFINANCEMENT__FONDS:
				setFonds((Fonds)newValue);
				return;
			case FinancementPackage.REGLE_COFINANCEMENT__TYPE_OBJET:
				setTypeObjet((EClass)newValue);
				return;
			case FinancementPackage.REGLE_COFINANCEMENT__PART_MAX_POURCENT:
				setPartMaxPourcent((BigDecimal)newValue);
				return;
			case FinancementPackage.REGLE_COFINANCEMENT__PLAFOND:
				setPlafond((BigDecimal)newValue);
				return;
			case FinancementPackage.REGLE_COFINANCEMENT__REGION:
				setRegion((Region)newValue);
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
			case FinancementPackage.REGLE_COFINANCEMENT__FINANCEUR:
				setFinanceur((Organisation)null);
				return;
			case FinancementPackage.REGLE_COFINANCEMENT__FONDS:
				setFonds((Fonds)null);
				return;
			case FinancementPackage.REGLE_COFINANCEMENT__TYPE_OBJET:
				setTypeObjet((EClass)null);
				return;
			case FinancementPackage.REGLE_COFINANCEMENT__PART_MAX_POURCENT:
				setPartMaxPourcent(PART_MAX_POURCENT_EDEFAULT);
				return;
			case FinancementPackage.REGLE_COFINANCEMENT__PLAFOND:
				setPlafond(PLAFOND_EDEFAULT);
				return;
			case FinancementPackage.REGLE_COFINANCEMENT__REGION:
				setRegion((Region)null);
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
			case FinancementPackage.REGLE_COFINANCEMENT__FINANCEUR:
				return financeur != null;
			case FinancementPackage.REGLE_COFINANCEMENT__FONDS:
				return fonds != null;
			case FinancementPackage.REGLE_COFINANCEMENT__TYPE_OBJET:
				return typeObjet != null;
			case FinancementPackage.REGLE_COFINANCEMENT__PART_MAX_POURCENT:
				return PART_MAX_POURCENT_EDEFAULT == null ? partMaxPourcent != null : !PART_MAX_POURCENT_EDEFAULT.equals(partMaxPourcent);
			case FinancementPackage.REGLE_COFINANCEMENT__PLAFOND:
				return PLAFOND_EDEFAULT == null ? plafond != null : !PLAFOND_EDEFAULT.equals(plafond);
			case FinancementPackage.REGLE_COFINANCEMENT__REGION:
				return region != null;
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
		result.append(" (partMaxPourcent: ");
		result.append(partMaxPourcent);
		result.append(", plafond: ");
		result.append(plafond);
		result.append(')');
		return result.toString();
	}

} //RegleCofinancementImpl
