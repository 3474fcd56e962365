/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.maillage.model.scheme.SchemeType;
import org.maillage.model.scheme.SchemeTypes;
import org.maillage.viewpoint.ExpressionDiagnostic;
import org.maillage.viewpoint.RefreshResult;
import org.maillage.viewpoint.internal.expressions.Dependencies;
import org.maillage.viewpoint.internal.expressions.ExpressionEngine;
import org.maillage.viewpoint.internal.expressions.ExpressionException;
import org.maillage.viewpoint.internal.expressions.ModelIndex;
import org.maillage.viewpoint.model.description.AbstractNodeMapping;
import org.maillage.viewpoint.model.description.ConditionalStyle;
import org.maillage.viewpoint.model.description.ContainerMapping;
import org.maillage.viewpoint.model.description.DescriptionPackage;
import org.maillage.viewpoint.model.description.DiagramDescription;
import org.maillage.viewpoint.model.description.DiagramElementMapping;
import org.maillage.viewpoint.model.description.EdgeMapping;
import org.maillage.viewpoint.model.description.Filter;
import org.maillage.viewpoint.model.description.IdentifiedElement;
import org.maillage.viewpoint.model.description.Layer;
import org.maillage.viewpoint.model.description.NodeMapping;
import org.maillage.viewpoint.model.diagram.DContainer;
import org.maillage.viewpoint.model.diagram.DDiagramElement;
import org.maillage.viewpoint.model.diagram.DEdge;
import org.maillage.viewpoint.model.diagram.DNode;
import org.maillage.viewpoint.model.diagram.Diagram;
import org.maillage.viewpoint.model.diagram.DiagramFactory;
import org.maillage.viewpoint.model.diagram.DiagramPackage;
import org.maillage.viewpoint.model.diagram.EdgeStyle;
import org.maillage.viewpoint.model.diagram.NodeStyle;
import org.maillage.viewpoint.model.diagram.Style;
import org.maillage.viewpoint.render.Icons;
import org.maillage.viewpoint.render.TextMetrics;

/**
 * Computes a representation from a description and a semantic model (the Sirius "refresh").
 * <p>
 * Elements are identified by mapping id, semantic uuid and (for children and edges) their parent or ends, so
 * that a refresh finds the node the user moved and keeps it. Every evaluated result is cached with the semantic
 * objects it read ({@link Dependencies}); an incremental refresh reuses the results that none of the changed
 * objects can affect and evaluates only the others. The walk over the description itself is cheap; the
 * expressions are what costs.
 * <p>
 * The fields here live as long as the diagram (caches, reverse dependency maps, applied states); what one refresh
 * finds, creates and reports lives in a {@link RefreshRun}, made anew by each {@link #refresh}.
 */
public final class DiagramInterpreter {

    private static final String SELF = "self";
    private static final String ROOT = "root";

    private final ExpressionEngine engine;
    private final DiagramDescription description;
    private final Diagram diagram;
    private final EObject target;
    private final Map<String, EClass> classesByName = new HashMap<>();

    /** Each conditional style laid over its mapping's style, computed once. */
    private final Map<ConditionalStyle, Style> overlaid = new HashMap<>();
    private final Map<DiagramElementMapping, Style> defaults = new HashMap<>();
    /** Each description style that names an icon, with the icon resolved (or removed when refused). */
    private final Map<Style, IconStyle> iconStyles = new IdentityHashMap<>();
    private Map<String, Cached<List<EObject>>> candidates = new HashMap<>();
    private Map<String, Cached<ElementState>> states = new HashMap<>();
    /** The state last applied to each element: an element whose state was reused needs no update. */
    private final Map<DDiagramElement, ElementState> applied = new IdentityHashMap<>();
    /** For the quick path: which cached results read each semantic object, and which elements use each state. */
    private Map<EObject, Set<String>> stateDependents;
    private Map<EObject, Set<String>> candidateDependents;
    private Map<String, List<DDiagramElement>> elementsByState = new HashMap<>();
    /**
     * The filters in force at the last walk: the quick path recomputes states with them, as the walk that cached
     * those states did (a change of filters goes through the walk).
     */
    private List<Filter> activeFilters;
    /** The state of the refresh in progress (or of the last one): see {@link RefreshRun}. */
    private RefreshRun run;

