/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.spreadsheet.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.common.util.Enumerator;
import org.maillage.model.Element;
import org.maillage.model.MaillagePackage;
import org.maillage.model.indicateur.Indicateur;
import org.maillage.model.indicateur.ValeurAnnuelle;

/**
 * One column of a sheet: its French header, the kind of its cells and the field of the model it shows. The same
 * definition writes the cell and reads it back, so that an exported sheet imports without a change.
 *
 * @param header the French header (the field's label in the editor)
 * @param kind the kind of cells
 * @param feature the field shown; for {@link Kind#PARENT} the containment of the row's owner, for
 *            {@link Kind#YEAR_VALUE} {@code null}
 * @param year the year of a {@link Kind#YEAR_VALUE} column
 */
public record Column(String header, Kind kind, EStructuralFeature feature, int year) {

    /** Separator of several values in one cell (references, lists). */
    public static final String SEPARATOR = "; ";

    /** What a column holds, which decides how its cells are typed and read back. */
    public enum Kind {
        /** The element's uuid: how a row finds its element again. */
        UUID,
        /** Free text. */
        TEXT,
        /** A whole number. */
        INTEGER,
        /** A year (a whole number shown without grouping). */
        YEAR,
        /** A decimal number. */
        DECIMAL,
        /** An amount in euros. */
        EURO,
        /** A percentage held as a whole number from 0 to 100. */
        PERCENT,
        /** A date. */
        DATE,
        /** Yes or no. */
        BOOLEAN,
        /** One value of an enumeration, by its French label. */
        ENUM,
        /** Another element, by its name (or code, or uuid). */
        REF,
        /** Several other elements, separated by {@code ;}. */
        REFS,
        /** Several texts or enumeration labels, separated by {@code ;}. */
        LIST,
        /** The element that contains the row's element (the CLS of an axe...); read for new rows only. */
        PARENT,
        /** The value of an indicator for one year. */
        YEAR_VALUE
    }

    /** @return whether cells are written as numbers */
    public boolean numeric() {
        return switch (kind) {
            case INTEGER, YEAR, DECIMAL, EURO, PERCENT, YEAR_VALUE -> true;
            default -> false;
        };
    }

    /** @return whether an import may change this column on an existing row */
    public boolean editable() {
        return kind != Kind.UUID && kind != Kind.PARENT;
    }

    /**
     * @param row an element of the sheet
     * @return the typed value of its cell: {@link String}, {@link Integer}, {@link BigDecimal}, {@link LocalDate},
     *         {@link Boolean} or {@code null}
     */
    public Object value(EObject row) {
        switch (kind) {
            case UUID:
                return ((Element) row).getUuid();
            case PARENT:
                return display(row.eContainer());
            case YEAR_VALUE:
                return ((Indicateur) row).getValeurs().stream().filter(v -> v.getAnnee() == year)
                        .map(ValeurAnnuelle::getValeur).filter(v -> v != null).findFirst().orElse(null);
            default:
                break;
        }
        Object value = row.eGet(feature);
        switch (kind) {
            case INTEGER, YEAR, PERCENT:
                return row.eIsSet(feature) ? value : null;
            case ENUM:
                return value == null ? null : label((EEnum) feature.getEType(), (Enumerator) value);
            case REF:
                return value == null ? null : display((EObject) value);
            case REFS, LIST: {
                List<String> parts = new ArrayList<>();
                for (Object item : (List<?>) value) {
                    parts.add(item instanceof EObject object ? display(object)
                            : item instanceof Enumerator e ? label((EEnum) feature.getEType(), e) : String.valueOf(item));
                }
                return parts.isEmpty() ? null : String.join(SEPARATOR, parts);
            }
            default:
                return value;
        }
    }

    /** @return the French label of an enumeration value */
    static String label(EEnum eEnum, Enumerator value) {
        EEnumLiteral literal = eEnum.getEEnumLiteral(value.getValue());
        return literal == null ? value.getLiteral() : Labels.literal(literal);
    }

    /** @return how an element is named in a cell: its name, else its code or number, else its uuid */
    public static String display(EObject object) {
        if (object == null) {
            return null;
        }
        if (object instanceof Element element && element.getNom() != null && !element.getNom().isBlank()) {
            return element.getNom();
        }
        String code = Resolver.code(object);
        if (code != null) {
            return code;
        }
        return object instanceof Element element ? element.getUuid() : String.valueOf(object);
    }

    /**
     * @param feature a field of the model
     * @return a column for it, its kind chosen from the field's type and name
     */
    public static Column of(EStructuralFeature feature) {
        return new Column(Labels.feature(feature), kindOf(feature), feature, 0);
    }

    /** @return the uuid column */
    public static Column uuid() {
        return new Column(Labels.feature(MaillagePackage.Literals.ELEMENT__UUID), Kind.UUID,
                MaillagePackage.Literals.ELEMENT__UUID, 0);
    }

    private static Kind kindOf(EStructuralFeature feature) {
        if (feature instanceof EReference) {
            return feature.isMany() ? Kind.REFS : Kind.REF;
        }
        EAttribute attribute = (EAttribute) feature;
        if (feature.isMany()) {
            return Kind.LIST;
        }
        if (attribute.getEAttributeType() instanceof EEnum) {
            return Kind.ENUM;
        }
        Class<?> type = attribute.getEAttributeType().getInstanceClass();
        String name = feature.getName().toLowerCase(java.util.Locale.ROOT);
        if (type == int.class || type == Integer.class) {
            return name.startsWith("annee") ? Kind.YEAR : name.equals("avancement") ? Kind.PERCENT : Kind.INTEGER;
        }
        if (type == BigDecimal.class) {
            return name.equals("montant") || name.equals("plafond") ? Kind.EURO : Kind.DECIMAL;
        }
        if (type == LocalDate.class) {
            return Kind.DATE;
        }
        if (type == boolean.class || type == Boolean.class) {
            return Kind.BOOLEAN;
        }
        return Kind.TEXT;
    }
}
