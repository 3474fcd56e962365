/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.merge.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.EcoreUtil.Copier;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.URIHandlerImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.maillage.core.persistence.ModelFiles;
import org.maillage.merge.Conflicts;
import org.maillage.merge.internal.ModelIndex.Location;
import org.maillage.model.Conflit;
import org.maillage.model.MaillageFactory;
import org.maillage.model.MaillagePackage;

/**
 * The three-way merge of {@link org.maillage.merge.ModelMerge}: the merged model starts as a copy of "ours"; the
 * changes "theirs" made since the base are applied to it feature by feature; where "ours" changed the same thing
 * another way, "ours" stays in place and a {@link Conflit} records the other side.
 * <p>
 * Steps: (1) objects "theirs" added are created; (2) deletions by "theirs" are kept only where "ours" did not
 * change the element or its subtree; (3) each identified object gets its final place (container, feature) and each
 * list of children whose content or order changed is recomputed; (4) attributes, references and contained values
 * are merged; (5) references left pointing at deleted elements are removed. Linear in the size of the models,
 * apart from lists whose order both sides changed.
 */
public final class ThreeWayMerge {

    private final ModelIndex base;
    private final ModelIndex ours;
    private final ModelIndex theirs;
    private final Resource merged;
    private ModelIndex result;
    private final List<Conflit> conflicts = new ArrayList<>();
    /** Keys of objects created from "theirs": every feature is taken from "theirs". */
    private final Set<String> created = new HashSet<>();
    /** Keys deleted by "theirs" and to be removed from the merged model. */
    private final Set<String> deleted = new HashSet<>();
    /** Keys kept in place although "theirs" deleted them (conflicts): their "theirs" location is ignored. */
    private final Set<String> keptDespiteTheirs = new HashSet<>();
    private final Map<String, Location> finalLocations = new HashMap<>();
    private final Set<Location> dirty = new LinkedHashSet<>();
    private final Map<String, Boolean> oursSubtreeChanged = new HashMap<>();
    private final Map<String, Boolean> theirsSubtreeChanged = new HashMap<>();

    /**
     * @param base the common ancestor
     * @param ours our version (its content is copied, never changed)
     * @param theirs their version (read only)
     * @param merged an empty resource that receives the merged roots
     */
    public ThreeWayMerge(Resource base, Resource ours, Resource theirs, Resource merged) {
        this.base = new ModelIndex(base.getContents());
        this.ours = new ModelIndex(ours.getContents());
        this.theirs = new ModelIndex(theirs.getContents());
        this.merged = merged;
    }

    /**
     * Runs the merge once.
     *
     * @return the conflicts, also added to the merged model
     */
    public List<Conflit> run() {
        Copier copier = new Copier();
        Collection<EObject> copies = copier.copyAll(ours.byKey.isEmpty() ? List.of()
                : ours.children(Location.ROOT).stream().map(ours::get).toList());
        copier.copyReferences();
        merged.getContents().addAll(copies);
        result = new ModelIndex(merged.getContents());

        createTheirAdditions();
        decideDeletions();
        placeObjects();
        mergeFeatures();
        if (!deleted.isEmpty()) {
            dropDanglingReferences();
        }
        record();
        return conflicts;
    }

    // --- (1) additions ---------------------------------------------------------------------------------------

    private void createTheirAdditions() {
        for (Map.Entry<String, EObject> entry : theirs.byKey.entrySet()) {
            String key = entry.getKey();
            if (result.get(key) == null && base.get(key) == null) {
                EObject source = entry.getValue();
                EObject copy = EcoreUtil.create(source.eClass());
                EAttribute id = source.eClass().getEIDAttribute();
                if (id != null) {
                    copy.eSet(id, source.eGet(id));
                }
                result.byKey.put(key, copy);
                result.keyOf.put(copy, key);
                created.add(key);
            }
        }
    }

    // --- (2) deletions ----------------------------------------------------------------------------------------

