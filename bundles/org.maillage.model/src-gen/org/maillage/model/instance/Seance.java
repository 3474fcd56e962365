/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.instance;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

import org.maillage.model.Element;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Seance</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.model.instance.Seance#getInstance <em>Instance</em>}</li>
 *   <li>{@link org.maillage.model.instance.Seance#getDate <em>Date</em>}</li>
 *   <li>{@link org.maillage.model.instance.Seance#getOrdreDuJour <em>Ordre Du Jour</em>}</li>
 *   <li>{@link org.maillage.model.instance.Seance#getDecisions <em>Decisions</em>}</li>
 *   <li>{@link org.maillage.model.instance.Seance#getSnapshot <em>Snapshot</em>}</li>
 * </ul>
 *
 * @see org.maillage.model.instance.InstancePackage#getSeance()
 * @model
 * @generated
 */
public interface Seance extends Element
{
	/**
	 * Returns the value of the '<em><b>Instance</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link org.maillage.model.instance.Instance#getSeances <em>Seances</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Instance</em>' container reference.
	 * @see #setInstance(Instance)
	 * @see org.maillage.model.instance.InstancePackage#getSeance_Instance()
	 * @see org.maillage.model.instance.Instance#getSeances
	 * @model opposite="seances"
	 * @generated
	 */
	Instance getInstance();

	/**
	 * Sets the value of the '{@link org.maillage.model.instance.Seance#getInstance <em>Instance</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Instance</em>' container reference.
	 * @see #getInstance()
	 * @generated
	 */
	void setInstance(Instance value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see org.maillage.model.instance.InstancePackage#getSeance_Date()
	 * @model dataType="org.maillage.model.LocalDate"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link org.maillage.model.instance.Seance#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Ordre Du Jour</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ordre Du Jour</em>' attribute list.
	 * @see org.maillage.model.instance.InstancePackage#getSeance_OrdreDuJour()
	 * @model
	 * @generated
	 */
	EList<String> getOrdreDuJour();

	/**
	 * Returns the value of the '<em><b>Decisions</b></em>' containment reference list.
	 * The list contents are of type {@link org.maillage.model.instance.Decision}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Decisions</em>' containment reference list.
	 * @see org.maillage.model.instance.InstancePackage#getSeance_Decisions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Decision> getDecisions();

	/**
	 * Returns the value of the '<em><b>Snapshot</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The roadmap as it stood at this meeting.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Snapshot</em>' containment reference.
	 * @see #setSnapshot(Snapshot)
	 * @see org.maillage.model.instance.InstancePackage#getSeance_Snapshot()
	 * @model containment="true"
	 * @generated
	 */
	Snapshot getSnapshot();

	/**
	 * Sets the value of the '{@link org.maillage.model.instance.Seance#getSnapshot <em>Snapshot</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Snapshot</em>' containment reference.
	 * @see #getSnapshot()
	 * @generated
	 */
	void setSnapshot(Snapshot value);

} // Seance
