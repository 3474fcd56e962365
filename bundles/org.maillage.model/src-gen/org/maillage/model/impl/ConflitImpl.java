/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.maillage.model.Conflit;
import org.maillage.model.MaillagePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Conflit</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.model.impl.ConflitImpl#getNature <em>Nature</em>}</li>
 *   <li>{@link org.maillage.model.impl.ConflitImpl#getElementUuid <em>Element Uuid</em>}</li>
 *   <li>{@link org.maillage.model.impl.ConflitImpl#getElementType <em>Element Type</em>}</li>
 *   <li>{@link org.maillage.model.impl.ConflitImpl#getElementNom <em>Element Nom</em>}</li>
 *   <li>{@link org.maillage.model.impl.ConflitImpl#getAttribut <em>Attribut</em>}</li>
 *   <li>{@link org.maillage.model.impl.ConflitImpl#getValeurBase <em>Valeur Base</em>}</li>
 *   <li>{@link org.maillage.model.impl.ConflitImpl#getValeurNous <em>Valeur Nous</em>}</li>
 *   <li>{@link org.maillage.model.impl.ConflitImpl#getValeurEux <em>Valeur Eux</em>}</li>
 *   <li>{@link org.maillage.model.impl.ConflitImpl#getContenuSupprime <em>Contenu Supprime</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ConflitImpl extends MinimalEObjectImpl.Container implements Conflit
{
	/**
	 * The default value of the '{@link #getNature() <em>Nature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNature()
	 * @generated
	 * @ordered
	 */
	protected static final String NATURE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNature() <em>Nature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNature()
	 * @generated
	 * @ordered
	 */
	protected String nature = NATURE_EDEFAULT;

	/**
	 * The default value of the '{@link #getElementUuid() <em>Element Uuid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getElementUuid()
	 * @generated
	 * @ordered
	 */
	protected static final String ELEMENT_UUID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getElementUuid() <em>Element Uuid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getElementUuid()
	 * @generated
	 * @ordered
	 */
	protected String elementUuid = ELEMENT_UUID_EDEFAULT;

	/**
	 * The default value of the '{@link #getElementType() <em>Element Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getElementType()
	 * @generated
	 * @ordered
	 */
	protected static final String ELEMENT_TYPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getElementType() <em>Element Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getElementType()
	 * @generated
	 * @ordered
	 */
	protected String elementType = ELEMENT_TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getElementNom() <em>Element Nom</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getElementNom()
	 * @generated
	 * @ordered
	 */
	protected static final String ELEMENT_NOM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getElementNom() <em>Element Nom</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getElementNom()
	 * @generated
	 * @ordered
	 */
	protected String elementNom = ELEMENT_NOM_EDEFAULT;

	/**
	 * The default value of the '{@link #getAttribut() <em>Attribut</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttribut()
	 * @generated
	 * @ordered
	 */
	protected static final String ATTRIBUT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAttribut() <em>Attribut</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttribut()
	 * @generated
	 * @ordered
	 */
	protected String attribut = ATTRIBUT_EDEFAULT;

	/**
	 * The default value of the '{@link #getValeurBase() <em>Valeur Base</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValeurBase()
	 * @generated
	 * @ordered
	 */
	protected static final String VALEUR_BASE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getValeurBase() <em>Valeur Base</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValeurBase()
	 * @generated
	 * @ordered
	 */
	protected String valeurBase = VALEUR_BASE_EDEFAULT;

	/**
	 * The default value of the '{@link #getValeurNous() <em>Valeur Nous</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValeurNous()
	 * @generated
	 * @ordered
	 */
	protected static final String VALEUR_NOUS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getValeurNous() <em>Valeur Nous</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValeurNous()
	 * @generated
	 * @ordered
	 */
	protected String valeurNous = VALEUR_NOUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getValeurEux() <em>Valeur Eux</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValeurEux()
	 * @generated
	 * @ordered
	 */
	protected static final String VALEUR_EUX_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getValeurEux() <em>Valeur Eux</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValeurEux()
	 * @generated
	 * @ordered
	 */
	protected String valeurEux = VALEUR_EUX_EDEFAULT;

	/**
	 * The default value of the '{@link #getContenuSupprime() <em>Contenu Supprime</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContenuSupprime()
	 * @generated
	 * @ordered
	 */
	protected static final String CONTENU_SUPPRIME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getContenuSupprime() <em>Contenu Supprime</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContenuSupprime()
	 * @generated
	 * @ordered
	 */
	protected String contenuSupprime = CONTENU_SUPPRIME_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ConflitImpl()
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
		return MaillagePackage.Literals.CONFLIT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNature()
	{
		return nature;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNature(String newNature)
	{
		String oldNature = nature;
		nature = newNature;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MaillagePackage.CONFLIT__NATURE, oldNature, nature));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getElementUuid()
	{
		return elementUuid;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setElementUuid(String newElementUuid)
	{
		String oldElementUuid = elementUuid;
		elementUuid = newElementUuid;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MaillagePackage.CONFLIT__ELEMENT_UUID, oldElementUuid, elementUuid));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getElementType()
	{
		return elementType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setElementType(String newElementType)
	{
		String oldElementType = elementType;
		elementType = newElementType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MaillagePackage.CONFLIT__ELEMENT_TYPE, oldElementType, elementType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getElementNom()
	{
		return elementNom;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setElementNom(String newElementNom)
	{
		String oldElementNom = elementNom;
		elementNom = newElementNom;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MaillagePackage.CONFLIT__ELEMENT_NOM, oldElementNom, elementNom));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAttribut()
	{
		return attribut;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAttribut(String newAttribut)
	{
		String oldAttribut = attribut;
		attribut = newAttribut;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MaillagePackage.CONFLIT__ATTRIBUT, oldAttribut, attribut));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getValeurBase()
	{
		return valeurBase;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValeurBase(String newValeurBase)
	{
		String oldValeurBase = valeurBase;
		valeurBase = newValeurBase;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MaillagePackage.CONFLIT__VALEUR_BASE, oldValeurBase, valeurBase));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getValeurNous()
	{
		return valeurNous;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValeurNous(String newValeurNous)
	{
		String oldValeurNous = valeurNous;
		valeurNous = newValeurNous;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MaillagePackage.CONFLIT__VALEUR_NOUS, oldValeurNous, valeurNous));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getValeurEux()
	{
		return valeurEux;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValeurEux(String newValeurEux)
	{
		String oldValeurEux = valeurEux;
		valeurEux = newValeurEux;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MaillagePackage.CONFLIT__VALEUR_EUX, oldValeurEux, valeurEux));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getContenuSupprime()
	{
		return contenuSupprime;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContenuSupprime(String newContenuSupprime)
	{
		String oldContenuSupprime = contenuSupprime;
		contenuSupprime = newContenuSupprime;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MaillagePackage.CONFLIT__CONTENU_SUPPRIME, oldContenuSupprime, contenuSupprime));
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
			case MaillagePackage.CONFLIT__NATURE:
				return getNature();
			case MaillagePackage.CONFLIT__ELEMENT_UUID:
				return getElementUuid();
			case MaillagePackage.CONFLIT__ELEMENT_TYPE:
				return getElementType();
			case MaillagePackage.CONFLIT__ELEMENT_NOM:
				return getElementNom();
			case MaillagePackage.CONFLIT__ATTRIBUT:
				return getAttribut();
			case MaillagePackage.CONFLIT__VALEUR_BASE:
				return getValeurBase();
			case MaillagePackage.CONFLIT__VALEUR_NOUS:
				return getValeurNous();
			case MaillagePackage.CONFLIT__VALEUR_EUX:
				return getValeurEux();
			case MaillagePackage.CONFLIT__CONTENU_SUPPRIME:
				return getContenuSupprime();
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
			case MaillagePackage.CONFLIT__NATURE:
				setNature((String)newValue);
				return;
			case MaillagePackage.CONFLIT__ELEMENT_UUID:
				setElementUuid((String)newValue);
				return;
			case MaillagePackage.CONFLIT__ELEMENT_TYPE:
				setElementType((String)newValue);
				return;
			case MaillagePackage.CONFLIT__ELEMENT_NOM:
				setElementNom((String)newValue);
				return;
			case MaillagePackage.CONFLIT__ATTRIBUT:
				setAttribut((String)newValue);
				return;
			case MaillagePackage.CONFLIT__VALEUR_BASE:
				setValeurBase((String)newValue);
				return;
			case MaillagePackage.CONFLIT__VALEUR_NOUS:
				setValeurNous((String)newValue);
				return;
			case MaillagePackage.CONFLIT__VALEUR_EUX:
				setValeurEux((String)newValue);
				return;
			case MaillagePackage.CONFLIT__CONTENU_SUPPRIME:
				setContenuSupprime((String)newValue);
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
			case MaillagePackage.CONFLIT__NATURE:
				setNature(NATURE_EDEFAULT);
				return;
			case MaillagePackage.CONFLIT__ELEMENT_UUID:
				setElementUuid(ELEMENT_UUID_EDEFAULT);
				return;
			case MaillagePackage.CONFLIT__ELEMENT_TYPE:
				setElementType(ELEMENT_TYPE_EDEFAULT);
				return;
			case MaillagePackage.CONFLIT__ELEMENT_NOM:
				setElementNom(ELEMENT_NOM_EDEFAULT);
				return;
			case MaillagePackage.CONFLIT__ATTRIBUT:
				setAttribut(ATTRIBUT_EDEFAULT);
				return;
			case MaillagePackage.CONFLIT__VALEUR_BASE:
				setValeurBase(VALEUR_BASE_EDEFAULT);
				return;
			case MaillagePackage.CONFLIT__VALEUR_NOUS:
				setValeurNous(VALEUR_NOUS_EDEFAULT);
				return;
			case MaillagePackage.CONFLIT__VALEUR_EUX:
				setValeurEux(VALEUR_EUX_EDEFAULT);
				return;
			case MaillagePackage.CONFLIT__CONTENU_SUPPRIME:
				setContenuSupprime(CONTENU_SUPPRIME_EDEFAULT);
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
			case MaillagePackage.CONFLIT__NATURE:
				return NATURE_EDEFAULT == null ? nature != null : !NATURE_EDEFAULT.equals(nature);
			case MaillagePackage.CONFLIT__ELEMENT_UUID:
				return ELEMENT_UUID_EDEFAULT == null ? elementUuid != null : !ELEMENT_UUID_EDEFAULT.equals(elementUuid);
			case MaillagePackage.CONFLIT__ELEMENT_TYPE:
				return ELEMENT_TYPE_EDEFAULT == null ? elementType != null : !ELEMENT_TYPE_EDEFAULT.equals(elementType);
			case MaillagePackage.CONFLIT__ELEMENT_NOM:
				return ELEMENT_NOM_EDEFAULT == null ? elementNom != null : !ELEMENT_NOM_EDEFAULT.equals(elementNom);
			case MaillagePackage.CONFLIT__ATTRIBUT:
				return ATTRIBUT_EDEFAULT == null ? attribut != null : !ATTRIBUT_EDEFAULT.equals(attribut);
			case MaillagePackage.CONFLIT__VALEUR_BASE:
				return VALEUR_BASE_EDEFAULT == null ? valeurBase != null : !VALEUR_BASE_EDEFAULT.equals(valeurBase);
			case MaillagePackage.CONFLIT__VALEUR_NOUS:
				return VALEUR_NOUS_EDEFAULT == null ? valeurNous != null : !VALEUR_NOUS_EDEFAULT.equals(valeurNous);
			case MaillagePackage.CONFLIT__VALEUR_EUX:
				return VALEUR_EUX_EDEFAULT == null ? valeurEux != null : !VALEUR_EUX_EDEFAULT.equals(valeurEux);
			case MaillagePackage.CONFLIT__CONTENU_SUPPRIME:
				return CONTENU_SUPPRIME_EDEFAULT == null ? contenuSupprime != null : !CONTENU_SUPPRIME_EDEFAULT.equals(contenuSupprime);
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
		result.append(" (nature: ");
		result.append(nature);
		result.append(", elementUuid: ");
		result.append(elementUuid);
		result.append(", elementType: ");
		result.append(elementType);
		result.append(", elementNom: ");
		result.append(elementNom);
		result.append(", attribut: ");
		result.append(attribut);
		result.append(", valeurBase: ");
		result.append(valeurBase);
		result.append(", valeurNous: ");
		result.append(valeurNous);
		result.append(", valeurEux: ");
		result.append(valeurEux);
		result.append(", contenuSupprime: ");
		result.append(contenuSupprime);
		result.append(')');
		return result.toString();
	}

} //ConflitImpl
