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
 * A representation of the literals of the enumeration '<em><b>Statut Chantier</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.maillage.model.plan.PlanPackage#getStatutChantier()
 * @model
 * @generated
 */
public enum StatutChantier implements Enumerator
{
	/**
	 * The '<em><b>ALANCER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ALANCER_VALUE
	 * @generated
	 * @ordered
	 */
	ALANCER(0, "A_LANCER", "A_LANCER"),

	/**
	 * The '<em><b>EN COURS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EN_COURS_VALUE
	 * @generated
	 * @ordered
	 */
	EN_COURS(1, "EN_COURS", "EN_COURS"),

	/**
	 * The '<em><b>EN RETARD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EN_RETARD_VALUE
	 * @generated
	 * @ordered
	 */
	EN_RETARD(2, "EN_RETARD", "EN_RETARD"),

	/**
	 * The '<em><b>SUSPENDU</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUSPENDU_VALUE
	 * @generated
	 * @ordered
	 */
	SUSPENDU(3, "SUSPENDU", "SUSPENDU"),

	/**
	 * The '<em><b>TERMINE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TERMINE_VALUE
	 * @generated
	 * @ordered
	 */
	TERMINE(4, "TERMINE", "TERMINE"),

	/**
	 * The '<em><b>ABANDONNE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ABANDONNE_VALUE
	 * @generated
	 * @ordered
	 */
	ABANDONNE(5, "ABANDONNE", "ABANDONNE");

	/**
	 * The '<em><b>ALANCER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ALANCER
	 * @model name="A_LANCER"
	 * @generated
	 * @ordered
	 */
	public static final int ALANCER_VALUE = 0;

	/**
	 * The '<em><b>EN COURS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EN_COURS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EN_COURS_VALUE = 1;

	/**
	 * The '<em><b>EN RETARD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EN_RETARD
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EN_RETARD_VALUE = 2;

	/**
	 * The '<em><b>SUSPENDU</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUSPENDU
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SUSPENDU_VALUE = 3;

	/**
	 * The '<em><b>TERMINE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TERMINE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TERMINE_VALUE = 4;

	/**
	 * The '<em><b>ABANDONNE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ABANDONNE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ABANDONNE_VALUE = 5;

	/**
	 * An array of all the '<em><b>Statut Chantier</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final StatutChantier[] VALUES_ARRAY =
		new StatutChantier[]
		{
			ALANCER,
			EN_COURS,
			EN_RETARD,
			SUSPENDU,
			TERMINE,
			ABANDONNE,
		};

	/**
	 * A public read-only list of all the '<em><b>Statut Chantier</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<StatutChantier> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Statut Chantier</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static StatutChantier get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			StatutChantier result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Statut Chantier</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static StatutChantier getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			StatutChantier result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Statut Chantier</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static StatutChantier get(int value)
	{
		switch (value)
		{
			case ALANCER_VALUE: return ALANCER;
			case EN_COURS_VALUE: return EN_COURS;
			case EN_RETARD_VALUE: return EN_RETARD;
			case SUSPENDU_VALUE: return SUSPENDU;
			case TERMINE_VALUE: return TERMINE;
			case ABANDONNE_VALUE: return ABANDONNE;
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
	private StatutChantier(int value, String name, String literal)
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
	
} //StatutChantier
