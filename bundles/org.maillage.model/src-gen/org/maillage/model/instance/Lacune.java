/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.instance;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Lacune</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A coverage gap open at the snapshot's date: the rule (e.g. qpvSansFicheAction) and the element concerned, by uuid.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.model.instance.Lacune#getRegle <em>Regle</em>}</li>
 *   <li>{@link org.maillage.model.instance.Lacune#getElement <em>Element</em>}</li>
 *   <li>{@link org.maillage.model.instance.Lacune#getLibelle <em>Libelle</em>}</li>
 * </ul>
 *
 * @see org.maillage.model.instance.InstancePackage#getLacune()
 * @model
 * @generated
 */
public interface Lacune extends EObject
{
	/**
	 * Returns the value of the '<em><b>Regle</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Regle</em>' attribute.
	 * @see #setRegle(String)
	 * @see org.maillage.model.instance.InstancePackage#getLacune_Regle()
	 * @model
	 * @generated
	 */
	String getRegle();

	/**
	 * Sets the value of the '{@link org.maillage.model.instance.Lacune#getRegle <em>Regle</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Regle</em>' attribute.
	 * @see #getRegle()
	 * @generated
	 */
	void setRegle(String value);

	/**
	 * Returns the value of the '<em><b>Element</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Element</em>' attribute.
	 * @see #setElement(String)
	 * @see org.maillage.model.instance.InstancePackage#getLacune_Element()
	 * @model
	 * @generated
	 */
	String getElement();

	/**
	 * Sets the value of the '{@link org.maillage.model.instance.Lacune#getElement <em>Element</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Element</em>' attribute.
	 * @see #getElement()
	 * @generated
	 */
	void setElement(String value);

	/**
	 * Returns the value of the '<em><b>Libelle</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Libelle</em>' attribute.
	 * @see #setLibelle(String)
	 * @see org.maillage.model.instance.InstancePackage#getLacune_Libelle()
	 * @model
	 * @generated
	 */
	String getLibelle();

	/**
	 * Sets the value of the '{@link org.maillage.model.instance.Lacune#getLibelle <em>Libelle</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Libelle</em>' attribute.
	 * @see #getLibelle()
	 * @generated
	 */
	void setLibelle(String value);

} // Lacune