    private void decideDeletions() {
        for (Map.Entry<String, EObject> entry : base.byKey.entrySet()) {
            String key = entry.getKey();
            boolean inOurs = ours.get(key) != null;
            boolean inTheirs = theirs.get(key) != null;
            Location baseLocation = base.location(key);
            if (inOurs && !inTheirs) {
                boolean parentAlsoDeleted = theirs.get(baseLocation.container()) == null
                        && base.get(baseLocation.container()) != null && ours.get(baseLocation.container()) != null;
                if (parentAlsoDeleted && !deleted.contains(baseLocation.container())) {
                    // The parent was kept for a conflict: keep this child with it, one record is enough.
                    keptDespiteTheirs.add(key);
                    continue;
                }
                if (parentAlsoDeleted) {
                    deleted.add(key);
                    continue;
                }
                if (subtreeChanged(ours, key, oursSubtreeChanged)) {
                    keptDespiteTheirs.add(key);
                    EObject kept = result.get(key);
                    conflicts.add(conflict(Conflicts.DELETED_BY_THEM, kept, null, "", Messages.get("value.present"),
                            Messages.get("value.deleted")));
                } else {
                    deleted.add(key);
                }
            } else if (!inOurs && inTheirs) {
                Location theirLocation = theirs.location(key);
                boolean parentDeletedByUs = base.get(baseLocation.container()) != null
                        && ours.get(baseLocation.container()) == null
                        && baseLocation.equals(theirLocation);
                if (!parentDeletedByUs && subtreeChanged(theirs, key, theirsSubtreeChanged)) {
                    EObject theirVersion = theirs.get(key);
                    Conflit conflict = conflict(Conflicts.DELETED_BY_US, theirVersion, null, "",
                            Messages.get("value.deleted"), Messages.get("value.present"));
                    conflict.setContenuSupprime(toXmi(theirVersion));
                    conflict.setValeurBase(theirLocation.container().isEmpty() ? ""
                            : ModelIndex.idOf(theirLocation.container()) + "/" + theirLocation.feature());
                    conflicts.add(conflict);
                }
            }
        }
    }

    /** Whether that version changed the object or anything below it (an addition, a move out, a field). */
    private boolean subtreeChanged(ModelIndex side, String key, Map<String, Boolean> memo) {
        Boolean known = memo.get(key);
        if (known != null) {
            return known;
        }
        EObject object = side.get(key);
        boolean changed = base.get(key) == null || ownChanged(side, key);
        if (!changed) {
            for (EReference containment : object.eClass().getEAllContainments()) {
                if (!MergeFeatures.isIdentityContainment(containment) || !MergeFeatures.isMerged(containment)) {
                    continue;
                }
                for (String child : side.children(new Location(key, containment.getName()))) {
                    if (subtreeChanged(side, child, memo)) {
                        changed = true;
                        break;
                    }
                }
                if (changed) {
                    break;
                }
            }
        }
        memo.put(key, changed);
        return changed;
    }

    private boolean ownChanged(ModelIndex side, String key) {
        EObject before = base.get(key);
        EObject after = side.get(key);
        if (before.eClass() != after.eClass()) {
            return true;
        }
        for (EStructuralFeature feature : MergeFeatures.of(after.eClass())) {
            if (!Objects.equals(MergeFeatures.comparable(base, before, feature),
                    MergeFeatures.comparable(side, after, feature))) {
                return true;
            }
        }
        return false;
    }

    // --- (3) places and order -----------------------------------------------------------------------------------

    private void placeObjects() {
        // Lists of children that "theirs" changed (content or order) are recomputed.
        for (Map.Entry<Location, List<String>> entry : theirs.children.entrySet()) {
            if (!entry.getValue().equals(base.children(entry.getKey()))) {
                dirty.add(entry.getKey());
            }
        }
        for (Map.Entry<String, EObject> entry : result.byKey.entrySet()) {
            String key = entry.getKey();
            Location now = ours.location(key);
            Location target = deleted.contains(key) ? null : finalLocation(key);
            finalLocations.put(key, target);
            if (!Objects.equals(now, target)) {
                if (now != null) {
                    dirty.add(now);
                }
                if (target != null) {
                    dirty.add(target);
                }
            }
        }
        for (Location location : dirty) {
            reorder(location);
        }
        // Objects "theirs" added below an element we deleted have no place: they live in that conflict's record.
        List<String> unplaced = new ArrayList<>();
        for (String key : created) {
            EObject object = result.get(key);
            if (object.eContainer() == null && object.eResource() == null) {
                unplaced.add(key);
            }
        }
        for (String key : unplaced) {
            result.keyOf.remove(result.byKey.remove(key));
            created.remove(key);
        }
    }

    private Location finalLocation(String key) {
        Location b = base.location(key);
        Location o = ours.location(key);
        Location t = keptDespiteTheirs.contains(key) ? null : theirs.location(key);
        Location chosen;
        if (t == null) {
            chosen = o;
        } else if (o == null) {
            chosen = t;
        } else if (Objects.equals(t, b) || Objects.equals(o, t)) {
            chosen = o;
        } else if (Objects.equals(o, b)) {
            chosen = t;
        } else {
            chosen = o;
            conflicts.add(conflict(Conflicts.MOVED, result.get(key), null, describe(b), describe(o), describe(t)));
        }
        if (chosen != null && chosen != o && !chosen.container().isEmpty()
                && (result.get(chosen.container()) == null || deleted.contains(chosen.container()))) {
            chosen = o;
        }
        return chosen;
    }

