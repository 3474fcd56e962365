/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.articulation;

import org.maillage.model.Element;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Type Articulation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A kind of articulation, e.g. "s'articule avec", "coordonne", "couvre".
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.model.articulation.TypeArticulation#getIdentifiant <em>Identifiant</em>}</li>
 *   <li>{@link org.maillage.model.articulation.TypeArticulation#getLibelleInverse <em>Libelle Inverse</em>}</li>
 *   <li>{@link org.maillage.model.articulation.TypeArticulation#isOriente <em>Oriente</em>}</li>
 * </ul>
 *
 * @see org.maillage.model.articulation.ArticulationPackage#getTypeArticulation()
 * @model
 * @generated
 */
public interface TypeArticulation extends Element
{
	/**
	 * Returns the value of the '<em><b>Identifiant</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Stable key that code and viewpoints match on, e.g. "coordonne"; plug-ins prefix theirs with their bundle name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Identifiant</em>' attribute.
	 * @see #setIdentifiant(String)
	 * @see org.maillage.model.articulation.ArticulationPackage#getTypeArticulation_Identifiant()
	 * @model
	 * @generated
	 */
	String getIdentifiant();

	/**
	 * Sets the value of the '{@link org.maillage.model.articulation.TypeArticulation#getIdentifiant <em>Identifiant</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Identifiant</em>' attribute.
	 * @see #getIdentifiant()
	 * @generated
	 */
	void setIdentifiant(String value);

	/**
	 * Returns the value of the '<em><b>Libelle Inverse</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the link reads from its cible, e.g. "est coordonné par".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Libelle Inverse</em>' attribute.
	 * @see #setLibelleInverse(String)
	 * @see org.maillage.model.articulation.ArticulationPackage#getTypeArticulation_LibelleInverse()
	 * @model
	 * @generated
	 */
	String getLibelleInverse();

	/**
	 * Sets the value of the '{@link org.maillage.model.articulation.TypeArticulation#getLibelleInverse <em>Libelle Inverse</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Libelle Inverse</em>' attribute.
	 * @see #getLibelleInverse()
	 * @generated
	 */
	void setLibelleInverse(String value);

	/**
	 * Returns the value of the '<em><b>Oriente</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * False when the link reads the same both ways.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Oriente</em>' attribute.
	 * @see #setOriente(boolean)
	 * @see org.maillage.model.articulation.ArticulationPackage#getTypeArticulation_Oriente()
	 * @model default="true"
	 * @generated
	 */
	boolean isOriente();

	/**
	 * Sets the value of the '{@link org.maillage.model.articulation.TypeArticulation#isOriente <em>Oriente</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Oriente</em>' attribute.
	 * @see #isOriente()
	 * @generated
	 */
	void setOriente(boolean value);

} // TypeArticulation
