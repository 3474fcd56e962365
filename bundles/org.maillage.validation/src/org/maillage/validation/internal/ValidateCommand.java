/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.validation.internal;

import java.util.List;

import org.maillage.cli.CommandContext;
import org.maillage.cli.ExitCodes;
import org.maillage.cli.RoadmapFileCommand;
import org.maillage.model.ModeleMaillage;
import org.maillage.validation.ModelValidation;
import org.maillage.validation.RuleDiagnostic;
import org.maillage.validation.Severity;

/**
 * {@code maillage validate FILE}: one line per problem on standard output
 * ({@code SEVERITY CODE [uuid] message}, the uuid to find the element in the file), then a summary line; exit
 * code 1 when there is at least one error, 0 otherwise (warnings alone do not fail a script).
 */
public final class ValidateCommand extends RoadmapFileCommand {

    @Override
    protected String usage() {
        return Messages.get("command.usage");
    }

    @Override
    protected int run(ModeleMaillage model, String fileName, CommandContext context) {
        List<RuleDiagnostic> problems = ModelValidation.problems(ModelValidation.validate(model));
        int errors = 0;
        int warnings = 0;
        for (RuleDiagnostic problem : problems) {
            Severity severity = problem.getSeverityLevel();
            errors += severity == Severity.ERROR ? 1 : 0;
            warnings += severity == Severity.WARNING ? 1 : 0;
            context.out().println(Messages.get("command.line", Messages.get("severity." + severity.name()),
                    problem.getRuleCode(), problem.getMessage()));
        }
        context.out().println(Messages.get("command.summary", errors, warnings, problems.size() - errors - warnings,
                fileName));
        return errors > 0 ? ExitCodes.PROBLEMS_FOUND : ExitCodes.OK;
    }
}
