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
 * A representation of the literals of the enumeration '<em><b>Mission Cpts</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.maillage.model.dispositif.DispositifPackage#getMissionCpts()
 * @model
 * @generated
 */
public enum MissionCpts implements Enumerator
{
	/**
	 * The '<em><b>ACCES MEDECIN TRAITANT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACCES_MEDECIN_TRAITANT_VALUE
	 * @generated
	 * @ordered
	 */
	ACCES_MEDECIN_TRAITANT(0, "ACCES_MEDECIN_TRAITANT", "ACCES_MEDECIN_TRAITANT"),

	/**
	 * The '<em><b>SOINS NON PROGRAMMES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SOINS_NON_PROGRAMMES_VALUE
	 * @generated
	 * @ordered
	 */
	SOINS_NON_PROGRAMMES(1, "SOINS_NON_PROGRAMMES", "SOINS_NON_PROGRAMMES"),

	/**
	 * The '<em><b>PARCOURS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARCOURS_VALUE
	 * @generated
	 * @ordered
	 */
	PARCOURS(2, "PARCOURS", "PARCOURS"),

	/**
	 * The '<em><b>PREVENTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PREVENTION_VALUE
	 * @generated
	 * @ordered
	 */
	PREVENTION(3, "PREVENTION", "PREVENTION"),

	/**
	 * The '<em><b>CRISES SANITAIRES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CRISES_SANITAIRES_VALUE
	 * @generated
	 * @ordered
	 */
	CRISES_SANITAIRES(4, "CRISES_SANITAIRES", "CRISES_SANITAIRES"),

	/**
	 * The '<em><b>QUALITE PERTINENCE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #QUALITE_PERTINENCE_VALUE
	 * @generated
	 * @ordered
	 */
	QUALITE_PERTINENCE(5, "QUALITE_PERTINENCE", "QUALITE_PERTINENCE"),

	/**
	 * The '<em><b>ACCOMPAGNEMENT PROFESSIONNELS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACCOMPAGNEMENT_PROFESSIONNELS_VALUE
	 * @generated
	 * @ordered
	 */
	ACCOMPAGNEMENT_PROFESSIONNELS(6, "ACCOMPAGNEMENT_PROFESSIONNELS", "ACCOMPAGNEMENT_PROFESSIONNELS");

	/**
	 * The '<em><b>ACCES MEDECIN TRAITANT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACCES_MEDECIN_TRAITANT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ACCES_MEDECIN_TRAITANT_VALUE = 0;

	/**
	 * The '<em><b>SOINS NON PROGRAMMES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SOINS_NON_PROGRAMMES
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SOINS_NON_PROGRAMMES_VALUE = 1;

	/**
	 * The '<em><b>PARCOURS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARCOURS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PARCOURS_VALUE = 2;

	/**
	 * The '<em><b>PREVENTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PREVENTION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PREVENTION_VALUE = 3;

	/**
	 * The '<em><b>CRISES SANITAIRES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CRISES_SANITAIRES
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CRISES_SANITAIRES_VALUE = 4;

	/**
	 * The '<em><b>QUALITE PERTINENCE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #QUALITE_PERTINENCE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int QUALITE_PERTINENCE_VALUE = 5;

	/**
	 * The '<em><b>ACCOMPAGNEMENT PROFESSIONNELS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACCOMPAGNEMENT_PROFESSIONNELS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ACCOMPAGNEMENT_PROFESSIONNELS_VALUE = 6;

	/**
	 * An array of all the '<em><b>Mission Cpts</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final MissionCpts[] VALUES_ARRAY =
		new MissionCpts[]
		{
			ACCES_MEDECIN_TRAITANT,
			SOINS_NON_PROGRAMMES,
			PARCOURS,
			PREVENTION,
			CRISES_SANITAIRES,
			QUALITE_PERTINENCE,
			ACCOMPAGNEMENT_PROFESSIONNELS,
		};

	/**
	 * A public read-only list of all the '<em><b>Mission Cpts</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<MissionCpts> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Mission Cpts</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MissionCpts get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			MissionCpts result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Mission Cpts</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MissionCpts getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			MissionCpts result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Mission Cpts</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MissionCpts get(int value)
	{
		switch (value)
		{
			case ACCES_MEDECIN_TRAITANT_VALUE: return ACCES_MEDECIN_TRAITANT;
			case SOINS_NON_PROGRAMMES_VALUE: return SOINS_NON_PROGRAMMES;
			case PARCOURS_VALUE: return PARCOURS;
			case PREVENTION_VALUE: return PREVENTION;
			case CRISES_SANITAIRES_VALUE: return CRISES_SANITAIRES;
			case QUALITE_PERTINENCE_VALUE: return QUALITE_PERTINENCE;
			case ACCOMPAGNEMENT_PROFESSIONNELS_VALUE: return ACCOMPAGNEMENT_PROFESSIONNELS;
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
	private MissionCpts(int value, String name, String literal)
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
	
} //MissionCpts