    /**
     * @param engine the expression engine
     * @param description what to draw
     * @param diagram the representation to fill (empty or from a previous session)
     * @param target the semantic element the diagram shows
     */
    public DiagramInterpreter(ExpressionEngine engine, DiagramDescription description, Diagram diagram,
            EObject target) {
        this.engine = engine;
        this.description = description;
        this.diagram = diagram;
        this.target = target;
        EPackage root = target.eClass().getEPackage();
        while (root.getESuperPackage() != null) {
            root = root.getESuperPackage();
        }
        indexClasses(root);
        // Plug-in kinds of dispositif live in the roadmap too: their classes may be named by the tools.
        for (SchemeType type : SchemeTypes.running().list()) {
            EPackage ePackage = type.eClass().getEPackage();
            while (ePackage.getESuperPackage() != null) {
                ePackage = ePackage.getESuperPackage();
            }
            if (ePackage != root) {
                indexClasses(ePackage);
            }
        }
    }

    /** @return the semantic element the diagram shows */
    public EObject target() {
        return target;
    }

    /** @return the diagram description */
    public DiagramDescription description() {
        return description;
    }

    /**
     * Refreshes the diagram.
     *
     * @param changedObjects semantic objects a model change touched, or {@code null} for a full refresh
     * @param structuralChange whether the change added, removed or re-pointed references (as opposed to
     *        attribute values only)
     * @return what changed
     */
    public RefreshResult refresh(Set<EObject> changedObjects, boolean structuralChange) {
        boolean full = changedObjects == null;
        if (full) {
            candidates = new HashMap<>();
            states = new HashMap<>();
        }
        run = new RefreshRun(full ? Set.of() : changedObjects, structuralChange, new ModelIndex(target));
        if (!full && !structuralChange && refreshInPlace()) {
            return new RefreshResult(false, run.recomputed, List.of(), 0, List.copyOf(run.changed),
                    List.copyOf(run.diagnostics.values()));
        }
        // The quick path gave up: what it counted and reported is done again by the walk.
        run.startWalk();
        elementsByState = new HashMap<>();
        indexExisting(diagram.getNodes());
        for (DEdge edge : diagram.getEdges()) {
            run.existing.put(edge.getId(), edge);
        }
        activeFilters = description.getFilters().stream()
                .filter(f -> diagram.getActivatedFilters().contains(f.getId())).toList();

        List<Layer> layers = activeLayers();
        for (Layer layer : layers) {
            run.grafted.addAll(layer.getContainerMappings().stream().filter(m -> !m.getParentMappings().isEmpty())
                    .toList());
            run.grafted.addAll(layer.getNodeMappings().stream().filter(m -> !m.getParentMappings().isEmpty()).toList());
        }
        for (Layer layer : layers) {
            for (ContainerMapping mapping : layer.getContainerMappings()) {
                if (mapping.getParentMappings().isEmpty()) {
                    nodes(mapping, target, null, "");
                }
            }
            for (NodeMapping mapping : layer.getNodeMappings()) {
                if (mapping.getParentMappings().isEmpty()) {
                    nodes(mapping, target, null, "");
                }
            }
        }
        for (Layer layer : layers) {
            for (EdgeMapping mapping : layer.getEdgeMappings()) {
                edges(mapping);
            }
        }
        int removed = removeStale();
        candidates = run.nextCandidates;
        states = run.nextStates;
        // Built on the first quick refresh that needs them: a diagram refreshed only by walks never pays for them.
        stateDependents = null;
        candidateDependents = null;
        return new RefreshResult(full, run.recomputed, List.copyOf(run.created), removed, List.copyOf(run.changed),
                List.copyOf(run.diagnostics.values()));
    }

