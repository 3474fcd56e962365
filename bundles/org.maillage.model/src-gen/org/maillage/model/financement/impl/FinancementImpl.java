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

import org.maillage.model.Element;

import org.maillage.model.financement.Financement;
import org.maillage.model.financement.FinancementPackage;
import org.maillage.model.financement.Fonds;
import org.maillage.model.financement.RegleCofinancement;

import org.maillage.model.impl.ElementImplCustom;

import org.maillage.model.organisation.Organisation;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Financement</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.model.financement.impl.FinancementImpl#getFinanceur <em>Financeur</em>}</li>
 *   <li>{@link org.maillage.model.financement.impl.FinancementImpl#getFonds <em>Fonds</em>}</li>
 *   <li>{@link org.maillage.model.financement.impl.FinancementImpl#getMission <em>Mission</em>}</li>
 *   <li>{@link org.maillage.model.financement.impl.FinancementImpl#getMontant <em>Montant</em>}</li>
 *   <li>{@link org.maillage.model.financement.impl.FinancementImpl#getAnnee <em>Annee</em>}</li>
 *   <li>{@link org.maillage.model.financement.impl.FinancementImpl#getObjet <em>Objet</em>}</li>
 *   <li>{@link org.maillage.model.financement.impl.FinancementImpl#getRegle <em>Regle</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FinancementImpl extends ElementImplCustom implements Financement
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
	 * The default value of the '{@link #getMission() <em>Mission</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMission()
	 * @generated
	 * @ordered
	 */
	protected static final String MISSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMission() <em>Mission</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMission()
	 * @generated
	 * @ordered
	 */
	protected String mission = MISSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getMontant() <em>Montant</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMontant()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal MONTANT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMontant() <em>Montant</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMontant()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal montant = MONTANT_EDEFAULT;

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
	 * The cached value of the '{@link #getObjet() <em>Objet</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObjet()
	 * @generated
	 * @ordered
	 */
	protected Element objet;

	/**
	 * The cached value of the '{@link #getRegle() <em>Regle</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegle()
	 * @generated
	 * @ordered
	 */
	protected RegleCofinancement regle;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FinancementImpl()
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
		return FinancementPackage.Literals.FINANCEMENT;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, FinancementPackage.FINANCEMENT__FINANCEUR, oldFinanceur, financeur));
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
			eNotify(new ENotificationImpl(this, Notification.SET, FinancementPackage.FINANCEMENT__FINANCEUR, oldFinanceur, financeur));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, FinancementPackage.FINANCEMENT__FONDS, oldFonds, fonds));
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
			eNotify(new ENotificationImpl(this, Notification.SET, FinancementPackage.FINANCEMENT__FONDS, oldFonds, fonds));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMission()
	{
		return mission;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMission(String newMission)
	{
		String oldMission = mission;
		mission = newMission;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FinancementPackage.FINANCEMENT__MISSION, oldMission, mission));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getMontant()
	{
		return montant;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMontant(BigDecimal newMontant)
	{
		BigDecimal oldMontant = montant;
		montant = newMontant;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FinancementPackage.FINANCEMENT__MONTANT, oldMontant, montant));
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
			eNotify(new ENotificationImpl(this, Notification.SET, FinancementPackage.FINANCEMENT__ANNEE, oldAnnee, annee));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Element getObjet()
	{
		if (objet != null && objet.eIsProxy())
		{
			InternalEObject oldObjet = (InternalEObject)objet;
			objet = (Element)eResolveProxy(oldObjet);
			if (objet != oldObjet)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, FinancementPackage.FINANCEMENT__OBJET, oldObjet, objet));
			}
		}
		return objet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Element basicGetObjet()
	{
		return objet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setObjet(Element newObjet)
	{
		Element oldObjet = objet;
		objet = newObjet;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FinancementPackage.FINANCEMENT__OBJET, oldObjet, objet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RegleCofinancement getRegle()
	{
		if (regle != null && regle.eIsProxy())
		{
			InternalEObject oldRegle = (InternalEObject)regle;
			regle = (RegleCofinancement)eResolveProxy(oldRegle);
			if (regle != oldRegle)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, FinancementPackage.FINANCEMENT__REGLE, oldRegle, regle));
			}
		}
		return regle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RegleCofinancement basicGetRegle()
	{
		return regle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRegle(RegleCofinancement newRegle)
	{
		RegleCofinancement oldRegle = regle;
		regle = newRegle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FinancementPackage.FINANCEMENT__REGLE, oldRegle, regle));
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
			case FinancementPackage.FINANCEMENT__FINANCEUR:
				if (resolve) return getFinanceur();
				return basicGetFinanceur();
			case FinancementPackage.FINANCEMENT__FONDS:
				if (resolve) return getFonds();
				return basicGetFonds();
			case FinancementPackage.FINANCEMENT__MISSION:
				return getMission();
			case FinancementPackage.FINANCEMENT__MONTANT:
				return getMontant();
			case FinancementPackage.FINANCEMENT__ANNEE:
				return getAnnee();
			case FinancementPackage.FINANCEMENT__OBJET:
				if (resolve) return getObjet();
				return basicGetObjet();
			case FinancementPackage.FINANCEMENT__REGLE:
				if (resolve) return getRegle();
				return basicGetRegle();
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
			case FinancementPackage.FINANCEMENT__FINANCEUR:
				setFinanceur((Organisation)newValue);
				return;
			case FinancementPackage.FINANCEMENT__FONDS:
				setFonds((Fonds)newValue);
				return;
			case FinancementPackage.FINANCEMENT__MISSION:
				setMission((String)newValue);
				return;
			case FinancementPackage.FINANCEMENT__MONTANT:
				setMontant((BigDecimal)newValue);
				return;
			case FinancementPackage.FINANCEMENT__ANNEE:
				setAnnee((Integer)newValue);
				return;
			case FinancementPackage.FINANCEMENT__OBJET:
				setObjet((Element)newValue);
				return;
			case FinancementPackage.FINANCEMENT__REGLE:
				setRegle((RegleCofinancement)newValue);
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
			case FinancementPackage.FINANCEMENT__FINANCEUR:
				setFinanceur((Organisation)null);
				return;
			case FinancementPackage.FINANCEMENT__FONDS:
				setFonds((Fonds)null);
				return;
			case FinancementPackage.FINANCEMENT__MISSION:
				setMission(MISSION_EDEFAULT);
				return;
			case FinancementPackage.FINANCEMENT__MONTANT:
				setMontant(MONTANT_EDEFAULT);
				return;
			case FinancementPackage.FINANCEMENT__ANNEE:
				setAnnee(ANNEE_EDEFAULT);
				return;
			case FinancementPackage.FINANCEMENT__OBJET:
				setObjet((Element)null);
				return;
			case FinancementPackage.FINANCEMENT__REGLE:
				setRegle((RegleCofinancement)null);
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
			case FinancementPackage.FINANCEMENT__FINANCEUR:
				return financeur != null;
			case FinancementPackage.FINANCEMENT__FONDS:
				return fonds != null;
			case FinancementPackage.FINANCEMENT__MISSION:
				return MISSION_EDEFAULT == null ? mission != null : !MISSION_EDEFAULT.equals(mission);
			case FinancementPackage.FINANCEMENT__MONTANT:
				return MONTANT_EDEFAULT == null ? montant != null : !MONTANT_EDEFAULT.equals(montant);
			case FinancementPackage.FINANCEMENT__ANNEE:
				return annee != ANNEE_EDEFAULT;
			case FinancementPackage.FINANCEMENT__OBJET:
				return objet != null;
			case FinancementPackage.FINANCEMENT__REGLE:
				return regle != null;
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
		result.append(" (mission: ");
		result.append(mission);
		result.append(", montant: ");
		result.append(montant);
		result.append(", annee: ");
		result.append(annee);
		result.append(')');
		return result.toString();
	}

} //FinancementImpl
