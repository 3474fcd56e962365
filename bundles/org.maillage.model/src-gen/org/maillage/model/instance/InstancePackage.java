/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.instance;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.maillage.model.MaillagePackage;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Bodies (instances), their meetings and decisions, and the state of the roadmap frozen at a meeting.
 * <!-- end-model-doc -->
 * @see org.maillage.model.instance.InstanceFactory
 * @model kind="package"
 * @generated
 */
public interface InstancePackage extends EPackage
{
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "instance";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://maillage.org/model/1.0/instance";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "instance";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	InstancePackage eINSTANCE = org.maillage.model.instance.impl.InstancePackageImpl.init();

	/**
	 * The meta object id for the '{@link org.maillage.model.instance.impl.InstanceImpl <em>Instance</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.maillage.model.instance.impl.InstanceImpl
	 * @see org.maillage.model.instance.impl.InstancePackageImpl#getInstance()
	 * @generated
	 */
	int INSTANCE = 0;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTANCE__UUID = MaillagePackage.ELEMENT__UUID;

	/**
	 * The feature id for the '<em><b>Nom</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTANCE__NOM = MaillagePackage.ELEMENT__NOM;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTANCE__DESCRIPTION = MaillagePackage.ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Illustrative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTANCE__ILLUSTRATIVE = MaillagePackage.ELEMENT__ILLUSTRATIVE;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTANCE__CITATIONS = MaillagePackage.ELEMENT__CITATIONS;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTANCE__TYPE = MaillagePackage.ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Parente</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTANCE__PARENTE = MaillagePackage.ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Organisateur</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTANCE__ORGANISATEUR = MaillagePackage.ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Membres</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTANCE__MEMBRES = MaillagePackage.ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Seances</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTANCE__SEANCES = MaillagePackage.ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Instance</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTANCE_FEATURE_COUNT = MaillagePackage.ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Instance</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTANCE_OPERATION_COUNT = MaillagePackage.ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.maillage.model.instance.impl.SeanceImpl <em>Seance</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.maillage.model.instance.impl.SeanceImpl
	 * @see org.maillage.model.instance.impl.InstancePackageImpl#getSeance()
	 * @generated
	 */
	int SEANCE = 1;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEANCE__UUID = MaillagePackage.ELEMENT__UUID;

	/**
	 * The feature id for the '<em><b>Nom</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEANCE__NOM = MaillagePackage.ELEMENT__NOM;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEANCE__DESCRIPTION = MaillagePackage.ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Illustrative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEANCE__ILLUSTRATIVE = MaillagePackage.ELEMENT__ILLUSTRATIVE;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEANCE__CITATIONS = MaillagePackage.ELEMENT__CITATIONS;

	/**
	 * The feature id for the '<em><b>Instance</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEANCE__INSTANCE = MaillagePackage.ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEANCE__DATE = MaillagePackage.ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Ordre Du Jour</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEANCE__ORDRE_DU_JOUR = MaillagePackage.ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Decisions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEANCE__DECISIONS = MaillagePackage.ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Snapshot</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEANCE__SNAPSHOT = MaillagePackage.ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Seance</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEANCE_FEATURE_COUNT = MaillagePackage.ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Seance</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEANCE_OPERATION_COUNT = MaillagePackage.ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.maillage.model.instance.impl.DecisionImpl <em>Decision</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.maillage.model.instance.impl.DecisionImpl
	 * @see org.maillage.model.instance.impl.InstancePackageImpl#getDecision()
	 * @generated
	 */
	int DECISION = 2;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION__UUID = MaillagePackage.ELEMENT__UUID;

	/**
	 * The feature id for the '<em><b>Nom</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION__NOM = MaillagePackage.ELEMENT__NOM;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION__DESCRIPTION = MaillagePackage.ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Illustrative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION__ILLUSTRATIVE = MaillagePackage.ELEMENT__ILLUSTRATIVE;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION__CITATIONS = MaillagePackage.ELEMENT__CITATIONS;

	/**
	 * The feature id for the '<em><b>Chantiers</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION__CHANTIERS = MaillagePackage.ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Dispositifs</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION__DISPOSITIFS = MaillagePackage.ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Statut Chantier Vise</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION__STATUT_CHANTIER_VISE = MaillagePackage.ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Statut Dispositif Vise</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION__STATUT_DISPOSITIF_VISE = MaillagePackage.ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Echeance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION__ECHEANCE = MaillagePackage.ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Decision</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION_FEATURE_COUNT = MaillagePackage.ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Decision</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION_OPERATION_COUNT = MaillagePackage.ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.maillage.model.instance.impl.SnapshotImpl <em>Snapshot</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.maillage.model.instance.impl.SnapshotImpl
	 * @see org.maillage.model.instance.impl.InstancePackageImpl#getSnapshot()
	 * @generated
	 */
	int SNAPSHOT = 3;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SNAPSHOT__UUID = MaillagePackage.ELEMENT__UUID;

