/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.articulation;

import org.maillage.model.Element;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Articulation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.model.articulation.Articulation#getType <em>Type</em>}</li>
 *   <li>{@link org.maillage.model.articulation.Articulation#getSource <em>Source</em>}</li>
 *   <li>{@link org.maillage.model.articulation.Articulation#getCible <em>Cible</em>}</li>
 * </ul>
 *
 * @see org.maillage.model.articulation.ArticulationPackage#getArticulation()
 * @model
 * @generated
 */
public interface Articulation extends Element
{
	/**
	 * Returns the value of the '<em><b>Type</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' reference.
	 * @see #setType(TypeArticulation)
	 * @see org.maillage.model.articulation.ArticulationPackage#getArticulation_Type()
	 * @model
	 * @generated
	 */
	TypeArticulation getType();

	/**
	 * Sets the value of the '{@link org.maillage.model.articulation.Articulation#getType <em>Type</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' reference.
	 * @see #getType()
	 * @generated
	 */
	void setType(TypeArticulation value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' reference.
	 * @see #setSource(Element)
	 * @see org.maillage.model.articulation.ArticulationPackage#getArticulation_Source()
	 * @model
	 * @generated
	 */
	Element getSource();

	/**
	 * Sets the value of the '{@link org.maillage.model.articulation.Articulation#getSource <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' reference.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(Element value);

	/**
	 * Returns the value of the '<em><b>Cible</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cible</em>' reference.
	 * @see #setCible(Element)
	 * @see org.maillage.model.articulation.ArticulationPackage#getArticulation_Cible()
	 * @model
	 * @generated
	 */
	Element getCible();

	/**
	 * Sets the value of the '{@link org.maillage.model.articulation.Articulation#getCible <em>Cible</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cible</em>' reference.
	 * @see #getCible()
	 * @generated
	 */
	void setCible(Element value);

} // Articulation
