/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.plan;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

import org.maillage.model.Element;

import org.maillage.model.indicateur.Indicateur;

import org.maillage.model.organisation.Organisation;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Chantier</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A priority work item of the roadmap; its title is its nom.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.model.plan.Chantier#getFeuilleDeRoute <em>Feuille De Route</em>}</li>
 *   <li>{@link org.maillage.model.plan.Chantier#getNumero <em>Numero</em>}</li>
 *   <li>{@link org.maillage.model.plan.Chantier#getTheme <em>Theme</em>}</li>
 *   <li>{@link org.maillage.model.plan.Chantier#getPilote <em>Pilote</em>}</li>
 *   <li>{@link org.maillage.model.plan.Chantier#getPartenaires <em>Partenaires</em>}</li>
 *   <li>{@link org.maillage.model.plan.Chantier#getStatut <em>Statut</em>}</li>
 *   <li>{@link org.maillage.model.plan.Chantier#getDebut <em>Debut</em>}</li>
 *   <li>{@link org.maillage.model.plan.Chantier#getEcheance <em>Echeance</em>}</li>
 *   <li>{@link org.maillage.model.plan.Chantier#getAvancement <em>Avancement</em>}</li>
 *   <li>{@link org.maillage.model.plan.Chantier#getIndicateurs <em>Indicateurs</em>}</li>
 *   <li>{@link org.maillage.model.plan.Chantier#getDeclines <em>Declines</em>}</li>
 * </ul>
 *
 * @see org.maillage.model.plan.PlanPackage#getChantier()
 * @model
 * @generated
 */
public interface Chantier extends Element
{
	/**
	 * Returns the value of the '<em><b>Feuille De Route</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link org.maillage.model.plan.FeuilleDeRoute#getChantiers <em>Chantiers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Feuille De Route</em>' container reference.
	 * @see #setFeuilleDeRoute(FeuilleDeRoute)
	 * @see org.maillage.model.plan.PlanPackage#getChantier_FeuilleDeRoute()
	 * @see org.maillage.model.plan.FeuilleDeRoute#getChantiers
	 * @model opposite="chantiers"
	 * @generated
	 */
	FeuilleDeRoute getFeuilleDeRoute();

	/**
	 * Sets the value of the '{@link org.maillage.model.plan.Chantier#getFeuilleDeRoute <em>Feuille De Route</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Feuille De Route</em>' container reference.
	 * @see #getFeuilleDeRoute()
	 * @generated
	 */
	void setFeuilleDeRoute(FeuilleDeRoute value);

	/**
	 * Returns the value of the '<em><b>Numero</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Numero</em>' attribute.
	 * @see #setNumero(String)
	 * @see org.maillage.model.plan.PlanPackage#getChantier_Numero()
	 * @model
	 * @generated
	 */
	String getNumero();

	/**
	 * Sets the value of the '{@link org.maillage.model.plan.Chantier#getNumero <em>Numero</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Numero</em>' attribute.
	 * @see #getNumero()
	 * @generated
	 */
	void setNumero(String value);

	/**
	 * Returns the value of the '<em><b>Theme</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Theme</em>' attribute.
	 * @see #setTheme(String)
	 * @see org.maillage.model.plan.PlanPackage#getChantier_Theme()
	 * @model
	 * @generated
	 */
	String getTheme();

	/**
	 * Sets the value of the '{@link org.maillage.model.plan.Chantier#getTheme <em>Theme</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Theme</em>' attribute.
	 * @see #getTheme()
	 * @generated
	 */
	void setTheme(String value);

	/**
	 * Returns the value of the '<em><b>Pilote</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pilote</em>' reference.
	 * @see #setPilote(Organisation)
	 * @see org.maillage.model.plan.PlanPackage#getChantier_Pilote()
	 * @model
	 * @generated
	 */
	Organisation getPilote();

	/**
	 * Sets the value of the '{@link org.maillage.model.plan.Chantier#getPilote <em>Pilote</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pilote</em>' reference.
	 * @see #getPilote()
	 * @generated
	 */
	void setPilote(Organisation value);

	/**
	 * Returns the value of the '<em><b>Partenaires</b></em>' reference list.
	 * The list contents are of type {@link org.maillage.model.organisation.Organisation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Partenaires</em>' reference list.
	 * @see org.maillage.model.plan.PlanPackage#getChantier_Partenaires()
	 * @model
	 * @generated
	 */
	EList<Organisation> getPartenaires();

	/**
	 * Returns the value of the '<em><b>Statut</b></em>' attribute.
	 * The literals are from the enumeration {@link org.maillage.model.plan.StatutChantier}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Statut</em>' attribute.
	 * @see org.maillage.model.plan.StatutChantier
	 * @see #setStatut(StatutChantier)
	 * @see org.maillage.model.plan.PlanPackage#getChantier_Statut()
	 * @model
	 * @generated
	 */
	StatutChantier getStatut();

	/**
	 * Sets the value of the '{@link org.maillage.model.plan.Chantier#getStatut <em>Statut</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Statut</em>' attribute.
	 * @see org.maillage.model.plan.StatutChantier
	 * @see #getStatut()
	 * @generated
	 */
	void setStatut(StatutChantier value);

	/**
	 * Returns the value of the '<em><b>Debut</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Debut</em>' attribute.
	 * @see #setDebut(LocalDate)
	 * @see org.maillage.model.plan.PlanPackage#getChantier_Debut()
	 * @model dataType="org.maillage.model.LocalDate"
	 * @generated
	 */
	LocalDate getDebut();

	/**
	 * Sets the value of the '{@link org.maillage.model.plan.Chantier#getDebut <em>Debut</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Debut</em>' attribute.
	 * @see #getDebut()
	 * @generated
	 */
	void setDebut(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Echeance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Echeance</em>' attribute.
	 * @see #setEcheance(LocalDate)
	 * @see org.maillage.model.plan.PlanPackage#getChantier_Echeance()
	 * @model dataType="org.maillage.model.LocalDate"
	 * @generated
	 */
	LocalDate getEcheance();

	/**
	 * Sets the value of the '{@link org.maillage.model.plan.Chantier#getEcheance <em>Echeance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Echeance</em>' attribute.
	 * @see #getEcheance()
	 * @generated
	 */
	void setEcheance(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Avancement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Progress in percent, 0 to 100.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Avancement</em>' attribute.
	 * @see #setAvancement(int)
	 * @see org.maillage.model.plan.PlanPackage#getChantier_Avancement()
	 * @model
	 * @generated
	 */
	int getAvancement();

	/**
	 * Sets the value of the '{@link org.maillage.model.plan.Chantier#getAvancement <em>Avancement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Avancement</em>' attribute.
	 * @see #getAvancement()
	 * @generated
	 */
	void setAvancement(int value);

	/**
	 * Returns the value of the '<em><b>Indicateurs</b></em>' reference list.
	 * The list contents are of type {@link org.maillage.model.indicateur.Indicateur}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Indicateurs</em>' reference list.
	 * @see org.maillage.model.plan.PlanPackage#getChantier_Indicateurs()
	 * @model
	 * @generated
	 */
	EList<Indicateur> getIndicateurs();

	/**
	 * Returns the value of the '<em><b>Declines</b></em>' reference list.
	 * The list contents are of type {@link org.maillage.model.plan.Orientation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The PRS objectives and PRAPS measures this chantier declines.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Declines</em>' reference list.
	 * @see org.maillage.model.plan.PlanPackage#getChantier_Declines()
	 * @model
	 * @generated
	 */
	EList<Orientation> getDeclines();

} // Chantier