	/**
	 * The feature id for the '<em><b>Nom</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SNAPSHOT__NOM = MaillagePackage.ELEMENT__NOM;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SNAPSHOT__DESCRIPTION = MaillagePackage.ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Illustrative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SNAPSHOT__ILLUSTRATIVE = MaillagePackage.ELEMENT__ILLUSTRATIVE;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SNAPSHOT__CITATIONS = MaillagePackage.ELEMENT__CITATIONS;

	/**
	 * The feature id for the '<em><b>Feuille De Route</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SNAPSHOT__FEUILLE_DE_ROUTE = MaillagePackage.ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Etats Chantiers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SNAPSHOT__ETATS_CHANTIERS = MaillagePackage.ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Etats Indicateurs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SNAPSHOT__ETATS_INDICATEURS = MaillagePackage.ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Date Situation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SNAPSHOT__DATE_SITUATION = MaillagePackage.ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Portee</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SNAPSHOT__PORTEE = MaillagePackage.ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Etats</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SNAPSHOT__ETATS = MaillagePackage.ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Chiffres</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SNAPSHOT__CHIFFRES = MaillagePackage.ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Lacunes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SNAPSHOT__LACUNES = MaillagePackage.ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Snapshot</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SNAPSHOT_FEATURE_COUNT = MaillagePackage.ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Snapshot</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SNAPSHOT_OPERATION_COUNT = MaillagePackage.ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.maillage.model.instance.impl.EtatElementImpl <em>Etat Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.maillage.model.instance.impl.EtatElementImpl
	 * @see org.maillage.model.instance.impl.InstancePackageImpl#getEtatElement()
	 * @generated
	 */
	int ETAT_ELEMENT = 4;

	/**
	 * The feature id for the '<em><b>Element</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ETAT_ELEMENT__ELEMENT = 0;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ETAT_ELEMENT__TYPE = 1;

	/**
	 * The feature id for the '<em><b>Libelle</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ETAT_ELEMENT__LIBELLE = 2;

	/**
	 * The feature id for the '<em><b>Parent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ETAT_ELEMENT__PARENT = 3;

	/**
	 * The feature id for the '<em><b>Champs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ETAT_ELEMENT__CHAMPS = 4;

	/**
	 * The number of structural features of the '<em>Etat Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ETAT_ELEMENT_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Etat Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ETAT_ELEMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.maillage.model.instance.impl.ChampImpl <em>Champ</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.maillage.model.instance.impl.ChampImpl
	 * @see org.maillage.model.instance.impl.InstancePackageImpl#getChamp()
	 * @generated
	 */
	int CHAMP = 5;

	/**
	 * The feature id for the '<em><b>Cle</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHAMP__CLE = 0;

	/**
	 * The feature id for the '<em><b>Valeur</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHAMP__VALEUR = 1;

	/**
	 * The number of structural features of the '<em>Champ</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHAMP_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Champ</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHAMP_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.maillage.model.instance.impl.ChiffreImpl <em>Chiffre</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.maillage.model.instance.impl.ChiffreImpl
	 * @see org.maillage.model.instance.impl.InstancePackageImpl#getChiffre()
	 * @generated
	 */
	int CHIFFRE = 6;

	/**
	 * The feature id for the '<em><b>Identifiant</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHIFFRE__IDENTIFIANT = 0;

	/**
	 * The feature id for the '<em><b>Valeur</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHIFFRE__VALEUR = 1;

	/**
	 * The number of structural features of the '<em>Chiffre</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHIFFRE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Chiffre</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHIFFRE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.maillage.model.instance.impl.LacuneImpl <em>Lacune</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.maillage.model.instance.impl.LacuneImpl
	 * @see org.maillage.model.instance.impl.InstancePackageImpl#getLacune()
	 * @generated
	 */
	int LACUNE = 7;

	/**
	 * The feature id for the '<em><b>Regle</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LACUNE__REGLE = 0;

	/**
	 * The feature id for the '<em><b>Element</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LACUNE__ELEMENT = 1;

	/**
	 * The feature id for the '<em><b>Libelle</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LACUNE__LIBELLE = 2;

	/**
	 * The number of structural features of the '<em>Lacune</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LACUNE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Lacune</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LACUNE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.maillage.model.instance.impl.EtatChantierImpl <em>Etat Chantier</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.maillage.model.instance.impl.EtatChantierImpl
	 * @see org.maillage.model.instance.impl.InstancePackageImpl#getEtatChantier()
	 * @generated
	 */
	int ETAT_CHANTIER = 8;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ETAT_CHANTIER__UUID = MaillagePackage.ELEMENT__UUID;