    /**
     * The quick path for a change of attribute values: re-evaluates only the cached results that read a touched
     * object (found through the reverse dependency maps, without walking the diagram) and updates the elements
     * that use them. Gives up, before changing anything, when the change would add or remove an element (a
     * candidate list or a visibility changes): the walk then does the work.
     *
     * @return whether the diagram is up to date
     */
    private boolean refreshInPlace() {
        if (states.isEmpty()) {
            return false;
        }
        if (stateDependents == null) {
            stateDependents = dependents(states);
            candidateDependents = dependents(candidates);
        }
        Set<String> candidateKeys = keysReading(candidateDependents);
        Map<String, Cached<List<EObject>>> freshCandidates = new HashMap<>();
        for (String key : candidateKeys) {
            Cached<List<EObject>> old = candidates.get(key);
            Cached<List<EObject>> fresh = old.recompute().get();
            if (!fresh.value().equals(old.value())) {
                return false;
            }
            freshCandidates.put(key, fresh);
        }
        Map<String, Cached<ElementState>> freshStates = new LinkedHashMap<>();
        for (String key : keysReading(stateDependents)) {
            Cached<ElementState> old = states.get(key);
            Cached<ElementState> fresh = old.recompute().get();
            run.recomputed++;
            if (fresh.value().visible() != old.value().visible()) {
                return false;
            }
            freshStates.put(key, fresh);
        }
        freshCandidates.forEach((key, fresh) -> {
            candidates.put(key, fresh);
            register(candidateDependents, key, fresh.dependencies());
        });
        freshStates.forEach((key, fresh) -> {
            states.put(key, fresh);
            register(stateDependents, key, fresh.dependencies());
            for (DDiagramElement element : elementsByState.getOrDefault(key, List.of())) {
                if (element instanceof DNode node ? apply(node, fresh.value()) : apply(element, fresh.value())) {
                    run.changed.add(element);
                }
                applied.put(element, fresh.value());
            }
        });
        return true;
    }

    /** @return the keys of the cached results that read one of the touched objects */
    private Set<String> keysReading(Map<EObject, Set<String>> dependents) {
        Set<String> keys = new LinkedHashSet<>();
        for (EObject object : run.touched) {
            keys.addAll(dependents.getOrDefault(object, Set.of()));
        }
        return keys;
    }

    private static <T> Map<EObject, Set<String>> dependents(Map<String, Cached<T>> cache) {
        Map<EObject, Set<String>> result = new HashMap<>();
        cache.forEach((key, cached) -> register(result, key, cached.dependencies()));
        return result;
    }

    /**
     * Records that {@code key} reads each object of {@code dependencies}. A set per object: a result recomputed by
     * each edit of the same object registers again, and a list would grow with every edit (each later refresh
     * slower than the one before). Objects an earlier computation read and the new one does not stay registered:
     * at worst the key is recomputed once more for nothing.
     */
    private static void register(Map<EObject, Set<String>> dependents, String key, Dependencies dependencies) {
        dependencies.forEachObject(o -> dependents.computeIfAbsent(o, k -> new LinkedHashSet<>(4)).add(key));
    }

    /**
     * @return how many (object, cached result) pairs the quick path's reverse dependency maps hold; 0 before the
     *         first quick refresh (tests: repeated edits must not make them grow)
     */
    public int dependencyRegistrations() {
        int count = 0;
        for (Map<EObject, Set<String>> map : Arrays.asList(stateDependents, candidateDependents)) {
            if (map != null) {
                for (Set<String> keys : map.values()) {
                    count += keys.size();
                }
            }
        }
        return count;
    }

    /** @return the layers in force: the first (default) one and the optional ones the diagram activates */
    public List<Layer> activeLayers() {
        List<Layer> result = new ArrayList<>();
        EList<Layer> all = description.getLayers();
        for (int i = 0; i < all.size(); i++) {
            if (i == 0 || diagram.getActivatedLayers().contains(all.get(i).getId())) {
                result.add(all.get(i));
            }
        }
        return result;
    }

    // ---------------------------------------------------------------- nodes

