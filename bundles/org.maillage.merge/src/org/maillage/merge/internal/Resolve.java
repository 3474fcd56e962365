/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.merge.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.change.ChangeDescription;
import org.eclipse.emf.ecore.change.util.ChangeRecorder;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.maillage.core.persistence.ModelFiles;
import org.maillage.core.persistence.SealedResourceSet;
import org.maillage.merge.Conflicts;
import org.maillage.merge.Conflicts.Resolution;
import org.maillage.model.Conflit;
import org.maillage.model.MaillagePackage;
import org.maillage.viewpoint.model.description.DescriptionPackage;
import org.maillage.viewpoint.model.diagram.DiagramPackage;

/**
 * {@link Conflicts#resolve}: applies the chosen side and removes the record; undone by replaying the recorded
 * changes backwards, so that undo restores exactly what was there (record included).
 */
public final class Resolve extends AbstractCommand {

    private final Conflit conflict;
    private final Resolution resolution;
    private ChangeDescription changes;

    /**
     * @param conflict the record, contained in a merged model
     * @param resolution what to keep
     */
    public Resolve(Conflit conflict, Resolution resolution) {
        super(Messages.get("resolve.label"));
        this.conflict = conflict;
        this.resolution = resolution;
    }

    @Override
    protected boolean prepare() {
        if (scope() == null) {
            return false;
        }
        if (resolution == Resolution.KEEP_OURS) {
            return true;
        }
        EObject element = element();
        String kind = conflict.getNature();
        if (Conflicts.DELETED_BY_US.equals(kind)) {
            return conflict.getContenuSupprime() != null && !conflict.getContenuSupprime().isEmpty();
        }
        if (element == null) {
            return false;
        }
        if (Conflicts.DELETED_BY_THEM.equals(kind)) {
            return true;
        }
        EStructuralFeature feature = element.eClass().getEStructuralFeature(conflict.getAttribut());
        if (Conflicts.MOVED.equals(kind)) {
            return resolution == Resolution.KEEP_THEIRS && place(conflict.getValeurEux()) != null;
        }
        if (feature == null) {
            return false;
        }
        if (Conflicts.ORDER.equals(kind)) {
            return resolution == Resolution.KEEP_THEIRS && feature.isMany();
        }
        if (feature instanceof EReference reference && reference.isContainment()) {
            return false;
        }
        if (resolution == Resolution.KEEP_BOTH) {
            return feature.isMany() || feature.getEType().getInstanceClass() == String.class;
        }
        return !(feature instanceof EReference) || lines(conflict.getValeurEux()).stream()
                .allMatch(id -> find(id) != null);
    }

    @Override
    public void execute() {
        ChangeRecorder recorder = new ChangeRecorder(List.of(scope()));
        try {
            apply();
        } finally {
            changes = recorder.endRecording();
            recorder.dispose();
        }
    }

    @Override
    public void undo() {
        changes.applyAndReverse();
    }

    @Override
    public void redo() {
        changes.applyAndReverse();
    }

    private Notifier scope() {
        Resource resource = conflict.eResource();
        if (resource != null) {
            return resource;
        }
        return conflict.eContainer() == null ? null : EcoreUtil.getRootContainer(conflict);
    }

    @SuppressWarnings("unchecked")
    private void apply() {
        String kind = conflict.getNature();
        if (resolution != Resolution.KEEP_OURS) {
            EObject element = element();
            if (Conflicts.DELETED_BY_US.equals(kind)) {
                restore();
            } else if (Conflicts.DELETED_BY_THEM.equals(kind)) {
                if (resolution == Resolution.KEEP_THEIRS) {
                    EcoreUtil.delete(element, true);
                }
            } else if (Conflicts.MOVED.equals(kind)) {
                put(place(conflict.getValeurEux()), element);
            } else {
                EStructuralFeature feature = element.eClass().getEStructuralFeature(conflict.getAttribut());
                if (Conflicts.ORDER.equals(kind)) {
                    EList<EObject> list = (EList<EObject>) element.eGet(feature);
                    List<EObject> order = new ArrayList<>();
                    for (String id : lines(conflict.getValeurEux())) {
                        EObject item = find(id);
                        if (item != null && list.contains(item)) {
                            order.add(item);
                        }
                    }
                    LinkedHashSet<EObject> all = new LinkedHashSet<>(order);
                    all.addAll(list);
                    ECollections.setEList(list, new ArrayList<>(all));
                } else {
                    setValue(element, feature);
                }
            }
        }
        EcoreUtil.remove(conflict);
    }