	/**
	 * The feature id for the '<em><b>Nom</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ETAT_CHANTIER__NOM = MaillagePackage.ELEMENT__NOM;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ETAT_CHANTIER__DESCRIPTION = MaillagePackage.ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Illustrative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ETAT_CHANTIER__ILLUSTRATIVE = MaillagePackage.ELEMENT__ILLUSTRATIVE;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ETAT_CHANTIER__CITATIONS = MaillagePackage.ELEMENT__CITATIONS;

	/**
	 * The feature id for the '<em><b>Chantier</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ETAT_CHANTIER__CHANTIER = MaillagePackage.ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Statut</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ETAT_CHANTIER__STATUT = MaillagePackage.ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Avancement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ETAT_CHANTIER__AVANCEMENT = MaillagePackage.ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Echeance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ETAT_CHANTIER__ECHEANCE = MaillagePackage.ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Etat Chantier</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ETAT_CHANTIER_FEATURE_COUNT = MaillagePackage.ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Etat Chantier</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ETAT_CHANTIER_OPERATION_COUNT = MaillagePackage.ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.maillage.model.instance.impl.EtatIndicateurImpl <em>Etat Indicateur</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.maillage.model.instance.impl.EtatIndicateurImpl
	 * @see org.maillage.model.instance.impl.InstancePackageImpl#getEtatIndicateur()
	 * @generated
	 */
	int ETAT_INDICATEUR = 9;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ETAT_INDICATEUR__UUID = MaillagePackage.ELEMENT__UUID;

	/**
	 * The feature id for the '<em><b>Nom</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ETAT_INDICATEUR__NOM = MaillagePackage.ELEMENT__NOM;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ETAT_INDICATEUR__DESCRIPTION = MaillagePackage.ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Illustrative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ETAT_INDICATEUR__ILLUSTRATIVE = MaillagePackage.ELEMENT__ILLUSTRATIVE;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ETAT_INDICATEUR__CITATIONS = MaillagePackage.ELEMENT__CITATIONS;

	/**
	 * The feature id for the '<em><b>Indicateur</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ETAT_INDICATEUR__INDICATEUR = MaillagePackage.ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Annee</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ETAT_INDICATEUR__ANNEE = MaillagePackage.ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Valeur</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ETAT_INDICATEUR__VALEUR = MaillagePackage.ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Etat Indicateur</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ETAT_INDICATEUR_FEATURE_COUNT = MaillagePackage.ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Etat Indicateur</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ETAT_INDICATEUR_OPERATION_COUNT = MaillagePackage.ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.maillage.model.instance.TypeInstance <em>Type Instance</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.maillage.model.instance.TypeInstance
	 * @see org.maillage.model.instance.impl.InstancePackageImpl#getTypeInstance()
	 * @generated
	 */
	int TYPE_INSTANCE = 10;


	/**
	 * Returns the meta object for class '{@link org.maillage.model.instance.Instance <em>Instance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Instance</em>'.
	 * @see org.maillage.model.instance.Instance
	 * @generated
	 */
	EClass getInstance();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.model.instance.Instance#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see org.maillage.model.instance.Instance#getType()
	 * @see #getInstance()
	 * @generated
	 */
	EAttribute getInstance_Type();

	/**
	 * Returns the meta object for the reference '{@link org.maillage.model.instance.Instance#getParente <em>Parente</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Parente</em>'.
	 * @see org.maillage.model.instance.Instance#getParente()
	 * @see #getInstance()
	 * @generated
	 */
	EReference getInstance_Parente();

	/**
	 * Returns the meta object for the reference '{@link org.maillage.model.instance.Instance#getOrganisateur <em>Organisateur</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Organisateur</em>'.
	 * @see org.maillage.model.instance.Instance#getOrganisateur()
	 * @see #getInstance()
	 * @generated
	 */
	EReference getInstance_Organisateur();

	/**
	 * Returns the meta object for the reference list '{@link org.maillage.model.instance.Instance#getMembres <em>Membres</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Membres</em>'.
	 * @see org.maillage.model.instance.Instance#getMembres()
	 * @see #getInstance()
	 * @generated
	 */
	EReference getInstance_Membres();

	/**
	 * Returns the meta object for the containment reference list '{@link org.maillage.model.instance.Instance#getSeances <em>Seances</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Seances</em>'.
	 * @see org.maillage.model.instance.Instance#getSeances()
	 * @see #getInstance()
	 * @generated
	 */
	EReference getInstance_Seances();

	/**
	 * Returns the meta object for class '{@link org.maillage.model.instance.Seance <em>Seance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Seance</em>'.
	 * @see org.maillage.model.instance.Seance
	 * @generated
	 */
	EClass getSeance();

