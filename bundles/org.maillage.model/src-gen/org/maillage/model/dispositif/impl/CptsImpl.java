/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.dispositif.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import org.maillage.model.dispositif.Cpts;
import org.maillage.model.dispositif.DispositifPackage;
import org.maillage.model.dispositif.MissionCpts;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Cpts</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.model.dispositif.impl.CptsImpl#getProjetDeSante <em>Projet De Sante</em>}</li>
 *   <li>{@link org.maillage.model.dispositif.impl.CptsImpl#getTaille <em>Taille</em>}</li>
 *   <li>{@link org.maillage.model.dispositif.impl.CptsImpl#getMissions <em>Missions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CptsImpl extends DispositifImpl implements Cpts
{
	/**
	 * The default value of the '{@link #getProjetDeSante() <em>Projet De Sante</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProjetDeSante()
	 * @generated
	 * @ordered
	 */
	protected static final String PROJET_DE_SANTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProjetDeSante() <em>Projet De Sante</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProjetDeSante()
	 * @generated
	 * @ordered
	 */
	protected String projetDeSante = PROJET_DE_SANTE_EDEFAULT;

	/**
	 * The default value of the '{@link #getTaille() <em>Taille</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTaille()
	 * @generated
	 * @ordered
	 */
	protected static final int TAILLE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getTaille() <em>Taille</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTaille()
	 * @generated
	 * @ordered
	 */
	protected int taille = TAILLE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getMissions() <em>Missions</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMissions()
	 * @generated
	 * @ordered
	 */
	protected EList<MissionCpts> missions;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CptsImpl()
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
		return DispositifPackage.Literals.CPTS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProjetDeSante()
	{
		return projetDeSante;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProjetDeSante(String newProjetDeSante)
	{
		String oldProjetDeSante = projetDeSante;
		projetDeSante = newProjetDeSante;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DispositifPackage.CPTS__PROJET_DE_SANTE, oldProjetDeSante, projetDeSante));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getTaille()
	{
		return taille;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTaille(int newTaille)
	{
		int oldTaille = taille;
		taille = newTaille;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DispositifPackage.CPTS__TAILLE, oldTaille, taille));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MissionCpts> getMissions()
	{
		if (missions == null)
		{
			missions = new EDataTypeUniqueEList<MissionCpts>(MissionCpts.class, this, DispositifPackage.CPTS__MISSIONS);
		}
		return missions;
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
			case DispositifPackage.CPTS__PROJET_DE_SANTE:
				return getProjetDeSante();
			case DispositifPackage.CPTS__TAILLE:
				return getTaille();
			case DispositifPackage.CPTS__MISSIONS:
				return getMissions();
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
			case DispositifPackage.CPTS__PROJET_DE_SANTE:
				setProjetDeSante((String)newValue);
				return;
			case DispositifPackage.CPTS__TAILLE:
				setTaille((Integer)newValue);
				return;
			case DispositifPackage.CPTS__MISSIONS:
				getMissions().clear();
				getMissions().addAll((Collection<? extends MissionCpts>)newValue);
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
			case DispositifPackage.CPTS__PROJET_DE_SANTE:
				setProjetDeSante(PROJET_DE_SANTE_EDEFAULT);
				return;
			case DispositifPackage.CPTS__TAILLE:
				setTaille(TAILLE_EDEFAULT);
				return;
			case DispositifPackage.CPTS__MISSIONS:
				getMissions().clear();
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
			case DispositifPackage.CPTS__PROJET_DE_SANTE:
				return PROJET_DE_SANTE_EDEFAULT == null ? projetDeSante != null : !PROJET_DE_SANTE_EDEFAULT.equals(projetDeSante);
			case DispositifPackage.CPTS__TAILLE:
				return taille != TAILLE_EDEFAULT;
			case DispositifPackage.CPTS__MISSIONS:
				return missions != null && !missions.isEmpty();
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
		result.append(" (projetDeSante: ");
		result.append(projetDeSante);
		result.append(", taille: ");
		result.append(taille);
		result.append(", missions: ");
		result.append(missions);
		result.append(')');
		return result.toString();
	}

} //CptsImpl
