/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.maillage.core.persistence.ModelLoadException;
import org.maillage.viewpoint.internal.Descriptions;
import org.maillage.viewpoint.internal.Messages;
import org.maillage.viewpoint.internal.Types;
import org.maillage.viewpoint.model.description.DescriptionPackage;
import org.maillage.viewpoint.model.description.DiagramDescription;
import org.maillage.viewpoint.model.description.Viewpoint;
import org.osgi.framework.Bundle;

/**
 * The viewpoints known to Maillage: those contributed through the extension point
 * {@value #EXTENSION_POINT} (see its schema), or a given list (tests, tools). The one class that reads that
 * extension point. Immutable once built; a contribution that cannot be loaded is skipped and reported in
 * {@link #problems()}, it never prevents the others from loading.
 */
public final class ViewpointRegistry {

    /** Id of the extension point through which plug-ins contribute {@code .viewpoint} files. */
    public static final String EXTENSION_POINT = "org.maillage.viewpoint.viewpoints";

    private final List<Viewpoint> viewpoints;
    private final List<String> problems;

    /**
     * @param viewpoints the viewpoints, in the order they are listed
     */
    public ViewpointRegistry(List<Viewpoint> viewpoints) {
        this(viewpoints, List.of());
    }

    private ViewpointRegistry(List<Viewpoint> viewpoints, List<String> problems) {
        this.viewpoints = List.copyOf(viewpoints);
        this.problems = List.copyOf(problems);
    }

    /** @return the viewpoints contributed to {@value #EXTENSION_POINT} in the running platform */
    public static ViewpointRegistry fromExtensions() {
        return fromExtensions(Platform.getExtensionRegistry());
    }

    /** @return the viewpoints contributed to {@value #EXTENSION_POINT} in the given extension registry */
    public static ViewpointRegistry fromExtensions(IExtensionRegistry registry) {
        List<Viewpoint> viewpoints = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
            String contributor = element.getContributor().getName();
            String file = element.getAttribute("file");
            Bundle bundle = Platform.getBundle(contributor);
            URL url = bundle == null || file == null ? null : bundle.getEntry(file);
            if (url == null) {
                problems.add(Messages.get("registry.missingFile", contributor, file));
                continue;
            }
            try (InputStream in = url.openStream()) {
                Viewpoint viewpoint = ViewpointResources.loadViewpoint(in, contributor + '/' + file,
                        URI.createPlatformPluginURI(contributor + '/' + file, true));
                String previous = seen.putIfAbsent(viewpoint.getId(), contributor + '/' + file);
                if (previous != null) {
                    problems.add(Messages.get("registry.duplicate", viewpoint.getId(), contributor + '/' + file,
                            previous));
                    continue;
                }
                viewpoints.add(viewpoint);
            } catch (IOException | ModelLoadException e) {
                problems.add(e.getMessage());
            }
        }
        return new ViewpointRegistry(viewpoints, problems);
    }

    /** @return every viewpoint, in contribution order */
    public List<Viewpoint> viewpoints() {
        return viewpoints;
    }

    /** @return contributions that could not be loaded, one localised message each */
    public List<String> problems() {
        return problems;
    }

    /**
     * @return the diagram descriptions that apply to {@code target}: its class matches their domain class and
     *         their precondition (if any) holds
     */
    public List<DiagramDescription> applicable(EObject target) {
        return applicable(target, new ArrayList<>());
    }

    /**
     * As {@link #applicable(EObject)}, telling why a precondition could not be evaluated (refused, failed, out
     * of time or past a size limit): such a description does not apply, and its modeller needs to know why.
     *
     * @param problems receives one diagnostic per such precondition, naming the description and the expression
     */
    public List<DiagramDescription> applicable(EObject target, List<ExpressionDiagnostic> problems) {
        List<DiagramDescription> result = new ArrayList<>();
        for (Viewpoint viewpoint : viewpoints) {
            for (DiagramDescription description : viewpoint.getDiagrams()) {
                if (Types.isA(target, description.getDomainClass()) && precondition(description, target, problems)) {
                    result.add(description);
                }
            }
        }
        return result;
    }

    /**
     * Finds a diagram description by id: {@code viewpointId/descriptionId}, a description id alone, or a viewpoint
     * id alone (its first description).
     *
     * @return the description, or empty when none or several match
     */
    public Optional<DiagramDescription> find(String id) {
        return Descriptions.find(viewpoints, id, Viewpoint::getDiagrams, true);
    }

    /** @return {@code viewpointId/descriptionId}, the id {@link #find} accepts everywhere */
    public static String qualifiedId(DiagramDescription description) {
        EObject container = description.eContainer();
        return (container instanceof Viewpoint viewpoint ? viewpoint.getId() + '/' : "") + description.getId();
    }

    private static boolean precondition(DiagramDescription description, EObject target,
            List<ExpressionDiagnostic> problems) {
        return Descriptions.precondition(description,
                DescriptionPackage.Literals.DIAGRAM_DESCRIPTION__PRECONDITION_EXPRESSION,
                description.getPreconditionExpression(), target, problems);
    }
}
