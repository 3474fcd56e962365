/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.instance;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Etat Element</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One element as it stood when the snapshot was taken. It names the element by uuid, not by reference, so that the snapshot still says what a deleted element was.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.model.instance.EtatElement#getElement <em>Element</em>}</li>
 *   <li>{@link org.maillage.model.instance.EtatElement#getType <em>Type</em>}</li>
 *   <li>{@link org.maillage.model.instance.EtatElement#getLibelle <em>Libelle</em>}</li>
 *   <li>{@link org.maillage.model.instance.EtatElement#getParent <em>Parent</em>}</li>
 *   <li>{@link org.maillage.model.instance.EtatElement#getChamps <em>Champs</em>}</li>
 * </ul>
 *
 * @see org.maillage.model.instance.InstancePackage#getEtatElement()
 * @model
 * @generated
 */
public interface EtatElement extends EObject
{
	/**
	 * Returns the value of the '<em><b>Element</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Element</em>' attribute.
	 * @see #setElement(String)
	 * @see org.maillage.model.instance.InstancePackage#getEtatElement_Element()
	 * @model
	 * @generated
	 */
	String getElement();

	/**
	 * Sets the value of the '{@link org.maillage.model.instance.EtatElement#getElement <em>Element</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Element</em>' attribute.
	 * @see #getElement()
	 * @generated
	 */
	void setElement(String value);

	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The name of the element's EClass, e.g. FicheAction.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see #setType(String)
	 * @see org.maillage.model.instance.InstancePackage#getEtatElement_Type()
	 * @model
	 * @generated
	 */
	String getType();

	/**
	 * Sets the value of the '{@link org.maillage.model.instance.EtatElement#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see #getType()
	 * @generated
	 */
	void setType(String value);

	/**
	 * Returns the value of the '<em><b>Libelle</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Libelle</em>' attribute.
	 * @see #setLibelle(String)
	 * @see org.maillage.model.instance.InstancePackage#getEtatElement_Libelle()
	 * @model
	 * @generated
	 */
	String getLibelle();

	/**
	 * Sets the value of the '{@link org.maillage.model.instance.EtatElement#getLibelle <em>Libelle</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Libelle</em>' attribute.
	 * @see #getLibelle()
	 * @generated
	 */
	void setLibelle(String value);

	/**
	 * Returns the value of the '<em><b>Parent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The uuid of the element it belongs to, e.g. the CLS of a fiche action.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Parent</em>' attribute.
	 * @see #setParent(String)
	 * @see org.maillage.model.instance.InstancePackage#getEtatElement_Parent()
	 * @model
	 * @generated
	 */
	String getParent();

	/**
	 * Sets the value of the '{@link org.maillage.model.instance.EtatElement#getParent <em>Parent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parent</em>' attribute.
	 * @see #getParent()
	 * @generated
	 */
	void setParent(String value);

	/**
	 * Returns the value of the '<em><b>Champs</b></em>' containment reference list.
	 * The list contents are of type {@link org.maillage.model.instance.Champ}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Champs</em>' containment reference list.
	 * @see org.maillage.model.instance.InstancePackage#getEtatElement_Champs()
	 * @model containment="true"
	 * @generated
	 */
	EList<Champ> getChamps();

} // EtatElement
