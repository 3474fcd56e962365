/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.model.diagram.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.maillage.viewpoint.model.diagram.DDiagramElement;
import org.maillage.viewpoint.model.diagram.DiagramPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>DDiagram Element</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.viewpoint.model.diagram.impl.DDiagramElementImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.diagram.impl.DDiagramElementImpl#getMappingId <em>Mapping Id</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.diagram.impl.DDiagramElementImpl#getSemanticElement <em>Semantic Element</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.diagram.impl.DDiagramElementImpl#getLabel <em>Label</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class DDiagramElementImpl extends MinimalEObjectImpl.Container implements DDiagramElement
{
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getMappingId() <em>Mapping Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMappingId()
	 * @generated
	 * @ordered
	 */
	protected static final String MAPPING_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMappingId() <em>Mapping Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMappingId()
	 * @generated
	 * @ordered
	 */
	protected String mappingId = MAPPING_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getSemanticElement() <em>Semantic Element</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSemanticElement()
	 * @generated
	 * @ordered
	 */
	protected static final String SEMANTIC_ELEMENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSemanticElement() <em>Semantic Element</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSemanticElement()
	 * @generated
	 * @ordered
	 */
	protected String semanticElement = SEMANTIC_ELEMENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected static final String LABEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected String label = LABEL_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DDiagramElementImpl()
	{
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass()
	{
		return DiagramPackage.Literals.DDIAGRAM_ELEMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId()
	{
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId)
	{
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DiagramPackage.DDIAGRAM_ELEMENT__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMappingId()
	{
		return mappingId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMappingId(String newMappingId)
	{
		String oldMappingId = mappingId;
		mappingId = newMappingId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DiagramPackage.DDIAGRAM_ELEMENT__MAPPING_ID, oldMappingId, mappingId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSemanticElement()
	{
		return semanticElement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSemanticElement(String newSemanticElement)
	{
		String oldSemanticElement = semanticElement;
		semanticElement = newSemanticElement;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DiagramPackage.DDIAGRAM_ELEMENT__SEMANTIC_ELEMENT, oldSemanticElement, semanticElement));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLabel()
	{
		return label;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabel(String newLabel)
	{
		String oldLabel = label;
		label = newLabel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DiagramPackage.DDIAGRAM_ELEMENT__LABEL, oldLabel, label));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType)
	{
		switch (featureID)
		{
			case DiagramPackage.DDIAGRAM_ELEMENT__ID:
				return getId();
			case DiagramPackage.DDIAGRAM_ELEMENT__MAPPING_ID:
				return getMappingId();
			case DiagramPackage.DDIAGRAM_ELEMENT__SEMANTIC_ELEMENT:
				return getSemanticElement();
			case DiagramPackage.DDIAGRAM_ELEMENT__LABEL:
				return getLabel();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue)
	{
		switch (featureID)
		{
			case DiagramPackage.DDIAGRAM_ELEMENT__ID:
				setId((String)newValue);
				return;
			case DiagramPackage.DDIAGRAM_ELEMENT__MAPPING_ID:
				setMappingId((String)newValue);
				return;
			case DiagramPackage.DDIAGRAM_ELEMENT__SEMANTIC_ELEMENT:
				setSemanticElement((String)newValue);
				return;
			case DiagramPackage.DDIAGRAM_ELEMENT__LABEL:
				setLabel((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID)
	{
		switch (featureID)
		{
			case DiagramPackage.DDIAGRAM_ELEMENT__ID:
				setId(ID_EDEFAULT);
				return;
			case DiagramPackage.DDIAGRAM_ELEMENT__MAPPING_ID:
				setMappingId(MAPPING_ID_EDEFAULT);
				return;
			case DiagramPackage.DDIAGRAM_ELEMENT__SEMANTIC_ELEMENT:
				setSemanticElement(SEMANTIC_ELEMENT_EDEFAULT);
				return;
			case DiagramPackage.DDIAGRAM_ELEMENT__LABEL:
				setLabel(LABEL_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID)
	{
		switch (featureID)
		{
			case DiagramPackage.DDIAGRAM_ELEMENT__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case DiagramPackage.DDIAGRAM_ELEMENT__MAPPING_ID:
				return MAPPING_ID_EDEFAULT == null ? mappingId != null : !MAPPING_ID_EDEFAULT.equals(mappingId);
			case DiagramPackage.DDIAGRAM_ELEMENT__SEMANTIC_ELEMENT:
				return SEMANTIC_ELEMENT_EDEFAULT == null ? semanticElement != null : !SEMANTIC_ELEMENT_EDEFAULT.equals(semanticElement);
			case DiagramPackage.DDIAGRAM_ELEMENT__LABEL:
				return LABEL_EDEFAULT == null ? label != null : !LABEL_EDEFAULT.equals(label);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString()
	{
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (id: ");
		result.append(id);
		result.append(", mappingId: ");
		result.append(mappingId);
		result.append(", semanticElement: ");
		result.append(semanticElement);
		result.append(", label: ");
		result.append(label);
		result.append(')');
		return result.toString();
	}

} //DDiagramElementImpl
