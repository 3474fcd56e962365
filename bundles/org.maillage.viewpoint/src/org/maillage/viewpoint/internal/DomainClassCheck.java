/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EPackage;
import org.maillage.core.persistence.ModelLoadException;
import org.maillage.model.MaillagePackage;
import org.maillage.viewpoint.model.description.DiagramDescription;
import org.maillage.viewpoint.model.description.Viewpoint;

/**
 * Refuses, at load, a diagram description whose domain class names no class of the roadmap metamodel: such a
 * description would silently apply to nothing (a typo in {@code Cls} hides the diagram from every menu), so the
 * modeller is told which file, which line and which classes exist.
 */
public final class DomainClassCheck {

    private static final Pattern DIAGRAMS = Pattern.compile("<diagrams[\\s>/]");
    private static final Pattern DOMAIN_CLASS = Pattern.compile("domainClass\\s*=");

    private DomainClassCheck() {
    }

    /**
     * @param viewpoint the loaded viewpoint
     * @param content the file's bytes, to find the line of a bad value
     * @param shownAs how messages name the file
     * @throws ModelLoadException for the first description whose domain class is not a class of the roadmap
     */
    public static void check(Viewpoint viewpoint, byte[] content, Path shownAs) throws ModelLoadException {
        List<EClass> classes = roadmapClasses();
        for (int i = 0; i < viewpoint.getDiagrams().size(); i++) {
            DiagramDescription description = viewpoint.getDiagrams().get(i);
            String domainClass = description.getDomainClass();
            // Blank: the description applies to nothing, which is what it says; only a wrong name is a mistake.
            if (domainClass == null || domainClass.isBlank()
                    || classes.stream().anyMatch(c -> Types.matches(c, domainClass.trim()))) {
                continue;
            }
            int line = line(content, i);
            TreeSet<String> names = new TreeSet<>();
            classes.stream().filter(c -> !c.isAbstract()).forEach(c -> names.add(c.getName()));
            throw new ModelLoadException(shownAs, line, ModelLoadException.Problem.WRONG_CONTENT,
                    Messages.get("viewpoint.unknownDomainClass", shownAs, line, domainClass, description.getId(),
                            String.join(", ", names)),
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

    /** @return the line of the domainClass attribute of the index-th diagrams element, or -1 when not found */
    private static int line(byte[] content, int index) {
        if (content == null) {
            return -1;
        }
        String text = new String(content, StandardCharsets.UTF_8);
        Matcher diagrams = DIAGRAMS.matcher(text);
        int at = -1;
        for (int i = 0; i <= index; i++) {
            if (!diagrams.find()) {
                return -1;
            }
            at = diagrams.start();
        }
        int end = text.indexOf('>', at);
        Matcher attribute = DOMAIN_CLASS.matcher(text);
        if (attribute.find(at) && (end < 0 || attribute.start() < end)) {
            at = attribute.start();
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
