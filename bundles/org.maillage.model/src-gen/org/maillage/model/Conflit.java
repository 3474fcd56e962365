/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Conflit</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One conflict of a three-way merge: an element's feature changed two ways, or an element deleted on one side and changed on the other. The merged model keeps "ours" in place; this record keeps the other side. Not an Element (no uuid): queries over the roadmap's elements never see it, and a deleted subtree is kept as XMI text for the same reason. Also stored as an extra root of a .maillagediag file.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.model.Conflit#getNature <em>Nature</em>}</li>
 *   <li>{@link org.maillage.model.Conflit#getElementUuid <em>Element Uuid</em>}</li>
 *   <li>{@link org.maillage.model.Conflit#getElementType <em>Element Type</em>}</li>
 *   <li>{@link org.maillage.model.Conflit#getElementNom <em>Element Nom</em>}</li>
 *   <li>{@link org.maillage.model.Conflit#getAttribut <em>Attribut</em>}</li>
 *   <li>{@link org.maillage.model.Conflit#getValeurBase <em>Valeur Base</em>}</li>
 *   <li>{@link org.maillage.model.Conflit#getValeurNous <em>Valeur Nous</em>}</li>
 *   <li>{@link org.maillage.model.Conflit#getValeurEux <em>Valeur Eux</em>}</li>
 *   <li>{@link org.maillage.model.Conflit#getContenuSupprime <em>Contenu Supprime</em>}</li>
 * </ul>
 *
 * @see org.maillage.model.MaillagePackage#getConflit()
 * @model
 * @generated
 */
public interface Conflit extends EObject
{
	/**
	 * Returns the value of the '<em><b>Nature</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * VALEUR (feature changed two ways), SUPPRIME_CHEZ_EUX (they deleted, we changed), SUPPRIME_CHEZ_NOUS (we deleted, they changed), DEPLACEMENT (moved to two places), ORDRE (list reordered two ways), REFERENCE (a reference to an element the other side deleted).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Nature</em>' attribute.
	 * @see #setNature(String)
	 * @see org.maillage.model.MaillagePackage#getConflit_Nature()
	 * @model
	 * @generated
	 */
	String getNature();

	/**
	 * Sets the value of the '{@link org.maillage.model.Conflit#getNature <em>Nature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Nature</em>' attribute.
	 * @see #getNature()
	 * @generated
	 */
	void setNature(String value);

	/**
	 * Returns the value of the '<em><b>Element Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Element Uuid</em>' attribute.
	 * @see #setElementUuid(String)
	 * @see org.maillage.model.MaillagePackage#getConflit_ElementUuid()
	 * @model
	 * @generated
	 */
	String getElementUuid();

	/**
	 * Sets the value of the '{@link org.maillage.model.Conflit#getElementUuid <em>Element Uuid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Element Uuid</em>' attribute.
	 * @see #getElementUuid()
	 * @generated
	 */
	void setElementUuid(String value);

	/**
	 * Returns the value of the '<em><b>Element Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Element Type</em>' attribute.
	 * @see #setElementType(String)
	 * @see org.maillage.model.MaillagePackage#getConflit_ElementType()
	 * @model
	 * @generated
	 */
	String getElementType();

	/**
	 * Sets the value of the '{@link org.maillage.model.Conflit#getElementType <em>Element Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Element Type</em>' attribute.
	 * @see #getElementType()
	 * @generated
	 */
	void setElementType(String value);

	/**
	 * Returns the value of the '<em><b>Element Nom</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Element Nom</em>' attribute.
	 * @see #setElementNom(String)
	 * @see org.maillage.model.MaillagePackage#getConflit_ElementNom()
	 * @model
	 * @generated
	 */
	String getElementNom();

	/**
	 * Sets the value of the '{@link org.maillage.model.Conflit#getElementNom <em>Element Nom</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Element Nom</em>' attribute.
	 * @see #getElementNom()
	 * @generated
	 */
	void setElementNom(String value);

	/**
	 * Returns the value of the '<em><b>Attribut</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Attribut</em>' attribute.
	 * @see #setAttribut(String)
	 * @see org.maillage.model.MaillagePackage#getConflit_Attribut()
	 * @model
	 * @generated
	 */
	String getAttribut();

	/**
	 * Sets the value of the '{@link org.maillage.model.Conflit#getAttribut <em>Attribut</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Attribut</em>' attribute.
	 * @see #getAttribut()
	 * @generated
	 */
	void setAttribut(String value);

	/**
	 * Returns the value of the '<em><b>Valeur Base</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Valeur Base</em>' attribute.
	 * @see #setValeurBase(String)
	 * @see org.maillage.model.MaillagePackage#getConflit_ValeurBase()
	 * @model
	 * @generated
	 */
	String getValeurBase();

	/**
	 * Sets the value of the '{@link org.maillage.model.Conflit#getValeurBase <em>Valeur Base</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Valeur Base</em>' attribute.
	 * @see #getValeurBase()
	 * @generated
	 */
	void setValeurBase(String value);

	/**
	 * Returns the value of the '<em><b>Valeur Nous</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Valeur Nous</em>' attribute.
	 * @see #setValeurNous(String)
	 * @see org.maillage.model.MaillagePackage#getConflit_ValeurNous()
	 * @model
	 * @generated
	 */
	String getValeurNous();

	/**
	 * Sets the value of the '{@link org.maillage.model.Conflit#getValeurNous <em>Valeur Nous</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Valeur Nous</em>' attribute.
	 * @see #getValeurNous()
	 * @generated
	 */
	void setValeurNous(String value);

	/**
	 * Returns the value of the '<em><b>Valeur Eux</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Valeur Eux</em>' attribute.
	 * @see #setValeurEux(String)
	 * @see org.maillage.model.MaillagePackage#getConflit_ValeurEux()
	 * @model
	 * @generated
	 */
	String getValeurEux();

	/**
	 * Sets the value of the '{@link org.maillage.model.Conflit#getValeurEux <em>Valeur Eux</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Valeur Eux</em>' attribute.
	 * @see #getValeurEux()
	 * @generated
	 */
	void setValeurEux(String value);

	/**
	 * Returns the value of the '<em><b>Contenu Supprime</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For a deletion conflict, the subtree that the merged model lacks (their changed version), as XMI, so that it can be restored.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Contenu Supprime</em>' attribute.
	 * @see #setContenuSupprime(String)
	 * @see org.maillage.model.MaillagePackage#getConflit_ContenuSupprime()
	 * @model
	 * @generated
	 */
	String getContenuSupprime();

	/**
	 * Sets the value of the '{@link org.maillage.model.Conflit#getContenuSupprime <em>Contenu Supprime</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Contenu Supprime</em>' attribute.
	 * @see #getContenuSupprime()
	 * @generated
	 */
	void setContenuSupprime(String value);

} // Conflit
