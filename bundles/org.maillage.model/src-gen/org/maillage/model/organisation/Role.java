/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.organisation;

import org.maillage.model.Element;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Role</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A function in an organisation (e.g. "coordinateur CLS"), named by its nom, reached through a functional mailbox.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.model.organisation.Role#getOrganisation <em>Organisation</em>}</li>
 *   <li>{@link org.maillage.model.organisation.Role#getCourriel <em>Courriel</em>}</li>
 * </ul>
 *
 * @see org.maillage.model.organisation.OrganisationPackage#getRole()
 * @model
 * @generated
 */
public interface Role extends Element
{
	/**
	 * Returns the value of the '<em><b>Organisation</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link org.maillage.model.organisation.Organisation#getRoles <em>Roles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Organisation</em>' container reference.
	 * @see #setOrganisation(Organisation)
	 * @see org.maillage.model.organisation.OrganisationPackage#getRole_Organisation()
	 * @see org.maillage.model.organisation.Organisation#getRoles
	 * @model opposite="roles"
	 * @generated
	 */
	Organisation getOrganisation();

	/**
	 * Sets the value of the '{@link org.maillage.model.organisation.Role#getOrganisation <em>Organisation</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Organisation</em>' container reference.
	 * @see #getOrganisation()
	 * @generated
	 */
	void setOrganisation(Organisation value);

	/**
	 * Returns the value of the '<em><b>Courriel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Courriel</em>' attribute.
	 * @see #setCourriel(String)
	 * @see org.maillage.model.organisation.OrganisationPackage#getRole_Courriel()
	 * @model
	 * @generated
	 */
	String getCourriel();

	/**
	 * Sets the value of the '{@link org.maillage.model.organisation.Role#getCourriel <em>Courriel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Courriel</em>' attribute.
	 * @see #getCourriel()
	 * @generated
	 */
	void setCourriel(String value);

} // Role
