/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.plan.impl;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.EcoreUtil;

import org.maillage.model.impl.ElementImplCustom;

import org.maillage.model.indicateur.Indicateur;

import org.maillage.model.organisation.Organisation;

import org.maillage.model.plan.Chantier;
import org.maillage.model.plan.FeuilleDeRoute;
import org.maillage.model.plan.Orientation;
import org.maillage.model.plan.PlanPackage;
import org.maillage.model.plan.StatutChantier;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Chantier</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.model.plan.impl.ChantierImpl#getFeuilleDeRoute <em>Feuille De Route</em>}</li>
 *   <li>{@link org.maillage.model.plan.impl.ChantierImpl#getNumero <em>Numero</em>}</li>
 *   <li>{@link org.maillage.model.plan.impl.ChantierImpl#getTheme <em>Theme</em>}</li>
 *   <li>{@link org.maillage.model.plan.impl.ChantierImpl#getPilote <em>Pilote</em>}</li>
 *   <li>{@link org.maillage.model.plan.impl.ChantierImpl#getPartenaires <em>Partenaires</em>}</li>
 *   <li>{@link org.maillage.model.plan.impl.ChantierImpl#getStatut <em>Statut</em>}</li>
 *   <li>{@link org.maillage.model.plan.impl.ChantierImpl#getDebut <em>Debut</em>}</li>
 *   <li>{@link org.maillage.model.plan.impl.ChantierImpl#getEcheance <em>Echeance</em>}</li>
 *   <li>{@link org.maillage.model.plan.impl.ChantierImpl#getAvancement <em>Avancement</em>}</li>
 *   <li>{@link org.maillage.model.plan.impl.ChantierImpl#getIndicateurs <em>Indicateurs</em>}</li>
 *   <li>{@link org.maillage.model.plan.impl.ChantierImpl#getDeclines <em>Declines</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ChantierImpl extends ElementImplCustom implements Chantier
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
	 * The default value of the '{@link #getTheme() <em>Theme</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTheme()
	 * @generated
	 * @ordered
	 */
	protected static final String THEME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTheme() <em>Theme</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTheme()
	 * @generated
	 * @ordered
	 */
	protected String theme = THEME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPilote() <em>Pilote</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPilote()
	 * @generated
	 * @ordered
	 */
	protected Organisation pilote;

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
	 * The default value of the '{@link #getStatut() <em>Statut</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatut()
	 * @generated
	 * @ordered
	 */
	protected static final StatutChantier STATUT_EDEFAULT = StatutChantier.ALANCER;

	/**
	 * The cached value of the '{@link #getStatut() <em>Statut</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatut()
	 * @generated
	 * @ordered
	 */
	protected StatutChantier statut = STATUT_EDEFAULT;

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
	 * The default value of the '{@link #getEcheance() <em>Echeance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEcheance()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate ECHEANCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEcheance() <em>Echeance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEcheance()
	 * @generated
	 * @ordered
	 */
	protected LocalDate echeance = ECHEANCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getAvancement() <em>Avancement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAvancement()
	 * @generated
	 * @ordered
	 */
	protected static final int AVANCEMENT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getAvancement() <em>Avancement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAvancement()
	 * @generated
	 * @ordered
	 */
	protected int avancement = AVANCEMENT_EDEFAULT;

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
	 * The cached value of the '{@link #getDeclines() <em>Declines</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeclines()
	 * @generated
	 * @ordered
	 */
	protected EList<Orientation> declines;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ChantierImpl()
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
		return PlanPackage.Literals.CHANTIER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FeuilleDeRoute getFeuilleDeRoute()
	{
		if (eContainerFeatureID() != PlanPackage.CHANTIER__FEUILLE_DE_ROUTE) return null;
		return (FeuilleDeRoute)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetFeuilleDeRoute(FeuilleDeRoute newFeuilleDeRoute, NotificationChain msgs)
	{
		msgs = eBasicSetContainer((InternalEObject)newFeuilleDeRoute, PlanPackage.CHANTIER__FEUILLE_DE_ROUTE, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFeuilleDeRoute(FeuilleDeRoute newFeuilleDeRoute)
	{
		if (newFeuilleDeRoute != eInternalContainer() || (eContainerFeatureID() != PlanPackage.CHANTIER__FEUILLE_DE_ROUTE && newFeuilleDeRoute != null))
		{
			if (EcoreUtil.isAncestor(this, newFeuilleDeRoute))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newFeuilleDeRoute != null)
				msgs = ((InternalEObject)newFeuilleDeRoute).eInverseAdd(this, PlanPackage.FEUILLE_DE_ROUTE__CHANTIERS, FeuilleDeRoute.class, msgs);
			msgs = basicSetFeuilleDeRoute(newFeuilleDeRoute, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.CHANTIER__FEUILLE_DE_ROUTE, newFeuilleDeRoute, newFeuilleDeRoute));
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
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.CHANTIER__NUMERO, oldNumero, numero));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTheme()
	{
		return theme;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTheme(String newTheme)
	{
		String oldTheme = theme;
		theme = newTheme;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.CHANTIER__THEME, oldTheme, theme));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organisation getPilote()
	{
		if (pilote != null && pilote.eIsProxy())
		{
			InternalEObject oldPilote = (InternalEObject)pilote;
			pilote = (Organisation)eResolveProxy(oldPilote);
			if (pilote != oldPilote)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PlanPackage.CHANTIER__PILOTE, oldPilote, pilote));
			}
		}
		return pilote;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Organisation basicGetPilote()
	{
		return pilote;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPilote(Organisation newPilote)
	{
		Organisation oldPilote = pilote;
		pilote = newPilote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.CHANTIER__PILOTE, oldPilote, pilote));
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
			partenaires = new EObjectResolvingEList<Organisation>(Organisation.class, this, PlanPackage.CHANTIER__PARTENAIRES);
		}
		return partenaires;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StatutChantier getStatut()
	{
		return statut;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatut(StatutChantier newStatut)
	{
		StatutChantier oldStatut = statut;
		statut = newStatut == null ? STATUT_EDEFAULT : newStatut;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.CHANTIER__STATUT, oldStatut, statut));
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
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.CHANTIER__DEBUT, oldDebut, debut));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getEcheance()
	{
		return echeance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEcheance(LocalDate newEcheance)
	{
		LocalDate oldEcheance = echeance;
		echeance = newEcheance;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.CHANTIER__ECHEANCE, oldEcheance, echeance));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getAvancement()
	{
		return avancement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAvancement(int newAvancement)
	{
		int oldAvancement = avancement;
		avancement = newAvancement;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.CHANTIER__AVANCEMENT, oldAvancement, avancement));
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
			indicateurs = new EObjectResolvingEList<Indicateur>(Indicateur.class, this, PlanPackage.CHANTIER__INDICATEURS);
		}
		return indicateurs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Orientation> getDeclines()
	{
		if (declines == null)
		{
			declines = new EObjectResolvingEList<Orientation>(Orientation.class, this, PlanPackage.CHANTIER__DECLINES);
		}
		return declines;
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
			case PlanPackage.CHANTIER__FEUILLE_DE_ROUTE:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetFeuilleDeRoute((FeuilleDeRoute)otherEnd, msgs);
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
			case PlanPackage.CHANTIER__FEUILLE_DE_ROUTE:
				return basicSetFeuilleDeRoute(null, msgs);
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
			case PlanPackage.CHANTIER__FEUILLE_DE_ROUTE:
				return eInternalContainer().eInverseRemove(this, PlanPackage.FEUILLE_DE_ROUTE__CHANTIERS, FeuilleDeRoute.class, msgs);
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
			case PlanPackage.CHANTIER__FEUILLE_DE_ROUTE:
				return getFeuilleDeRoute();
			case PlanPackage.CHANTIER__NUMERO:
				return getNumero();
			case PlanPackage.CHANTIER__THEME:
				return getTheme();
			case PlanPackage.CHANTIER__PILOTE:
				if (resolve) return getPilote();
				return basicGetPilote();
			case PlanPackage.CHANTIER__PARTENAIRES:
				return getPartenaires();
			case PlanPackage.CHANTIER__STATUT:
				return getStatut();
			case PlanPackage.CHANTIER__DEBUT:
				return getDebut();
			case PlanPackage.CHANTIER__ECHEANCE:
				return getEcheance();
			case PlanPackage.CHANTIER__AVANCEMENT:
				return getAvancement();
			case PlanPackage.CHANTIER__INDICATEURS:
				return getIndicateurs();
			case PlanPackage.CHANTIER__DECLINES:
				return getDeclines();
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
			case PlanPackage.CHANTIER__FEUILLE_DE_ROUTE:
				setFeuilleDeRoute((FeuilleDeRoute)newValue);
				return;
			case PlanPackage.CHANTIER__NUMERO:
				setNumero((String)newValue);
				return;
			case PlanPackage.CHANTIER__THEME:
				setTheme((String)newValue);
				return;
			case PlanPackage.CHANTIER__PILOTE:
				setPilote((Organisation)newValue);
				return;
			case PlanPackage.CHANTIER__PARTENAIRES:
				getPartenaires().clear();
				getPartenaires().addAll((Collection<? extends Organisation>)newValue);
				return;
			case PlanPackage.CHANTIER__STATUT:
				setStatut((StatutChantier)newValue);
				return;
			case PlanPackage.CHANTIER__DEBUT:
				setDebut((LocalDate)newValue);
				return;
			case PlanPackage.CHANTIER__ECHEANCE:
				setEcheance((LocalDate)newValue);
				return;
			case PlanPackage.CHANTIER__AVANCEMENT:
				setAvancement((Integer)newValue);
				return;
			case PlanPackage.CHANTIER__INDICATEURS:
				getIndicateurs().clear();
				getIndicateurs().addAll((Collection<? extends Indicateur>)newValue);
				return;
			case PlanPackage.CHANTIER__DECLINES:
				getDeclines().clear();
				getDeclines().addAll((Collection<? extends Orientation>)newValue);
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
			case PlanPackage.CHANTIER__FEUILLE_DE_ROUTE:
				setFeuilleDeRoute((FeuilleDeRoute)null);
				return;
			case PlanPackage.CHANTIER__NUMERO:
				setNumero(NUMERO_EDEFAULT);
				return;
			case PlanPackage.CHANTIER__THEME:
				setTheme(THEME_EDEFAULT);
				return;
			case PlanPackage.CHANTIER__PILOTE:
				setPilote((Organisation)null);
				return;
			case PlanPackage.CHANTIER__PARTENAIRES:
				getPartenaires().clear();
				return;
			case PlanPackage.CHANTIER__STATUT:
				setStatut(STATUT_EDEFAULT);
				return;
			case PlanPackage.CHANTIER__DEBUT:
				setDebut(DEBUT_EDEFAULT);
				return;
			case PlanPackage.CHANTIER__ECHEANCE:
				setEcheance(ECHEANCE_EDEFAULT);
				return;
			case PlanPackage.CHANTIER__AVANCEMENT:
				setAvancement(AVANCEMENT_EDEFAULT);
				return;
			case PlanPackage.CHANTIER__INDICATEURS:
				getIndicateurs().clear();
				return;
			case PlanPackage.CHANTIER__DECLINES:
				getDeclines().clear();
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
			case PlanPackage.CHANTIER__FEUILLE_DE_ROUTE:
				return getFeuilleDeRoute() != null;
			case PlanPackage.CHANTIER__NUMERO:
				return NUMERO_EDEFAULT == null ? numero != null : !NUMERO_EDEFAULT.equals(numero);
			case PlanPackage.CHANTIER__THEME:
				return THEME_EDEFAULT == null ? theme != null : !THEME_EDEFAULT.equals(theme);
			case PlanPackage.CHANTIER__PILOTE:
				return pilote != null;
			case PlanPackage.CHANTIER__PARTENAIRES:
				return partenaires != null && !partenaires.isEmpty();
			case PlanPackage.CHANTIER__STATUT:
				return statut != STATUT_EDEFAULT;
			case PlanPackage.CHANTIER__DEBUT:
				return DEBUT_EDEFAULT == null ? debut != null : !DEBUT_EDEFAULT.equals(debut);
			case PlanPackage.CHANTIER__ECHEANCE:
				return ECHEANCE_EDEFAULT == null ? echeance != null : !ECHEANCE_EDEFAULT.equals(echeance);
			case PlanPackage.CHANTIER__AVANCEMENT:
				return avancement != AVANCEMENT_EDEFAULT;
			case PlanPackage.CHANTIER__INDICATEURS:
				return indicateurs != null && !indicateurs.isEmpty();
			case PlanPackage.CHANTIER__DECLINES:
				return declines != null && !declines.isEmpty();
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
		result.append(", theme: ");
		result.append(theme);
		result.append(", statut: ");
		result.append(statut);
		result.append(", debut: ");
		result.append(debut);
		result.append(", echeance: ");
		result.append(echeance);
		result.append(", avancement: ");
		result.append(avancement);
		result.append(')');
		return result.toString();
	}

} //ChantierImpl