    private static String describe(Location location) {
        return location == null ? "" : location.container().isEmpty() ? "/"
                : ModelIndex.idOf(location.container()) + "/" + location.feature();
    }

    @SuppressWarnings("unchecked")
    private void reorder(Location location) {
        EList<EObject> list;
        if (location.container().isEmpty()) {
            list = merged.getContents();
        } else {
            EObject container = result.get(location.container());
            if (container == null || deleted.contains(location.container())) {
                return;
            }
            EStructuralFeature feature = container.eClass().getEStructuralFeature(location.feature());
            if (!feature.isMany()) {
                EObject child = null;
                for (Map.Entry<String, Location> entry : finalLocations.entrySet()) {
                    if (location.equals(entry.getValue())) {
                        child = result.get(entry.getKey());
                    }
                }
                if (container.eGet(feature) != child) {
                    container.eSet(feature, child);
                }
                return;
            }
            list = (EList<EObject>) container.eGet(feature);
        }
        List<Object> order = ListMerge.order(base.children(location), ours.children(location),
                theirs.children(location), () -> conflicts.add(orderConflict(location)));
        Set<String> placed = new LinkedHashSet<>();
        for (Object key : order) {
            if (location.equals(finalLocations.get(key))) {
                placed.add((String) key);
            }
        }
        for (Map.Entry<String, Location> entry : finalLocations.entrySet()) {
            if (location.equals(entry.getValue())) {
                placed.add(entry.getKey());
            }
        }
        List<EObject> objects = new ArrayList<>(placed.size());
        for (String key : placed) {
            objects.add(result.get(key));
        }
        if (!list.equals(objects)) {
            ECollections.setEList(list, objects);
        }
    }

    private Conflit orderConflict(Location location) {
        EObject container = result.get(location.container());
        return conflict(Conflicts.ORDER, container, location.feature(),
                ids(base.children(location)), ids(ours.children(location)), ids(theirs.children(location)));
    }

    private static String ids(List<String> keys) {
        return String.join("\n", keys.stream().map(ModelIndex::idOf).toList());
    }

    // --- (4) features ----------------------------------------------------------------------------------------

    private void mergeFeatures() {
        for (Map.Entry<String, EObject> entry : theirs.byKey.entrySet()) {
            String key = entry.getKey();
            EObject target = result.get(key);
            if (target == null || deleted.contains(key)) {
                continue;
            }
            EObject their = entry.getValue();
            EObject before = base.get(key);
            EObject our = ours.get(key);
            boolean fresh = created.contains(key);
            boolean sameClass = target.eClass() == their.eClass();
            for (EStructuralFeature feature : MergeFeatures.of(their.eClass())) {
                if (feature instanceof EReference reference && MergeFeatures.isIdentityContainment(reference)) {
                    continue;
                }
                if (!sameClass && target.eClass().getEAllStructuralFeatures().indexOf(feature) < 0) {
                    continue;
                }
                Object t = MergeFeatures.comparable(theirs, their, feature);
                if (fresh) {
                    if (their.eIsSet(feature)) {
                        apply(target, feature, their, null);
                    }
                    continue;
                }
                Object b = MergeFeatures.comparable(base, before, feature);
                if (Objects.equals(t, b)) {
                    continue;
                }
                Object o = MergeFeatures.comparable(ours, our, feature);
                if (Objects.equals(o, t)) {
                    continue;
                }
                if (Objects.equals(o, b)) {
                    apply(target, feature, their, b);
                } else if (feature.isMany() && !(feature instanceof EReference r && r.isContainment())
                        && b instanceof List<?> bl && o instanceof List<?> ol && t instanceof List<?> tl) {
                    mergeList(target, feature, bl, ol, tl, before, our, their);
                } else {
                    conflicts.add(conflict(Conflicts.VALUE, target, feature.getName(), text(base, before, feature),
                            text(ours, our, feature), text(theirs, their, feature)));
                }
            }
        }
    }

