/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.territoire;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Type Groupement</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.maillage.model.territoire.TerritoirePackage#getTypeGroupement()
 * @model
 * @generated
 */
public enum TypeGroupement implements Enumerator
{
	/**
	 * The '<em><b>SIVOM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SIVOM_VALUE
	 * @generated
	 * @ordered
	 */
	SIVOM(0, "SIVOM", "SIVOM"),

	/**
	 * The '<em><b>PETR PAYS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PETR_PAYS_VALUE
	 * @generated
	 * @ordered
	 */
	PETR_PAYS(1, "PETR_PAYS", "PETR_PAYS"),

	/**
	 * The '<em><b>POLE METROPOLITAIN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POLE_METROPOLITAIN_VALUE
	 * @generated
	 * @ordered
	 */
	POLE_METROPOLITAIN(2, "POLE_METROPOLITAIN", "POLE_METROPOLITAIN"),

	/**
	 * The '<em><b>SYNDICAT MIXTE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SYNDICAT_MIXTE_VALUE
	 * @generated
	 * @ordered
	 */
	SYNDICAT_MIXTE(3, "SYNDICAT_MIXTE", "SYNDICAT_MIXTE");

	/**
	 * The '<em><b>SIVOM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SIVOM
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SIVOM_VALUE = 0;

	/**
	 * The '<em><b>PETR PAYS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PETR_PAYS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PETR_PAYS_VALUE = 1;

	/**
	 * The '<em><b>POLE METROPOLITAIN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POLE_METROPOLITAIN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int POLE_METROPOLITAIN_VALUE = 2;

	/**
	 * The '<em><b>SYNDICAT MIXTE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SYNDICAT_MIXTE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SYNDICAT_MIXTE_VALUE = 3;

	/**
	 * An array of all the '<em><b>Type Groupement</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final TypeGroupement[] VALUES_ARRAY =
		new TypeGroupement[]
		{
			SIVOM,
			PETR_PAYS,
			POLE_METROPOLITAIN,
			SYNDICAT_MIXTE,
		};

	/**
	 * A public read-only list of all the '<em><b>Type Groupement</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<TypeGroupement> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Type Groupement</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TypeGroupement get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			TypeGroupement result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Type Groupement</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TypeGroupement getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			TypeGroupement result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Type Groupement</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TypeGroupement get(int value)
	{
		switch (value)
		{
			case SIVOM_VALUE: return SIVOM;
			case PETR_PAYS_VALUE: return PETR_PAYS;
			case POLE_METROPOLITAIN_VALUE: return POLE_METROPOLITAIN;
			case SYNDICAT_MIXTE_VALUE: return SYNDICAT_MIXTE;
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
	private TypeGroupement(int value, String name, String literal)
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
	
} //TypeGroupement
