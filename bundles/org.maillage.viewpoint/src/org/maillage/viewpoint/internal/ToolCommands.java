/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.ChangeCommand;
import org.maillage.viewpoint.internal.expressions.ExpressionEngine;
import org.maillage.viewpoint.internal.expressions.ExpressionException;
import org.maillage.viewpoint.model.description.AbstractNodeMapping;
import org.maillage.viewpoint.model.description.DeleteTool;
import org.maillage.viewpoint.model.description.DiagramElementMapping;
import org.maillage.viewpoint.model.description.DirectEditTool;
import org.maillage.viewpoint.model.description.EdgeCreationTool;
import org.maillage.viewpoint.model.description.EdgeMapping;
import org.maillage.viewpoint.model.description.NodeCreationTool;
import org.maillage.viewpoint.model.description.Tool;
import org.maillage.viewpoint.model.diagram.DDiagramElement;
import org.maillage.viewpoint.model.diagram.DEdge;
import org.maillage.viewpoint.model.diagram.DNode;

/**
 * Turns the tools of a description into EMF commands on the roadmap. Each command records the changes it makes
 * ({@link ChangeCommand}), so undo and redo on the roadmap's command stack restore the model exactly; the
 * diagram follows through the incremental refresh. A tool that does not apply (wrong mapping, missing
 * feature, bad expression) gives {@link UnexecutableCommand#INSTANCE}: {@code canExecute()} is false.
 */
public final class ToolCommands {

    private final ExpressionEngine engine;
    private final DiagramInterpreter interpreter;
    private final Function<String, EObject> semanticById;

    /**
     * @param engine evaluates the container expressions of tools
     * @param interpreter gives the diagram target and the class names
     * @param semanticById resolves the uuids of the representation
     */
    public ToolCommands(ExpressionEngine engine, DiagramInterpreter interpreter,
            Function<String, EObject> semanticById) {
        this.engine = engine;
        this.interpreter = interpreter;
        this.semanticById = semanticById;
    }

    /** @return a command creating the element a node tool makes, in the container node if not {@code null} */
    public Command createNode(NodeCreationTool tool, DNode container) {
        AbstractNodeMapping mapping = tool.getMapping();
        EClass eClass = mapping == null ? null : interpreter.eClass(mapping.getDomainClass());
        EObject self = container == null ? interpreter.target() : semanticById.apply(container.getSemanticElement());
        EObject owner = evaluateObject(tool.getContainerExpression(), self);
        EStructuralFeature feature = owner == null ? null
                : owner.eClass().getEStructuralFeature(tool.getContainmentFeature());
        if (eClass == null || eClass.isAbstract() || !(feature instanceof EReference reference)
                || !reference.isContainment() || !reference.getEReferenceType().isSuperTypeOf(eClass)) {
            return UnexecutableCommand.INSTANCE;
        }
        EObject created = EcoreUtil.create(eClass);
        return change(owner, tool, created, () -> {
            setLabel(created, tool.getLabelFeature(), tool.getInitialLabel());
            addOrSet(owner, reference, created);
        });
    }

    /** @return a command linking the semantic elements of two nodes with an edge tool */
    public Command createEdge(EdgeCreationTool tool, DNode source, DNode target) {
        EdgeMapping mapping = tool.getMapping();
        if (mapping == null || !isOf(source, mapping.getSourceMappings()) || !isOf(target, mapping.getTargetMappings())) {
            return UnexecutableCommand.INSTANCE;
        }
        EObject from = semanticById.apply(source.getSemanticElement());
        EObject to = semanticById.apply(target.getSemanticElement());
        if (from == null || to == null) {
            return UnexecutableCommand.INSTANCE;
        }
        if (!DiagramInterpreter.isElementBased(mapping)) {
            // The reference is the source's (CLS -> territoires), or else the target's pointing back
            // (chantier <- fiche action.chantiers), whichever fits.
            EReference forward = crossReference(from, tool.getReferenceFeature(), to);
            if (forward != null) {
                return change(from, tool, () -> addOrSet(from, forward, to));
            }
            EReference backward = crossReference(to, tool.getReferenceFeature(), from);
            if (backward != null) {
                return change(to, tool, () -> addOrSet(to, backward, from));
            }
            return UnexecutableCommand.INSTANCE;
        }
        EClass eClass = interpreter.eClass(mapping.getDomainClass());
        EObject owner = evaluateObject(tool.getContainerExpression(), interpreter.target());
        EStructuralFeature containment = owner == null ? null
                : owner.eClass().getEStructuralFeature(tool.getContainmentFeature());
        if (eClass == null || eClass.isAbstract() || !(containment instanceof EReference reference)
                || !reference.isContainment() || eClass.getEStructuralFeature(tool.getSourceFeature()) == null
                || eClass.getEStructuralFeature(tool.getTargetFeature()) == null) {
            return UnexecutableCommand.INSTANCE;
        }
        EObject created = EcoreUtil.create(eClass);
        return change(owner, tool, created, () -> {
            created.eSet(eClass.getEStructuralFeature(tool.getSourceFeature()), from);
            created.eSet(eClass.getEStructuralFeature(tool.getTargetFeature()), to);
            addOrSet(owner, reference, created);
        });
    }