    private void nodes(AbstractNodeMapping mapping, EObject context, DContainer parent, String parentId) {
        for (EObject semantic : candidates(mapping, context, parentId)) {
            String id = parentId + mapping.getId() + ':' + uuid(semantic);
            ElementState state = state(id, mapping, semantic);
            if (!state.visible) {
                continue;
            }
            DNode node = (DNode) run.existing.get(id);
            if (node == null || node.eContainer() != (parent == null ? diagram : parent)) {
                node = mapping instanceof ContainerMapping ? DiagramFactory.eINSTANCE.createDContainer()
                        : DiagramFactory.eINSTANCE.createDNode();
                node.setId(id);
                node.setMappingId(mapping.getId());
                node.setSemanticElement(uuid(semantic));
                apply(node, state);
                if (parent == null) {
                    diagram.getNodes().add(node);
                } else {
                    parent.getChildren().add(node);
                }
                run.created.add(node);
            } else if (applied.get(node) != state && apply(node, state)) {
                run.changed.add(node);
            }
            applied.put(node, state);
            run.produced.add(id);
            elementsByState.computeIfAbsent(id, k -> new ArrayList<>(1)).add(node);
            run.nodesBySemantic.computeIfAbsent(semantic, k -> new ArrayList<>(1)).add(node);
            if (mapping instanceof ContainerMapping container) {
                String childPrefix = id + '/';
                for (ContainerMapping sub : container.getSubContainerMappings()) {
                    nodes(sub, semantic, (DContainer) node, childPrefix);
                }
                for (NodeMapping sub : container.getSubNodeMappings()) {
                    nodes(sub, semantic, (DContainer) node, childPrefix);
                }
                for (AbstractNodeMapping extra : run.grafted) {
                    if (extra.getParentMappings().contains(container)) {
                        nodes(extra, semantic, (DContainer) node, childPrefix);
                    }
                }
            }
        }
    }

    /** Sets label, style and size; @return whether anything changed */
    private static boolean apply(DNode node, ElementState state) {
        boolean change = apply((DDiagramElement) node, state);
        NodeStyle style = node.getStyle();
        List<String> lines = TextMetrics.lines(state.label);
        double textWidth = TextMetrics.blockWidth(lines, style.getLabelSize(), style.isLabelBold())
                + 2 * TextMetrics.PADDING + (style.getIcon() != null ? Icons.reservedWidth(style.getLabelSize()) : 0);
        double textHeight = lines.size() * TextMetrics.lineHeight(style.getLabelSize()) + 2 * TextMetrics.PADDING;
        // Round and pointed shapes leave less room inside than their box: grow the box so the label fits.
        switch (style.getShape()) {
            case ELLIPSE -> {
                textWidth *= 1.3;
                textHeight *= 1.3;
            }
            case HEXAGON -> textWidth += Math.max(style.getHeight(), textHeight);
            case DIAMOND -> {
                textWidth *= 2;
                textHeight *= 2;
            }
            default -> {
                // The label fits its box as measured.
            }
        }
        double width = Math.max(style.getWidth(), Math.ceil(textWidth));
        double height = Math.max(style.getHeight(), Math.ceil(textHeight));
        if (!(node instanceof DContainer) || node.getWidth() < width || node.getHeight() < height) {
            if (node.getWidth() != width || node.getHeight() != height) {
                node.setWidth(width);
                node.setHeight(height);
                change = true;
            }
        }
        return change;
    }

    // ---------------------------------------------------------------- edges

    private void edges(EdgeMapping mapping) {
        if (isElementBased(mapping)) {
            for (EObject element : candidates(mapping, target, "")) {
                String key = mapping.getId() + ':' + uuid(element);
                ElementState state = state(key, mapping, element);
                if (!state.visible) {
                    continue;
                }
                List<EObject> sources = objects(key + "#source", mapping, element,
                        DescriptionPackage.Literals.EDGE_MAPPING__SOURCE_EXPRESSION);
                List<EObject> targets = objects(key + "#target", mapping, element,
                        DescriptionPackage.Literals.EDGE_MAPPING__TARGET_EXPRESSION);
                for (EObject source : sources) {
                    for (EObject targetElement : targets) {
                        connect(mapping, element, key, state, source, targetElement);
                    }
                }
            }
            return;
        }
        for (Map.Entry<EObject, List<DNode>> entry : List.copyOf(run.nodesBySemantic.entrySet())) {
            EObject source = entry.getKey();
            if (!entry.getValue().stream().anyMatch(n -> isOf(n, mapping.getSourceMappings()))) {
                continue;
            }
            String key = mapping.getId() + ':' + uuid(source);
            ElementState state = state(key, mapping, source);
            if (!state.visible) {
                continue;
            }
            for (EObject targetElement : objects(key + "#target", mapping, source,
                    DescriptionPackage.Literals.EDGE_MAPPING__TARGET_EXPRESSION)) {
                connect(mapping, source, key, state, source, targetElement);
            }
        }
    }

