/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.maillage.model.Conflit;
import org.maillage.model.MaillagePackage;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.ReferenceData;

import org.maillage.model.articulation.Articulation;
import org.maillage.model.articulation.TypeArticulation;

import org.maillage.model.dispositif.Dispositif;

import org.maillage.model.financement.Financement;
import org.maillage.model.financement.Fonds;
import org.maillage.model.financement.RegleCofinancement;

import org.maillage.model.indicateur.Indicateur;

import org.maillage.model.instance.Instance;

import org.maillage.model.organisation.Organisation;

import org.maillage.model.plan.BonnePratique;
import org.maillage.model.plan.FeuilleDeRoute;
import org.maillage.model.plan.Prs;

import org.maillage.model.territoire.Epci;
import org.maillage.model.territoire.Groupement;
import org.maillage.model.territoire.Qpv;
import org.maillage.model.territoire.Region;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Modele Maillage</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.model.impl.ModeleMaillageImpl#getFormatVersion <em>Format Version</em>}</li>
 *   <li>{@link org.maillage.model.impl.ModeleMaillageImpl#getReferenceData <em>Reference Data</em>}</li>
 *   <li>{@link org.maillage.model.impl.ModeleMaillageImpl#getRegions <em>Regions</em>}</li>
 *   <li>{@link org.maillage.model.impl.ModeleMaillageImpl#getEpcis <em>Epcis</em>}</li>
 *   <li>{@link org.maillage.model.impl.ModeleMaillageImpl#getQpvs <em>Qpvs</em>}</li>
 *   <li>{@link org.maillage.model.impl.ModeleMaillageImpl#getGroupements <em>Groupements</em>}</li>
 *   <li>{@link org.maillage.model.impl.ModeleMaillageImpl#getOrganisations <em>Organisations</em>}</li>
 *   <li>{@link org.maillage.model.impl.ModeleMaillageImpl#getPrs <em>Prs</em>}</li>
 *   <li>{@link org.maillage.model.impl.ModeleMaillageImpl#getFeuillesDeRoute <em>Feuilles De Route</em>}</li>
 *   <li>{@link org.maillage.model.impl.ModeleMaillageImpl#getDispositifs <em>Dispositifs</em>}</li>
 *   <li>{@link org.maillage.model.impl.ModeleMaillageImpl#getFonds <em>Fonds</em>}</li>
 *   <li>{@link org.maillage.model.impl.ModeleMaillageImpl#getFinancements <em>Financements</em>}</li>
 *   <li>{@link org.maillage.model.impl.ModeleMaillageImpl#getReglesCofinancement <em>Regles Cofinancement</em>}</li>
 *   <li>{@link org.maillage.model.impl.ModeleMaillageImpl#getIndicateurs <em>Indicateurs</em>}</li>
 *   <li>{@link org.maillage.model.impl.ModeleMaillageImpl#getInstances <em>Instances</em>}</li>
 *   <li>{@link org.maillage.model.impl.ModeleMaillageImpl#getTypesArticulation <em>Types Articulation</em>}</li>
 *   <li>{@link org.maillage.model.impl.ModeleMaillageImpl#getArticulations <em>Articulations</em>}</li>
 *   <li>{@link org.maillage.model.impl.ModeleMaillageImpl#getBonnesPratiques <em>Bonnes Pratiques</em>}</li>
 *   <li>{@link org.maillage.model.impl.ModeleMaillageImpl#getConflits <em>Conflits</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ModeleMaillageImpl extends ElementImplCustom implements ModeleMaillage
{
	/**
	 * The default value of the '{@link #getFormatVersion() <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormatVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String FORMAT_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFormatVersion() <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormatVersion()
	 * @generated
	 * @ordered
	 */
	protected String formatVersion = FORMAT_VERSION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getReferenceData() <em>Reference Data</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReferenceData()
	 * @generated
	 * @ordered
	 */
	protected EList<ReferenceData> referenceData;

	/**
	 * The cached value of the '{@link #getRegions() <em>Regions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegions()
	 * @generated
	 * @ordered
	 */
	protected EList<Region> regions;

	/**
	 * The cached value of the '{@link #getEpcis() <em>Epcis</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEpcis()
	 * @generated
	 * @ordered
	 */
	protected EList<Epci> epcis;

	/**
	 * The cached value of the '{@link #getQpvs() <em>Qpvs</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQpvs()
	 * @generated
	 * @ordered
	 */
	protected EList<Qpv> qpvs;

	/**
	 * The cached value of the '{@link #getGroupements() <em>Groupements</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroupements()
	 * @generated
	 * @ordered
	 */
	protected EList<Groupement> groupements;

	/**
	 * The cached value of the '{@link #getOrganisations() <em>Organisations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrganisations()
	 * @generated
	 * @ordered
	 */
	protected EList<Organisation> organisations;

	/**
	 * The cached value of the '{@link #getPrs() <em>Prs</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrs()
	 * @generated
	 * @ordered
	 */
	protected EList<Prs> prs;

	/**
	 * The cached value of the '{@link #getFeuillesDeRoute() <em>Feuilles De Route</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFeuillesDeRoute()
	 * @generated
	 * @ordered
	 */
	protected EList<FeuilleDeRoute> feuillesDeRoute;

	/**
	 * The cached value of the '{@link #getDispositifs() <em>Dispositifs</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDispositifs()
	 * @generated
	 * @ordered
	 */
	protected EList<Dispositif> dispositifs;

	/**
	 * The cached value of the '{@link #getFonds() <em>Fonds</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFonds()
	 * @generated
	 * @ordered
	 */
	protected EList<Fonds> fonds;

	/**
	 * The cached value of the '{@link #getFinancements() <em>Financements</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFinancements()
	 * @generated
	 * @ordered
	 */
	protected EList<Financement> financements;

	/**
	 * The cached value of the '{@link #getReglesCofinancement() <em>Regles Cofinancement</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReglesCofinancement()
	 * @generated
	 * @ordered
	 */
	protected EList<RegleCofinancement> reglesCofinancement;

	/**
	 * The cached value of the '{@link #getIndicateurs() <em>Indicateurs</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndicateurs()
	 * @generated
	 * @ordered
	 */
	protected EList<Indicateur> indicateurs;

	/**
	 * The cached value of the '{@link #getInstances() <em>Instances</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstances()
	 * @generated
	 * @ordered
	 */
	protected EList<Instance> instances;

	/**
	 * The cached value of the '{@link #getTypesArticulation() <em>Types Articulation</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTypesArticulation()
	 * @generated
	 * @ordered
	 */
	protected EList<TypeArticulation> typesArticulation;

	/**
	 * The cached value of the '{@link #getArticulations() <em>Articulations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArticulations()
	 * @generated
	 * @ordered
	 */
	protected EList<Articulation> articulations;

	/**
	 * The cached value of the '{@link #getBonnesPratiques() <em>Bonnes Pratiques</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBonnesPratiques()
	 * @generated
	 * @ordered
	 */
	protected EList<BonnePratique> bonnesPratiques;

	/**
	 * The cached value of the '{@link #getConflits() <em>Conflits</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConflits()
	 * @generated
	 * @ordered
	 */
	protected EList<Conflit> conflits;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ModeleMaillageImpl()
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
		return MaillagePackage.Literals.MODELE_MAILLAGE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFormatVersion()
	{
		return formatVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFormatVersion(String newFormatVersion)
	{
		String oldFormatVersion = formatVersion;
		formatVersion = newFormatVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MaillagePackage.MODELE_MAILLAGE__FORMAT_VERSION, oldFormatVersion, formatVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ReferenceData> getReferenceData()
	{
		if (referenceData == null)
		{
			referenceData = new EObjectContainmentEList<ReferenceData>(ReferenceData.class, this, MaillagePackage.MODELE_MAILLAGE__REFERENCE_DATA);
		}
		return referenceData;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Region> getRegions()
	{
		if (regions == null)
		{
			regions = new EObjectContainmentEList<Region>(Region.class, this, MaillagePackage.MODELE_MAILLAGE__REGIONS);
		}
		return regions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Epci> getEpcis()
	{
		if (epcis == null)
		{
			epcis = new EObjectContainmentEList<Epci>(Epci.class, this, MaillagePackage.MODELE_MAILLAGE__EPCIS);
		}
		return epcis;
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
			qpvs = new EObjectContainmentEList<Qpv>(Qpv.class, this, MaillagePackage.MODELE_MAILLAGE__QPVS);
		}
		return qpvs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Groupement> getGroupements()
	{
		if (groupements == null)
		{
			groupements = new EObjectContainmentEList<Groupement>(Groupement.class, this, MaillagePackage.MODELE_MAILLAGE__GROUPEMENTS);
		}
		return groupements;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Organisation> getOrganisations()
	{
		if (organisations == null)
		{
			organisations = new EObjectContainmentEList<Organisation>(Organisation.class, this, MaillagePackage.MODELE_MAILLAGE__ORGANISATIONS);
		}
		return organisations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Prs> getPrs()
	{
		if (prs == null)
		{
			prs = new EObjectContainmentEList<Prs>(Prs.class, this, MaillagePackage.MODELE_MAILLAGE__PRS);
		}
		return prs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<FeuilleDeRoute> getFeuillesDeRoute()
	{
		if (feuillesDeRoute == null)
		{
			feuillesDeRoute = new EObjectContainmentEList<FeuilleDeRoute>(FeuilleDeRoute.class, this, MaillagePackage.MODELE_MAILLAGE__FEUILLES_DE_ROUTE);
		}
		return feuillesDeRoute;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Dispositif> getDispositifs()
	{
		if (dispositifs == null)
		{
			dispositifs = new EObjectContainmentEList<Dispositif>(Dispositif.class, this, MaillagePackage.MODELE_MAILLAGE__DISPOSITIFS);
		}
		return dispositifs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Fonds> getFonds()
	{
		if (fonds == null)
		{
			fonds = new EObjectContainmentEList<Fonds>(Fonds.class, this, MaillagePackage.MODELE_MAILLAGE__FONDS);
		}
		return fonds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Financement> getFinancements()
	{
		if (financements == null)
		{
			financements = new EObjectContainmentEList<Financement>(Financement.class, this, MaillagePackage.MODELE_MAILLAGE__FINANCEMENTS);
		}
		return financements;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RegleCofinancement> getReglesCofinancement()
	{
		if (reglesCofinancement == null)
		{
			reglesCofinancement = new EObjectContainmentEList<RegleCofinancement>(RegleCofinancement.class, this, MaillagePackage.MODELE_MAILLAGE__REGLES_COFINANCEMENT);
		}
		return reglesCofinancement;
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
			indicateurs = new EObjectContainmentEList<Indicateur>(Indicateur.class, this, MaillagePackage.MODELE_MAILLAGE__INDICATEURS);
		}
		return indicateurs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Instance> getInstances()
	{
		if (instances == null)
		{
			instances = new EObjectContainmentEList<Instance>(Instance.class, this, MaillagePackage.MODELE_MAILLAGE__INSTANCES);
		}
		return instances;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TypeArticulation> getTypesArticulation()
	{
		if (typesArticulation == null)
		{
			typesArticulation = new EObjectContainmentEList<TypeArticulation>(TypeArticulation.class, this, MaillagePackage.MODELE_MAILLAGE__TYPES_ARTICULATION);
		}
		return typesArticulation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Articulation> getArticulations()
	{
		if (articulations == null)
		{
			articulations = new EObjectContainmentEList<Articulation>(Articulation.class, this, MaillagePackage.MODELE_MAILLAGE__ARTICULATIONS);
		}
		return articulations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<BonnePratique> getBonnesPratiques()
	{
		if (bonnesPratiques == null)
		{
			bonnesPratiques = new EObjectContainmentEList<BonnePratique>(BonnePratique.class, this, MaillagePackage.MODELE_MAILLAGE__BONNES_PRATIQUES);
		}
		return bonnesPratiques;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Conflit> getConflits()
	{
		if (conflits == null)
		{
			conflits = new EObjectContainmentEList<Conflit>(Conflit.class, this, MaillagePackage.MODELE_MAILLAGE__CONFLITS);
		}
		return conflits;
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
			case MaillagePackage.MODELE_MAILLAGE__REFERENCE_DATA:
				return ((InternalEList<?>)getReferenceData()).basicRemove(otherEnd, msgs);
			case MaillagePackage.MODELE_MAILLAGE__REGIONS:
				return ((InternalEList<?>)getRegions()).basicRemove(otherEnd, msgs);
			case MaillagePackage.MODELE_MAILLAGE__EPCIS:
				return ((InternalEList<?>)getEpcis()).basicRemove(otherEnd, msgs);
			case MaillagePackage.MODELE_MAILLAGE__QPVS:
				return ((InternalEList<?>)getQpvs()).basicRemove(otherEnd, msgs);
			case MaillagePackage.MODELE_MAILLAGE__GROUPEMENTS:
				return ((InternalEList<?>)getGroupements()).basicRemove(otherEnd, msgs);
			case MaillagePackage.MODELE_MAILLAGE__ORGANISATIONS:
				return ((InternalEList<?>)getOrganisations()).basicRemove(otherEnd, msgs);
			case MaillagePackage.MODELE_MAILLAGE__PRS:
				return ((InternalEList<?>)getPrs()).basicRemove(otherEnd, msgs);
			case MaillagePackage.MODELE_MAILLAGE__FEUILLES_DE_ROUTE:
				return ((InternalEList<?>)getFeuillesDeRoute()).basicRemove(otherEnd, msgs);
			case MaillagePackage.MODELE_MAILLAGE__DISPOSITIFS:
				return ((InternalEList<?>)getDispositifs()).basicRemove(otherEnd, msgs);
			case MaillagePackage.MODELE_MAILLAGE__FONDS:
				return ((InternalEList<?>)getFonds()).basicRemove(otherEnd, msgs);
			case MaillagePackage.MODELE_MAILLAGE__FINANCEMENTS:
				return ((InternalEList<?>)getFinancements()).basicRemove(otherEnd, msgs);
			case MaillagePackage.MODELE_MAILLAGE__REGLES_COFINANCEMENT:
				return ((InternalEList<?>)getReglesCofinancement()).basicRemove(otherEnd, msgs);
			case MaillagePackage.MODELE_MAILLAGE__INDICATEURS:
				return ((InternalEList<?>)getIndicateurs()).basicRemove(otherEnd, msgs);
			case MaillagePackage.MODELE_MAILLAGE__INSTANCES:
				return ((InternalEList<?>)getInstances()).basicRemove(otherEnd, msgs);
			case MaillagePackage.MODELE_MAILLAGE__TYPES_ARTICULATION:
				return ((InternalEList<?>)getTypesArticulation()).basicRemove(otherEnd, msgs);
			case MaillagePackage.MODELE_MAILLAGE__ARTICULATIONS:
				return ((InternalEList<?>)getArticulations()).basicRemove(otherEnd, msgs);
			case MaillagePackage.MODELE_MAILLAGE__BONNES_PRATIQUES:
				return ((InternalEList<?>)getBonnesPratiques()).basicRemove(otherEnd, msgs);
			case MaillagePackage.MODELE_MAILLAGE__CONFLITS:
				return ((InternalEList<?>)getConflits()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
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
			case MaillagePackage.MODELE_MAILLAGE__FORMAT_VERSION:
				return getFormatVersion();
			case MaillagePackage.MODELE_MAILLAGE__REFERENCE_DATA:
				return getReferenceData();
			case MaillagePackage.MODELE_MAILLAGE__REGIONS:
				return getRegions();
			case MaillagePackage.MODELE_MAILLAGE__EPCIS:
				return getEpcis();
			case MaillagePackage.MODELE_MAILLAGE__QPVS:
				return getQpvs();
			case MaillagePackage.MODELE_MAILLAGE__GROUPEMENTS:
				return getGroupements();
			case MaillagePackage.MODELE_MAILLAGE__ORGANISATIONS:
				return getOrganisations();
			case MaillagePackage.MODELE_MAILLAGE__PRS:
				return getPrs();
			case MaillagePackage.MODELE_MAILLAGE__FEUILLES_DE_ROUTE:
				return getFeuillesDeRoute();
			case MaillagePackage.MODELE_MAILLAGE__DISPOSITIFS:
				return getDispositifs();
			case MaillagePackage.MODELE_MAILLAGE__FONDS:
				return getFonds();
			case MaillagePackage.MODELE_MAILLAGE__FINANCEMENTS:
				return getFinancements();
			case MaillagePackage.MODELE_MAILLAGE__REGLES_COFINANCEMENT:
				return getReglesCofinancement();
			case MaillagePackage.MODELE_MAILLAGE__INDICATEURS:
				return getIndicateurs();
			case MaillagePackage.MODELE_MAILLAGE__INSTANCES:
				return getInstances();
			case MaillagePackage.MODELE_MAILLAGE__TYPES_ARTICULATION:
				return getTypesArticulation();
			case MaillagePackage.MODELE_MAILLAGE__ARTICULATIONS:
				return getArticulations();
			case MaillagePackage.MODELE_MAILLAGE__BONNES_PRATIQUES:
				return getBonnesPratiques();
			case MaillagePackage.MODELE_MAILLAGE__CONFLITS:
				return getConflits();
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
			case MaillagePackage.MODELE_MAILLAGE__FORMAT_VERSION:
				setFormatVersion((String)newValue);
				return;
			case MaillagePackage.MODELE_MAILLAGE__REFERENCE_DATA:
				getReferenceData().clear();
				getReferenceData().addAll((Collection<? extends ReferenceData>)newValue);
				return;
			case MaillagePackage.MODELE_MAILLAGE__REGIONS:
				getRegions().clear();
				getRegions().addAll((Collection<? extends Region>)newValue);
				return;
			case MaillagePackage.MODELE_MAILLAGE__EPCIS:
				getEpcis().clear();
				getEpcis().addAll((Collection<? extends Epci>)newValue);
				return;
			case MaillagePackage.MODELE_MAILLAGE__QPVS:
				getQpvs().clear();
				getQpvs().addAll((Collection<? extends Qpv>)newValue);
				return;
			case MaillagePackage.MODELE_MAILLAGE__GROUPEMENTS:
				getGroupements().clear();
				getGroupements().addAll((Collection<? extends Groupement>)newValue);
				return;
			case MaillagePackage.MODELE_MAILLAGE__ORGANISATIONS:
				getOrganisations().clear();
				getOrganisations().addAll((Collection<? extends Organisation>)newValue);
				return;
			case MaillagePackage.MODELE_MAILLAGE__PRS:
				getPrs().clear();
				getPrs().addAll((Collection<? extends Prs>)newValue);
				return;
			case MaillagePackage.MODELE_MAILLAGE__FEUILLES_DE_ROUTE:
				getFeuillesDeRoute().clear();
				getFeuillesDeRoute().addAll((Collection<? extends FeuilleDeRoute>)newValue);
				return;
			case MaillagePackage.MODELE_MAILLAGE__DISPOSITIFS:
				getDispositifs().clear();
				getDispositifs().addAll((Collection<? extends Dispositif>)newValue);
				return;
			case MaillagePackage.MODELE_MAILLAGE__FONDS:
				getFonds().clear();
				getFonds().addAll((Collection<? extends Fonds>)newValue);
				return;
			case MaillagePackage.MODELE_MAILLAGE__FINANCEMENTS:
				getFinancements().clear();
				getFinancements().addAll((Collection<? extends Financement>)newValue);
				return;
			case MaillagePackage.MODELE_MAILLAGE__REGLES_COFINANCEMENT:
				getReglesCofinancement().clear();
				getReglesCofinancement().addAll((Collection<? extends RegleCofinancement>)newValue);
				return;
			case MaillagePackage.MODELE_MAILLAGE__INDICATEURS:
				getIndicateurs().clear();
				getIndicateurs().addAll((Collection<? extends Indicateur>)newValue);
				return;
			case MaillagePackage.MODELE_MAILLAGE__INSTANCES:
				getInstances().clear();
				getInstances().addAll((Collection<? extends Instance>)newValue);
				return;
			case MaillagePackage.MODELE_MAILLAGE__TYPES_ARTICULATION:
				getTypesArticulation().clear();
				getTypesArticulation().addAll((Collection<? extends TypeArticulation>)newValue);
				return;
			case MaillagePackage.MODELE_MAILLAGE__ARTICULATIONS:
				getArticulations().clear();
				getArticulations().addAll((Collection<? extends Articulation>)newValue);
				return;
			case MaillagePackage.MODELE_MAILLAGE__BONNES_PRATIQUES:
				getBonnesPratiques().clear();
				getBonnesPratiques().addAll((Collection<? extends BonnePratique>)newValue);
				return;
			case MaillagePackage.MODELE_MAILLAGE__CONFLITS:
				getConflits().clear();
				getConflits().addAll((Collection<? extends Conflit>)newValue);
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
			case MaillagePackage.MODELE_MAILLAGE__FORMAT_VERSION:
				setFormatVersion(FORMAT_VERSION_EDEFAULT);
				return;
			case MaillagePackage.MODELE_MAILLAGE__REFERENCE_DATA:
				getReferenceData().clear();
				return;
			case MaillagePackage.MODELE_MAILLAGE__REGIONS:
				getRegions().clear();
				return;
			case MaillagePackage.MODELE_MAILLAGE__EPCIS:
				getEpcis().clear();
				return;
			case MaillagePackage.MODELE_MAILLAGE__QPVS:
				getQpvs().clear();
				return;
			case MaillagePackage.MODELE_MAILLAGE__GROUPEMENTS:
				getGroupements().clear();
				return;
			case MaillagePackage.MODELE_MAILLAGE__ORGANISATIONS:
				getOrganisations().clear();
				return;
			case MaillagePackage.MODELE_MAILLAGE__PRS:
				getPrs().clear();
				return;
			case MaillagePackage.MODELE_MAILLAGE__FEUILLES_DE_ROUTE:
				getFeuillesDeRoute().clear();
				return;
			case MaillagePackage.MODELE_MAILLAGE__DISPOSITIFS:
				getDispositifs().clear();
				return;
			case MaillagePackage.MODELE_MAILLAGE__FONDS:
				getFonds().clear();
				return;
			case MaillagePackage.MODELE_MAILLAGE__FINANCEMENTS:
				getFinancements().clear();
				return;
			case MaillagePackage.MODELE_MAILLAGE__REGLES_COFINANCEMENT:
				getReglesCofinancement().clear();
				return;
			case MaillagePackage.MODELE_MAILLAGE__INDICATEURS:
				getIndicateurs().clear();
				return;
			case MaillagePackage.MODELE_MAILLAGE__INSTANCES:
				getInstances().clear();
				return;
			case MaillagePackage.MODELE_MAILLAGE__TYPES_ARTICULATION:
				getTypesArticulation().clear();
				return;
			case MaillagePackage.MODELE_MAILLAGE__ARTICULATIONS:
				getArticulations().clear();
				return;
			case MaillagePackage.MODELE_MAILLAGE__BONNES_PRATIQUES:
				getBonnesPratiques().clear();
				return;
			case MaillagePackage.MODELE_MAILLAGE__CONFLITS:
				getConflits().clear();
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
			case MaillagePackage.MODELE_MAILLAGE__FORMAT_VERSION:
				return FORMAT_VERSION_EDEFAULT == null ? formatVersion != null : !FORMAT_VERSION_EDEFAULT.equals(formatVersion);
			case MaillagePackage.MODELE_MAILLAGE__REFERENCE_DATA:
				return referenceData != null && !referenceData.isEmpty();
			case MaillagePackage.MODELE_MAILLAGE__REGIONS:
				return regions != null && !regions.isEmpty();
			case MaillagePackage.MODELE_MAILLAGE__EPCIS:
				return epcis != null && !epcis.isEmpty();
			case MaillagePackage.MODELE_MAILLAGE__QPVS:
				return qpvs != null && !qpvs.isEmpty();
			case MaillagePackage.MODELE_MAILLAGE__GROUPEMENTS:
				return groupements != null && !groupements.isEmpty();
			case MaillagePackage.MODELE_MAILLAGE__ORGANISATIONS:
				return organisations != null && !organisations.isEmpty();
			case MaillagePackage.MODELE_MAILLAGE__PRS:
				return prs != null && !prs.isEmpty();
			case MaillagePackage.MODELE_MAILLAGE__FEUILLES_DE_ROUTE:
				return feuillesDeRoute != null && !feuillesDeRoute.isEmpty();
			case MaillagePackage.MODELE_MAILLAGE__DISPOSITIFS:
				return dispositifs != null && !dispositifs.isEmpty();
			case MaillagePackage.MODELE_MAILLAGE__FONDS:
				return fonds != null && !fonds.isEmpty();
			case MaillagePackage.MODELE_MAILLAGE__FINANCEMENTS:
				return financements != null && !financements.isEmpty();
			case MaillagePackage.MODELE_MAILLAGE__REGLES_COFINANCEMENT:
				return reglesCofinancement != null && !reglesCofinancement.isEmpty();
			case MaillagePackage.MODELE_MAILLAGE__INDICATEURS:
				return indicateurs != null && !indicateurs.isEmpty();
			case MaillagePackage.MODELE_MAILLAGE__INSTANCES:
				return instances != null && !instances.isEmpty();
			case MaillagePackage.MODELE_MAILLAGE__TYPES_ARTICULATION:
				return typesArticulation != null && !typesArticulation.isEmpty();
			case MaillagePackage.MODELE_MAILLAGE__ARTICULATIONS:
				return articulations != null && !articulations.isEmpty();
			case MaillagePackage.MODELE_MAILLAGE__BONNES_PRATIQUES:
				return bonnesPratiques != null && !bonnesPratiques.isEmpty();
			case MaillagePackage.MODELE_MAILLAGE__CONFLITS:
				return conflits != null && !conflits.isEmpty();
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
		result.append(" (formatVersion: ");
		result.append(formatVersion);
		result.append(')');
		return result.toString();
	}

} //ModeleMaillageImpl
