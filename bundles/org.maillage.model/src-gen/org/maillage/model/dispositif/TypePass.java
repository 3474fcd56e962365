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
 * A representation of the literals of the enumeration '<em><b>Type Pass</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.maillage.model.dispositif.DispositifPackage#getTypePass()
 * @model
 * @generated
 */
public enum TypePass implements Enumerator
{
	/**
	 * The '<em><b>GENERALE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GENERALE_VALUE
	 * @generated
	 * @ordered
	 */
	GENERALE(0, "GENERALE", "GENERALE"),

	/**
	 * The '<em><b>PSYCHIATRIQUE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PSYCHIATRIQUE_VALUE
	 * @generated
	 * @ordered
	 */
	PSYCHIATRIQUE(1, "PSYCHIATRIQUE", "PSYCHIATRIQUE"),

	/**
	 * The '<em><b>BUCCO DENTAIRE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BUCCO_DENTAIRE_VALUE
	 * @generated
	 * @ordered
	 */
	BUCCO_DENTAIRE(2, "BUCCO_DENTAIRE", "BUCCO_DENTAIRE"),

	/**
	 * The '<em><b>MOBILE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MOBILE_VALUE
	 * @generated
	 * @ordered
	 */
	MOBILE(3, "MOBILE", "MOBILE"),

	/**
	 * The '<em><b>AUTRE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AUTRE_VALUE
	 * @generated
	 * @ordered
	 */
	AUTRE(4, "AUTRE", "AUTRE");

	/**
	 * The '<em><b>GENERALE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GENERALE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int GENERALE_VALUE = 0;

	/**
	 * The '<em><b>PSYCHIATRIQUE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PSYCHIATRIQUE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PSYCHIATRIQUE_VALUE = 1;

	/**
	 * The '<em><b>BUCCO DENTAIRE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BUCCO_DENTAIRE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BUCCO_DENTAIRE_VALUE = 2;

	/**
	 * The '<em><b>MOBILE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MOBILE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MOBILE_VALUE = 3;

	/**
	 * The '<em><b>AUTRE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AUTRE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int AUTRE_VALUE = 4;

	/**
	 * An array of all the '<em><b>Type Pass</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final TypePass[] VALUES_ARRAY =
		new TypePass[]
		{
			GENERALE,
			PSYCHIATRIQUE,
			BUCCO_DENTAIRE,
			MOBILE,
			AUTRE,
		};

	/**
	 * A public read-only list of all the '<em><b>Type Pass</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<TypePass> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Type Pass</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TypePass get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			TypePass result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Type Pass</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TypePass getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			TypePass result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Type Pass</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TypePass get(int value)
	{
		switch (value)
		{
			case GENERALE_VALUE: return GENERALE;
			case PSYCHIATRIQUE_VALUE: return PSYCHIATRIQUE;
			case BUCCO_DENTAIRE_VALUE: return BUCCO_DENTAIRE;
			case MOBILE_VALUE: return MOBILE;
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
	private TypePass(int value, String name, String literal)
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
	
} //TypePass