    private void connect(EdgeMapping mapping, EObject semantic, String key, ElementState state, EObject source,
            EObject targetElement) {
        for (DNode from : run.nodesBySemantic.getOrDefault(source, List.of())) {
            if (!isOf(from, mapping.getSourceMappings())) {
                continue;
            }
            for (DNode to : run.nodesBySemantic.getOrDefault(targetElement, List.of())) {
                if (!isOf(to, mapping.getTargetMappings())) {
                    continue;
                }
                String id = key + '|' + from.getId() + "->" + to.getId();
                if (!run.produced.add(id)) {
                    continue;
                }
                DEdge edge = (DEdge) run.existing.get(id);
                if (edge == null) {
                    edge = DiagramFactory.eINSTANCE.createDEdge();
                    edge.setId(id);
                    edge.setMappingId(mapping.getId());
                    edge.setSemanticElement(uuid(semantic));
                    edge.setSource(from);
                    edge.setTarget(to);
                    edge.setLabel(state.label);
                    edge.setStyle((EdgeStyle) Styles.copy(state.style));
                    diagram.getEdges().add(edge);
                    run.created.add(edge);
                } else {
                    if (edge.getSource() != from || edge.getTarget() != to) {
                        // A diagram read from its file may come without its ends (they are found again by id).
                        edge.setSource(from);
                        edge.setTarget(to);
                    }
                    if (applied.get(edge) != state && apply(edge, state)) {
                        run.changed.add(edge);
                    }
                }
                elementsByState.computeIfAbsent(key, k -> new ArrayList<>(2)).add(edge);
                applied.put(edge, state);
            }
        }
    }

    /** Sets label and style (nodes and edges each have a {@code style} containment); @return whether they changed */
    private static boolean apply(DDiagramElement element, ElementState state) {
        boolean change = false;
        if (!state.label.equals(element.getLabel())) {
            element.setLabel(state.label);
            change = true;
        }
        EStructuralFeature styleFeature = element.eClass().getEStructuralFeature("style");
        if (!Styles.same((Style) element.eGet(styleFeature), state.style)) {
            element.eSet(styleFeature, Styles.copy(state.style));
            change = true;
        }
        return change;
    }

    private static boolean isOf(DNode node, List<? extends AbstractNodeMapping> mappings) {
        for (AbstractNodeMapping mapping : mappings) {
            if (mapping.getId().equals(node.getMappingId())) {
                return true;
            }
        }
        return false;
    }

    /** @return whether the edge mapping shows edge elements (domain class set) rather than references */
    public static boolean isElementBased(EdgeMapping mapping) {
        return mapping.getDomainClass() != null && !mapping.getDomainClass().isBlank();
    }

    // ---------------------------------------------------------------- removal

    private int removeStale() {
        int removed = 0;
        for (DEdge edge : List.copyOf(diagram.getEdges())) {
            if (!run.produced.contains(edge.getId())) {
                applied.remove(edge);
                diagram.getEdges().remove(edge);
                removed++;
            }
        }
        removed += removeStale(diagram.getNodes());
        return removed;
    }

    private int removeStale(List<DNode> nodes) {
        int removed = 0;
        for (DNode node : List.copyOf(nodes)) {
            if (!run.produced.contains(node.getId())) {
                forget(node);
                nodes.remove(node);
                removed += 1 + count(node);
            } else if (node instanceof DContainer container) {
                removed += removeStale(container.getChildren());
            }
        }
        return removed;
    }

