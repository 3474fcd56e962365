/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.dispositif.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.maillage.model.dispositif.ContratDeVille;
import org.maillage.model.dispositif.DispositifPackage;

import org.maillage.model.territoire.Epci;
import org.maillage.model.territoire.Qpv;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Contrat De Ville</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.model.dispositif.impl.ContratDeVilleImpl#getEpci <em>Epci</em>}</li>
 *   <li>{@link org.maillage.model.dispositif.impl.ContratDeVilleImpl#getQpvs <em>Qpvs</em>}</li>
 *   <li>{@link org.maillage.model.dispositif.impl.ContratDeVilleImpl#isAtelierSanteVille <em>Atelier Sante Ville</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ContratDeVilleImpl extends DispositifImpl implements ContratDeVille
{
	/**
	 * The cached value of the '{@link #getEpci() <em>Epci</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEpci()
	 * @generated
	 * @ordered
	 */
	protected Epci epci;

	/**
	 * The cached value of the '{@link #getQpvs() <em>Qpvs</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQpvs()
	 * @generated
	 * @ordered
	 */
	protected EList<Qpv> qpvs;

	/**
	 * The default value of the '{@link #isAtelierSanteVille() <em>Atelier Sante Ville</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAtelierSanteVille()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ATELIER_SANTE_VILLE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isAtelierSanteVille() <em>Atelier Sante Ville</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAtelierSanteVille()
	 * @generated
	 * @ordered
	 */
	protected boolean atelierSanteVille = ATELIER_SANTE_VILLE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ContratDeVilleImpl()
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
		return DispositifPackage.Literals.CONTRAT_DE_VILLE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Epci getEpci()
	{
		if (epci != null && epci.eIsProxy())
		{
			InternalEObject oldEpci = (InternalEObject)epci;
			epci = (Epci)eResolveProxy(oldEpci);
			if (epci != oldEpci)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, DispositifPackage.CONTRAT_DE_VILLE__EPCI, oldEpci, epci));
			}
		}
		return epci;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Epci basicGetEpci()
	{
		return epci;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEpci(Epci newEpci)
	{
		Epci oldEpci = epci;
		epci = newEpci;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DispositifPackage.CONTRAT_DE_VILLE__EPCI, oldEpci, epci));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Qpv> getQpvs()
	{
		if (qpvs == null)
		{
			qpvs = new EObjectResolvingEList<Qpv>(Qpv.class, this, DispositifPackage.CONTRAT_DE_VILLE__QPVS);
		}
		return qpvs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isAtelierSanteVille()
	{
		return atelierSanteVille;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAtelierSanteVille(boolean newAtelierSanteVille)
	{
		boolean oldAtelierSanteVille = atelierSanteVille;
		atelierSanteVille = newAtelierSanteVille;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DispositifPackage.CONTRAT_DE_VILLE__ATELIER_SANTE_VILLE, oldAtelierSanteVille, atelierSanteVille));
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
			case DispositifPackage.CONTRAT_DE_VILLE__EPCI:
				if (resolve) return getEpci();
				return basicGetEpci();
			case DispositifPackage.CONTRAT_DE_VILLE__QPVS:
				return getQpvs();
			case DispositifPackage.CONTRAT_DE_VILLE__ATELIER_SANTE_VILLE:
				return isAtelierSanteVille();
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
			case DispositifPackage.CONTRAT_DE_VILLE__EPCI:
				setEpci((Epci)newValue);
				return;
			case DispositifPackage.CONTRAT_DE_VILLE__QPVS:
				getQpvs().clear();
				getQpvs().addAll((Collection<? extends Qpv>)newValue);
				return;
			case DispositifPackage.CONTRAT_DE_VILLE__ATELIER_SANTE_VILLE:
				setAtelierSanteVille((Boolean)newValue);
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
			case DispositifPackage.CONTRAT_DE_VILLE__EPCI:
				setEpci((Epci)null);
				return;
			case DispositifPackage.CONTRAT_DE_VILLE__QPVS:
				getQpvs().clear();
				return;
			case DispositifPackage.CONTRAT_DE_VILLE__ATELIER_SANTE_VILLE:
				setAtelierSanteVille(ATELIER_SANTE_VILLE_EDEFAULT);
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
			case DispositifPackage.CONTRAT_DE_VILLE__EPCI:
				return epci != null;
			case DispositifPackage.CONTRAT_DE_VILLE__QPVS:
				return qpvs != null && !qpvs.isEmpty();
			case DispositifPackage.CONTRAT_DE_VILLE__ATELIER_SANTE_VILLE:
				return atelierSanteVille != ATELIER_SANTE_VILLE_EDEFAULT;
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
		result.append(" (atelierSanteVille: ");
		result.append(atelierSanteVille);
		result.append(')');
		return result.toString();
	}

} //ContratDeVilleImpl
