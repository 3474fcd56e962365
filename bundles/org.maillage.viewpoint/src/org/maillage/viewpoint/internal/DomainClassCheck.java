/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.maillage.core.persistence.ModelLoadException;
import org.maillage.model.MaillagePackage;
import org.maillage.viewpoint.model.description.IdentifiedElement;
import org.maillage.viewpoint.model.description.TableDescription;
import org.maillage.viewpoint.model.description.Viewpoint;

/**
 * Refuses, at load, a description whose domain class names no class of the roadmap metamodel: a diagram or table
 * description, or one of their mappings (node, container, edge, line, column). Such a description would silently
 * apply to nothing (a typo in {@code Cls} hides the diagram from every menu, empties the table), so the modeller is
 * told which file, which line and which classes exist. One check for every kind of description: they all name
 * their class the same way ({@link Types#matches}: simple or sub-package-qualified name).
 */
public final class DomainClassCheck {

    private static final String DOMAIN_CLASS = "domainClass";

    private DomainClassCheck() {
    }

    /**
     * @param viewpoint the loaded viewpoint
     * @param content the file's bytes, to find the line of a bad value, or {@code null}
     * @param shownAs how messages name the file
     * @throws ModelLoadException for the first element (in document order) whose domain class is not a class of the
     *         roadmap, or a table without a domain class
     */
    public static void check(Viewpoint viewpoint, byte[] content, Path shownAs) throws ModelLoadException {
        List<EClass> classes = roadmapClasses();
        for (Iterator<EObject> i = viewpoint.eAllContents(); i.hasNext();) {
            EObject element = i.next();
            EStructuralFeature feature = element.eClass().getEStructuralFeature(DOMAIN_CLASS);
            if (feature == null || !(element.eGet(feature) instanceof String) && element.eGet(feature) != null) {
                continue;
            }
            String domainClass = (String) element.eGet(feature);
            // Blank: a diagram description or a mapping then applies to nothing (or to any value, for a column),
            // which is what it says; a table has no meaning without the class of the element it is made for.
            boolean blank = domainClass == null || domainClass.isBlank();
            if (blank ? !(element instanceof TableDescription)
                    : classes.stream().anyMatch(c -> Types.matches(c, domainClass.trim()))) {
                continue;
            }
            int line = line(content, blank ? null : domainClass);
            TreeSet<String> names = new TreeSet<>();
            classes.stream().filter(c -> !c.isAbstract()).forEach(c -> names.add(c.getName()));
            String id = element instanceof IdentifiedElement identified ? identified.getId() : element.eClass().getName();
            throw new ModelLoadException(shownAs, line, ModelLoadException.Problem.WRONG_CONTENT,
                    Messages.get("viewpoint.unknownDomainClass", shownAs, line > 0 ? line : "?",
                            blank ? "" : domainClass, id, String.join(", ", names)),
                    null);
        }
    }

    /** @return every class of the roadmap metamodel, sub-packages included */
    public static List<EClass> roadmapClasses() {
        List<EClass> result = new ArrayList<>();
        collect(MaillagePackage.eINSTANCE, result);
        return result;
    }

    private static void collect(EPackage ePackage, List<EClass> into) {
        for (EClassifier classifier : ePackage.getEClassifiers()) {
            if (classifier instanceof EClass eClass) {
                into.add(eClass);
            }
        }
        for (EPackage sub : ePackage.getESubpackages()) {
            collect(sub, into);
        }
    }

    /**
     * @param value the bad value, or {@code null} for a missing attribute (then the first table element)
     * @return the 1-based line of the first {@code domainClass} attribute with that value, or -1 when not found
     */
    private static int line(byte[] content, String value) {
        if (content == null) {
            return -1;
        }
        String text = new String(content, StandardCharsets.UTF_8);
        int at = value == null ? text.indexOf("<tables") : text.indexOf(DOMAIN_CLASS + "=\"" + value + '"');
        if (at < 0 && value != null) {
            at = text.indexOf(DOMAIN_CLASS + "='" + value + '\'');
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
}