    private void forget(DNode node) {
        applied.remove(node);
        if (node instanceof DContainer container) {
            container.getChildren().forEach(this::forget);
        }
    }

    private static int count(DNode node) {
        int n = 0;
        if (node instanceof DContainer container) {
            for (DNode child : container.getChildren()) {
                n += 1 + count(child);
            }
        }
        return n;
    }

    private void indexExisting(List<DNode> nodes) {
        for (DNode node : nodes) {
            run.existing.put(node.getId(), node);
            if (node instanceof DContainer container) {
                indexExisting(container.getChildren());
            }
        }
    }

    // ---------------------------------------------------------------- evaluation with caches

    private List<EObject> candidates(DiagramElementMapping mapping, EObject context, String parentId) {
        String key = parentId + mapping.getId() + "@candidates:" + uuid(context);
        Cached<List<EObject>> cached = candidates.get(key);
        if (cached == null || cached.dependencies.affectedBy(run.touched, run.structural)
                || run.touched.contains(context)) {
            cached = computeCandidates(mapping, context);
        }
        run.nextCandidates.put(key, cached);
        return cached.value;
    }

    private Cached<List<EObject>> computeCandidates(DiagramElementMapping mapping, EObject context) {
        Dependencies dependencies = new Dependencies();
        dependencies.add(context);
        List<EObject> result = new ArrayList<>();
        String expression = mapping.getSemanticCandidatesExpression();
        Collection<?> values;
        if (expression == null || expression.isBlank()) {
            values = allOfClass(context, mapping.getDomainClass());
            dependencies.markGlobal();
        } else {
            values = asCollection(evaluate(mapping, DescriptionPackage.Literals
                    .DIAGRAM_ELEMENT_MAPPING__SEMANTIC_CANDIDATES_EXPRESSION, expression, context, dependencies));
        }
        EClass domain = eClass(mapping);
        for (Object value : values) {
            if (value instanceof EObject o && (domain == null || domain.isInstance(o))) {
                result.add(o);
            }
        }
        return new Cached<>(result, dependencies, () -> computeCandidates(mapping, context));
    }

    private List<EObject> objects(String key, EdgeMapping mapping, EObject self, EStructuralFeature feature) {
        String cacheKey = key + "@" + feature.getName();
        Cached<List<EObject>> cached = candidates.get(cacheKey);
        if (cached == null || cached.dependencies.affectedBy(run.touched, run.structural)
                || run.touched.contains(self)) {
            cached = computeObjects(mapping, self, feature);
        }
        run.nextCandidates.put(cacheKey, cached);
        return cached.value;
    }

    private Cached<List<EObject>> computeObjects(EdgeMapping mapping, EObject self, EStructuralFeature feature) {
        Dependencies dependencies = new Dependencies();
        dependencies.add(self);
        String expression = (String) mapping.eGet(feature);
        List<EObject> result = new ArrayList<>();
        if (expression != null && !expression.isBlank()) {
            for (Object value : asCollection(evaluate(mapping, feature, expression, self, dependencies))) {
                if (value instanceof EObject o) {
                    result.add(o);
                }
            }
        }
        return new Cached<>(result, dependencies, () -> computeObjects(mapping, self, feature));
    }

    private ElementState state(String id, DiagramElementMapping mapping, EObject semantic) {
        Cached<ElementState> cached = states.get(id);
        if (cached == null || run.touched.contains(semantic)
                || cached.dependencies.affectedBy(run.touched, run.structural)) {
            run.recomputed++;
            cached = computeCachedState(mapping, semantic);
        }
        run.nextStates.put(id, cached);
        return cached.value;
    }

    private Cached<ElementState> computeCachedState(DiagramElementMapping mapping, EObject semantic) {
        Dependencies dependencies = new Dependencies();
        dependencies.add(semantic);
        return new Cached<>(computeState(mapping, semantic, dependencies), dependencies,
                () -> computeCachedState(mapping, semantic));
    }