    /** @return a command deleting what the elements show, as the delete tools of the description allow */
    public Command delete(Collection<? extends DDiagramElement> elements, List<Tool> tools) {
        List<Runnable> steps = new ArrayList<>();
        DeleteTool first = null;
        for (DDiagramElement element : elements) {
            DeleteTool tool = applicable(tools, DeleteTool.class, element);
            EObject semantic = semanticById.apply(element.getSemanticElement());
            if (tool == null || semantic == null) {
                return UnexecutableCommand.INSTANCE;
            }
            first = first == null ? tool : first;
            if (element instanceof DEdge edge && !isElementBasedEdge(edge)) {
                EObject target = semanticById.apply(edge.getTarget().getSemanticElement());
                EStructuralFeature feature = semantic.eClass().getEStructuralFeature(tool.getReferenceFeature());
                if (!(feature instanceof EReference) || target == null) {
                    return UnexecutableCommand.INSTANCE;
                }
                steps.add(() -> {
                    if (feature.isMany()) {
                        ((Collection<?>) semantic.eGet(feature)).remove(target);
                    } else if (semantic.eGet(feature) == target) {
                        semantic.eUnset(feature);
                    }
                });
            } else {
                steps.add(() -> {
                    if (semantic.eResource() != null) {
                        EcoreUtil.delete(semantic, true);
                    }
                });
            }
        }
        if (steps.isEmpty()) {
            return UnexecutableCommand.INSTANCE;
        }
        return change(interpreter.target(), first, () -> steps.forEach(Runnable::run));
    }

    /** @return a command setting the direct-edit feature of the element's semantic element to {@code text} */
    public Command directEdit(DDiagramElement element, String text, List<Tool> tools) {
        DirectEditTool tool = applicable(tools, DirectEditTool.class, element);
        EObject semantic = element == null ? null : semanticById.apply(element.getSemanticElement());
        if (tool == null || semantic == null) {
            return UnexecutableCommand.INSTANCE;
        }
        EStructuralFeature feature = semantic.eClass().getEStructuralFeature(tool.getFeature());
        if (!(feature instanceof EAttribute) || feature.isMany()
                || feature.getEType().getInstanceClass() != String.class) {
            return UnexecutableCommand.INSTANCE;
        }
        return change(semantic, tool, () -> semantic.eSet(feature, text));
    }

    private boolean isElementBasedEdge(DEdge edge) {
        for (EdgeMapping mapping : interpreter.description().getLayers().stream()
                .flatMap(l -> l.getEdgeMappings().stream()).toList()) {
            if (mapping.getId().equals(edge.getMappingId())) {
                return DiagramInterpreter.isElementBased(mapping);
            }
        }
        return false;
    }

    private static <T extends Tool> T applicable(List<Tool> tools, Class<T> kind, DDiagramElement element) {
        if (element == null) {
            return null;
        }
        for (Tool tool : tools) {
            if (kind.isInstance(tool)) {
                List<DiagramElementMapping> mappings = tool instanceof DeleteTool d ? d.getMappings()
                        : ((DirectEditTool) tool).getMappings();
                if (mappings.isEmpty() || mappings.stream().anyMatch(m -> m.getId().equals(element.getMappingId()))) {
                    return kind.cast(tool);
                }
            }
        }
        return null;
    }

    /** @return the non-containment reference {@code name} of {@code owner} that can hold {@code value}, or null */
    private static EReference crossReference(EObject owner, String name, EObject value) {
        EStructuralFeature feature = name == null ? null : owner.eClass().getEStructuralFeature(name);
        return feature instanceof EReference reference && !reference.isContainment() && reference.isChangeable()
                && reference.getEReferenceType().isInstance(value) ? reference : null;
    }

    private static boolean isOf(DNode node, List<? extends AbstractNodeMapping> mappings) {
        return node != null && mappings.stream().anyMatch(m -> m.getId().equals(node.getMappingId()));
    }

    private EObject evaluateObject(String expression, EObject self) {
        if (expression == null || expression.isBlank()) {
            return self;
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put("self", self);
        variables.put("root", interpreter.target());
        try {
            return engine.evaluate(expression, variables, null) instanceof EObject o ? o : null;
        } catch (ExpressionException e) {
            return null;
        }
    }

    @SuppressWarnings("unchecked")
    private static void addOrSet(EObject owner, EStructuralFeature feature, Object value) {
        if (feature.isMany()) {
            List<Object> list = (List<Object>) owner.eGet(feature);
            if (!list.contains(value)) {
                list.add(value);
            }
        } else {
            owner.eSet(feature, value);
        }
    }

    private static void setLabel(EObject created, String featureName, String value) {
        EStructuralFeature feature = featureName == null ? null : created.eClass().getEStructuralFeature(featureName);
        if (feature instanceof EAttribute && value != null && feature.getEType().getInstanceClass() == String.class) {
            created.eSet(feature, value);
        }
    }

    /** Records the changes under the resource set (or resource) of the roadmap, so undo covers them all. */
    private static Command change(EObject anchor, Tool tool, Runnable runnable) {
        return change(anchor, tool, null, runnable);
    }

    /**
     * @param created the element the tool creates, or {@code null}: the command's result, so that the Edit menu says
     *            « Annuler Nouveau chantier » (org.maillage.model.edit.CommandLabels) rather than the palette's label
     */
    private static Command change(EObject anchor, Tool tool, EObject created, Runnable runnable) {
        Resource resource = anchor.eResource();
        Notifier notifier = resource == null ? EcoreUtil.getRootContainer(anchor)
                : resource.getResourceSet() != null ? resource.getResourceSet() : resource;
        String label = tool == null || tool.getLabel() == null ? "" : tool.getLabel();
        ToolCommand command = new ToolCommand(notifier, runnable, created);
        command.setLabel(label);
        return command;
    }

    /** A tool's change, recorded so that undo and redo restore the roadmap exactly. */
    private static final class ToolCommand extends ChangeCommand {
        private final Runnable change;
        private final EObject created;

        ToolCommand(Notifier notifier, Runnable change, EObject created) {
            super(notifier);
            this.change = change;
            this.created = created;
        }

        @Override
        public Collection<?> getResult() {
            return created == null ? List.of() : List.of(created);
        }

        @Override
        protected void doExecute() {
            change.run();
        }
    }
}
