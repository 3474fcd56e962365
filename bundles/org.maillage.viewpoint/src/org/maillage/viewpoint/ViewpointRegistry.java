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
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.maillage.core.persistence.ModelLoadException;
import org.maillage.viewpoint.internal.DescriptionLabels;
import org.maillage.viewpoint.internal.Descriptions;
import org.maillage.viewpoint.internal.Messages;
import org.maillage.viewpoint.internal.Types;
import org.maillage.viewpoint.internal.expressions.ExpressionEngine;
import org.maillage.viewpoint.internal.expressions.ExpressionException;
import org.maillage.viewpoint.model.description.AbstractNodeMapping;
import org.maillage.viewpoint.model.description.DescriptionPackage;
import org.maillage.viewpoint.model.description.DiagramDescription;
import org.maillage.viewpoint.model.description.Viewpoint;
import org.maillage.viewpoint.model.diagram.DDiagramElement;
import org.maillage.viewpoint.model.diagram.DNode;
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
     * @param viewpoints the viewpoints, in the order they are listed; navigations to descriptions none of them has
     *        are reported in {@link #problems()}
     */
    public ViewpointRegistry(List<Viewpoint> viewpoints) {
        this(viewpoints, List.of());
    }

    private ViewpointRegistry(List<Viewpoint> viewpoints, List<String> problems) {
        this.viewpoints = List.copyOf(viewpoints);
        List<String> all = new ArrayList<>(problems);
        // A navigation naming a description no viewpoint has would silently offer nothing: say so.
        for (Viewpoint viewpoint : this.viewpoints) {
            viewpoint.eAllContents().forEachRemaining(o -> {
                if (o instanceof AbstractNodeMapping mapping) {
                    for (String id : mapping.getNavigationDescriptions()) {
                        if (find(id).isEmpty()) {
                            all.add(Messages.get("registry.unknownNavigation", viewpoint.getId(), mapping.getId(),
                                    id));
                        }
                    }
                }
            });
        }
        this.problems = List.copyOf(all);
    }

    /** @return the viewpoints contributed to {@value #EXTENSION_POINT} in the running platform */
    public static ViewpointRegistry fromExtensions() {
        return fromExtensions(Platform.getExtensionRegistry());
    }

    /**
     * @return the viewpoints contributed to {@value #EXTENSION_POINT} in the given extension registry, their
     *         {@code %key} labels in the language of the run (the JVM's default locale, which {@code -nl} sets, as
     *         for every other message)
     */
    public static ViewpointRegistry fromExtensions(IExtensionRegistry registry) {
        return fromExtensions(registry, Locale.getDefault());
    }

    /**
     * @return the viewpoints contributed to {@value #EXTENSION_POINT} in the given extension registry, each
     *         {@code %key} label replaced by its text for {@code locale} in the contributing plug-in's localization
     *         (see {@link DescriptionLabels}); a key it lacks is reported in {@link #problems()}
     */
    public static ViewpointRegistry fromExtensions(IExtensionRegistry registry, Locale locale) {
        List<Viewpoint> viewpoints = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
            String contributor = element.getContributor().getName();
            String file = element.getAttribute("file");
            Bundle bundle = Platform.getBundle(contributor);
            // A fragment's contributions carry its host's name: look in the host and its fragments.
            URL url = bundle == null || file == null ? null : FileLocator.find(bundle,
                    IPath.fromPortableString(file), null);
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
                // Translated once here, so that every consumer shows the same text without knowing about keys.
                for (String key : DescriptionLabels.localize(viewpoint, DescriptionLabels.of(bundle, locale))) {
                    problems.add(Messages.get("registry.missingLabel", contributor + '/' + file, key));
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
     * Navigation (Sirius's navigation tool): the descriptions a double-click on a node opens for the node's element,
     * as its mapping's {@code navigationDescriptions} name them, keeping those that apply to that element (domain
     * class and precondition) and that this registry knows.
     *
     * @param session the diagram the node belongs to
     * @param element a node or container of that diagram (an edge has no navigation)
     * @return the descriptions, in the mapping's order; empty when none
     */
    public List<DiagramDescription> navigations(DiagramSession session, DDiagramElement element) {
        EObject semantic = session.semanticElement(element);
        AbstractNodeMapping mapping = element instanceof DNode ? nodeMapping(session.description(),
                element.getMappingId()) : null;
        if (semantic == null || mapping == null) {
            return List.of();
        }
        List<DiagramDescription> result = new ArrayList<>();
        for (String id : mapping.getNavigationDescriptions()) {
            find(id).filter(d -> !result.contains(d) && Types.isA(semantic, d.getDomainClass())
                    && precondition(d, semantic, new ArrayList<>())).ifPresent(result::add);
        }
        return result;
    }

    private static AbstractNodeMapping nodeMapping(DiagramDescription description, String id) {
        for (var i = description.eAllContents(); i.hasNext();) {
            if (i.next() instanceof AbstractNodeMapping mapping && mapping.getId() != null
                    && mapping.getId().equals(id)) {
                return mapping;
            }
        }
        return null;
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
