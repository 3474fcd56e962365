/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.merge.tests;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EStructuralFeature.Setting;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.maillage.model.Element;
import org.maillage.model.MaillagePackage;

/**
 * Random edits of a roadmap, described by uuids so that the same edits can be replayed on another copy: set an
 * attribute, add an element, delete an element (and the links to it), move an element to another container. Each
 * edit says which (element, feature) pairs it touches ("*" for all of an element's features), so that two sets of
 * edits can be drawn disjoint.
 */
final class RandomEdits {

    /** One edit, replayable on any copy of the base. */
    interface Edit {
        void apply(Resource resource);

        Set<String> touched();
    }

    private final Random random;
    private final Resource base;
    private final List<Element> elements = new ArrayList<>();
    private int created;

    RandomEdits(long seed, Resource base) {
        this.random = new Random(seed);
        this.base = base;
        base.getAllContents().forEachRemaining(o -> {
            if (o instanceof Element element && element.eContainer() != null) {
                elements.add(element);
            }
        });
    }

    /**
     * @param count how many edits
     * @param forbidden pairs the edits may not touch (those of the other side); the edits' own are added
     * @return the edits
     */
    List<Edit> draw(int count, Set<String> forbidden) {
        List<Edit> edits = new ArrayList<>();
        int attempts = 0;
        while (edits.size() < count && attempts++ < count * 50) {
            Edit edit = switch (random.nextInt(4)) {
                case 0 -> setAttribute();
                case 1 -> add();
                case 2 -> delete();
                default -> move();
            };
            if (edit == null || intersects(edit.touched(), forbidden)) {
                continue;
            }
            forbidden.addAll(edit.touched());
            edits.add(edit);
        }
        return edits;
    }