    /** Both sides changed a list: the items each side added or removed, when they do not contradict. */
    private void mergeList(EObject target, EStructuralFeature feature, List<?> b, List<?> o, List<?> t,
            EObject before, EObject our, EObject their) {
        boolean[] conflict = {false};
        List<Object> order = ListMerge.order(b, o, t, () -> conflict[0] = true);
        Set<Object> removed = new HashSet<>(b);
        removed.removeAll(t);
        Set<Object> removedByUs = new HashSet<>(b);
        removedByUs.removeAll(o);
        List<Object> items = new ArrayList<>();
        for (Object item : order) {
            if (!removed.contains(item) && !removedByUs.contains(item)) {
                items.add(item);
            }
        }
        if (conflict[0]) {
            conflicts.add(conflict(Conflicts.VALUE, target, feature.getName(), text(base, before, feature),
                    text(ours, our, feature), text(theirs, their, feature)));
            return;
        }
        if (feature instanceof EAttribute) {
            setMany(target, feature, items);
        } else {
            List<Object> objects = new ArrayList<>();
            for (Object key : items) {
                EObject resolved = result.get((String) key);
                if (resolved != null && !deleted.contains(key)) {
                    objects.add(resolved);
                }
            }
            setMany(target, feature, objects);
        }
    }

    @SuppressWarnings("unchecked")
    private static void setMany(EObject target, EStructuralFeature feature, List<Object> values) {
        EList<Object> list = (EList<Object>) target.eGet(feature);
        if (feature.isUnique()) {
            values = new ArrayList<>(new LinkedHashSet<>(values));
        }
        ECollections.setEList(list, values);
    }

    /** Sets the feature of the merged object to their value, references mapped onto the merged objects. */
    private void apply(EObject target, EStructuralFeature feature, EObject their, Object baseValue) {
        Object value = their.eGet(feature, false);
        if (feature instanceof EAttribute) {
            if (feature.isMany()) {
                setMany(target, feature, new ArrayList<>((Collection<?>) value));
            } else {
                target.eSet(feature, value);
            }
            return;
        }
        EReference reference = (EReference) feature;
        if (reference.isContainment()) {
            RemapCopier copier = new RemapCopier();
            List<EObject> copies = new ArrayList<>();
            for (EObject child : MergeFeatures.asList(value)) {
                copies.add(copier.copy(child));
            }
            copier.copyReferences();
            if (reference.isMany()) {
                ECollections.setEList(castList(target.eGet(reference)), copies);
            } else {
                target.eSet(reference, copies.isEmpty() ? null : copies.get(0));
            }
            return;
        }
        List<EObject> targets = new ArrayList<>();
        for (EObject referenced : MergeFeatures.asList(value)) {
            String key = theirs.key(referenced);
            if (key == null) {
                // Not an object of the model (e.g. a metamodel class): the same object in every version.
                targets.add(referenced);
                continue;
            }
            EObject mapped = result.get(key);
            if (mapped == null || deleted.contains(key)) {
                // Their reference to an element we deleted: keep ours, say so.
                conflicts.add(conflict(Conflicts.REFERENCE, target, feature.getName(),
                        baseValue == null ? "" : String.valueOf(baseValue), "",
                        key == null ? "" : ModelIndex.idOf(key)));
                continue;
            }
            targets.add(mapped);
        }
        if (reference.isMany()) {
            setMany(target, reference, new ArrayList<>(targets));
        } else if (targets.size() == 1 || value == null) {
            target.eSet(reference, value == null ? null : targets.get(0));
        }
    }

    @SuppressWarnings("unchecked")
    private static EList<EObject> castList(Object value) {
        return (EList<EObject>) value;
    }

    /** Copies their contained values; their references to identified objects go to the merged ones. */
    private final class RemapCopier extends Copier {
        private static final long serialVersionUID = 1L;

        RemapCopier() {
            super(true, false);
        }

        @Override
        public EObject get(Object key) {
            EObject copy = super.get(key);
            if (copy == null && key instanceof EObject object) {
                String k = theirs.key(object);
                if (k != null && !deleted.contains(k)) {
                    return result.get(k);
                }
            }
            return copy;
        }
    }

    // --- (5) references to deleted elements --------------------------------------------------------------------

    @SuppressWarnings("unchecked")
    private void dropDanglingReferences() {
        for (var contents = EcoreUtil.<EObject>getAllProperContents(merged, false); contents.hasNext();) {
            EObject object = contents.next();
            for (EReference reference : object.eClass().getEAllReferences()) {
                if (reference.isContainment() || reference.isContainer() || !MergeFeatures.isMerged(reference)
                        || !object.eIsSet(reference)) {
                    continue;
                }
                if (reference.isMany()) {
                    EList<EObject> targets = (EList<EObject>) object.eGet(reference, false);
                    for (int i = targets.size() - 1; i >= 0; i--) {
                        if (isDeleted(targets.get(i))) {
                            dangling(object, reference, targets.get(i));
                            targets.remove(i);
                        }
                    }
                } else if (isDeleted((EObject) object.eGet(reference, false))) {
                    dangling(object, reference, (EObject) object.eGet(reference, false));
                    object.eUnset(reference);
                }
            }
        }
    }

