/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.instance;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Type Instance</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.maillage.model.instance.InstancePackage#getTypeInstance()
 * @model
 * @generated
 */
public enum TypeInstance implements Enumerator
{
	/**
	 * The '<em><b>CTS PLENIERE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CTS_PLENIERE_VALUE
	 * @generated
	 * @ordered
	 */
	CTS_PLENIERE(0, "CTS_PLENIERE", "CTS_PLENIERE"),

	/**
	 * The '<em><b>COMMISSION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMMISSION_VALUE
	 * @generated
	 * @ordered
	 */
	COMMISSION(1, "COMMISSION", "COMMISSION"),

	/**
	 * The '<em><b>PRAPS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRAPS_VALUE
	 * @generated
	 * @ordered
	 */
	PRAPS(2, "PRAPS", "PRAPS"),

	/**
	 * The '<em><b>COPIL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COPIL_VALUE
	 * @generated
	 * @ordered
	 */
	COPIL(3, "COPIL", "COPIL"),

	/**
	 * The '<em><b>COMITE TECHNIQUE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMITE_TECHNIQUE_VALUE
	 * @generated
	 * @ordered
	 */
	COMITE_TECHNIQUE(4, "COMITE_TECHNIQUE", "COMITE_TECHNIQUE"),

	/**
	 * The '<em><b>COMITE SUIVI</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMITE_SUIVI_VALUE
	 * @generated
	 * @ordered
	 */
	COMITE_SUIVI(5, "COMITE_SUIVI", "COMITE_SUIVI"),

	/**
	 * The '<em><b>AUTRE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AUTRE_VALUE
	 * @generated
	 * @ordered
	 */
	AUTRE(6, "AUTRE", "AUTRE");

	/**
	 * The '<em><b>CTS PLENIERE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CTS_PLENIERE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CTS_PLENIERE_VALUE = 0;

	/**
	 * The '<em><b>COMMISSION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMMISSION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COMMISSION_VALUE = 1;

	/**
	 * The '<em><b>PRAPS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRAPS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PRAPS_VALUE = 2;

	/**
	 * The '<em><b>COPIL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COPIL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COPIL_VALUE = 3;

	/**
	 * The '<em><b>COMITE TECHNIQUE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMITE_TECHNIQUE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COMITE_TECHNIQUE_VALUE = 4;

	/**
	 * The '<em><b>COMITE SUIVI</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMITE_SUIVI
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COMITE_SUIVI_VALUE = 5;

	/**
	 * The '<em><b>AUTRE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AUTRE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int AUTRE_VALUE = 6;

	/**
	 * An array of all the '<em><b>Type Instance</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final TypeInstance[] VALUES_ARRAY =
		new TypeInstance[]
		{
			CTS_PLENIERE,
			COMMISSION,
			PRAPS,
			COPIL,
			COMITE_TECHNIQUE,
			COMITE_SUIVI,
			AUTRE,
		};

	/**
	 * A public read-only list of all the '<em><b>Type Instance</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<TypeInstance> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Type Instance</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TypeInstance get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			TypeInstance result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Type Instance</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TypeInstance getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			TypeInstance result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Type Instance</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TypeInstance get(int value)
	{
		switch (value)
		{
			case CTS_PLENIERE_VALUE: return CTS_PLENIERE;
			case COMMISSION_VALUE: return COMMISSION;
			case PRAPS_VALUE: return PRAPS;
			case COPIL_VALUE: return COPIL;
			case COMITE_TECHNIQUE_VALUE: return COMITE_TECHNIQUE;
			case COMITE_SUIVI_VALUE: return COMITE_SUIVI;
			case AUTRE_VALUE: return AUTRE;
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
	private TypeInstance(int value, String name, String literal)
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
	
} //TypeInstance