	/**
	 * Returns the meta object for the container reference '{@link org.maillage.model.instance.Seance#getInstance <em>Instance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Instance</em>'.
	 * @see org.maillage.model.instance.Seance#getInstance()
	 * @see #getSeance()
	 * @generated
	 */
	EReference getSeance_Instance();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.model.instance.Seance#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.maillage.model.instance.Seance#getDate()
	 * @see #getSeance()
	 * @generated
	 */
	EAttribute getSeance_Date();

	/**
	 * Returns the meta object for the attribute list '{@link org.maillage.model.instance.Seance#getOrdreDuJour <em>Ordre Du Jour</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Ordre Du Jour</em>'.
	 * @see org.maillage.model.instance.Seance#getOrdreDuJour()
	 * @see #getSeance()
	 * @generated
	 */
	EAttribute getSeance_OrdreDuJour();

	/**
	 * Returns the meta object for the containment reference list '{@link org.maillage.model.instance.Seance#getDecisions <em>Decisions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Decisions</em>'.
	 * @see org.maillage.model.instance.Seance#getDecisions()
	 * @see #getSeance()
	 * @generated
	 */
	EReference getSeance_Decisions();

	/**
	 * Returns the meta object for the containment reference '{@link org.maillage.model.instance.Seance#getSnapshot <em>Snapshot</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Snapshot</em>'.
	 * @see org.maillage.model.instance.Seance#getSnapshot()
	 * @see #getSeance()
	 * @generated
	 */
	EReference getSeance_Snapshot();

	/**
	 * Returns the meta object for class '{@link org.maillage.model.instance.Decision <em>Decision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Decision</em>'.
	 * @see org.maillage.model.instance.Decision
	 * @generated
	 */
	EClass getDecision();

	/**
	 * Returns the meta object for the reference list '{@link org.maillage.model.instance.Decision#getChantiers <em>Chantiers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Chantiers</em>'.
	 * @see org.maillage.model.instance.Decision#getChantiers()
	 * @see #getDecision()
	 * @generated
	 */
	EReference getDecision_Chantiers();

	/**
	 * Returns the meta object for the reference list '{@link org.maillage.model.instance.Decision#getDispositifs <em>Dispositifs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Dispositifs</em>'.
	 * @see org.maillage.model.instance.Decision#getDispositifs()
	 * @see #getDecision()
	 * @generated
	 */
	EReference getDecision_Dispositifs();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.model.instance.Decision#getStatutChantierVise <em>Statut Chantier Vise</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Statut Chantier Vise</em>'.
	 * @see org.maillage.model.instance.Decision#getStatutChantierVise()
	 * @see #getDecision()
	 * @generated
	 */
	EAttribute getDecision_StatutChantierVise();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.model.instance.Decision#getStatutDispositifVise <em>Statut Dispositif Vise</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Statut Dispositif Vise</em>'.
	 * @see org.maillage.model.instance.Decision#getStatutDispositifVise()
	 * @see #getDecision()
	 * @generated
	 */
	EAttribute getDecision_StatutDispositifVise();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.model.instance.Decision#getEcheance <em>Echeance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Echeance</em>'.
	 * @see org.maillage.model.instance.Decision#getEcheance()
	 * @see #getDecision()
	 * @generated
	 */
	EAttribute getDecision_Echeance();

	/**
	 * Returns the meta object for class '{@link org.maillage.model.instance.Snapshot <em>Snapshot</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Snapshot</em>'.
	 * @see org.maillage.model.instance.Snapshot
	 * @generated
	 */
	EClass getSnapshot();

	/**
	 * Returns the meta object for the reference '{@link org.maillage.model.instance.Snapshot#getFeuilleDeRoute <em>Feuille De Route</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Feuille De Route</em>'.
	 * @see org.maillage.model.instance.Snapshot#getFeuilleDeRoute()
	 * @see #getSnapshot()
	 * @generated
	 */
	EReference getSnapshot_FeuilleDeRoute();

	/**
	 * Returns the meta object for the containment reference list '{@link org.maillage.model.instance.Snapshot#getEtatsChantiers <em>Etats Chantiers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Etats Chantiers</em>'.
	 * @see org.maillage.model.instance.Snapshot#getEtatsChantiers()
	 * @see #getSnapshot()
	 * @generated
	 */
	EReference getSnapshot_EtatsChantiers();

	/**
	 * Returns the meta object for the containment reference list '{@link org.maillage.model.instance.Snapshot#getEtatsIndicateurs <em>Etats Indicateurs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Etats Indicateurs</em>'.
	 * @see org.maillage.model.instance.Snapshot#getEtatsIndicateurs()
	 * @see #getSnapshot()
	 * @generated
	 */
	EReference getSnapshot_EtatsIndicateurs();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.model.instance.Snapshot#getDateSituation <em>Date Situation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date Situation</em>'.
	 * @see org.maillage.model.instance.Snapshot#getDateSituation()
	 * @see #getSnapshot()
	 * @generated
	 */
	EAttribute getSnapshot_DateSituation();