    private static boolean intersects(Set<String> touched, Set<String> forbidden) {
        for (String pair : touched) {
            String element = pair.substring(0, pair.indexOf('|'));
            if (forbidden.contains(pair) || forbidden.contains(element + "|*")) {
                return true;
            }
            if (pair.endsWith("|*")) {
                for (String other : forbidden) {
                    if (other.startsWith(element + "|")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private Element pick() {
        return elements.get(random.nextInt(elements.size()));
    }

    private Edit setAttribute() {
        Element element = pick();
        List<EAttribute> attributes = new ArrayList<>();
        for (EAttribute attribute : element.eClass().getEAllAttributes()) {
            Class<?> type = attribute.getEAttributeType().getInstanceClass();
            if (!attribute.isMany() && attribute.isChangeable() && !attribute.isDerived() && !attribute.isTransient()
                    && !attribute.isID() && (type == String.class || type == int.class || type == boolean.class)) {
                attributes.add(attribute);
            }
        }
        EAttribute attribute = attributes.get(random.nextInt(attributes.size()));
        Class<?> type = attribute.getEAttributeType().getInstanceClass();
        Object value = type == String.class ? "valeur " + random.nextInt(1_000_000)
                : type == int.class ? random.nextInt(10_000) : !((Boolean) element.eGet(attribute));
        String uuid = element.getUuid();
        String name = attribute.getName();
        return new Edit() {
            @Override
            public void apply(Resource resource) {
                EObject target = resource.getEObject(uuid);
                target.eSet(target.eClass().getEStructuralFeature(name), value);
            }

            @Override
            public Set<String> touched() {
                return Set.of(uuid + "|" + name);
            }

            @Override
            public String toString() {
                return "set " + uuid + "." + name + " = " + value;
            }
        };
    }

    private Edit add() {
        Element parent = pick();
        List<EReference> containments = new ArrayList<>();
        for (EReference reference : parent.eClass().getEAllContainments()) {
            if (reference.isMany() && reference.isChangeable() && !reference.isDerived()
                    && Element.class.isAssignableFrom(reference.getEReferenceType().getInstanceClass())
                    && concrete(reference.getEReferenceType()) != null) {
                containments.add(reference);
            }
        }
        if (containments.isEmpty()) {
            return null;
        }
        EReference containment = containments.get(random.nextInt(containments.size()));
        EClass eClass = concrete(containment.getEReferenceType());
        String parentUuid = parent.getUuid();
        String uuid = "ajout-" + random.nextLong() + "-" + created++;
        String name = "Nouveau " + uuid;
        return new Edit() {
            @Override
            @SuppressWarnings("unchecked")
            public void apply(Resource resource) {
                EObject target = resource.getEObject(parentUuid);
                Element child = (Element) EcoreUtil.create(eClass);
                child.setUuid(uuid);
                child.setNom(name);
                ((EList<EObject>) target.eGet(target.eClass().getEStructuralFeature(containment.getName())))
                        .add(child);
            }

            @Override
            public Set<String> touched() {
                return Set.of(parentUuid + "|" + containment.getName(), uuid + "|*");
            }

            @Override
            public String toString() {
                return "add " + uuid + " to " + parentUuid + "." + containment.getName();
            }
        };
    }

    private Edit delete() {
        Element element = pick();
        String uuid = element.getUuid();
        Set<String> touched = new HashSet<>();
        touched.add(element.eContainer() instanceof Element parent
                ? parent.getUuid() + "|" + element.eContainmentFeature().getName() : "root|*");
        List<EObject> subtree = new ArrayList<>();
        subtree.add(element);
        element.eAllContents().forEachRemaining(subtree::add);
        Map<EObject, Collection<Setting>> usages = EcoreUtil.UsageCrossReferencer.findAll(subtree, base);
        for (EObject o : subtree) {
            if (o instanceof Element e) {
                touched.add(e.getUuid() + "|*");
            }
        }
        for (Collection<Setting> settings : usages.values()) {
            for (Setting setting : settings) {
                if (setting.getEObject() instanceof Element user) {
                    touched.add(user.getUuid() + "|" + setting.getEStructuralFeature().getName());
                }
            }
        }
        return new Edit() {
            @Override
            public void apply(Resource resource) {
                EcoreUtil.delete(resource.getEObject(uuid), true);
            }

            @Override
            public Set<String> touched() {
                return touched;
            }

            @Override
            public String toString() {
                return "delete " + uuid;
            }
        };
    }

    private Edit move() {
        Element element = pick();
        EReference from = element.eContainmentFeature();
        if (!(element.eContainer() instanceof Element oldParent) || !from.isMany()) {
            return null;
        }
        for (int attempt = 0; attempt < 20; attempt++) {
            Element newParent = pick();
            if (newParent == oldParent || EcoreUtil.isAncestor(element, newParent)) {
                continue;
            }
            for (EReference containment : newParent.eClass().getEAllContainments()) {
                if (containment.isMany() && containment.getEReferenceType().isSuperTypeOf(element.eClass())
                        && !containment.isDerived()) {
                    String uuid = element.getUuid();
                    String parentUuid = newParent.getUuid();
                    String featureName = containment.getName();
                    Set<String> touched = Set.of(uuid + "|*", parentUuid + "|" + featureName,
                            oldParent.getUuid() + "|" + from.getName());
                    return new Edit() {
                        @Override
                        @SuppressWarnings("unchecked")
                        public void apply(Resource resource) {
                            EObject target = resource.getEObject(parentUuid);
                            ((EList<EObject>) target.eGet(target.eClass().getEStructuralFeature(featureName)))
                                    .add(resource.getEObject(uuid));
                        }

                        @Override
                        public Set<String> touched() {
                            return touched;
                        }

                        @Override
                        public String toString() {
                            return "move " + uuid + " to " + parentUuid + "." + featureName;
                        }
                    };
                }
            }
        }
        return null;
    }

    private static EClass concrete(EClass type) {
        if (!type.isAbstract() && !type.isInterface()) {
            return type;
        }
        return concreteIn(MaillagePackage.eINSTANCE, type);
    }

    private static EClass concreteIn(EPackage ePackage, EClass type) {
        for (EClassifier classifier : ePackage.getEClassifiers()) {
            if (classifier instanceof EClass eClass && !eClass.isAbstract() && type.isSuperTypeOf(eClass)
                    && eClass != MaillagePackage.Literals.MODELE_MAILLAGE) {
                return eClass;
            }
        }
        for (EPackage sub : ePackage.getESubpackages()) {
            EClass found = concreteIn(sub, type);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** @return the pair a structural feature of an element is known by */
    static String pair(Element element, EStructuralFeature feature) {
        return element.getUuid() + "|" + feature.getName();
    }
}