    private ElementState computeState(DiagramElementMapping mapping, EObject semantic, Dependencies dependencies) {
        String precondition = mapping.getPreconditionExpression();
        if (precondition != null && !precondition.isBlank() && !bool(mapping,
                DescriptionPackage.Literals.DIAGRAM_ELEMENT_MAPPING__PRECONDITION_EXPRESSION, precondition, semantic,
                dependencies)) {
            return ElementState.HIDDEN;
        }
        for (Filter filter : activeFilters) {
            if ((filter.getMappings().isEmpty() || filter.getMappings().contains(mapping))
                    && filter.getConditionExpression() != null && bool(filter,
                            DescriptionPackage.Literals.FILTER__CONDITION_EXPRESSION, filter.getConditionExpression(),
                            semantic, dependencies)) {
                return ElementState.HIDDEN;
            }
        }
        String label;
        String labelExpression = mapping.getLabelExpression();
        if (labelExpression != null && !labelExpression.isBlank()) {
            Object value = evaluate(mapping, DescriptionPackage.Literals.DIAGRAM_ELEMENT_MAPPING__LABEL_EXPRESSION,
                    labelExpression, semantic, dependencies);
            label = value == null ? "" : String.valueOf(value);
        } else if (mapping instanceof EdgeMapping edge && !isElementBased(edge)) {
            label = "";
        } else {
            label = defaultLabel(semantic);
        }
        Style style = baseStyle(mapping);
        for (ConditionalStyle conditional : mapping.getConditionalStyles()) {
            if (conditional.getStyle() != null && bool(conditional,
                    DescriptionPackage.Literals.CONDITIONAL_STYLE__PREDICATE_EXPRESSION,
                    conditional.getPredicateExpression(), semantic, dependencies)) {
                Style over = withIcon(conditional.getStyle(), conditional);
                style = overlaid.computeIfAbsent(conditional, c -> {
                    Style copy = Styles.copy(baseStyle(mapping));
                    Styles.overlay(over, copy);
                    return copy;
                });
                break;
            }
        }
        return new ElementState(true, label, style);
    }

    /**
     * @return the mapping's style, or a default one; states share it (and the overlaid styles below): they are
     *         never modified, elements get copies
     */
    private Style baseStyle(DiagramElementMapping mapping) {
        Style base = mapping instanceof AbstractNodeMapping node ? node.getStyle() : ((EdgeMapping) mapping).getStyle();
        if (base != null) {
            return withIcon(base, mapping);
        }
        return defaults.computeIfAbsent(mapping, m -> m instanceof EdgeMapping
                ? DiagramFactory.eINSTANCE.createEdgeStyle()
                : DiagramFactory.eINSTANCE.createNodeStyle());
    }

    /**
     * @return the description style with its icon resolved ({@link Icons#resolve}) against the description's
     *         file, or without icon when it is refused (reported, on {@code owner}, with the icon as written)
     */
    private Style withIcon(Style written, EObject owner) {
        if (!(written instanceof NodeStyle node) || !node.isSetIcon() || node.getIcon() == null) {
            return written;
        }
        IconStyle resolved = iconStyles.computeIfAbsent(written, w -> {
            String base = description.eResource() == null ? null : description.eResource().getURI().toString();
            Optional<String> uri = Icons.resolve(node.getIcon(), base);
            NodeStyle copy = Styles.copy(node);
            if (uri.isPresent()) {
                copy.setIcon(uri.get());
            } else {
                copy.unsetIcon();
            }
            return new IconStyle(copy, uri.isEmpty());
        });
        if (resolved.refused()) {
            report(owner, DiagramPackage.Literals.NODE_STYLE__ICON, node.getIcon(), null,
                    Messages.get("icon.refused", Icons.MAX_BYTES / 1024));
        }
        return resolved.style();
    }

    private static String defaultLabel(EObject semantic) {
        EStructuralFeature name = semantic.eClass().getEStructuralFeature("nom");
        Object value = name == null ? null : semantic.eGet(name);
        return value == null ? semantic.eClass().getName() : String.valueOf(value);
    }

