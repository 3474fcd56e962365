/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.internal.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.maillage.cli.CommandContext;
import org.maillage.cli.CommandFailures;
import org.maillage.cli.ExitCodes;
import org.maillage.cli.ICommand;
import org.maillage.cli.RoadmapFileCommand;
import org.maillage.core.persistence.IoProblems;
import org.maillage.core.persistence.ModelLoadException;
import org.maillage.core.persistence.OutputPaths;
import org.maillage.core.persistence.OutputRefusedException;
import org.maillage.model.Element;
import org.maillage.model.ModeleMaillage;
import org.maillage.viewpoint.DiagramProblems;
import org.maillage.viewpoint.DiagramSession;
import org.maillage.viewpoint.ExpressionDiagnostic;
import org.maillage.viewpoint.Legend;
import org.maillage.viewpoint.ViewpointRegistry;
import org.maillage.viewpoint.ViewpointResources;
import org.maillage.viewpoint.internal.Messages;
import org.maillage.viewpoint.internal.Types;
import org.maillage.viewpoint.model.description.DiagramDescription;
import org.maillage.viewpoint.model.description.Layer;
import org.maillage.viewpoint.model.description.Viewpoint;
import org.maillage.viewpoint.model.description.TableDescription;
import org.maillage.viewpoint.model.diagram.Diagram;
import org.maillage.viewpoint.render.PdfRenderer;
import org.maillage.viewpoint.render.PngRenderer;
import org.maillage.viewpoint.render.RenderOptions;
import org.maillage.viewpoint.render.SvgRenderer;
import org.maillage.viewpoint.table.TableDescriptions;
import org.maillage.viewpoint.table.TableExport;

/**
 * {@code maillage diagram --list FILE} lists the diagram descriptions that apply to a roadmap;
 * {@code maillage diagram --viewpoint ID --out OUT.svg|OUT.png|OUT.pdf [--layer ID]... [--on ELEMENT] FILE}
 * renders one (a PDF is one A4 page, landscape for a wide diagram), on the roadmap's root or, with {@code --on} (a uuid or a name), on an element of the description's domain class
 * (one articulation diagram per CLS, say); {@code --list} gives each description with its domain class. When the
 * roadmap has a diagram file beside it ({@code .maillagediag}) holding a diagram of that description, its
 * positions, routes and layers are used, brought up to date with the roadmap as the editor does (new elements
 * placed, changed edges re-routed, the rest kept): the picture matches the workbench's; otherwise a new diagram is
 * laid out. {@code --save} (with or without {@code --out}) writes that diagram into the diagram file, creating
 * it or replacing that diagram only, atomically; the roadmap is never written.
 * The output is checked before any work ({@link OutputPaths}): never the roadmap, its diagram file or their backups
 * (also through a link), a folder or a device.
 * Exit codes: 0 drawn or saved, 1 drawn or listed but some expressions failed (listed; a diagram whose
 * precondition failed is left out of the list), 2 bad arguments or refused output, 3 unreadable input (also a diagram file that
 * {@code --save} would replace) or unwritable output, 4 out of
 * memory or stack (the file is named).
 */
public final class DiagramCommand implements ICommand {

    private final ViewpointRegistry registry;

    /** Used by the command line: viewpoints from the extension registry. */
    public DiagramCommand() {
        this(null);
    }

    /** @param registry the viewpoints to use, or {@code null} for those of the extension registry */
    public DiagramCommand(ViewpointRegistry registry) {
        this.registry = registry;
    }

