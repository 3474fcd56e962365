/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.instance;

import org.eclipse.emf.common.util.EList;

import org.maillage.model.Element;

import org.maillage.model.organisation.Organisation;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Instance</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.model.instance.Instance#getType <em>Type</em>}</li>
 *   <li>{@link org.maillage.model.instance.Instance#getParente <em>Parente</em>}</li>
 *   <li>{@link org.maillage.model.instance.Instance#getOrganisateur <em>Organisateur</em>}</li>
 *   <li>{@link org.maillage.model.instance.Instance#getMembres <em>Membres</em>}</li>
 *   <li>{@link org.maillage.model.instance.Instance#getSeances <em>Seances</em>}</li>
 * </ul>
 *
 * @see org.maillage.model.instance.InstancePackage#getInstance()
 * @model
 * @generated
 */
public interface Instance extends Element
{
	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.maillage.model.instance.TypeInstance}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see org.maillage.model.instance.TypeInstance
	 * @see #setType(TypeInstance)
	 * @see org.maillage.model.instance.InstancePackage#getInstance_Type()
	 * @model
	 * @generated
	 */
	TypeInstance getType();

	/**
	 * Sets the value of the '{@link org.maillage.model.instance.Instance#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see org.maillage.model.instance.TypeInstance
	 * @see #getType()
	 * @generated
	 */
	void setType(TypeInstance value);

	/**
	 * Returns the value of the '<em><b>Parente</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For a commission, the CTS it belongs to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Parente</em>' reference.
	 * @see #setParente(Instance)
	 * @see org.maillage.model.instance.InstancePackage#getInstance_Parente()
	 * @model
	 * @generated
	 */
	Instance getParente();

	/**
	 * Sets the value of the '{@link org.maillage.model.instance.Instance#getParente <em>Parente</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parente</em>' reference.
	 * @see #getParente()
	 * @generated
	 */
	void setParente(Instance value);

	/**
	 * Returns the value of the '<em><b>Organisateur</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Organisateur</em>' reference.
	 * @see #setOrganisateur(Organisation)
	 * @see org.maillage.model.instance.InstancePackage#getInstance_Organisateur()
	 * @model
	 * @generated
	 */
	Organisation getOrganisateur();

	/**
	 * Sets the value of the '{@link org.maillage.model.instance.Instance#getOrganisateur <em>Organisateur</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Organisateur</em>' reference.
	 * @see #getOrganisateur()
	 * @generated
	 */
	void setOrganisateur(Organisation value);

	/**
	 * Returns the value of the '<em><b>Membres</b></em>' reference list.
	 * The list contents are of type {@link org.maillage.model.organisation.Organisation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Membres</em>' reference list.
	 * @see org.maillage.model.instance.InstancePackage#getInstance_Membres()
	 * @model
	 * @generated
	 */
	EList<Organisation> getMembres();

	/**
	 * Returns the value of the '<em><b>Seances</b></em>' containment reference list.
	 * The list contents are of type {@link org.maillage.model.instance.Seance}.
	 * It is bidirectional and its opposite is '{@link org.maillage.model.instance.Seance#getInstance <em>Instance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Seances</em>' containment reference list.
	 * @see org.maillage.model.instance.InstancePackage#getInstance_Seances()
	 * @see org.maillage.model.instance.Seance#getInstance
	 * @model opposite="instance" containment="true"
	 * @generated
	 */
	EList<Seance> getSeances();

} // Instance
