/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.internal.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.maillage.cli.CommandContext;
import org.maillage.cli.ExitCodes;
import org.maillage.core.persistence.IoProblems;
import org.maillage.viewpoint.ExpressionDiagnostic;
import org.maillage.viewpoint.internal.Messages;
import org.maillage.viewpoint.model.description.TableDescription;
import org.maillage.viewpoint.render.TablePdfRenderer;
import org.maillage.viewpoint.render.TablePngRenderer;
import org.maillage.viewpoint.table.Table;
import org.maillage.viewpoint.table.TableDescriptions;
import org.maillage.viewpoint.table.TableExport;
import org.maillage.viewpoint.table.TableSession;

/**
 * The table side of {@code maillage diagram --viewpoint ID --out X.csv|X.html|X.pdf|X.png FILE}: computes the
 * table and writes it ({@link TableExport}, {@link TablePdfRenderer}, {@link TablePngRenderer}). Exit codes as the
 * diagram command: 0 written, 1 written but some expressions failed (their cells say so, the warnings name them), 2 a
 * table with layers, an SVG or another format or a table that does not apply, 3 the file cannot be written.
 */
final class TableExportCommand {

    private TableExportCommand() {
    }

    static int export(CommandContext context, String file, EObject model, TableDescription description,
            List<String> layers, Path out, List<TableDescription> applicable) {
        String id = TableDescriptions.qualifiedId(description);
        if (!applicable.contains(description)) {
            context.err().println(Messages.get("diagram.notApplicable", id, file));
            return ExitCodes.USAGE;
        }
        if (!layers.isEmpty()) {
            context.err().println(Messages.get("diagram.unknownLayer", layers.get(0), id, ""));
            return ExitCodes.USAGE;
        }
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean pdf = name.endsWith(".pdf");
        boolean png = name.endsWith(".png");
        if (!pdf && !png && TableExport.format(name) == null) {
            context.err().println(Messages.get("diagram.badTableFormat", out));
            return ExitCodes.USAGE;
        }
        TableSession session = TableSession.create(model, description);
        Table table = session.table();
        try {
            if (pdf) {
                new TablePdfRenderer().write(table, out);
            } else if (png) {
                new TablePngRenderer().write(table, out, 2);
            } else {
                TableExport.write(table, out);
            }
        } catch (IOException e) {
            context.err().println(Messages.get("diagram.cannotWrite", out, IoProblems.reason(e)));
            return ExitCodes.INPUT_ERROR;
        } finally {
            session.dispose();
        }
        for (ExpressionDiagnostic diagnostic : table.diagnostics()) {
            context.err().println(Messages.get("diagram.diagnostic", diagnostic));
        }
        context.err().println(Messages.get("diagram.tableWritten", out.getFileName(), table.lines().size(),
                table.columns().size()));
        return table.diagnostics().isEmpty() ? ExitCodes.OK : ExitCodes.PROBLEMS_FOUND;
    }
}
