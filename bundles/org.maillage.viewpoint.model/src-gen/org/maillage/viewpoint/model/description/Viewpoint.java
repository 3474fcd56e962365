/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.model.description;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Viewpoint</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Root of a .viewpoint file: a named set of diagram descriptions a modeller writes without Java.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.viewpoint.model.description.Viewpoint#getId <em>Id</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.description.Viewpoint#getLabel <em>Label</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.description.Viewpoint#getDocumentation <em>Documentation</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.description.Viewpoint#getDiagrams <em>Diagrams</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.description.Viewpoint#getTables <em>Tables</em>}</li>
 * </ul>
 *
 * @see org.maillage.viewpoint.model.description.DescriptionPackage#getViewpoint()
 * @model
 * @generated
 */
public interface Viewpoint extends EObject
{
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Unique id, e.g. org.maillage.viewpoints.articulation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.maillage.viewpoint.model.description.DescriptionPackage#getViewpoint_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.maillage.viewpoint.model.description.Viewpoint#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Name shown to users (French).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see org.maillage.viewpoint.model.description.DescriptionPackage#getViewpoint_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.maillage.viewpoint.model.description.Viewpoint#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Documentation</em>' attribute.
	 * @see #setDocumentation(String)
	 * @see org.maillage.viewpoint.model.description.DescriptionPackage#getViewpoint_Documentation()
	 * @model
	 * @generated
	 */
	String getDocumentation();

	/**
	 * Sets the value of the '{@link org.maillage.viewpoint.model.description.Viewpoint#getDocumentation <em>Documentation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Documentation</em>' attribute.
	 * @see #getDocumentation()
	 * @generated
	 */
	void setDocumentation(String value);

	/**
	 * Returns the value of the '<em><b>Diagrams</b></em>' containment reference list.
	 * The list contents are of type {@link org.maillage.viewpoint.model.description.DiagramDescription}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Diagrams</em>' containment reference list.
	 * @see org.maillage.viewpoint.model.description.DescriptionPackage#getViewpoint_Diagrams()
	 * @model containment="true"
	 * @generated
	 */
	EList<DiagramDescription> getDiagrams();

	/**
	 * Returns the value of the '<em><b>Tables</b></em>' containment reference list.
	 * The list contents are of type {@link org.maillage.viewpoint.model.description.TableDescription}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Table and cross-table descriptions (computed from the roadmap, never saved; see docs/diagrams.md#tables).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tables</em>' containment reference list.
	 * @see org.maillage.viewpoint.model.description.DescriptionPackage#getViewpoint_Tables()
	 * @model containment="true"
	 * @generated
	 */
	EList<TableDescription> getTables();

} // Viewpoint
