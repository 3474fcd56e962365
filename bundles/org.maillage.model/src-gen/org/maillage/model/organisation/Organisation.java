/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.organisation;

import org.eclipse.emf.common.util.EList;

import org.maillage.model.Element;

import org.maillage.model.territoire.Territoire;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Organisation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.model.organisation.Organisation#getType <em>Type</em>}</li>
 *   <li>{@link org.maillage.model.organisation.Organisation#getIdentifiant <em>Identifiant</em>}</li>
 *   <li>{@link org.maillage.model.organisation.Organisation#getCourriel <em>Courriel</em>}</li>
 *   <li>{@link org.maillage.model.organisation.Organisation#getTerritoire <em>Territoire</em>}</li>
 *   <li>{@link org.maillage.model.organisation.Organisation#getRoles <em>Roles</em>}</li>
 * </ul>
 *
 * @see org.maillage.model.organisation.OrganisationPackage#getOrganisation()
 * @model
 * @generated
 */
public interface Organisation extends Element
{
	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.maillage.model.organisation.TypeOrganisation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see org.maillage.model.organisation.TypeOrganisation
	 * @see #setType(TypeOrganisation)
	 * @see org.maillage.model.organisation.OrganisationPackage#getOrganisation_Type()
	 * @model
	 * @generated
	 */
	TypeOrganisation getType();

	/**
	 * Sets the value of the '{@link org.maillage.model.organisation.Organisation#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see org.maillage.model.organisation.TypeOrganisation
	 * @see #getType()
	 * @generated
	 */
	void setType(TypeOrganisation value);

	/**
	 * Returns the value of the '<em><b>Identifiant</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Public identifier: SIREN, FINESS...
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Identifiant</em>' attribute.
	 * @see #setIdentifiant(String)
	 * @see org.maillage.model.organisation.OrganisationPackage#getOrganisation_Identifiant()
	 * @model
	 * @generated
	 */
	String getIdentifiant();

	/**
	 * Sets the value of the '{@link org.maillage.model.organisation.Organisation#getIdentifiant <em>Identifiant</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Identifiant</em>' attribute.
	 * @see #getIdentifiant()
	 * @generated
	 */
	void setIdentifiant(String value);

	/**
	 * Returns the value of the '<em><b>Courriel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The organisation's functional mailbox.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Courriel</em>' attribute.
	 * @see #setCourriel(String)
	 * @see org.maillage.model.organisation.OrganisationPackage#getOrganisation_Courriel()
	 * @model
	 * @generated
	 */
	String getCourriel();

	/**
	 * Sets the value of the '{@link org.maillage.model.organisation.Organisation#getCourriel <em>Courriel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Courriel</em>' attribute.
	 * @see #getCourriel()
	 * @generated
	 */
	void setCourriel(String value);

	/**
	 * Returns the value of the '<em><b>Territoire</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For a collectivité, the territory it administers.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Territoire</em>' reference.
	 * @see #setTerritoire(Territoire)
	 * @see org.maillage.model.organisation.OrganisationPackage#getOrganisation_Territoire()
	 * @model
	 * @generated
	 */
	Territoire getTerritoire();

	/**
	 * Sets the value of the '{@link org.maillage.model.organisation.Organisation#getTerritoire <em>Territoire</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Territoire</em>' reference.
	 * @see #getTerritoire()
	 * @generated
	 */
	void setTerritoire(Territoire value);

	/**
	 * Returns the value of the '<em><b>Roles</b></em>' containment reference list.
	 * The list contents are of type {@link org.maillage.model.organisation.Role}.
	 * It is bidirectional and its opposite is '{@link org.maillage.model.organisation.Role#getOrganisation <em>Organisation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Roles</em>' containment reference list.
	 * @see org.maillage.model.organisation.OrganisationPackage#getOrganisation_Roles()
	 * @see org.maillage.model.organisation.Role#getOrganisation
	 * @model opposite="organisation" containment="true"
	 * @generated
	 */
	EList<Role> getRoles();

} // Organisation
