/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.dispositif;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Cpts</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Communauté professionnelle territoriale de santé; its communes are its territoires.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.model.dispositif.Cpts#getProjetDeSante <em>Projet De Sante</em>}</li>
 *   <li>{@link org.maillage.model.dispositif.Cpts#getTaille <em>Taille</em>}</li>
 *   <li>{@link org.maillage.model.dispositif.Cpts#getMissions <em>Missions</em>}</li>
 * </ul>
 *
 * @see org.maillage.model.dispositif.DispositifPackage#getCpts()
 * @model
 * @generated
 */
public interface Cpts extends Dispositif
{
	/**
	 * Returns the value of the '<em><b>Projet De Sante</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Projet De Sante</em>' attribute.
	 * @see #setProjetDeSante(String)
	 * @see org.maillage.model.dispositif.DispositifPackage#getCpts_ProjetDeSante()
	 * @model
	 * @generated
	 */
	String getProjetDeSante();

	/**
	 * Sets the value of the '{@link org.maillage.model.dispositif.Cpts#getProjetDeSante <em>Projet De Sante</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Projet De Sante</em>' attribute.
	 * @see #getProjetDeSante()
	 * @generated
	 */
	void setProjetDeSante(String value);

	/**
	 * Returns the value of the '<em><b>Taille</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Size class 1 to 4 used by the ACI funding; 0 when unknown.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Taille</em>' attribute.
	 * @see #setTaille(int)
	 * @see org.maillage.model.dispositif.DispositifPackage#getCpts_Taille()
	 * @model
	 * @generated
	 */
	int getTaille();

	/**
	 * Sets the value of the '{@link org.maillage.model.dispositif.Cpts#getTaille <em>Taille</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Taille</em>' attribute.
	 * @see #getTaille()
	 * @generated
	 */
	void setTaille(int value);

	/**
	 * Returns the value of the '<em><b>Missions</b></em>' attribute list.
	 * The list contents are of type {@link org.maillage.model.dispositif.MissionCpts}.
	 * The literals are from the enumeration {@link org.maillage.model.dispositif.MissionCpts}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Missions</em>' attribute list.
	 * @see org.maillage.model.dispositif.MissionCpts
	 * @see org.maillage.model.dispositif.DispositifPackage#getCpts_Missions()
	 * @model
	 * @generated
	 */
	EList<MissionCpts> getMissions();

} // Cpts
