/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.internal.table;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
import org.maillage.core.persistence.ModelLoadException;
import org.maillage.model.MaillagePackage;
import org.maillage.viewpoint.internal.Messages;
import org.maillage.viewpoint.model.description.CrossTableDescription;
import org.maillage.viewpoint.model.description.ElementColumnMapping;
import org.maillage.viewpoint.model.description.IdentifiedElement;
import org.maillage.viewpoint.model.description.LineMapping;
import org.maillage.viewpoint.model.description.TableDescription;
import org.maillage.viewpoint.model.description.Viewpoint;

/**
 * Refuses, at load, a table description whose domain class (or a line or column mapping's) names no class of the
 * Maillage model: such a table would silently be empty. The message names the file and the line of the attribute.
 * Kept apart from the diagram checks on purpose (tables are a separate kind of description).
 */
public final class TableChecks {

    private static final Set<String> CLASS_NAMES = classNames();

    private TableChecks() {
    }

    /**
     * @param viewpoint a loaded description
     * @param content the file's bytes (to find the line), or {@code null}
     * @param name how messages name the file
     * @throws ModelLoadException for the first unknown domain class
     */
    public static void check(Viewpoint viewpoint, byte[] content, String name) throws ModelLoadException {
        for (TableDescription table : viewpoint.getTables()) {
            String domainClass = table.getDomainClass();
            if (domainClass == null || domainClass.isBlank() || !CLASS_NAMES.contains(domainClass)) {
                throw refused(table, domainClass, content, name);
            }
            for (LineMapping line : table.getLineMappings()) {
                checkLines(line, content, name);
            }
            if (table instanceof CrossTableDescription cross) {
                for (ElementColumnMapping column : cross.getColumnMappings()) {
                    checkOptional(column, column.getDomainClass(), content, name);
                }
            }
        }
    }

    private static void checkLines(LineMapping line, byte[] content, String name) throws ModelLoadException {
        checkOptional(line, line.getDomainClass(), content, name);
        for (LineMapping sub : line.getSubLineMappings()) {
            checkLines(sub, content, name);
        }
    }

    private static void checkOptional(IdentifiedElement element, String domainClass, byte[] content, String name)
            throws ModelLoadException {
        if (domainClass != null && !domainClass.isBlank() && !CLASS_NAMES.contains(domainClass)) {
            throw refused(element, domainClass, content, name);
        }
    }

    private static ModelLoadException refused(IdentifiedElement element, String domainClass, byte[] content,
            String name) {
        int line = lineOf(content, domainClass);
        String message = Messages.get("table.unknownClass", name, line > 0 ? line : "?", element.getId(),
                domainClass == null ? "" : domainClass);
        return new ModelLoadException(pathOf(name), line, ModelLoadException.Problem.WRONG_CONTENT, message, null);
    }

    /** @return the 1-based line of the first {@code domainClass="value"} attribute, or -1 */
    static int lineOf(byte[] content, String domainClass) {
        if (content == null) {
            return -1;
        }
        String text = new String(content, StandardCharsets.UTF_8);
        String value = domainClass == null ? "" : domainClass;
        int at = text.indexOf("domainClass=\"" + value + '"');
        if (at < 0) {
            at = text.indexOf("domainClass='" + value + '\'');
        }
        if (at < 0 && value.isEmpty()) {
            // No attribute at all: point at the table element itself.
            at = text.indexOf("<tables");
        }
        if (at < 0) {
            return -1;
        }
        int line = 1;
        for (int i = 0; i < at; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static Path pathOf(String name) {
        try {
            return Path.of(name);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Set<String> classNames() {
        Set<String> names = new HashSet<>();
        add(MaillagePackage.eINSTANCE, names);
        return Set.copyOf(names);
    }

    private static void add(EPackage ePackage, Set<String> names) {
        for (Object classifier : ePackage.getEClassifiers()) {
            if (classifier instanceof EClass eClass) {
                names.add(eClass.getName());
                names.add(ePackage.getName() + '.' + eClass.getName());
            }
        }
        for (EPackage sub : ePackage.getESubpackages()) {
            add(sub, names);
        }
    }
}
