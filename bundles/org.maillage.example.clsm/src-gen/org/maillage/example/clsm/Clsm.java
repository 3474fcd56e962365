/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.example.clsm;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

import org.maillage.model.dispositif.Cls;
import org.maillage.model.dispositif.Cpts;
import org.maillage.model.dispositif.Dispositif;

import org.maillage.model.territoire.Commune;
import org.maillage.model.territoire.Epci;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Clsm</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Conseil local de santé mentale: elected officials, psychiatry and users of a territory, often an axis of a CLS.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.example.clsm.Clsm#getCoordonnateur <em>Coordonnateur</em>}</li>
 *   <li>{@link org.maillage.example.clsm.Clsm#getDateCreation <em>Date Creation</em>}</li>
 *   <li>{@link org.maillage.example.clsm.Clsm#getCommunes <em>Communes</em>}</li>
 *   <li>{@link org.maillage.example.clsm.Clsm#getEpcis <em>Epcis</em>}</li>
 *   <li>{@link org.maillage.example.clsm.Clsm#getCls <em>Cls</em>}</li>
 *   <li>{@link org.maillage.example.clsm.Clsm#getCpts <em>Cpts</em>}</li>
 * </ul>
 *
 * @see org.maillage.example.clsm.ClsmPackage#getClsm()
 * @model
 * @generated
 */
public interface Clsm extends Dispositif
{
	/**
	 * Returns the value of the '<em><b>Coordonnateur</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The coordinator's function or service (a functional contact, never a person's health data).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Coordonnateur</em>' attribute.
	 * @see #setCoordonnateur(String)
	 * @see org.maillage.example.clsm.ClsmPackage#getClsm_Coordonnateur()
	 * @model
	 * @generated
	 */
	String getCoordonnateur();

	/**
	 * Sets the value of the '{@link org.maillage.example.clsm.Clsm#getCoordonnateur <em>Coordonnateur</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Coordonnateur</em>' attribute.
	 * @see #getCoordonnateur()
	 * @generated
	 */
	void setCoordonnateur(String value);

	/**
	 * Returns the value of the '<em><b>Date Creation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date Creation</em>' attribute.
	 * @see #setDateCreation(LocalDate)
	 * @see org.maillage.example.clsm.ClsmPackage#getClsm_DateCreation()
	 * @model dataType="org.maillage.model.LocalDate"
	 * @generated
	 */
	LocalDate getDateCreation();

	/**
	 * Sets the value of the '{@link org.maillage.example.clsm.Clsm#getDateCreation <em>Date Creation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date Creation</em>' attribute.
	 * @see #getDateCreation()
	 * @generated
	 */
	void setDateCreation(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Communes</b></em>' reference list.
	 * The list contents are of type {@link org.maillage.model.territoire.Commune}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Communes</em>' reference list.
	 * @see org.maillage.example.clsm.ClsmPackage#getClsm_Communes()
	 * @model
	 * @generated
	 */
	EList<Commune> getCommunes();

	/**
	 * Returns the value of the '<em><b>Epcis</b></em>' reference list.
	 * The list contents are of type {@link org.maillage.model.territoire.Epci}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Epcis</em>' reference list.
	 * @see org.maillage.example.clsm.ClsmPackage#getClsm_Epcis()
	 * @model
	 * @generated
	 */
	EList<Epci> getEpcis();

	/**
	 * Returns the value of the '<em><b>Cls</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The contrat local de santé whose mental-health axis the CLSM carries.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cls</em>' reference.
	 * @see #setCls(Cls)
	 * @see org.maillage.example.clsm.ClsmPackage#getClsm_Cls()
	 * @model
	 * @generated
	 */
	Cls getCls();

	/**
	 * Sets the value of the '{@link org.maillage.example.clsm.Clsm#getCls <em>Cls</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cls</em>' reference.
	 * @see #getCls()
	 * @generated
	 */
	void setCls(Cls value);

	/**
	 * Returns the value of the '<em><b>Cpts</b></em>' reference list.
	 * The list contents are of type {@link org.maillage.model.dispositif.Cpts}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * CPTS working with the CLSM (mental-health mission of their projet de santé).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cpts</em>' reference list.
	 * @see org.maillage.example.clsm.ClsmPackage#getClsm_Cpts()
	 * @model
	 * @generated
	 */
	EList<Cpts> getCpts();

} // Clsm
