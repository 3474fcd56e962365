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
 * A representation of the literals of the enumeration '<em><b>Statut Dispositif</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.maillage.model.dispositif.DispositifPackage#getStatutDispositif()
 * @model
 * @generated
 */
public enum StatutDispositif implements Enumerator
{
	/**
	 * The '<em><b>EN PROJET</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EN_PROJET_VALUE
	 * @generated
	 * @ordered
	 */
	EN_PROJET(0, "EN_PROJET", "EN_PROJET"),

	/**
	 * The '<em><b>ACTIF</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACTIF_VALUE
	 * @generated
	 * @ordered
	 */
	ACTIF(1, "ACTIF", "ACTIF"),

	/**
	 * The '<em><b>SUSPENDU</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUSPENDU_VALUE
	 * @generated
	 * @ordered
	 */
	SUSPENDU(2, "SUSPENDU", "SUSPENDU"),

	/**
	 * The '<em><b>TERMINE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TERMINE_VALUE
	 * @generated
	 * @ordered
	 */
	TERMINE(3, "TERMINE", "TERMINE");

	/**
	 * The '<em><b>EN PROJET</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EN_PROJET
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EN_PROJET_VALUE = 0;

	/**
	 * The '<em><b>ACTIF</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACTIF
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ACTIF_VALUE = 1;

	/**
	 * The '<em><b>SUSPENDU</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUSPENDU
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SUSPENDU_VALUE = 2;

	/**
	 * The '<em><b>TERMINE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TERMINE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TERMINE_VALUE = 3;

	/**
	 * An array of all the '<em><b>Statut Dispositif</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final StatutDispositif[] VALUES_ARRAY =
		new StatutDispositif[]
		{
			EN_PROJET,
			ACTIF,
			SUSPENDU,
			TERMINE,
		};

	/**
	 * A public read-only list of all the '<em><b>Statut Dispositif</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<StatutDispositif> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Statut Dispositif</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static StatutDispositif get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			StatutDispositif result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Statut Dispositif</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static StatutDispositif getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			StatutDispositif result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Statut Dispositif</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static StatutDispositif get(int value)
	{
		switch (value)
		{
			case EN_PROJET_VALUE: return EN_PROJET;
			case ACTIF_VALUE: return ACTIF;
			case SUSPENDU_VALUE: return SUSPENDU;
			case TERMINE_VALUE: return TERMINE;
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
	private StatutDispositif(int value, String name, String literal)
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
	
} //StatutDispositif