    @SuppressWarnings("unchecked")
    private void setValue(EObject element, EStructuralFeature feature) {
        List<Object> theirs = values(feature, conflict.getValeurEux());
        if (feature.isMany()) {
            EList<Object> list = (EList<Object>) element.eGet(feature);
            List<Object> values = new ArrayList<>();
            if (resolution == Resolution.KEEP_BOTH) {
                values.addAll(list);
            }
            values.addAll(theirs);
            ECollections.setEList(list, feature.isUnique() ? new ArrayList<>(new LinkedHashSet<>(values)) : values);
        } else if (resolution == Resolution.KEEP_BOTH) {
            Object ours = element.eGet(feature);
            String their = conflict.getValeurEux() == null ? "" : conflict.getValeurEux();
            element.eSet(feature, ours == null || ours.toString().isEmpty() ? their
                    : their.isEmpty() ? ours : ours + " / " + their);
        } else {
            element.eSet(feature, theirs.isEmpty() ? null : theirs.get(0));
        }
    }

    private List<Object> values(EStructuralFeature feature, String text) {
        List<Object> values = new ArrayList<>();
        if (feature instanceof EAttribute attribute) {
            List<String> items = feature.isMany() ? lines(text) : List.of(text == null ? "" : text);
            for (String item : items) {
                boolean string = attribute.getEAttributeType().getInstanceClass() == String.class;
                values.add(item.isEmpty() && !string ? null
                        : EcoreUtil.createFromString(attribute.getEAttributeType(), item));
            }
            if (!feature.isMany() && values.size() == 1 && values.get(0) == null) {
                values.clear();
            }
        } else {
            for (String id : lines(text)) {
                EObject target = find(id);
                if (target != null) {
                    values.add(target);
                }
            }
        }
        return values;
    }

    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split("\n"));
    }

    /** The place a merge wrote as {@code CONTAINER_ID/feature}, or {@code /} for the roots. */
    private Place place(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        if ("/".equals(text) || !text.contains("/")) {
            return conflict.eResource() == null ? null : new Place(null, null);
        }
        int slash = text.lastIndexOf('/');
        EObject container = find(text.substring(0, slash));
        EStructuralFeature feature = container == null ? null
                : container.eClass().getEStructuralFeature(text.substring(slash + 1));
        return feature instanceof EReference reference && reference.isContainment()
                ? new Place(container, reference) : null;
    }

    private record Place(EObject container, EReference feature) {
    }

    @SuppressWarnings("unchecked")
    private void put(Place place, EObject element) {
        if (place.container() == null) {
            conflict.eResource().getContents().add(element);
        } else if (place.feature().isMany()) {
            ((EList<EObject>) place.container().eGet(place.feature())).add(element);
        } else {
            place.container().eSet(place.feature(), element);
        }
    }

    /** Puts their version of the element back where they have it, references mapped onto this model by id. */
    private void restore() {
        XMIResourceImpl holder = new XMIResourceImpl(URI.createURI("conflit.xmi"));
        new SealedResourceSet(MaillagePackage.eINSTANCE, DiagramPackage.eINSTANCE,
                DescriptionPackage.eINSTANCE).getResources().add(holder);
        try {
            holder.load(new ByteArrayInputStream(conflict.getContenuSupprime().getBytes(StandardCharsets.UTF_8)),
                    ModelFiles.loadOptions());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        if (holder.getContents().isEmpty()) {
            return;
        }
        EObject element = holder.getContents().get(0);
        for (TreeIterator<EObject> it = EcoreUtil.getAllContents(List.of(element)); it.hasNext();) {
            relink(it.next());
        }
        Place place = place(conflict.getValeurBase());
        put(place == null ? new Place(null, null) : place, element);
    }

    @SuppressWarnings("unchecked")
    private void relink(EObject object) {
        for (EReference reference : object.eClass().getEAllReferences()) {
            if (reference.isContainment() || reference.isContainer() || reference.isDerived()
                    || !reference.isChangeable() || !object.eIsSet(reference)) {
                continue;
            }
            if (reference.isMany()) {
                EList<EObject> targets = (EList<EObject>) object.eGet(reference, false);
                for (int i = targets.size() - 1; i >= 0; i--) {
                    EObject target = targets.get(i);
                    if (target.eIsProxy()) {
                        EObject found = find(((org.eclipse.emf.ecore.InternalEObject) target).eProxyURI().fragment());
                        if (found == null) {
                            targets.remove(i);
                        } else {
                            targets.set(i, found);
                        }
                    }
                }
            } else {
                EObject target = (EObject) object.eGet(reference, false);
                if (target != null && target.eIsProxy()) {
                    object.eSet(reference,
                            find(((org.eclipse.emf.ecore.InternalEObject) target).eProxyURI().fragment()));
                }
            }
        }
    }

    private EObject element() {
        return find(conflict.getElementUuid());
    }

    /** The object of that id in the conflict's model (conflict records excluded), or {@code null}. */
    private EObject find(String id) {
        if (id == null || id.isEmpty()) {
            return null;
        }
        Notifier scope = scope();
        TreeIterator<?> it = scope instanceof Resource resource ? resource.getAllContents()
                : ((EObject) scope).eAllContents();
        while (it.hasNext()) {
            Object next = it.next();
            if (next instanceof Conflit) {
                it.prune();
            } else if (next instanceof EObject object && id.equals(EcoreUtil.getID(object))) {
                return object;
            }
        }
        return null;
    }
}
