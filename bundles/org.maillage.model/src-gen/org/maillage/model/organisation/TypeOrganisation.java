/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.organisation;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Type Organisation</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.maillage.model.organisation.OrganisationPackage#getTypeOrganisation()
 * @model
 * @generated
 */
public enum TypeOrganisation implements Enumerator
{
	/**
	 * The '<em><b>ARS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ARS_VALUE
	 * @generated
	 * @ordered
	 */
	ARS(0, "ARS", "ARS"),

	/**
	 * The '<em><b>ETAT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ETAT_VALUE
	 * @generated
	 * @ordered
	 */
	ETAT(1, "ETAT", "ETAT"),

	/**
	 * The '<em><b>COLLECTIVITE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COLLECTIVITE_VALUE
	 * @generated
	 * @ordered
	 */
	COLLECTIVITE(2, "COLLECTIVITE", "COLLECTIVITE"),

	/**
	 * The '<em><b>ASSURANCE MALADIE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ASSURANCE_MALADIE_VALUE
	 * @generated
	 * @ordered
	 */
	ASSURANCE_MALADIE(3, "ASSURANCE_MALADIE", "ASSURANCE_MALADIE"),

	/**
	 * The '<em><b>ETABLISSEMENT SANTE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ETABLISSEMENT_SANTE_VALUE
	 * @generated
	 * @ordered
	 */
	ETABLISSEMENT_SANTE(4, "ETABLISSEMENT_SANTE", "ETABLISSEMENT_SANTE"),

	/**
	 * The '<em><b>ETABLISSEMENT MEDICO SOCIAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ETABLISSEMENT_MEDICO_SOCIAL_VALUE
	 * @generated
	 * @ordered
	 */
	ETABLISSEMENT_MEDICO_SOCIAL(5, "ETABLISSEMENT_MEDICO_SOCIAL", "ETABLISSEMENT_MEDICO_SOCIAL"),

	/**
	 * The '<em><b>PROFESSIONNELS SANTE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROFESSIONNELS_SANTE_VALUE
	 * @generated
	 * @ordered
	 */
	PROFESSIONNELS_SANTE(6, "PROFESSIONNELS_SANTE", "PROFESSIONNELS_SANTE"),

	/**
	 * The '<em><b>ASSOCIATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ASSOCIATION_VALUE
	 * @generated
	 * @ordered
	 */
	ASSOCIATION(7, "ASSOCIATION", "ASSOCIATION"),

	/**
	 * The '<em><b>AUTRE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AUTRE_VALUE
	 * @generated
	 * @ordered
	 */
	AUTRE(8, "AUTRE", "AUTRE");

	/**
	 * The '<em><b>ARS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ARS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ARS_VALUE = 0;

	/**
	 * The '<em><b>ETAT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ETAT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ETAT_VALUE = 1;

	/**
	 * The '<em><b>COLLECTIVITE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COLLECTIVITE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COLLECTIVITE_VALUE = 2;

	/**
	 * The '<em><b>ASSURANCE MALADIE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ASSURANCE_MALADIE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ASSURANCE_MALADIE_VALUE = 3;

	/**
	 * The '<em><b>ETABLISSEMENT SANTE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ETABLISSEMENT_SANTE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ETABLISSEMENT_SANTE_VALUE = 4;

	/**
	 * The '<em><b>ETABLISSEMENT MEDICO SOCIAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ETABLISSEMENT_MEDICO_SOCIAL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ETABLISSEMENT_MEDICO_SOCIAL_VALUE = 5;

	/**
	 * The '<em><b>PROFESSIONNELS SANTE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROFESSIONNELS_SANTE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PROFESSIONNELS_SANTE_VALUE = 6;

	/**
	 * The '<em><b>ASSOCIATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ASSOCIATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ASSOCIATION_VALUE = 7;

	/**
	 * The '<em><b>AUTRE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AUTRE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int AUTRE_VALUE = 8;

	/**
	 * An array of all the '<em><b>Type Organisation</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final TypeOrganisation[] VALUES_ARRAY =
		new TypeOrganisation[]
		{
			ARS,
			ETAT,
			COLLECTIVITE,
			ASSURANCE_MALADIE,
			ETABLISSEMENT_SANTE,
			ETABLISSEMENT_MEDICO_SOCIAL,
			PROFESSIONNELS_SANTE,
			ASSOCIATION,
			AUTRE,
		};

	/**
	 * A public read-only list of all the '<em><b>Type Organisation</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<TypeOrganisation> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Type Organisation</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TypeOrganisation get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			TypeOrganisation result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Type Organisation</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TypeOrganisation getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			TypeOrganisation result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Type Organisation</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TypeOrganisation get(int value)
	{
		switch (value)
		{
			case ARS_VALUE: return ARS;
			case ETAT_VALUE: return ETAT;
			case COLLECTIVITE_VALUE: return COLLECTIVITE;
			case ASSURANCE_MALADIE_VALUE: return ASSURANCE_MALADIE;
			case ETABLISSEMENT_SANTE_VALUE: return ETABLISSEMENT_SANTE;
			case ETABLISSEMENT_MEDICO_SOCIAL_VALUE: return ETABLISSEMENT_MEDICO_SOCIAL;
			case PROFESSIONNELS_SANTE_VALUE: return PROFESSIONNELS_SANTE;
			case ASSOCIATION_VALUE: return ASSOCIATION;
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
	private TypeOrganisation(int value, String name, String literal)
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
	
} //TypeOrganisation