	/**
	 * Returns the meta object for the attribute list '{@link org.maillage.model.instance.Snapshot#getPortee <em>Portee</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Portee</em>'.
	 * @see org.maillage.model.instance.Snapshot#getPortee()
	 * @see #getSnapshot()
	 * @generated
	 */
	EAttribute getSnapshot_Portee();

	/**
	 * Returns the meta object for the containment reference list '{@link org.maillage.model.instance.Snapshot#getEtats <em>Etats</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Etats</em>'.
	 * @see org.maillage.model.instance.Snapshot#getEtats()
	 * @see #getSnapshot()
	 * @generated
	 */
	EReference getSnapshot_Etats();

	/**
	 * Returns the meta object for the containment reference list '{@link org.maillage.model.instance.Snapshot#getChiffres <em>Chiffres</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Chiffres</em>'.
	 * @see org.maillage.model.instance.Snapshot#getChiffres()
	 * @see #getSnapshot()
	 * @generated
	 */
	EReference getSnapshot_Chiffres();

	/**
	 * Returns the meta object for the containment reference list '{@link org.maillage.model.instance.Snapshot#getLacunes <em>Lacunes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Lacunes</em>'.
	 * @see org.maillage.model.instance.Snapshot#getLacunes()
	 * @see #getSnapshot()
	 * @generated
	 */
	EReference getSnapshot_Lacunes();

	/**
	 * Returns the meta object for class '{@link org.maillage.model.instance.EtatElement <em>Etat Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Etat Element</em>'.
	 * @see org.maillage.model.instance.EtatElement
	 * @generated
	 */
	EClass getEtatElement();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.model.instance.EtatElement#getElement <em>Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Element</em>'.
	 * @see org.maillage.model.instance.EtatElement#getElement()
	 * @see #getEtatElement()
	 * @generated
	 */
	EAttribute getEtatElement_Element();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.model.instance.EtatElement#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see org.maillage.model.instance.EtatElement#getType()
	 * @see #getEtatElement()
	 * @generated
	 */
	EAttribute getEtatElement_Type();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.model.instance.EtatElement#getLibelle <em>Libelle</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Libelle</em>'.
	 * @see org.maillage.model.instance.EtatElement#getLibelle()
	 * @see #getEtatElement()
	 * @generated
	 */
	EAttribute getEtatElement_Libelle();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.model.instance.EtatElement#getParent <em>Parent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Parent</em>'.
	 * @see org.maillage.model.instance.EtatElement#getParent()
	 * @see #getEtatElement()
	 * @generated
	 */
	EAttribute getEtatElement_Parent();

	/**
	 * Returns the meta object for the containment reference list '{@link org.maillage.model.instance.EtatElement#getChamps <em>Champs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Champs</em>'.
	 * @see org.maillage.model.instance.EtatElement#getChamps()
	 * @see #getEtatElement()
	 * @generated
	 */
	EReference getEtatElement_Champs();

	/**
	 * Returns the meta object for class '{@link org.maillage.model.instance.Champ <em>Champ</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Champ</em>'.
	 * @see org.maillage.model.instance.Champ
	 * @generated
	 */
	EClass getChamp();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.model.instance.Champ#getCle <em>Cle</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cle</em>'.
	 * @see org.maillage.model.instance.Champ#getCle()
	 * @see #getChamp()
	 * @generated
	 */
	EAttribute getChamp_Cle();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.model.instance.Champ#getValeur <em>Valeur</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Valeur</em>'.
	 * @see org.maillage.model.instance.Champ#getValeur()
	 * @see #getChamp()
	 * @generated
	 */
	EAttribute getChamp_Valeur();

	/**
	 * Returns the meta object for class '{@link org.maillage.model.instance.Chiffre <em>Chiffre</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Chiffre</em>'.
	 * @see org.maillage.model.instance.Chiffre
	 * @generated
	 */
	EClass getChiffre();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.model.instance.Chiffre#getIdentifiant <em>Identifiant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Identifiant</em>'.
	 * @see org.maillage.model.instance.Chiffre#getIdentifiant()
	 * @see #getChiffre()
	 * @generated
	 */
	EAttribute getChiffre_Identifiant();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.model.instance.Chiffre#getValeur <em>Valeur</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Valeur</em>'.
	 * @see org.maillage.model.instance.Chiffre#getValeur()
	 * @see #getChiffre()
	 * @generated
	 */
	EAttribute getChiffre_Valeur();

