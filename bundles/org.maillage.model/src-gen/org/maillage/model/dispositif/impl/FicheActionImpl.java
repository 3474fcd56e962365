/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.dispositif.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.EcoreUtil;

import org.maillage.model.dispositif.Axe;
import org.maillage.model.dispositif.DispositifPackage;
import org.maillage.model.dispositif.FicheAction;

import org.maillage.model.financement.Financement;

import org.maillage.model.impl.ElementImplCustom;

import org.maillage.model.indicateur.Indicateur;

import org.maillage.model.organisation.Organisation;

import org.maillage.model.plan.Chantier;

import org.maillage.model.territoire.Qpv;
import org.maillage.model.territoire.Territoire;

import org.maillage.model.util.ModelQuery;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Fiche Action</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.model.dispositif.impl.FicheActionImpl#getAxe <em>Axe</em>}</li>
 *   <li>{@link org.maillage.model.dispositif.impl.FicheActionImpl#getNumero <em>Numero</em>}</li>
 *   <li>{@link org.maillage.model.dispositif.impl.FicheActionImpl#getPorteur <em>Porteur</em>}</li>
 *   <li>{@link org.maillage.model.dispositif.impl.FicheActionImpl#getPublics <em>Publics</em>}</li>
 *   <li>{@link org.maillage.model.dispositif.impl.FicheActionImpl#getTerritoires <em>Territoires</em>}</li>
 *   <li>{@link org.maillage.model.dispositif.impl.FicheActionImpl#getQpvCibles <em>Qpv Cibles</em>}</li>
 *   <li>{@link org.maillage.model.dispositif.impl.FicheActionImpl#getChantiers <em>Chantiers</em>}</li>
 *   <li>{@link org.maillage.model.dispositif.impl.FicheActionImpl#getIndicateurs <em>Indicateurs</em>}</li>
 *   <li>{@link org.maillage.model.dispositif.impl.FicheActionImpl#getFinancements <em>Financements</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FicheActionImpl extends ElementImplCustom implements FicheAction
{
	/**
	 * The default value of the '{@link #getNumero() <em>Numero</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumero()
	 * @generated
	 * @ordered
	 */
	protected static final String NUMERO_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNumero() <em>Numero</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumero()
	 * @generated
	 * @ordered
	 */
	protected String numero = NUMERO_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPorteur() <em>Porteur</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPorteur()
	 * @generated
	 * @ordered
	 */
	protected Organisation porteur;

	/**
	 * The cached value of the '{@link #getPublics() <em>Publics</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublics()
	 * @generated
	 * @ordered
	 */
	protected EList<String> publics;

	/**
	 * The cached value of the '{@link #getTerritoires() <em>Territoires</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTerritoires()
	 * @generated
	 * @ordered
	 */
	protected EList<Territoire> territoires;

	/**
	 * The cached value of the '{@link #getQpvCibles() <em>Qpv Cibles</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQpvCibles()
	 * @generated
	 * @ordered
	 */
	protected EList<Qpv> qpvCibles;

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
	 * The cached value of the '{@link #getIndicateurs() <em>Indicateurs</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndicateurs()
	 * @generated
	 * @ordered
	 */
	protected EList<Indicateur> indicateurs;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FicheActionImpl()
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
		return DispositifPackage.Literals.FICHE_ACTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Axe getAxe()
	{
		if (eContainerFeatureID() != DispositifPackage.FICHE_ACTION__AXE) return null;
		return (Axe)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetAxe(Axe newAxe, NotificationChain msgs)
	{
		msgs = eBasicSetContainer((InternalEObject)newAxe, DispositifPackage.FICHE_ACTION__AXE, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAxe(Axe newAxe)
	{
		if (newAxe != eInternalContainer() || (eContainerFeatureID() != DispositifPackage.FICHE_ACTION__AXE && newAxe != null))
		{
			if (EcoreUtil.isAncestor(this, newAxe))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newAxe != null)
				msgs = ((InternalEObject)newAxe).eInverseAdd(this, DispositifPackage.AXE__FICHES_ACTIONS, Axe.class, msgs);
			msgs = basicSetAxe(newAxe, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DispositifPackage.FICHE_ACTION__AXE, newAxe, newAxe));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNumero()
	{
		return numero;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNumero(String newNumero)
	{
		String oldNumero = numero;
		numero = newNumero;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DispositifPackage.FICHE_ACTION__NUMERO, oldNumero, numero));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organisation getPorteur()
	{
		if (porteur != null && porteur.eIsProxy())
		{
			InternalEObject oldPorteur = (InternalEObject)porteur;
			porteur = (Organisation)eResolveProxy(oldPorteur);
			if (porteur != oldPorteur)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, DispositifPackage.FICHE_ACTION__PORTEUR, oldPorteur, porteur));
			}
		}
		return porteur;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Organisation basicGetPorteur()
	{
		return porteur;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPorteur(Organisation newPorteur)
	{
		Organisation oldPorteur = porteur;
		porteur = newPorteur;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DispositifPackage.FICHE_ACTION__PORTEUR, oldPorteur, porteur));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getPublics()
	{
		if (publics == null)
		{
			publics = new EDataTypeUniqueEList<String>(String.class, this, DispositifPackage.FICHE_ACTION__PUBLICS);
		}
		return publics;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Territoire> getTerritoires()
	{
		if (territoires == null)
		{
			territoires = new EObjectResolvingEList<Territoire>(Territoire.class, this, DispositifPackage.FICHE_ACTION__TERRITOIRES);
		}
		return territoires;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Qpv> getQpvCibles()
	{
		if (qpvCibles == null)
		{
			qpvCibles = new EObjectResolvingEList<Qpv>(Qpv.class, this, DispositifPackage.FICHE_ACTION__QPV_CIBLES);
		}
		return qpvCibles;
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
			chantiers = new EObjectResolvingEList<Chantier>(Chantier.class, this, DispositifPackage.FICHE_ACTION__CHANTIERS);
		}
		return chantiers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Indicateur> getIndicateurs()
	{
		if (indicateurs == null)
		{
			indicateurs = new EObjectResolvingEList<Indicateur>(Indicateur.class, this, DispositifPackage.FICHE_ACTION__INDICATEURS);
		}
		return indicateurs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Financement> getFinancements()
	{
		return ModelQuery.financementsOf(this, DispositifPackage.Literals.FICHE_ACTION__FINANCEMENTS);
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
			case DispositifPackage.FICHE_ACTION__AXE:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetAxe((Axe)otherEnd, msgs);
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
			case DispositifPackage.FICHE_ACTION__AXE:
				return basicSetAxe(null, msgs);
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
			case DispositifPackage.FICHE_ACTION__AXE:
				return eInternalContainer().eInverseRemove(this, DispositifPackage.AXE__FICHES_ACTIONS, Axe.class, msgs);
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
			case DispositifPackage.FICHE_ACTION__AXE:
				return getAxe();
			case DispositifPackage.FICHE_ACTION__NUMERO:
				return getNumero();
			case DispositifPackage.FICHE_ACTION__PORTEUR:
				if (resolve) return getPorteur();
				return basicGetPorteur();
			case DispositifPackage.FICHE_ACTION__PUBLICS:
				return getPublics();
			case DispositifPackage.FICHE_ACTION__TERRITOIRES:
				return getTerritoires();
			case DispositifPackage.FICHE_ACTION__QPV_CIBLES:
				return getQpvCibles();
			case DispositifPackage.FICHE_ACTION__CHANTIERS:
				return getChantiers();
			case DispositifPackage.FICHE_ACTION__INDICATEURS:
				return getIndicateurs();
			case DispositifPackage.FICHE_ACTION__FINANCEMENTS:
				return getFinancements();
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
			case DispositifPackage.FICHE_ACTION__AXE:
				setAxe((Axe)newValue);
				return;
			case DispositifPackage.FICHE_ACTION__NUMERO:
				setNumero((String)newValue);
				return;
			case DispositifPackage.FICHE_ACTION__PORTEUR:
				setPorteur((Organisation)newValue);
				return;
			case DispositifPackage.FICHE_ACTION__PUBLICS:
				getPublics().clear();
				getPublics().addAll((Collection<? extends String>)newValue);
				return;
			case DispositifPackage.FICHE_ACTION__TERRITOIRES:
				getTerritoires().clear();
				getTerritoires().addAll((Collection<? extends Territoire>)newValue);
				return;
			case DispositifPackage.FICHE_ACTION__QPV_CIBLES:
				getQpvCibles().clear();
				getQpvCibles().addAll((Collection<? extends Qpv>)newValue);
				return;
			case DispositifPackage.FICHE_ACTION__CHANTIERS:
				getChantiers().clear();
				getChantiers().addAll((Collection<? extends Chantier>)newValue);
				return;
			case DispositifPackage.FICHE_ACTION__INDICATEURS:
				getIndicateurs().clear();
				getIndicateurs().addAll((Collection<? extends Indicateur>)newValue);
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
			case DispositifPackage.FICHE_ACTION__AXE:
				setAxe((Axe)null);
				return;
			case DispositifPackage.FICHE_ACTION__NUMERO:
				setNumero(NUMERO_EDEFAULT);
				return;
			case DispositifPackage.FICHE_ACTION__PORTEUR:
				setPorteur((Organisation)null);
				return;
			case DispositifPackage.FICHE_ACTION__PUBLICS:
				getPublics().clear();
				return;
			case DispositifPackage.FICHE_ACTION__TERRITOIRES:
				getTerritoires().clear();
				return;
			case DispositifPackage.FICHE_ACTION__QPV_CIBLES:
				getQpvCibles().clear();
				return;
			case DispositifPackage.FICHE_ACTION__CHANTIERS:
				getChantiers().clear();
				return;
			case DispositifPackage.FICHE_ACTION__INDICATEURS:
				getIndicateurs().clear();
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
			case DispositifPackage.FICHE_ACTION__AXE:
				return getAxe() != null;
			case DispositifPackage.FICHE_ACTION__NUMERO:
				return NUMERO_EDEFAULT == null ? numero != null : !NUMERO_EDEFAULT.equals(numero);
			case DispositifPackage.FICHE_ACTION__PORTEUR:
				return porteur != null;
			case DispositifPackage.FICHE_ACTION__PUBLICS:
				return publics != null && !publics.isEmpty();
			case DispositifPackage.FICHE_ACTION__TERRITOIRES:
				return territoires != null && !territoires.isEmpty();
			case DispositifPackage.FICHE_ACTION__QPV_CIBLES:
				return qpvCibles != null && !qpvCibles.isEmpty();
			case DispositifPackage.FICHE_ACTION__CHANTIERS:
				return chantiers != null && !chantiers.isEmpty();
			case DispositifPackage.FICHE_ACTION__INDICATEURS:
				return indicateurs != null && !indicateurs.isEmpty();
			case DispositifPackage.FICHE_ACTION__FINANCEMENTS:
				return !getFinancements().isEmpty();
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
		result.append(" (numero: ");
		result.append(numero);
		result.append(", publics: ");
		result.append(publics);
		result.append(')');
		return result.toString();
	}

} //FicheActionImpl
