/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.dispositif;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Cycle Cls</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Life cycle of a CLS, in order.
 * <!-- end-model-doc -->
 * @see org.maillage.model.dispositif.DispositifPackage#getCycleCls()
 * @model
 * @generated
 */
public enum CycleCls implements Enumerator
{
	/**
	 * The '<em><b>PREFIGURATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PREFIGURATION_VALUE
	 * @generated
	 * @ordered
	 */
	PREFIGURATION(0, "PREFIGURATION", "PREFIGURATION"),

	/**
	 * The '<em><b>DIAGNOSTIC</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DIAGNOSTIC_VALUE
	 * @generated
	 * @ordered
	 */
	DIAGNOSTIC(1, "DIAGNOSTIC", "DIAGNOSTIC"),

	/**
	 * The '<em><b>AXES STRATEGIQUES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AXES_STRATEGIQUES_VALUE
	 * @generated
	 * @ordered
	 */
	AXES_STRATEGIQUES(2, "AXES_STRATEGIQUES", "AXES_STRATEGIQUES"),

	/**
	 * The '<em><b>FICHES ACTIONS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FICHES_ACTIONS_VALUE
	 * @generated
	 * @ordered
	 */
	FICHES_ACTIONS(3, "FICHES_ACTIONS", "FICHES_ACTIONS"),

	/**
	 * The '<em><b>SIGNATURE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SIGNATURE_VALUE
	 * @generated
	 * @ordered
	 */
	SIGNATURE(4, "SIGNATURE", "SIGNATURE"),

	/**
	 * The '<em><b>SUIVI EVALUATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUIVI_EVALUATION_VALUE
	 * @generated
	 * @ordered
	 */
	SUIVI_EVALUATION(5, "SUIVI_EVALUATION", "SUIVI_EVALUATION"),

	/**
	 * The '<em><b>ECHU</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ECHU_VALUE
	 * @generated
	 * @ordered
	 */
	ECHU(6, "ECHU", "ECHU");

	/**
	 * The '<em><b>PREFIGURATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PREFIGURATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PREFIGURATION_VALUE = 0;

	/**
	 * The '<em><b>DIAGNOSTIC</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DIAGNOSTIC
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DIAGNOSTIC_VALUE = 1;

	/**
	 * The '<em><b>AXES STRATEGIQUES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AXES_STRATEGIQUES
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int AXES_STRATEGIQUES_VALUE = 2;

	/**
	 * The '<em><b>FICHES ACTIONS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FICHES_ACTIONS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FICHES_ACTIONS_VALUE = 3;

	/**
	 * The '<em><b>SIGNATURE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SIGNATURE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SIGNATURE_VALUE = 4;

	/**
	 * The '<em><b>SUIVI EVALUATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUIVI_EVALUATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SUIVI_EVALUATION_VALUE = 5;

	/**
	 * The '<em><b>ECHU</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ECHU
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ECHU_VALUE = 6;

	/**
	 * An array of all the '<em><b>Cycle Cls</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final CycleCls[] VALUES_ARRAY =
		new CycleCls[]
		{
			PREFIGURATION,
			DIAGNOSTIC,
			AXES_STRATEGIQUES,
			FICHES_ACTIONS,
			SIGNATURE,
			SUIVI_EVALUATION,
			ECHU,
		};

	/**
	 * A public read-only list of all the '<em><b>Cycle Cls</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<CycleCls> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Cycle Cls</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CycleCls get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			CycleCls result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Cycle Cls</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CycleCls getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			CycleCls result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Cycle Cls</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CycleCls get(int value)
	{
		switch (value)
		{
			case PREFIGURATION_VALUE: return PREFIGURATION;
			case DIAGNOSTIC_VALUE: return DIAGNOSTIC;
			case AXES_STRATEGIQUES_VALUE: return AXES_STRATEGIQUES;
			case FICHES_ACTIONS_VALUE: return FICHES_ACTIONS;
			case SIGNATURE_VALUE: return SIGNATURE;
			case SUIVI_EVALUATION_VALUE: return SUIVI_EVALUATION;
			case ECHU_VALUE: return ECHU;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private CycleCls(int value, String name, String literal)
	{
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue()
	{
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName()
	{
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral()
	{
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString()
	{
		return literal;
	}
	
} //CycleCls
