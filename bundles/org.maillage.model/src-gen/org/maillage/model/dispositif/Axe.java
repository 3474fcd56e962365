/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.dispositif;

import org.eclipse.emf.common.util.EList;

import org.maillage.model.Element;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Axe</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A strategic axis of a CLS.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.model.dispositif.Axe#getCls <em>Cls</em>}</li>
 *   <li>{@link org.maillage.model.dispositif.Axe#getNumero <em>Numero</em>}</li>
 *   <li>{@link org.maillage.model.dispositif.Axe#getFichesActions <em>Fiches Actions</em>}</li>
 * </ul>
 *
 * @see org.maillage.model.dispositif.DispositifPackage#getAxe()
 * @model
 * @generated
 */
public interface Axe extends Element
{
	/**
	 * Returns the value of the '<em><b>Cls</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link org.maillage.model.dispositif.Cls#getAxes <em>Axes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cls</em>' container reference.
	 * @see #setCls(Cls)
	 * @see org.maillage.model.dispositif.DispositifPackage#getAxe_Cls()
	 * @see org.maillage.model.dispositif.Cls#getAxes
	 * @model opposite="axes"
	 * @generated
	 */
	Cls getCls();

	/**
	 * Sets the value of the '{@link org.maillage.model.dispositif.Axe#getCls <em>Cls</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cls</em>' container reference.
	 * @see #getCls()
	 * @generated
	 */
	void setCls(Cls value);

	/**
	 * Returns the value of the '<em><b>Numero</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Numero</em>' attribute.
	 * @see #setNumero(String)
	 * @see org.maillage.model.dispositif.DispositifPackage#getAxe_Numero()
	 * @model
	 * @generated
	 */
	String getNumero();

	/**
	 * Sets the value of the '{@link org.maillage.model.dispositif.Axe#getNumero <em>Numero</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Numero</em>' attribute.
	 * @see #getNumero()
	 * @generated
	 */
	void setNumero(String value);

	/**
	 * Returns the value of the '<em><b>Fiches Actions</b></em>' containment reference list.
	 * The list contents are of type {@link org.maillage.model.dispositif.FicheAction}.
	 * It is bidirectional and its opposite is '{@link org.maillage.model.dispositif.FicheAction#getAxe <em>Axe</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fiches Actions</em>' containment reference list.
	 * @see org.maillage.model.dispositif.DispositifPackage#getAxe_FichesActions()
	 * @see org.maillage.model.dispositif.FicheAction#getAxe
	 * @model opposite="axe" containment="true"
	 * @generated
	 */
	EList<FicheAction> getFichesActions();

} // Axe