    private boolean isDeleted(EObject target) {
        // Only objects of the model: a reference to a metamodel class (in Ecore's resource) is not dangling.
        return target != null && !target.eIsProxy() && result.key(target) != null && target.eResource() != merged;
    }

    private void dangling(EObject object, EReference reference, EObject target) {
        String key = result.key(target);
        // "Ours" pointed at an element "theirs" deleted: the deletion wins, the lost link is recorded.
        conflicts.add(conflict(Conflicts.REFERENCE, object, reference.getName(), "",
                key == null ? "" : ModelIndex.idOf(key), ""));
    }

    // --- records -----------------------------------------------------------------------------------------------

    private Conflit conflict(String kind, EObject element, String feature, String before, String our,
            String their) {
        Conflit conflict = MaillageFactory.eINSTANCE.createConflit();
        conflict.setNature(kind);
        if (element != null) {
            conflict.setElementUuid(EcoreUtil.getID(element));
            conflict.setElementType(element.eClass().getName());
            EStructuralFeature name = element.eClass().getEStructuralFeature("nom");
            if (name == null) {
                name = element.eClass().getEStructuralFeature("label");
            }
            if (name == null) {
                name = element.eClass().getEStructuralFeature("name");
            }
            Object value = name == null ? null : element.eGet(name);
            conflict.setElementNom(value == null ? "" : value.toString());
        }
        conflict.setAttribut(feature == null ? "" : feature);
        conflict.setValeurBase(before);
        conflict.setValeurNous(our);
        conflict.setValeurEux(their);
        return conflict;
    }

    /** A feature's value as text: attribute values as EMF writes them, references by id, one item a line. */
    static String text(ModelIndex index, EObject object, EStructuralFeature feature) {
        if (object == null) {
            return "";
        }
        Object value = object.eGet(feature, false);
        List<String> items = new ArrayList<>();
        if (feature instanceof EAttribute attribute) {
            for (Object item : feature.isMany() ? (Collection<?>) value : java.util.Collections.singletonList(value)) {
                String converted = item == null ? null
                        : EcoreUtil.convertToString(attribute.getEAttributeType(), item);
                items.add(converted == null ? "" : converted);
            }
        } else if (((EReference) feature).isContainment()) {
            for (EObject child : MergeFeatures.asList(value)) {
                items.add(MergeFeatures.canonical(index, child));
            }
        } else {
            for (EObject target : MergeFeatures.asList(value)) {
                String key = index.key(target);
                items.add(key == null ? "" : ModelIndex.idOf(key));
            }
        }
        return String.join("\n", items);
    }

    private void record() {
        if (conflicts.isEmpty()) {
            return;
        }
        EObject root = merged.getContents().isEmpty() ? null : merged.getContents().get(0);
        EStructuralFeature feature = root == null ? null : root.eClass().getEStructuralFeature("conflits");
        if (feature instanceof EReference reference && reference.isMany()
                && reference.getEReferenceType() == MaillagePackage.Literals.CONFLIT) {
            castList(root.eGet(reference)).addAll(conflicts);
        } else {
            // A diagram file has no place for them in its metamodel: they are extra roots, which readers of
            // diagrams skip (they look for Diagram roots).
            merged.getContents().addAll(conflicts);
        }
    }

    /** Their version of an element, as XMI text; references outside it are written as the target's id. */
    private String toXmi(EObject element) {
        XMIResourceImpl holder = new XMIResourceImpl(URI.createURI("conflit.xmi"));
        Copier copier = new Copier();
        EObject copy = copier.copy(element);
        copier.copyReferences();
        holder.getContents().add(copy);
        Map<Object, Object> options = new LinkedHashMap<>(ModelFiles.saveOptions());
        options.put(XMLResource.OPTION_URI_HANDLER, new URIHandlerImpl() {
            @Override
            public URI deresolve(URI uri) {
                return URI.createURI("#" + uri.fragment());
            }
        });
        for (var contents = holder.getAllContents(); contents.hasNext();) {
            EObject object = contents.next();
            String id = EcoreUtil.getID(object);
            if (id != null) {
                holder.setID(object, id);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            holder.save(out, options);
        } catch (IOException e) {
            return "";
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