	/**
	 * Returns the meta object for class '{@link org.maillage.model.instance.Lacune <em>Lacune</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Lacune</em>'.
	 * @see org.maillage.model.instance.Lacune
	 * @generated
	 */
	EClass getLacune();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.model.instance.Lacune#getRegle <em>Regle</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Regle</em>'.
	 * @see org.maillage.model.instance.Lacune#getRegle()
	 * @see #getLacune()
	 * @generated
	 */
	EAttribute getLacune_Regle();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.model.instance.Lacune#getElement <em>Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Element</em>'.
	 * @see org.maillage.model.instance.Lacune#getElement()
	 * @see #getLacune()
	 * @generated
	 */
	EAttribute getLacune_Element();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.model.instance.Lacune#getLibelle <em>Libelle</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Libelle</em>'.
	 * @see org.maillage.model.instance.Lacune#getLibelle()
	 * @see #getLacune()
	 * @generated
	 */
	EAttribute getLacune_Libelle();

	/**
	 * Returns the meta object for class '{@link org.maillage.model.instance.EtatChantier <em>Etat Chantier</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Etat Chantier</em>'.
	 * @see org.maillage.model.instance.EtatChantier
	 * @generated
	 */
	EClass getEtatChantier();

	/**
	 * Returns the meta object for the reference '{@link org.maillage.model.instance.EtatChantier#getChantier <em>Chantier</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Chantier</em>'.
	 * @see org.maillage.model.instance.EtatChantier#getChantier()
	 * @see #getEtatChantier()
	 * @generated
	 */
	EReference getEtatChantier_Chantier();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.model.instance.EtatChantier#getStatut <em>Statut</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Statut</em>'.
	 * @see org.maillage.model.instance.EtatChantier#getStatut()
	 * @see #getEtatChantier()
	 * @generated
	 */
	EAttribute getEtatChantier_Statut();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.model.instance.EtatChantier#getAvancement <em>Avancement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Avancement</em>'.
	 * @see org.maillage.model.instance.EtatChantier#getAvancement()
	 * @see #getEtatChantier()
	 * @generated
	 */
	EAttribute getEtatChantier_Avancement();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.model.instance.EtatChantier#getEcheance <em>Echeance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Echeance</em>'.
	 * @see org.maillage.model.instance.EtatChantier#getEcheance()
	 * @see #getEtatChantier()
	 * @generated
	 */
	EAttribute getEtatChantier_Echeance();

	/**
	 * Returns the meta object for class '{@link org.maillage.model.instance.EtatIndicateur <em>Etat Indicateur</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Etat Indicateur</em>'.
	 * @see org.maillage.model.instance.EtatIndicateur
	 * @generated
	 */
	EClass getEtatIndicateur();

	/**
	 * Returns the meta object for the reference '{@link org.maillage.model.instance.EtatIndicateur#getIndicateur <em>Indicateur</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Indicateur</em>'.
	 * @see org.maillage.model.instance.EtatIndicateur#getIndicateur()
	 * @see #getEtatIndicateur()
	 * @generated
	 */
	EReference getEtatIndicateur_Indicateur();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.model.instance.EtatIndicateur#getAnnee <em>Annee</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Annee</em>'.
	 * @see org.maillage.model.instance.EtatIndicateur#getAnnee()
	 * @see #getEtatIndicateur()
	 * @generated
	 */
	EAttribute getEtatIndicateur_Annee();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.model.instance.EtatIndicateur#getValeur <em>Valeur</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Valeur</em>'.
	 * @see org.maillage.model.instance.EtatIndicateur#getValeur()
	 * @see #getEtatIndicateur()
	 * @generated
	 */
	EAttribute getEtatIndicateur_Valeur();

