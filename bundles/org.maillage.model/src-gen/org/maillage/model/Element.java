/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Element</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Base of every model object: a stable identity that survives renames, moves and merges, and the flag that tells reports a value is not real.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.model.Element#getUuid <em>Uuid</em>}</li>
 *   <li>{@link org.maillage.model.Element#getNom <em>Nom</em>}</li>
 *   <li>{@link org.maillage.model.Element#getDescription <em>Description</em>}</li>
 *   <li>{@link org.maillage.model.Element#isIllustrative <em>Illustrative</em>}</li>
 *   <li>{@link org.maillage.model.Element#getCitations <em>Citations</em>}</li>
 * </ul>
 *
 * @see org.maillage.model.MaillagePackage#getElement()
 * @model abstract="true"
 * @generated
 */
public interface Element extends EObject
{
	/**
	 * Returns the value of the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Stable identifier, used by cross-references in files and by snapshots; assigned at creation and never changed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Uuid</em>' attribute.
	 * @see #setUuid(String)
	 * @see org.maillage.model.MaillagePackage#getElement_Uuid()
	 * @model id="true"
	 * @generated
	 */
	String getUuid();

	/**
	 * Sets the value of the '{@link org.maillage.model.Element#getUuid <em>Uuid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Uuid</em>' attribute.
	 * @see #getUuid()
	 * @generated
	 */
	void setUuid(String value);

	/**
	 * Returns the value of the '<em><b>Nom</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Name or title as users write it (for a chantier, its title).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Nom</em>' attribute.
	 * @see #setNom(String)
	 * @see org.maillage.model.MaillagePackage#getElement_Nom()
	 * @model
	 * @generated
	 */
	String getNom();

	/**
	 * Sets the value of the '{@link org.maillage.model.Element#getNom <em>Nom</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Nom</em>' attribute.
	 * @see #getNom()
	 * @generated
	 */
	void setNom(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.maillage.model.MaillagePackage#getElement_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.maillage.model.Element#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Illustrative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True when the values of this element are illustrative, not real: reports and diagrams must say so.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Illustrative</em>' attribute.
	 * @see #setIllustrative(boolean)
	 * @see org.maillage.model.MaillagePackage#getElement_Illustrative()
	 * @model
	 * @generated
	 */
	boolean isIllustrative();

	/**
	 * Sets the value of the '{@link org.maillage.model.Element#isIllustrative <em>Illustrative</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Illustrative</em>' attribute.
	 * @see #isIllustrative()
	 * @generated
	 */
	void setIllustrative(boolean value);

	/**
	 * Returns the value of the '<em><b>Citations</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the facts of this element come from (URL or document reference).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Citations</em>' attribute list.
	 * @see org.maillage.model.MaillagePackage#getElement_Citations()
	 * @model
	 * @generated
	 */
	EList<String> getCitations();

} // Element
