/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.plan;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Tag Bonne Pratique</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.maillage.model.plan.PlanPackage#getTagBonnePratique()
 * @model
 * @generated
 */
public enum TagBonnePratique implements Enumerator
{
	/**
	 * The '<em><b>INNOVANT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INNOVANT_VALUE
	 * @generated
	 * @ordered
	 */
	INNOVANT(0, "INNOVANT", "INNOVANT"),

	/**
	 * The '<em><b>FACILE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FACILE_VALUE
	 * @generated
	 * @ordered
	 */
	FACILE(1, "FACILE", "FACILE"),

	/**
	 * The '<em><b>ECONOMIQUE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ECONOMIQUE_VALUE
	 * @generated
	 * @ordered
	 */
	ECONOMIQUE(2, "ECONOMIQUE", "ECONOMIQUE"),

	/**
	 * The '<em><b>VALORISABLE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VALORISABLE_VALUE
	 * @generated
	 * @ordered
	 */
	VALORISABLE(3, "VALORISABLE", "VALORISABLE");

	/**
	 * The '<em><b>INNOVANT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INNOVANT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INNOVANT_VALUE = 0;

	/**
	 * The '<em><b>FACILE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FACILE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FACILE_VALUE = 1;

	/**
	 * The '<em><b>ECONOMIQUE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ECONOMIQUE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ECONOMIQUE_VALUE = 2;

	/**
	 * The '<em><b>VALORISABLE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VALORISABLE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int VALORISABLE_VALUE = 3;

	/**
	 * An array of all the '<em><b>Tag Bonne Pratique</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final TagBonnePratique[] VALUES_ARRAY =
		new TagBonnePratique[]
		{
			INNOVANT,
			FACILE,
			ECONOMIQUE,
			VALORISABLE,
		};

	/**
	 * A public read-only list of all the '<em><b>Tag Bonne Pratique</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<TagBonnePratique> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Tag Bonne Pratique</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TagBonnePratique get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			TagBonnePratique result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Tag Bonne Pratique</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TagBonnePratique getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			TagBonnePratique result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Tag Bonne Pratique</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TagBonnePratique get(int value)
	{
		switch (value)
		{
			case INNOVANT_VALUE: return INNOVANT;
			case FACILE_VALUE: return FACILE;
			case ECONOMIQUE_VALUE: return ECONOMIQUE;
			case VALORISABLE_VALUE: return VALORISABLE;
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
	private TagBonnePratique(int value, String name, String literal)
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
	
} //TagBonnePratique