	/**
	 * Returns the meta object for enum '{@link org.maillage.model.instance.TypeInstance <em>Type Instance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Type Instance</em>'.
	 * @see org.maillage.model.instance.TypeInstance
	 * @generated
	 */
	EEnum getTypeInstance();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	InstanceFactory getInstanceFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals
	{
		/**
		 * The meta object literal for the '{@link org.maillage.model.instance.impl.InstanceImpl <em>Instance</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.maillage.model.instance.impl.InstanceImpl
		 * @see org.maillage.model.instance.impl.InstancePackageImpl#getInstance()
		 * @generated
		 */
		EClass INSTANCE = eINSTANCE.getInstance();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTANCE__TYPE = eINSTANCE.getInstance_Type();

		/**
		 * The meta object literal for the '<em><b>Parente</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSTANCE__PARENTE = eINSTANCE.getInstance_Parente();

		/**
		 * The meta object literal for the '<em><b>Organisateur</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSTANCE__ORGANISATEUR = eINSTANCE.getInstance_Organisateur();

		/**
		 * The meta object literal for the '<em><b>Membres</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSTANCE__MEMBRES = eINSTANCE.getInstance_Membres();

		/**
		 * The meta object literal for the '<em><b>Seances</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSTANCE__SEANCES = eINSTANCE.getInstance_Seances();

		/**
		 * The meta object literal for the '{@link org.maillage.model.instance.impl.SeanceImpl <em>Seance</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.maillage.model.instance.impl.SeanceImpl
		 * @see org.maillage.model.instance.impl.InstancePackageImpl#getSeance()
		 * @generated
		 */
		EClass SEANCE = eINSTANCE.getSeance();

		/**
		 * The meta object literal for the '<em><b>Instance</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SEANCE__INSTANCE = eINSTANCE.getSeance_Instance();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEANCE__DATE = eINSTANCE.getSeance_Date();

		/**
		 * The meta object literal for the '<em><b>Ordre Du Jour</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEANCE__ORDRE_DU_JOUR = eINSTANCE.getSeance_OrdreDuJour();

		/**
		 * The meta object literal for the '<em><b>Decisions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SEANCE__DECISIONS = eINSTANCE.getSeance_Decisions();

		/**
		 * The meta object literal for the '<em><b>Snapshot</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SEANCE__SNAPSHOT = eINSTANCE.getSeance_Snapshot();

		/**
		 * The meta object literal for the '{@link org.maillage.model.instance.impl.DecisionImpl <em>Decision</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.maillage.model.instance.impl.DecisionImpl
		 * @see org.maillage.model.instance.impl.InstancePackageImpl#getDecision()
		 * @generated
		 */
		EClass DECISION = eINSTANCE.getDecision();

		/**
		 * The meta object literal for the '<em><b>Chantiers</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DECISION__CHANTIERS = eINSTANCE.getDecision_Chantiers();

		/**
		 * The meta object literal for the '<em><b>Dispositifs</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DECISION__DISPOSITIFS = eINSTANCE.getDecision_Dispositifs();

		/**
		 * The meta object literal for the '<em><b>Statut Chantier Vise</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECISION__STATUT_CHANTIER_VISE = eINSTANCE.getDecision_StatutChantierVise();

		/**
		 * The meta object literal for the '<em><b>Statut Dispositif Vise</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECISION__STATUT_DISPOSITIF_VISE = eINSTANCE.getDecision_StatutDispositifVise();

		/**
		 * The meta object literal for the '<em><b>Echeance</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECISION__ECHEANCE = eINSTANCE.getDecision_Echeance();

		/**
		 * The meta object literal for the '{@link org.maillage.model.instance.impl.SnapshotImpl <em>Snapshot</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.maillage.model.instance.impl.SnapshotImpl
		 * @see org.maillage.model.instance.impl.InstancePackageImpl#getSnapshot()
		 * @generated
		 */
		EClass SNAPSHOT = eINSTANCE.getSnapshot();

		/**
		 * The meta object literal for the '<em><b>Feuille De Route</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SNAPSHOT__FEUILLE_DE_ROUTE = eINSTANCE.getSnapshot_FeuilleDeRoute();

		/**
		 * The meta object literal for the '<em><b>Etats Chantiers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SNAPSHOT__ETATS_CHANTIERS = eINSTANCE.getSnapshot_EtatsChantiers();

		/**
		 * The meta object literal for the '<em><b>Etats Indicateurs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SNAPSHOT__ETATS_INDICATEURS = eINSTANCE.getSnapshot_EtatsIndicateurs();

		/**
		 * The meta object literal for the '<em><b>Date Situation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SNAPSHOT__DATE_SITUATION = eINSTANCE.getSnapshot_DateSituation();

		/**
		 * The meta object literal for the '<em><b>Portee</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SNAPSHOT__PORTEE = eINSTANCE.getSnapshot_Portee();

		/**
		 * The meta object literal for the '<em><b>Etats</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SNAPSHOT__ETATS = eINSTANCE.getSnapshot_Etats();

		/**
		 * The meta object literal for the '<em><b>Chiffres</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SNAPSHOT__CHIFFRES = eINSTANCE.getSnapshot_Chiffres();

		/**
		 * The meta object literal for the '<em><b>Lacunes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SNAPSHOT__LACUNES = eINSTANCE.getSnapshot_Lacunes();

		/**
		 * The meta object literal for the '{@link org.maillage.model.instance.impl.EtatElementImpl <em>Etat Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.maillage.model.instance.impl.EtatElementImpl
		 * @see org.maillage.model.instance.impl.InstancePackageImpl#getEtatElement()
		 * @generated
		 */
		EClass ETAT_ELEMENT = eINSTANCE.getEtatElement();

		/**
		 * The meta object literal for the '<em><b>Element</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ETAT_ELEMENT__ELEMENT = eINSTANCE.getEtatElement_Element();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ETAT_ELEMENT__TYPE = eINSTANCE.getEtatElement_Type();

		/**
		 * The meta object literal for the '<em><b>Libelle</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ETAT_ELEMENT__LIBELLE = eINSTANCE.getEtatElement_Libelle();

		/**
		 * The meta object literal for the '<em><b>Parent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ETAT_ELEMENT__PARENT = eINSTANCE.getEtatElement_Parent();

		/**
		 * The meta object literal for the '<em><b>Champs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ETAT_ELEMENT__CHAMPS = eINSTANCE.getEtatElement_Champs();

		/**
		 * The meta object literal for the '{@link org.maillage.model.instance.impl.ChampImpl <em>Champ</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.maillage.model.instance.impl.ChampImpl
		 * @see org.maillage.model.instance.impl.InstancePackageImpl#getChamp()
		 * @generated
		 */
		EClass CHAMP = eINSTANCE.getChamp();

		/**
		 * The meta object literal for the '<em><b>Cle</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHAMP__CLE = eINSTANCE.getChamp_Cle();

		/**
		 * The meta object literal for the '<em><b>Valeur</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHAMP__VALEUR = eINSTANCE.getChamp_Valeur();

		/**
		 * The meta object literal for the '{@link org.maillage.model.instance.impl.ChiffreImpl <em>Chiffre</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.maillage.model.instance.impl.ChiffreImpl
		 * @see org.maillage.model.instance.impl.InstancePackageImpl#getChiffre()
		 * @generated
		 */
		EClass CHIFFRE = eINSTANCE.getChiffre();

		/**
		 * The meta object literal for the '<em><b>Identifiant</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHIFFRE__IDENTIFIANT = eINSTANCE.getChiffre_Identifiant();

		/**
		 * The meta object literal for the '<em><b>Valeur</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHIFFRE__VALEUR = eINSTANCE.getChiffre_Valeur();

		/**
		 * The meta object literal for the '{@link org.maillage.model.instance.impl.LacuneImpl <em>Lacune</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.maillage.model.instance.impl.LacuneImpl
		 * @see org.maillage.model.instance.impl.InstancePackageImpl#getLacune()
		 * @generated
		 */
		EClass LACUNE = eINSTANCE.getLacune();

		/**
		 * The meta object literal for the '<em><b>Regle</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LACUNE__REGLE = eINSTANCE.getLacune_Regle();

		/**
		 * The meta object literal for the '<em><b>Element</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LACUNE__ELEMENT = eINSTANCE.getLacune_Element();

		/**
		 * The meta object literal for the '<em><b>Libelle</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LACUNE__LIBELLE = eINSTANCE.getLacune_Libelle();

		/**
		 * The meta object literal for the '{@link org.maillage.model.instance.impl.EtatChantierImpl <em>Etat Chantier</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.maillage.model.instance.impl.EtatChantierImpl
		 * @see org.maillage.model.instance.impl.InstancePackageImpl#getEtatChantier()
		 * @generated
		 */
		EClass ETAT_CHANTIER = eINSTANCE.getEtatChantier();

		/**
		 * The meta object literal for the '<em><b>Chantier</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ETAT_CHANTIER__CHANTIER = eINSTANCE.getEtatChantier_Chantier();

		/**
		 * The meta object literal for the '<em><b>Statut</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ETAT_CHANTIER__STATUT = eINSTANCE.getEtatChantier_Statut();

		/**
		 * The meta object literal for the '<em><b>Avancement</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ETAT_CHANTIER__AVANCEMENT = eINSTANCE.getEtatChantier_Avancement();

		/**
		 * The meta object literal for the '<em><b>Echeance</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ETAT_CHANTIER__ECHEANCE = eINSTANCE.getEtatChantier_Echeance();

		/**
		 * The meta object literal for the '{@link org.maillage.model.instance.impl.EtatIndicateurImpl <em>Etat Indicateur</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.maillage.model.instance.impl.EtatIndicateurImpl
		 * @see org.maillage.model.instance.impl.InstancePackageImpl#getEtatIndicateur()
		 * @generated
		 */
		EClass ETAT_INDICATEUR = eINSTANCE.getEtatIndicateur();

		/**
		 * The meta object literal for the '<em><b>Indicateur</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ETAT_INDICATEUR__INDICATEUR = eINSTANCE.getEtatIndicateur_Indicateur();

		/**
		 * The meta object literal for the '<em><b>Annee</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ETAT_INDICATEUR__ANNEE = eINSTANCE.getEtatIndicateur_Annee();

		/**
		 * The meta object literal for the '<em><b>Valeur</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ETAT_INDICATEUR__VALEUR = eINSTANCE.getEtatIndicateur_Valeur();

		/**
		 * The meta object literal for the '{@link org.maillage.model.instance.TypeInstance <em>Type Instance</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.maillage.model.instance.TypeInstance
		 * @see org.maillage.model.instance.impl.InstancePackageImpl#getTypeInstance()
		 * @generated
		 */
		EEnum TYPE_INSTANCE = eINSTANCE.getTypeInstance();

	}

} //InstancePackage
