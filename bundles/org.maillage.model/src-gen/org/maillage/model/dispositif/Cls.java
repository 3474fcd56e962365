/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.dispositif;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

import org.maillage.model.organisation.Organisation;
import org.maillage.model.organisation.Role;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Cls</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Contrat local de santé between the ARS and a collectivité, with partners.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.model.dispositif.Cls#getGeneration <em>Generation</em>}</li>
 *   <li>{@link org.maillage.model.dispositif.Cls#getPrecedent <em>Precedent</em>}</li>
 *   <li>{@link org.maillage.model.dispositif.Cls#getCycle <em>Cycle</em>}</li>
 *   <li>{@link org.maillage.model.dispositif.Cls#getDateSignature <em>Date Signature</em>}</li>
 *   <li>{@link org.maillage.model.dispositif.Cls#getSignataires <em>Signataires</em>}</li>
 *   <li>{@link org.maillage.model.dispositif.Cls#getDiagnostic <em>Diagnostic</em>}</li>
 *   <li>{@link org.maillage.model.dispositif.Cls#getChamps <em>Champs</em>}</li>
 *   <li>{@link org.maillage.model.dispositif.Cls#getCoordinateur <em>Coordinateur</em>}</li>
 *   <li>{@link org.maillage.model.dispositif.Cls#getAxes <em>Axes</em>}</li>
 * </ul>
 *
 * @see org.maillage.model.dispositif.DispositifPackage#getCls()
 * @model
 * @generated
 */
public interface Cls extends Dispositif
{
	/**
	 * Returns the value of the '<em><b>Generation</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 1 for a CLS I, 2 for a CLS II...
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Generation</em>' attribute.
	 * @see #setGeneration(int)
	 * @see org.maillage.model.dispositif.DispositifPackage#getCls_Generation()
	 * @model default="1"
	 * @generated
	 */
	int getGeneration();

	/**
	 * Sets the value of the '{@link org.maillage.model.dispositif.Cls#getGeneration <em>Generation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Generation</em>' attribute.
	 * @see #getGeneration()
	 * @generated
	 */
	void setGeneration(int value);

	/**
	 * Returns the value of the '<em><b>Precedent</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The CLS of the previous generation on the same territory.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Precedent</em>' reference.
	 * @see #setPrecedent(Cls)
	 * @see org.maillage.model.dispositif.DispositifPackage#getCls_Precedent()
	 * @model
	 * @generated
	 */
	Cls getPrecedent();

	/**
	 * Sets the value of the '{@link org.maillage.model.dispositif.Cls#getPrecedent <em>Precedent</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Precedent</em>' reference.
	 * @see #getPrecedent()
	 * @generated
	 */
	void setPrecedent(Cls value);

	/**
	 * Returns the value of the '<em><b>Cycle</b></em>' attribute.
	 * The literals are from the enumeration {@link org.maillage.model.dispositif.CycleCls}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cycle</em>' attribute.
	 * @see org.maillage.model.dispositif.CycleCls
	 * @see #setCycle(CycleCls)
	 * @see org.maillage.model.dispositif.DispositifPackage#getCls_Cycle()
	 * @model
	 * @generated
	 */
	CycleCls getCycle();

	/**
	 * Sets the value of the '{@link org.maillage.model.dispositif.Cls#getCycle <em>Cycle</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cycle</em>' attribute.
	 * @see org.maillage.model.dispositif.CycleCls
	 * @see #getCycle()
	 * @generated
	 */
	void setCycle(CycleCls value);

	/**
	 * Returns the value of the '<em><b>Date Signature</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date Signature</em>' attribute.
	 * @see #setDateSignature(LocalDate)
	 * @see org.maillage.model.dispositif.DispositifPackage#getCls_DateSignature()
	 * @model dataType="org.maillage.model.LocalDate"
	 * @generated
	 */
	LocalDate getDateSignature();

	/**
	 * Sets the value of the '{@link org.maillage.model.dispositif.Cls#getDateSignature <em>Date Signature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date Signature</em>' attribute.
	 * @see #getDateSignature()
	 * @generated
	 */
	void setDateSignature(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Signataires</b></em>' reference list.
	 * The list contents are of type {@link org.maillage.model.organisation.Organisation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Signataires</em>' reference list.
	 * @see org.maillage.model.dispositif.DispositifPackage#getCls_Signataires()
	 * @model
	 * @generated
	 */
	EList<Organisation> getSignataires();

	/**
	 * Returns the value of the '<em><b>Diagnostic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Summary of the diagnostic local partagé, or where to find it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Diagnostic</em>' attribute.
	 * @see #setDiagnostic(String)
	 * @see org.maillage.model.dispositif.DispositifPackage#getCls_Diagnostic()
	 * @model
	 * @generated
	 */
	String getDiagnostic();

	/**
	 * Sets the value of the '{@link org.maillage.model.dispositif.Cls#getDiagnostic <em>Diagnostic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Diagnostic</em>' attribute.
	 * @see #getDiagnostic()
	 * @generated
	 */
	void setDiagnostic(String value);

	/**
	 * Returns the value of the '<em><b>Champs</b></em>' attribute list.
	 * The list contents are of type {@link org.maillage.model.dispositif.ChampCls}.
	 * The literals are from the enumeration {@link org.maillage.model.dispositif.ChampCls}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Champs</em>' attribute list.
	 * @see org.maillage.model.dispositif.ChampCls
	 * @see org.maillage.model.dispositif.DispositifPackage#getCls_Champs()
	 * @model
	 * @generated
	 */
	EList<ChampCls> getChamps();

	/**
	 * Returns the value of the '<em><b>Coordinateur</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Coordinateur</em>' reference.
	 * @see #setCoordinateur(Role)
	 * @see org.maillage.model.dispositif.DispositifPackage#getCls_Coordinateur()
	 * @model
	 * @generated
	 */
	Role getCoordinateur();

	/**
	 * Sets the value of the '{@link org.maillage.model.dispositif.Cls#getCoordinateur <em>Coordinateur</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Coordinateur</em>' reference.
	 * @see #getCoordinateur()
	 * @generated
	 */
	void setCoordinateur(Role value);

	/**
	 * Returns the value of the '<em><b>Axes</b></em>' containment reference list.
	 * The list contents are of type {@link org.maillage.model.dispositif.Axe}.
	 * It is bidirectional and its opposite is '{@link org.maillage.model.dispositif.Axe#getCls <em>Cls</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Axes</em>' containment reference list.
	 * @see org.maillage.model.dispositif.DispositifPackage#getCls_Axes()
	 * @see org.maillage.model.dispositif.Axe#getCls
	 * @model opposite="cls" containment="true"
	 * @generated
	 */
	EList<Axe> getAxes();

} // Cls
