/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.model.description;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Cross Table Description</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A cross table (Sirius): lines from line mappings, columns from element column mappings, and a cell at each intersection computed with the line and column elements.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.viewpoint.model.description.CrossTableDescription#getColumnMappings <em>Column Mappings</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.description.CrossTableDescription#getIntersections <em>Intersections</em>}</li>
 * </ul>
 *
 * @see org.maillage.viewpoint.model.description.DescriptionPackage#getCrossTableDescription()
 * @model
 * @generated
 */
public interface CrossTableDescription extends TableDescription
{
	/**
	 * Returns the value of the '<em><b>Column Mappings</b></em>' containment reference list.
	 * The list contents are of type {@link org.maillage.viewpoint.model.description.ElementColumnMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Columns, in order: the candidates of each mapping, then of the next.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Column Mappings</em>' containment reference list.
	 * @see org.maillage.viewpoint.model.description.DescriptionPackage#getCrossTableDescription_ColumnMappings()
	 * @model containment="true"
	 * @generated
	 */
	EList<ElementColumnMapping> getColumnMappings();

	/**
	 * Returns the value of the '<em><b>Intersections</b></em>' containment reference list.
	 * The list contents are of type {@link org.maillage.viewpoint.model.description.IntersectionMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How a cell is computed; the first intersection whose line and column mappings match a cell is used.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Intersections</em>' containment reference list.
	 * @see org.maillage.viewpoint.model.description.DescriptionPackage#getCrossTableDescription_Intersections()
	 * @model containment="true"
	 * @generated
	 */
	EList<IntersectionMapping> getIntersections();

} // CrossTableDescription
