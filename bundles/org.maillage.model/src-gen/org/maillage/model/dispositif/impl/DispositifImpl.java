/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.dispositif.impl;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.maillage.model.dispositif.Dispositif;
import org.maillage.model.dispositif.DispositifPackage;
import org.maillage.model.dispositif.StatutDispositif;

import org.maillage.model.impl.ElementImplCustom;

import org.maillage.model.indicateur.Indicateur;

import org.maillage.model.instance.Instance;

import org.maillage.model.organisation.Organisation;

import org.maillage.model.territoire.Territoire;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Dispositif</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.model.dispositif.impl.DispositifImpl#getPorteur <em>Porteur</em>}</li>
 *   <li>{@link org.maillage.model.dispositif.impl.DispositifImpl#getPartenaires <em>Partenaires</em>}</li>
 *   <li>{@link org.maillage.model.dispositif.impl.DispositifImpl#getTerritoires <em>Territoires</em>}</li>
 *   <li>{@link org.maillage.model.dispositif.impl.DispositifImpl#getDebut <em>Debut</em>}</li>
 *   <li>{@link org.maillage.model.dispositif.impl.DispositifImpl#getFin <em>Fin</em>}</li>
 *   <li>{@link org.maillage.model.dispositif.impl.DispositifImpl#getStatut <em>Statut</em>}</li>
 *   <li>{@link org.maillage.model.dispositif.impl.DispositifImpl#getGouvernance <em>Gouvernance</em>}</li>
 *   <li>{@link org.maillage.model.dispositif.impl.DispositifImpl#getIndicateurs <em>Indicateurs</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class DispositifImpl extends ElementImplCustom implements Dispositif
{
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
	 * The cached value of the '{@link #getPartenaires() <em>Partenaires</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPartenaires()
	 * @generated
	 * @ordered
	 */
	protected EList<Organisation> partenaires;

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
	 * The default value of the '{@link #getDebut() <em>Debut</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDebut()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DEBUT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDebut() <em>Debut</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDebut()
	 * @generated
	 * @ordered
	 */
	protected LocalDate debut = DEBUT_EDEFAULT;

	/**
	 * The default value of the '{@link #getFin() <em>Fin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFin()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate FIN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFin() <em>Fin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFin()
	 * @generated
	 * @ordered
	 */
	protected LocalDate fin = FIN_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatut() <em>Statut</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatut()
	 * @generated
	 * @ordered
	 */
	protected static final StatutDispositif STATUT_EDEFAULT = StatutDispositif.EN_PROJET;

	/**
	 * The cached value of the '{@link #getStatut() <em>Statut</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatut()
	 * @generated
	 * @ordered
	 */
	protected StatutDispositif statut = STATUT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getGouvernance() <em>Gouvernance</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGouvernance()
	 * @generated
	 * @ordered
	 */
	protected EList<Instance> gouvernance;

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
	protected DispositifImpl()
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
		return DispositifPackage.Literals.DISPOSITIF;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, DispositifPackage.DISPOSITIF__PORTEUR, oldPorteur, porteur));
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
			eNotify(new ENotificationImpl(this, Notification.SET, DispositifPackage.DISPOSITIF__PORTEUR, oldPorteur, porteur));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Organisation> getPartenaires()
	{
		if (partenaires == null)
		{
			partenaires = new EObjectResolvingEList<Organisation>(Organisation.class, this, DispositifPackage.DISPOSITIF__PARTENAIRES);
		}
		return partenaires;
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
			territoires = new EObjectResolvingEList<Territoire>(Territoire.class, this, DispositifPackage.DISPOSITIF__TERRITOIRES);
		}
		return territoires;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDebut()
	{
		return debut;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDebut(LocalDate newDebut)
	{
		LocalDate oldDebut = debut;
		debut = newDebut;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DispositifPackage.DISPOSITIF__DEBUT, oldDebut, debut));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getFin()
	{
		return fin;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFin(LocalDate newFin)
	{
		LocalDate oldFin = fin;
		fin = newFin;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DispositifPackage.DISPOSITIF__FIN, oldFin, fin));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StatutDispositif getStatut()
	{
		return statut;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatut(StatutDispositif newStatut)
	{
		StatutDispositif oldStatut = statut;
		statut = newStatut == null ? STATUT_EDEFAULT : newStatut;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DispositifPackage.DISPOSITIF__STATUT, oldStatut, statut));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Instance> getGouvernance()
	{
		if (gouvernance == null)
		{
			gouvernance = new EObjectResolvingEList<Instance>(Instance.class, this, DispositifPackage.DISPOSITIF__GOUVERNANCE);
		}
		return gouvernance;
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
			indicateurs = new EObjectResolvingEList<Indicateur>(Indicateur.class, this, DispositifPackage.DISPOSITIF__INDICATEURS);
		}
		return indicateurs;
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
			case DispositifPackage.DISPOSITIF__PORTEUR:
				if (resolve) return getPorteur();
				return basicGetPorteur();
			case DispositifPackage.DISPOSITIF__PARTENAIRES:
				return getPartenaires();
			case DispositifPackage.DISPOSITIF__TERRITOIRES:
				return getTerritoires();
			case DispositifPackage.DISPOSITIF__DEBUT:
				return getDebut();
			case DispositifPackage.DISPOSITIF__FIN:
				return getFin();
			case DispositifPackage.DISPOSITIF__STATUT:
				return getStatut();
			case DispositifPackage.DISPOSITIF__GOUVERNANCE:
				return getGouvernance();
			case DispositifPackage.DISPOSITIF__INDICATEURS:
				return getIndicateurs();
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
			case DispositifPackage.DISPOSITIF__PORTEUR:
				setPorteur((Organisation)newValue);
				return;
			case DispositifPackage.DISPOSITIF__PARTENAIRES:
				getPartenaires().clear();
				getPartenaires().addAll((Collection<? extends Organisation>)newValue);
				return;
			case DispositifPackage.DISPOSITIF__TERRITOIRES:
				getTerritoires().clear();
				getTerritoires().addAll((Collection<? extends Territoire>)newValue);
				return;
			case DispositifPackage.DISPOSITIF__DEBUT:
				setDebut((LocalDate)newValue);
				return;
			case DispositifPackage.DISPOSITIF__FIN:
				setFin((LocalDate)newValue);
				return;
			case DispositifPackage.DISPOSITIF__STATUT:
				setStatut((StatutDispositif)newValue);
				return;
			case DispositifPackage.DISPOSITIF__GOUVERNANCE:
				getGouvernance().clear();
				getGouvernance().addAll((Collection<? extends Instance>)newValue);
				return;
			case DispositifPackage.DISPOSITIF__INDICATEURS:
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
			case DispositifPackage.DISPOSITIF__PORTEUR:
				setPorteur((Organisation)null);
				return;
			case DispositifPackage.DISPOSITIF__PARTENAIRES:
				getPartenaires().clear();
				return;
			case DispositifPackage.DISPOSITIF__TERRITOIRES:
				getTerritoires().clear();
				return;
			case DispositifPackage.DISPOSITIF__DEBUT:
				setDebut(DEBUT_EDEFAULT);
				return;
			case DispositifPackage.DISPOSITIF__FIN:
				setFin(FIN_EDEFAULT);
				return;
			case DispositifPackage.DISPOSITIF__STATUT:
				setStatut(STATUT_EDEFAULT);
				return;
			case DispositifPackage.DISPOSITIF__GOUVERNANCE:
				getGouvernance().clear();
				return;
			case DispositifPackage.DISPOSITIF__INDICATEURS:
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
			case DispositifPackage.DISPOSITIF__PORTEUR:
				return porteur != null;
			case DispositifPackage.DISPOSITIF__PARTENAIRES:
				return partenaires != null && !partenaires.isEmpty();
			case DispositifPackage.DISPOSITIF__TERRITOIRES:
				return territoires != null && !territoires.isEmpty();
			case DispositifPackage.DISPOSITIF__DEBUT:
				return DEBUT_EDEFAULT == null ? debut != null : !DEBUT_EDEFAULT.equals(debut);
			case DispositifPackage.DISPOSITIF__FIN:
				return FIN_EDEFAULT == null ? fin != null : !FIN_EDEFAULT.equals(fin);
			case DispositifPackage.DISPOSITIF__STATUT:
				return statut != STATUT_EDEFAULT;
			case DispositifPackage.DISPOSITIF__GOUVERNANCE:
				return gouvernance != null && !gouvernance.isEmpty();
			case DispositifPackage.DISPOSITIF__INDICATEURS:
				return indicateurs != null && !indicateurs.isEmpty();
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
		result.append(" (debut: ");
		result.append(debut);
		result.append(", fin: ");
		result.append(fin);
		result.append(", statut: ");
		result.append(statut);
		result.append(')');
		return result.toString();
	}

} //DispositifImpl
