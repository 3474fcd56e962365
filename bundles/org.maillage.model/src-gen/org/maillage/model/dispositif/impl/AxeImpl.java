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

import org.eclipse.emf.ecore.util.EObjectContainmentWithInverseEList;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;

import org.maillage.model.dispositif.Axe;
import org.maillage.model.dispositif.Cls;
import org.maillage.model.dispositif.DispositifPackage;
import org.maillage.model.dispositif.FicheAction;

import org.maillage.model.impl.ElementImplCustom;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Axe</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.model.dispositif.impl.AxeImpl#getCls <em>Cls</em>}</li>
 *   <li>{@link org.maillage.model.dispositif.impl.AxeImpl#getNumero <em>Numero</em>}</li>
 *   <li>{@link org.maillage.model.dispositif.impl.AxeImpl#getFichesActions <em>Fiches Actions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AxeImpl extends ElementImplCustom implements Axe
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
	 * The cached value of the '{@link #getFichesActions() <em>Fiches Actions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFichesActions()
	 * @generated
	 * @ordered
	 */
	protected EList<FicheAction> fichesActions;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AxeImpl()
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
		return DispositifPackage.Literals.AXE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Cls getCls()
	{
		if (eContainerFeatureID() != DispositifPackage.AXE__CLS) return null;
		return (Cls)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetCls(Cls newCls, NotificationChain msgs)
	{
		msgs = eBasicSetContainer((InternalEObject)newCls, DispositifPackage.AXE__CLS, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCls(Cls newCls)
	{
		if (newCls != eInternalContainer() || (eContainerFeatureID() != DispositifPackage.AXE__CLS && newCls != null))
		{
			if (EcoreUtil.isAncestor(this, newCls))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newCls != null)
				msgs = ((InternalEObject)newCls).eInverseAdd(this, DispositifPackage.CLS__AXES, Cls.class, msgs);
			msgs = basicSetCls(newCls, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DispositifPackage.AXE__CLS, newCls, newCls));
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
			eNotify(new ENotificationImpl(this, Notification.SET, DispositifPackage.AXE__NUMERO, oldNumero, numero));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<FicheAction> getFichesActions()
	{
		if (fichesActions == null)
		{
			fichesActions = new EObjectContainmentWithInverseEList<FicheAction>(FicheAction.class, this, DispositifPackage.AXE__FICHES_ACTIONS, DispositifPackage.FICHE_ACTION__AXE);
		}
		return fichesActions;
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
			case DispositifPackage.AXE__CLS:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetCls((Cls)otherEnd, msgs);
			case DispositifPackage.AXE__FICHES_ACTIONS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getFichesActions()).basicAdd(otherEnd, msgs);
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
			case DispositifPackage.AXE__CLS:
				return basicSetCls(null, msgs);
			case DispositifPackage.AXE__FICHES_ACTIONS:
				return ((InternalEList<?>)getFichesActions()).basicRemove(otherEnd, msgs);
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
			case DispositifPackage.AXE__CLS:
				return eInternalContainer().eInverseRemove(this, DispositifPackage.CLS__AXES, Cls.class, msgs);
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
			case DispositifPackage.AXE__CLS:
				return getCls();
			case DispositifPackage.AXE__NUMERO:
				return getNumero();
			case DispositifPackage.AXE__FICHES_ACTIONS:
				return getFichesActions();
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
			case DispositifPackage.AXE__CLS:
				setCls((Cls)newValue);
				return;
			case DispositifPackage.AXE__NUMERO:
				setNumero((String)newValue);
				return;
			case DispositifPackage.AXE__FICHES_ACTIONS:
				getFichesActions().clear();
				getFichesActions().addAll((Collection<? extends FicheAction>)newValue);
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
			case DispositifPackage.AXE__CLS:
				setCls((Cls)null);
				return;
			case DispositifPackage.AXE__NUMERO:
				setNumero(NUMERO_EDEFAULT);
				return;
			case DispositifPackage.AXE__FICHES_ACTIONS:
				getFichesActions().clear();
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
			case DispositifPackage.AXE__CLS:
				return getCls() != null;
			case DispositifPackage.AXE__NUMERO:
				return NUMERO_EDEFAULT == null ? numero != null : !NUMERO_EDEFAULT.equals(numero);
			case DispositifPackage.AXE__FICHES_ACTIONS:
				return fichesActions != null && !fichesActions.isEmpty();
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
		result.append(')');
		return result.toString();
	}

} //AxeImpl
