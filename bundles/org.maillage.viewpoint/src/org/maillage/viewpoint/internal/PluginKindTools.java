/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.maillage.model.scheme.SchemeType;
import org.maillage.model.scheme.SchemeTypes;
import org.maillage.viewpoint.model.description.AbstractNodeMapping;
import org.maillage.viewpoint.model.description.NodeCreationTool;
import org.maillage.viewpoint.model.description.Tool;

/**
 * The palette's share of {@code org.maillage.model.schemeTypes}: a node creation tool for an abstract class
 * (« Dispositif ») becomes one tool per plug-in kind of that class, so that a description lists kinds it cannot know.
 * Maillage's own kinds keep the tools their descriptions design for them.
 */
public final class PluginKindTools {

    private PluginKindTools() {
    }

    /**
     * @param tools a description's tools
     * @param classes resolves a mapping's domain class name
     * @return the tools, each generic one replaced by a copy per plug-in kind (label: the kind's name; id: the
     *         generic tool's, {@code :} and the kind's id; mapping: a detached copy whose domain class is the kind)
     */
    public static List<Tool> expand(List<Tool> tools, Function<String, EClass> classes) {
        List<Tool> result = new ArrayList<>();
        for (Tool tool : tools) {
            EClass generic = tool instanceof NodeCreationTool node && node.getMapping() != null
                    ? classes.apply(node.getMapping().getDomainClass())
                    : null;
            if (generic == null || !generic.isAbstract()) {
                result.add(tool);
                continue;
            }
            NodeCreationTool node = (NodeCreationTool) tool;
            for (SchemeType type : SchemeTypes.running().list()) {
                if (generic.isSuperTypeOf(type.eClass()) && !type.builtIn()) {
                    AbstractNodeMapping mapping = EcoreUtil.copy(node.getMapping());
                    mapping.setDomainClass(type.eClass().getEPackage().getName() + '.' + type.eClass().getName());
                    NodeCreationTool copy = EcoreUtil.copy(node);
                    copy.setMapping(mapping);
                    copy.setId(node.getId() + ':' + type.id());
                    copy.setLabel(type.name());
                    result.add(copy);
                }
            }
        }
        return result;
    }
}