    @Override
    public int run(List<String> args, CommandContext context) {
        boolean list = false;
        boolean legend = false;
        boolean problems = false;
        boolean save = false;
        String viewpoint = null;
        String out = null;
        String on = null;
        String file = null;
        List<String> layers = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--list" -> list = true;
                case "--legend" -> legend = true;
                case "--problems" -> problems = true;
                case "--save" -> save = true;
                case "--viewpoint", "--out", "--layer", "--on" -> {
                    if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
                        return usage(context, Messages.get("diagram.missingValue", arg));
                    }
                    String value = args.get(++i);
                    if (arg.equals("--viewpoint")) {
                        viewpoint = value;
                    } else if (arg.equals("--out")) {
                        out = value;
                    } else if (arg.equals("--on")) {
                        on = value;
                    } else {
                        layers.add(value);
                    }
                }
                default -> {
                    if (arg.startsWith("--") || file != null) {
                        return usage(context, Messages.get("diagram.unknownOption", arg));
                    }
                    file = arg;
                }
            }
        }
        if (file == null || list == (viewpoint != null) || list && (out != null || save || !layers.isEmpty())
                || !list && out == null && !save || list && (legend || problems)) {
            return usage(context, null);
        }
        if (out != null && format(out) == null) {
            return usage(context, Messages.get("diagram.badFormat", out));
        }
        ViewpointRegistry viewpoints = registry != null ? registry : ViewpointRegistry.fromExtensions();
        for (String problem : viewpoints.problems()) {
            context.err().println(Messages.get("diagram.registryProblem", problem));
        }
        Path path = context.resolve(file);
        Path outPath = out == null ? null : context.resolve(out);
        if (outPath != null) {
            // Before any work: never over the roadmap, its diagram file or their backups, a folder or a device.
            List<Path> inputs = new ArrayList<>(OutputPaths.protectedFilesOf(path));
            inputs.addAll(OutputPaths.protectedFilesOf(ViewpointResources.diagramFileFor(path)));
            try {
                OutputPaths.checkFile(outPath, inputs);
            } catch (OutputRefusedException e) {
                return CommandFailures.outputRefused(e, context);
            }
        }
        try {
            ModeleMaillage model = RoadmapFileCommand.load(path, context);
            if (model == null) {
                return ExitCodes.INPUT_ERROR;
            }
            Element target = model;
            if (on != null) {
                target = element(context, model, on);
                if (target == null) {
                    return ExitCodes.USAGE;
                }
            }
            List<ExpressionDiagnostic> preconditions = new ArrayList<>();
            List<DiagramDescription> applicable = viewpoints.applicable(target, preconditions);
            List<TableDescription> tables = TableDescriptions.applicable(viewpoints, target, preconditions);
            for (ExpressionDiagnostic diagnostic : preconditions) {
                context.err().println(Messages.get("diagram.diagnostic", diagnostic));
            }
            if (on == null && list) {
                // Without --on, also the descriptions drawn on elements of the roadmap (a CLS, an EPCI...).
                applicable = new ArrayList<>(applicable);
                for (Viewpoint each : viewpoints.viewpoints()) {
                    for (DiagramDescription description : each.getDiagrams()) {
                        if (!applicable.contains(description) && !Types.isA(model, description.getDomainClass())) {
                            applicable.add(description);
                        }
                    }
                }
            }
            TableDescription table = list || viewpoints.find(viewpoint).isPresent() ? null
                    : TableDescriptions.find(viewpoints, viewpoint).orElse(null);
            String where = on == null ? file : label(target);
            int code = list ? list(context, where, applicable, tables, viewpoints)
                    : table != null ? TableExportCommand.export(context, where, target, table, layers, outPath, tables)
                    : render(context, where, path, target, viewpoint, layers, outPath, save, applicable, viewpoints,
                            new Additions(legend, problems, model));
            // A precondition that could not be evaluated is a problem of the installed viewpoints (listed above).
            return code == ExitCodes.OK && !preconditions.isEmpty() ? ExitCodes.PROBLEMS_FOUND : code;
        } catch (OutOfMemoryError | StackOverflowError e) {
            return CommandFailures.whileReading(path, e, context);
        }
    }

    private static int list(CommandContext context, String file, List<DiagramDescription> applicable,
            List<TableDescription> tables, ViewpointRegistry viewpoints) {
        if (viewpoints.viewpoints().isEmpty()) {
            context.err().println(Messages.get("diagram.noViewpoints"));
            return ExitCodes.OK;
        }
        if (applicable.isEmpty() && tables.isEmpty()) {
            context.err().println(Messages.get("diagram.listNone", file));
            return ExitCodes.OK;
        }
        context.err().println(Messages.get("diagram.listHeader", file));
        for (DiagramDescription description : applicable) {
            context.out().println(Messages.get("diagram.listKindLine", ViewpointRegistry.qualifiedId(description),
                    Messages.get("diagram.kindDiagram"), description.getLabel(), description.getDomainClass()));
        }
        for (TableDescription description : tables) {
            context.out().println(Messages.get("diagram.listKindLine", TableDescriptions.qualifiedId(description),
                    Messages.get("diagram.kindTable"), description.getLabel(), description.getDomainClass()));
        }
        return ExitCodes.OK;
    }

    private static int render(CommandContext context, String file, Path path, Element model, String id,
            List<String> layers, Path out, boolean save, List<DiagramDescription> applicable,
            ViewpointRegistry viewpoints, Additions additions) {
        DiagramDescription description = viewpoints.find(id).orElse(null);
        if (description == null) {
            context.err().println(Messages.get("diagram.unknownViewpoint", id, applicable.stream()
                    .map(ViewpointRegistry::qualifiedId).collect(Collectors.joining(", "))));
            return ExitCodes.USAGE;
        }
        if (!applicable.contains(description)) {
            context.err().println(Messages.get("diagram.notApplicable", id, file));
            if (!Types.isA(model, description.getDomainClass())) {
                context.err().println(Messages.get("diagram.domainClass", id, description.getDomainClass(),
                        model.eClass().getName()));
            }
            return ExitCodes.USAGE;
        }
        if (out != null && TableExport.format(out.toString()) != null) {
            return usage(context, Messages.get("diagram.badFormat", out));
        }
        List<String> optional = description.getLayers().stream().skip(1).map(Layer::getId).toList();
        for (String layer : layers) {
            if (!optional.contains(layer)) {
                context.err().println(Messages.get("diagram.unknownLayer", layer, id, String.join(", ", optional)));
                return ExitCodes.USAGE;
            }
        }
        DiagramSession session;
        try {
            session = openSaved(context, path, model, description, viewpoints);
        } catch (ModelLoadException e) {
            if (save) {
                // Never overwrite a diagram file that could not be read: it may hold the user's arrangement.
                context.err().println(Messages.get("diagram.cannotSave", ViewpointResources.diagramFileFor(path),
                        e.getMessage()));
                return ExitCodes.INPUT_ERROR;
            }
            context.err().println(Messages.get("diagram.registryProblem", e.getMessage()));
            session = null;
        }
        boolean fresh = session == null;
        if (fresh) {
            session = DiagramSession.create(model, description);
        }
        try {
            for (String layer : layers) {
                session.setLayerActive(layer, true);
            }
            if (fresh && !layers.isEmpty()) {
                // A new diagram is laid out as a whole; a saved one keeps its layout (the layer's nodes are placed).
                session.arrangeAll();
            }
            Diagram diagram = session.diagram();
            if (save) {
                Path saved = ViewpointResources.diagramFileFor(path);
                try {
                    ViewpointResources.storeDiagram(path, diagram);
                } catch (IOException | ModelLoadException e) {
                    context.err().println(Messages.get("diagram.cannotSave", saved, e instanceof IOException io
                            ? IoProblems.reason(io) : e.getMessage()));
                    return ExitCodes.INPUT_ERROR;
                }
                context.err().println(Messages.get("diagram.saved", saved.getFileName(), diagram.getName()));
            }
            if (out == null) {
                return finish(context, session, null);
            }
            RenderOptions options = additions.options(context, session);
            try {
                String format = format(out.toString());
                if ("png".equals(format)) {
                    new PngRenderer().write(diagram, out, 1.5, options);
                } else if ("pdf".equals(format)) {
                    new PdfRenderer().write(diagram, out, options);
                } else {
                    new SvgRenderer().write(diagram, out, options);
                }
            } catch (IOException e) {
                context.err().println(Messages.get("diagram.cannotWrite", out, IoProblems.reason(e)));
                return ExitCodes.INPUT_ERROR;
            } catch (RuntimeException e) {
                context.err().println(Messages.get("diagram.cannotWrite", out, e.getMessage()));
                return ExitCodes.INPUT_ERROR;
            }
            return finish(context, session, out);
        } finally {
            session.dispose();
        }
    }

    /** What {@code --legend} and {@code --problems} add to the picture. */
    private record Additions(boolean legend, boolean problems, ModeleMaillage model) {

        RenderOptions options(CommandContext context, DiagramSession session) {
            RenderOptions options = RenderOptions.NONE;
            if (legend) {
                options = options.withLegend(Legend.of(session));
            }
            if (problems) {
                try {
                    options = options.withProblems(DiagramProblems.of(ValidationProblems.of(model)));
                } catch (NoClassDefFoundError e) {
                    // Validation is an optional import: the viewpoint engine works without it.
                    context.err().println(Messages.get("diagram.noValidation"));
                }
            }
            return options;
        }
    }

    /** Reports the expression problems met and what was drawn; @return the exit code */
    private static int finish(CommandContext context, DiagramSession session, Path out) {
        List<ExpressionDiagnostic> diagnostics = session.lastResult().diagnostics();
        for (ExpressionDiagnostic diagnostic : diagnostics) {
            context.err().println(Messages.get("diagram.diagnostic", diagnostic));
        }
        if (out != null) {
            context.err().println(Messages.get("diagram.written", out.getFileName(), session.allNodes().size(),
                    session.diagram().getEdges().size()));
        }
        return diagnostics.isEmpty() ? ExitCodes.OK : ExitCodes.PROBLEMS_FOUND;
    }

    /**
     * @return a session on the saved diagram of this description beside the roadmap, brought up to date with the
     *         roadmap (positions and routes kept, new elements placed), or {@code null} when there is none
     * @throws ModelLoadException when the diagram file exists but cannot be read
     */
    private static DiagramSession openSaved(CommandContext context, Path roadmap, Element model,
            DiagramDescription description, ViewpointRegistry viewpoints) throws ModelLoadException {
        try {
            Optional<Diagram> saved = ViewpointResources.findSaved(roadmap, model, description);
            if (saved.isPresent()) {
                context.err().println(Messages.get("diagram.savedPositions",
                        ViewpointResources.diagramFileFor(roadmap).getFileName()));
                return DiagramSession.open(saved.get(), model.eResource(), viewpoints);
            }
        } catch (IllegalArgumentException e) {
            context.err().println(Messages.get("diagram.registryProblem", e.getMessage()));
        }
        return null;
    }

    /**
     * The element of {@code --on}: by uuid, else by name (exact, then ignoring case); an unknown or ambiguous name is
     * a usage error that says what was found.
     */
    private static Element element(CommandContext context, ModeleMaillage model, String wanted) {
        List<Element> byName = new ArrayList<>();
        List<Element> byNameIgnoringCase = new ArrayList<>();
        for (var i = EcoreUtil.<EObject>getAllContents(model.eResource(), false); i.hasNext();) {
            if (i.next() instanceof Element element) {
                if (wanted.equals(element.getUuid())) {
                    return element;
                }
                if (wanted.equals(element.getNom())) {
                    byName.add(element);
                } else if (wanted.equalsIgnoreCase(element.getNom())) {
                    byNameIgnoringCase.add(element);
                }
            }
        }
        List<Element> found = byName.isEmpty() ? byNameIgnoringCase : byName;
        if (found.size() == 1) {
            return found.get(0);
        }
        if (found.isEmpty()) {
            context.err().println(Messages.get("diagram.unknownElement", wanted));
        } else {
            context.err().println(Messages.get("diagram.ambiguousElement", wanted, found.stream()
                    .map(e -> e.eClass().getName() + ' ' + e.getUuid()).collect(Collectors.joining(", "))));
        }
        return null;
    }

    private static String label(Element element) {
        return element.eClass().getName() + " « " + element.getNom() + " »";
    }

    private static String format(String out) {
        String lower = out.toLowerCase(Locale.ROOT);
        return lower.endsWith(".svg") ? "svg" : lower.endsWith(".png") ? "png"
                : lower.endsWith(".pdf") ? "pdf" : TableExport.format(lower);
    }

    private static int usage(CommandContext context, String problem) {
        if (problem != null) {
            context.err().println(problem);
        }
        context.err().println(Messages.get("diagram.usage"));
        return ExitCodes.USAGE;
    }
}
