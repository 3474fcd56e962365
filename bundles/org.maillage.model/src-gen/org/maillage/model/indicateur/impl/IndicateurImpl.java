/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.indicateur.impl;

import java.math.BigDecimal;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentWithInverseEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.maillage.model.impl.ElementImplCustom;

import org.maillage.model.indicateur.Indicateur;
import org.maillage.model.indicateur.IndicateurPackage;
import org.maillage.model.indicateur.ValeurAnnuelle;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Indicateur</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.model.indicateur.impl.IndicateurImpl#getDefinition <em>Definition</em>}</li>
 *   <li>{@link org.maillage.model.indicateur.impl.IndicateurImpl#getUnite <em>Unite</em>}</li>
 *   <li>{@link org.maillage.model.indicateur.impl.IndicateurImpl#getSource <em>Source</em>}</li>
 *   <li>{@link org.maillage.model.indicateur.impl.IndicateurImpl#getReference <em>Reference</em>}</li>
 *   <li>{@link org.maillage.model.indicateur.impl.IndicateurImpl#getAnneeReference <em>Annee Reference</em>}</li>
 *   <li>{@link org.maillage.model.indicateur.impl.IndicateurImpl#getCible <em>Cible</em>}</li>
 *   <li>{@link org.maillage.model.indicateur.impl.IndicateurImpl#getAnneeCible <em>Annee Cible</em>}</li>
 *   <li>{@link org.maillage.model.indicateur.impl.IndicateurImpl#getValeurs <em>Valeurs</em>}</li>
 * </ul>
 *
 * @generated
 */
public class IndicateurImpl extends ElementImplCustom implements Indicateur
{
	/**
	 * The default value of the '{@link #getDefinition() <em>Definition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefinition()
	 * @generated
	 * @ordered
	 */
	protected static final String DEFINITION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDefinition() <em>Definition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefinition()
	 * @generated
	 * @ordered
	 */
	protected String definition = DEFINITION_EDEFAULT;

	/**
	 * The default value of the '{@link #getUnite() <em>Unite</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnite()
	 * @generated
	 * @ordered
	 */
	protected static final String UNITE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUnite() <em>Unite</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnite()
	 * @generated
	 * @ordered
	 */
	protected String unite = UNITE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected String source = SOURCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getReference() <em>Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReference()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal REFERENCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReference() <em>Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReference()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal reference = REFERENCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getAnneeReference() <em>Annee Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnneeReference()
	 * @generated
	 * @ordered
	 */
	protected static final int ANNEE_REFERENCE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getAnneeReference() <em>Annee Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnneeReference()
	 * @generated
	 * @ordered
	 */
	protected int anneeReference = ANNEE_REFERENCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCible() <em>Cible</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCible()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal CIBLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCible() <em>Cible</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCible()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal cible = CIBLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getAnneeCible() <em>Annee Cible</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnneeCible()
	 * @generated
	 * @ordered
	 */
	protected static final int ANNEE_CIBLE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getAnneeCible() <em>Annee Cible</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnneeCible()
	 * @generated
	 * @ordered
	 */
	protected int anneeCible = ANNEE_CIBLE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getValeurs() <em>Valeurs</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValeurs()
	 * @generated
	 * @ordered
	 */
	protected EList<ValeurAnnuelle> valeurs;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected IndicateurImpl()
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
		return IndicateurPackage.Literals.INDICATEUR;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDefinition()
	{
		return definition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDefinition(String newDefinition)
	{
		String oldDefinition = definition;
		definition = newDefinition;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IndicateurPackage.INDICATEUR__DEFINITION, oldDefinition, definition));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUnite()
	{
		return unite;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnite(String newUnite)
	{
		String oldUnite = unite;
		unite = newUnite;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IndicateurPackage.INDICATEUR__UNITE, oldUnite, unite));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSource()
	{
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(String newSource)
	{
		String oldSource = source;
		source = newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IndicateurPackage.INDICATEUR__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getReference()
	{
		return reference;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReference(BigDecimal newReference)
	{
		BigDecimal oldReference = reference;
		reference = newReference;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IndicateurPackage.INDICATEUR__REFERENCE, oldReference, reference));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getAnneeReference()
	{
		return anneeReference;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnneeReference(int newAnneeReference)
	{
		int oldAnneeReference = anneeReference;
		anneeReference = newAnneeReference;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IndicateurPackage.INDICATEUR__ANNEE_REFERENCE, oldAnneeReference, anneeReference));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getCible()
	{
		return cible;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCible(BigDecimal newCible)
	{
		BigDecimal oldCible = cible;
		cible = newCible;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IndicateurPackage.INDICATEUR__CIBLE, oldCible, cible));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getAnneeCible()
	{
		return anneeCible;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnneeCible(int newAnneeCible)
	{
		int oldAnneeCible = anneeCible;
		anneeCible = newAnneeCible;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IndicateurPackage.INDICATEUR__ANNEE_CIBLE, oldAnneeCible, anneeCible));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ValeurAnnuelle> getValeurs()
	{
		if (valeurs == null)
		{
			valeurs = new EObjectContainmentWithInverseEList<ValeurAnnuelle>(ValeurAnnuelle.class, this, IndicateurPackage.INDICATEUR__VALEURS, IndicateurPackage.VALEUR_ANNUELLE__INDICATEUR);
		}
		return valeurs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs)
	{
		switch (featureID)
		{
			case IndicateurPackage.INDICATEUR__VALEURS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getValeurs()).basicAdd(otherEnd, msgs);
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
			case IndicateurPackage.INDICATEUR__VALEURS:
				return ((InternalEList<?>)getValeurs()).basicRemove(otherEnd, msgs);
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
			case IndicateurPackage.INDICATEUR__DEFINITION:
				return getDefinition();
			case IndicateurPackage.INDICATEUR__UNITE:
				return getUnite();
			case IndicateurPackage.INDICATEUR__SOURCE:
				return getSource();
			case IndicateurPackage.INDICATEUR__REFERENCE:
				return getReference();
			case IndicateurPackage.INDICATEUR__ANNEE_REFERENCE:
				return getAnneeReference();
			case IndicateurPackage.INDICATEUR__CIBLE:
				return getCible();
			case IndicateurPackage.INDICATEUR__ANNEE_CIBLE:
				return getAnneeCible();
			case IndicateurPackage.INDICATEUR__VALEURS:
				return getValeurs();
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
			case IndicateurPackage.INDICATEUR__DEFINITION:
				setDefinition((String)newValue);
				return;
			case IndicateurPackage.INDICATEUR__UNITE:
				setUnite((String)newValue);
				return;
			case IndicateurPackage.INDICATEUR__SOURCE:
				setSource((String)newValue);
				return;
			case IndicateurPackage.INDICATEUR__REFERENCE:
				setReference((BigDecimal)newValue);
				return;
			case IndicateurPackage.INDICATEUR__ANNEE_REFERENCE:
				setAnneeReference((Integer)newValue);
				return;
			case IndicateurPackage.INDICATEUR__CIBLE:
				setCible((BigDecimal)newValue);
				return;
			case IndicateurPackage.INDICATEUR__ANNEE_CIBLE:
				setAnneeCible((Integer)newValue);
				return;
			case IndicateurPackage.INDICATEUR__VALEURS:
				getValeurs().clear();
				getValeurs().addAll((Collection<? extends ValeurAnnuelle>)newValue);
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
			case IndicateurPackage.INDICATEUR__DEFINITION:
				setDefinition(DEFINITION_EDEFAULT);
				return;
			case IndicateurPackage.INDICATEUR__UNITE:
				setUnite(UNITE_EDEFAULT);
				return;
			case IndicateurPackage.INDICATEUR__SOURCE:
				setSource(SOURCE_EDEFAULT);
				return;
			case IndicateurPackage.INDICATEUR__REFERENCE:
				setReference(REFERENCE_EDEFAULT);
				return;
			case IndicateurPackage.INDICATEUR__ANNEE_REFERENCE:
				setAnneeReference(ANNEE_REFERENCE_EDEFAULT);
				return;
			case IndicateurPackage.INDICATEUR__CIBLE:
				setCible(CIBLE_EDEFAULT);
				return;
			case IndicateurPackage.INDICATEUR__ANNEE_CIBLE:
				setAnneeCible(ANNEE_CIBLE_EDEFAULT);
				return;
			case IndicateurPackage.INDICATEUR__VALEURS:
				getValeurs().clear();
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
			case IndicateurPackage.INDICATEUR__DEFINITION:
				return DEFINITION_EDEFAULT == null ? definition != null : !DEFINITION_EDEFAULT.equals(definition);
			case IndicateurPackage.INDICATEUR__UNITE:
				return UNITE_EDEFAULT == null ? unite != null : !UNITE_EDEFAULT.equals(unite);
			case IndicateurPackage.INDICATEUR__SOURCE:
				return SOURCE_EDEFAULT == null ? source != null : !SOURCE_EDEFAULT.equals(source);
			case IndicateurPackage.INDICATEUR__REFERENCE:
				return REFERENCE_EDEFAULT == null ? reference != null : !REFERENCE_EDEFAULT.equals(reference);
			case IndicateurPackage.INDICATEUR__ANNEE_REFERENCE:
				return anneeReference != ANNEE_REFERENCE_EDEFAULT;
			case IndicateurPackage.INDICATEUR__CIBLE:
				return CIBLE_EDEFAULT == null ? cible != null : !CIBLE_EDEFAULT.equals(cible);
			case IndicateurPackage.INDICATEUR__ANNEE_CIBLE:
				return anneeCible != ANNEE_CIBLE_EDEFAULT;
			case IndicateurPackage.INDICATEUR__VALEURS:
				return valeurs != null && !valeurs.isEmpty();
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
		result.append(" (definition: ");
		result.append(definition);
		result.append(", unite: ");
		result.append(unite);
		result.append(", source: ");
		result.append(source);
		result.append(", reference: ");
		result.append(reference);
		result.append(", anneeReference: ");
		result.append(anneeReference);
		result.append(", cible: ");
		result.append(cible);
		result.append(", anneeCible: ");
		result.append(anneeCible);
		result.append(')');
		return result.toString();
	}

} //IndicateurImpl