    private boolean bool(EObject owner, EStructuralFeature feature, String expression, EObject self,
            Dependencies dependencies) {
        if (expression == null || expression.isBlank()) {
            return false;
        }
        Object value = evaluate(owner, feature, expression, self, dependencies);
        if (value instanceof Boolean b) {
            return b;
        }
        if (value != null) {
            report(owner, feature, expression, self, Messages.get("expression.notBoolean", value));
        }
        return false;
    }

    private Object evaluate(EObject owner, EStructuralFeature feature, String expression, EObject self,
            Dependencies dependencies) {
        if (run.timedOut.contains(expression)) {
            // Already reported: a precondition that runs into the time limit on each of 700 communes would
            // otherwise hold the refresh for 700 times the limit.
            return null;
        }
        Map<String, Object> variables = new HashMap<>(4);
        variables.put(SELF, self);
        variables.put(ROOT, target);
        try {
            return engine.evaluate(expression, variables, dependencies, run.index);
        } catch (ExpressionException e) {
            if (e.timedOut()) {
                run.timedOut.add(expression);
            }
            report(owner, feature, expression, self, e.getMessage());
            return null;
        }
    }

    private void report(EObject owner, EStructuralFeature feature, String expression, EObject self,
            String message) {
        String where = describe(owner);
        run.diagnostics.putIfAbsent(List.of(where, feature.getName(), expression, message),
                new ExpressionDiagnostic(where, feature.getName(), expression,
                        self == null ? null : defaultLabel(self) + " [" + uuid(self) + "]", message));
    }

    /** @return e.g. {@code articulation / qpv (NodeMapping)} */
    public static String describe(EObject element) {
        StringBuilder path = new StringBuilder();
        for (EObject e = element; e != null; e = e.eContainer()) {
            String id = e instanceof IdentifiedElement identified ? identified.getId() : null;
            if (id == null && e instanceof org.maillage.viewpoint.model.description.Viewpoint viewpoint) {
                id = viewpoint.getId();
            }
            if (id != null) {
                path.insert(0, path.length() == 0 ? id : id + " / ");
            }
        }
        return path + " (" + element.eClass().getName() + ")";
    }

    // ---------------------------------------------------------------- semantic helpers

    private List<EObject> allOfClass(EObject context, String domainClass) {
        EClass eClass = eClass(domainClass);
        List<EObject> result = new ArrayList<>();
        if (eClass == null) {
            return result;
        }
        context.eAllContents().forEachRemaining(o -> {
            if (eClass.isInstance(o)) {
                result.add(o);
            }
        });
        return result;
    }

    private EClass eClass(DiagramElementMapping mapping) {
        return eClass(mapping.getDomainClass());
    }

    /** @return the EClass named simply ({@code Cls}) or with its sub-package ({@code dispositif.Cls}) */
    public EClass eClass(String name) {
        return name == null || name.isBlank() ? null : classesByName.get(name);
    }

    private void indexClasses(EPackage ePackage) {
        for (Object classifier : ePackage.getEClassifiers()) {
            if (classifier instanceof EClass eClass) {
                classesByName.putIfAbsent(eClass.getName(), eClass);
                classesByName.put(ePackage.getName() + '.' + eClass.getName(), eClass);
            }
        }
        for (EPackage sub : ePackage.getESubpackages()) {
            indexClasses(sub);
        }
    }

    private static Collection<?> asCollection(Object value) {
        if (value instanceof Collection<?> c) {
            return c;
        }
        return value == null ? List.of() : List.of(value);
    }

    /** @return the id under which the representation refers to a semantic element */
    public static String uuid(EObject object) {
        String id = EcoreUtil.getID(object);
        return id != null ? id : EcoreUtil.getURI(object).fragment();
    }

    /** A result, what it read, and how to compute it again. */
    record Cached<T>(T value, Dependencies dependencies, Supplier<Cached<T>> recompute) {
    }

    /** A description style with its icon resolved; {@code refused}: the icon was refused and removed. */
    private record IconStyle(Style style, boolean refused) {
    }

    /** What a mapping computed for one element. */
    record ElementState(boolean visible, String label, Style style) {
        static final ElementState HIDDEN = new ElementState(false, "", null);
    }
}
