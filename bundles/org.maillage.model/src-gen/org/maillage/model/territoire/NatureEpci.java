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
 * A representation of the literals of the enumeration '<em><b>Nature Epci</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.maillage.model.territoire.TerritoirePackage#getNatureEpci()
 * @model
 * @generated
 */
public enum NatureEpci implements Enumerator
{
	/**
	 * The '<em><b>COMMUNAUTE DE COMMUNES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMMUNAUTE_DE_COMMUNES_VALUE
	 * @generated
	 * @ordered
	 */
	COMMUNAUTE_DE_COMMUNES(0, "COMMUNAUTE_DE_COMMUNES", "COMMUNAUTE_DE_COMMUNES"),

	/**
	 * The '<em><b>COMMUNAUTE DAGGLOMERATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMMUNAUTE_DAGGLOMERATION_VALUE
	 * @generated
	 * @ordered
	 */
	COMMUNAUTE_DAGGLOMERATION(1, "COMMUNAUTE_D_AGGLOMERATION", "COMMUNAUTE_D_AGGLOMERATION"),

	/**
	 * The '<em><b>COMMUNAUTE URBAINE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMMUNAUTE_URBAINE_VALUE
	 * @generated
	 * @ordered
	 */
	COMMUNAUTE_URBAINE(2, "COMMUNAUTE_URBAINE", "COMMUNAUTE_URBAINE"),

	/**
	 * The '<em><b>METROPOLE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #METROPOLE_VALUE
	 * @generated
	 * @ordered
	 */
	METROPOLE(3, "METROPOLE", "METROPOLE");

	/**
	 * The '<em><b>COMMUNAUTE DE COMMUNES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMMUNAUTE_DE_COMMUNES
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COMMUNAUTE_DE_COMMUNES_VALUE = 0;

	/**
	 * The '<em><b>COMMUNAUTE DAGGLOMERATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMMUNAUTE_DAGGLOMERATION
	 * @model name="COMMUNAUTE_D_AGGLOMERATION"
	 * @generated
	 * @ordered
	 */
	public static final int COMMUNAUTE_DAGGLOMERATION_VALUE = 1;

	/**
	 * The '<em><b>COMMUNAUTE URBAINE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMMUNAUTE_URBAINE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COMMUNAUTE_URBAINE_VALUE = 2;

	/**
	 * The '<em><b>METROPOLE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #METROPOLE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int METROPOLE_VALUE = 3;

	/**
	 * An array of all the '<em><b>Nature Epci</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final NatureEpci[] VALUES_ARRAY =
		new NatureEpci[]
		{
			COMMUNAUTE_DE_COMMUNES,
			COMMUNAUTE_DAGGLOMERATION,
			COMMUNAUTE_URBAINE,
			METROPOLE,
		};

	/**
	 * A public read-only list of all the '<em><b>Nature Epci</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<NatureEpci> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Nature Epci</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static NatureEpci get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			NatureEpci result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Nature Epci</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static NatureEpci getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			NatureEpci result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Nature Epci</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static NatureEpci get(int value)
	{
		switch (value)
		{
			case COMMUNAUTE_DE_COMMUNES_VALUE: return COMMUNAUTE_DE_COMMUNES;
			case COMMUNAUTE_DAGGLOMERATION_VALUE: return COMMUNAUTE_DAGGLOMERATION;
			case COMMUNAUTE_URBAINE_VALUE: return COMMUNAUTE_URBAINE;
			case METROPOLE_VALUE: return METROPOLE;
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
	private NatureEpci(int value, String name, String literal)
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
	
} //NatureEpci
