/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.dispositif.impl;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentWithInverseEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.maillage.model.dispositif.Axe;
import org.maillage.model.dispositif.ChampCls;
import org.maillage.model.dispositif.Cls;
import org.maillage.model.dispositif.CycleCls;
import org.maillage.model.dispositif.DispositifPackage;

import org.maillage.model.organisation.Organisation;
import org.maillage.model.organisation.Role;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Cls</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.model.dispositif.impl.ClsImpl#getGeneration <em>Generation</em>}</li>
 *   <li>{@link org.maillage.model.dispositif.impl.ClsImpl#getPrecedent <em>Precedent</em>}</li>
 *   <li>{@link org.maillage.model.dispositif.impl.ClsImpl#getCycle <em>Cycle</em>}</li>
 *   <li>{@link org.maillage.model.dispositif.impl.ClsImpl#getDateSignature <em>Date Signature</em>}</li>
 *   <li>{@link org.maillage.model.dispositif.impl.ClsImpl#getSignataires <em>Signataires</em>}</li>
 *   <li>{@link org.maillage.model.dispositif.impl.ClsImpl#getDiagnostic <em>Diagnostic</em>}</li>
 *   <li>{@link org.maillage.model.dispositif.impl.ClsImpl#getChamps <em>Champs</em>}</li>
 *   <li>{@link org.maillage.model.dispositif.impl.ClsImpl#getCoordinateur <em>Coordinateur</em>}</li>
 *   <li>{@link org.maillage.model.dispositif.impl.ClsImpl#getAxes <em>Axes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ClsImpl extends DispositifImpl implements Cls
{
	/**
	 * The default value of the '{@link #getGeneration() <em>Generation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGeneration()
	 * @generated
	 * @ordered
	 */
	protected static final int GENERATION_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getGeneration() <em>Generation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGeneration()
	 * @generated
	 * @ordered
	 */
	protected int generation = GENERATION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPrecedent() <em>Precedent</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrecedent()
	 * @generated
	 * @ordered
	 */
	protected Cls precedent;

	/**
	 * The default value of the '{@link #getCycle() <em>Cycle</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCycle()
	 * @generated
	 * @ordered
	 */
	protected static final CycleCls CYCLE_EDEFAULT = CycleCls.PREFIGURATION;

	/**
	 * The cached value of the '{@link #getCycle() <em>Cycle</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCycle()
	 * @generated
	 * @ordered
	 */
	protected CycleCls cycle = CYCLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDateSignature() <em>Date Signature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDateSignature()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DATE_SIGNATURE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDateSignature() <em>Date Signature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDateSignature()
	 * @generated
	 * @ordered
	 */
	protected LocalDate dateSignature = DATE_SIGNATURE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSignataires() <em>Signataires</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignataires()
	 * @generated
	 * @ordered
	 */
	protected EList<Organisation> signataires;

	/**
	 * The default value of the '{@link #getDiagnostic() <em>Diagnostic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiagnostic()
	 * @generated
	 * @ordered
	 */
	protected static final String DIAGNOSTIC_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDiagnostic() <em>Diagnostic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiagnostic()
	 * @generated
	 * @ordered
	 */
	protected String diagnostic = DIAGNOSTIC_EDEFAULT;

	/**
	 * The cached value of the '{@link #getChamps() <em>Champs</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChamps()
	 * @generated
	 * @ordered
	 */
	protected EList<ChampCls> champs;

	/**
	 * The cached value of the '{@link #getCoordinateur() <em>Coordinateur</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCoordinateur()
	 * @generated
	 * @ordered
	 */
	protected Role coordinateur;

	/**
	 * The cached value of the '{@link #getAxes() <em>Axes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAxes()
	 * @generated
	 * @ordered
	 */
	protected EList<Axe> axes;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ClsImpl()
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
		return DispositifPackage.Literals.CLS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getGeneration()
	{
		return generation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGeneration(int newGeneration)
	{
		int oldGeneration = generation;
		generation = newGeneration;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DispositifPackage.CLS__GENERATION, oldGeneration, generation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Cls getPrecedent()
	{
		if (precedent != null && precedent.eIsProxy())
		{
			InternalEObject oldPrecedent = (InternalEObject)precedent;
			precedent = (Cls)eResolveProxy(oldPrecedent);
			if (precedent != oldPrecedent)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, DispositifPackage.CLS__PRECEDENT, oldPrecedent, precedent));
			}
		}
		return precedent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Cls basicGetPrecedent()
	{
		return precedent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPrecedent(Cls newPrecedent)
	{
		Cls oldPrecedent = precedent;
		precedent = newPrecedent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DispositifPackage.CLS__PRECEDENT, oldPrecedent, precedent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CycleCls getCycle()
	{
		return cycle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCycle(CycleCls newCycle)
	{
		CycleCls oldCycle = cycle;
		cycle = newCycle == null ? CYCLE_EDEFAULT : newCycle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DispositifPackage.CLS__CYCLE, oldCycle, cycle));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDateSignature()
	{
		return dateSignature;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDateSignature(LocalDate newDateSignature)
	{
		LocalDate oldDateSignature = dateSignature;
		dateSignature = newDateSignature;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DispositifPackage.CLS__DATE_SIGNATURE, oldDateSignature, dateSignature));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Organisation> getSignataires()
	{
		if (signataires == null)
		{
			signataires = new EObjectResolvingEList<Organisation>(Organisation.class, this, DispositifPackage.CLS__SIGNATAIRES);
		}
		return signataires;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDiagnostic()
	{
		return diagnostic;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDiagnostic(String newDiagnostic)
	{
		String oldDiagnostic = diagnostic;
		diagnostic = newDiagnostic;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DispositifPackage.CLS__DIAGNOSTIC, oldDiagnostic, diagnostic));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ChampCls> getChamps()
	{
		if (champs == null)
		{
			champs = new EDataTypeUniqueEList<ChampCls>(ChampCls.class, this, DispositifPackage.CLS__CHAMPS);
		}
		return champs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Role getCoordinateur()
	{
		if (coordinateur != null && coordinateur.eIsProxy())
		{
			InternalEObject oldCoordinateur = (InternalEObject)coordinateur;
			coordinateur = (Role)eResolveProxy(oldCoordinateur);
			if (coordinateur != oldCoordinateur)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, DispositifPackage.CLS__COORDINATEUR, oldCoordinateur, coordinateur));
			}
		}
		return coordinateur;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Role basicGetCoordinateur()
	{
		return coordinateur;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCoordinateur(Role newCoordinateur)
	{
		Role oldCoordinateur = coordinateur;
		coordinateur = newCoordinateur;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DispositifPackage.CLS__COORDINATEUR, oldCoordinateur, coordinateur));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Axe> getAxes()
	{
		if (axes == null)
		{
			axes = new EObjectContainmentWithInverseEList<Axe>(Axe.class, this, DispositifPackage.CLS__AXES, DispositifPackage.AXE__CLS);
		}
		return axes;
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
			case DispositifPackage.CLS__AXES:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getAxes()).basicAdd(otherEnd, msgs);
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
			case DispositifPackage.CLS__AXES:
				return ((InternalEList<?>)getAxes()).basicRemove(otherEnd, msgs);
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
			case DispositifPackage.CLS__GENERATION:
				return getGeneration();
			case DispositifPackage.CLS__PRECEDENT:
				if (resolve) return getPrecedent();
				return basicGetPrecedent();
			case DispositifPackage.CLS__CYCLE:
				return getCycle();
			case DispositifPackage.CLS__DATE_SIGNATURE:
				return getDateSignature();
			case DispositifPackage.CLS__SIGNATAIRES:
				return getSignataires();
			case DispositifPackage.CLS__DIAGNOSTIC:
				return getDiagnostic();
			case DispositifPackage.CLS__CHAMPS:
				return getChamps();
			case DispositifPackage.CLS__COORDINATEUR:
				if (resolve) return getCoordinateur();
				return basicGetCoordinateur();
			case DispositifPackage.CLS__AXES:
				return getAxes();
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
			case DispositifPackage.CLS__GENERATION:
				setGeneration((Integer)newValue);
				return;
			case DispositifPackage.CLS__PRECEDENT:
				setPrecedent((Cls)newValue);
				return;
			case DispositifPackage.CLS__CYCLE:
				setCycle((CycleCls)newValue);
				return;
			case DispositifPackage.CLS__DATE_SIGNATURE:
				setDateSignature((LocalDate)newValue);
				return;
			case DispositifPackage.CLS__SIGNATAIRES:
				getSignataires().clear();
				getSignataires().addAll((Collection<? extends Organisation>)newValue);
				return;
			case DispositifPackage.CLS__DIAGNOSTIC:
				setDiagnostic((String)newValue);
				return;
			case DispositifPackage.CLS__CHAMPS:
				getChamps().clear();
				getChamps().addAll((Collection<? extends ChampCls>)newValue);
				return;
			case DispositifPackage.CLS__COORDINATEUR:
				setCoordinateur((Role)newValue);
				return;
			case DispositifPackage.CLS__AXES:
				getAxes().clear();
				getAxes().addAll((Collection<? extends Axe>)newValue);
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
			case DispositifPackage.CLS__GENERATION:
				setGeneration(GENERATION_EDEFAULT);
				return;
			case DispositifPackage.CLS__PRECEDENT:
				setPrecedent((Cls)null);
				return;
			case DispositifPackage.CLS__CYCLE:
				setCycle(CYCLE_EDEFAULT);
				return;
			case DispositifPackage.CLS__DATE_SIGNATURE:
				setDateSignature(DATE_SIGNATURE_EDEFAULT);
				return;
			case DispositifPackage.CLS__SIGNATAIRES:
				getSignataires().clear();
				return;
			case DispositifPackage.CLS__DIAGNOSTIC:
				setDiagnostic(DIAGNOSTIC_EDEFAULT);
				return;
			case DispositifPackage.CLS__CHAMPS:
				getChamps().clear();
				return;
			case DispositifPackage.CLS__COORDINATEUR:
				setCoordinateur((Role)null);
				return;
			case DispositifPackage.CLS__AXES:
				getAxes().clear();
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
			case DispositifPackage.CLS__GENERATION:
				return generation != GENERATION_EDEFAULT;
			case DispositifPackage.CLS__PRECEDENT:
				return precedent != null;
			case DispositifPackage.CLS__CYCLE:
				return cycle != CYCLE_EDEFAULT;
			case DispositifPackage.CLS__DATE_SIGNATURE:
				return DATE_SIGNATURE_EDEFAULT == null ? dateSignature != null : !DATE_SIGNATURE_EDEFAULT.equals(dateSignature);
			case DispositifPackage.CLS__SIGNATAIRES:
				return signataires != null && !signataires.isEmpty();
			case DispositifPackage.CLS__DIAGNOSTIC:
				return DIAGNOSTIC_EDEFAULT == null ? diagnostic != null : !DIAGNOSTIC_EDEFAULT.equals(diagnostic);
			case DispositifPackage.CLS__CHAMPS:
				return champs != null && !champs.isEmpty();
			case DispositifPackage.CLS__COORDINATEUR:
				return coordinateur != null;
			case DispositifPackage.CLS__AXES:
				return axes != null && !axes.isEmpty();
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
		result.append(" (generation: ");
		result.append(generation);
		result.append(", cycle: ");
		result.append(cycle);
		result.append(", dateSignature: ");
		result.append(dateSignature);
		result.append(", diagnostic: ");
		result.append(diagnostic);
		result.append(", champs: ");
		result.append(champs);
		result.append(')');
		return result.toString();
	}

} //ClsImpl
