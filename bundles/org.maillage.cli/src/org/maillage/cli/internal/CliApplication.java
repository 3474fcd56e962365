/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.cli.internal;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.maillage.cli.CommandContext;
import org.maillage.cli.CommandFailures;
import org.maillage.cli.ExitCodes;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

/**
 * The headless application behind {@code maillage <command>}: never creates a display, returns the exit code to
 * the launcher.
 */
public final class CliApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] raw = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        List<String> args = raw == null ? List.of() : Arrays.asList(raw);
        CommandContext commandContext = new CommandContext(System.out, System.err,
                Path.of(System.getProperty("user.dir")));
        int code;
        try {
            Cli cli = new Cli(CommandRegistry.read(Platform.getExtensionRegistry(), System.err), productVersion());
            code = cli.run(args, commandContext);
        } catch (RuntimeException e) {
            System.err.println(Messages.get("internalError", "maillage", e.getClass().getName(), e.getMessage()));
            code = ExitCodes.INTERNAL_ERROR;
        } catch (Error e) {
            // Equinox would log it in the configuration area and exit 0 or 13: say it here, with our exit code.
            code = CommandFailures.duringCommand("maillage", e, commandContext);
        }
        System.out.flush();
        System.err.flush();
        return Integer.valueOf(code);
    }

    /** The product version is this bundle's: all Maillage bundles are released together. */
    private static String productVersion() {
        Bundle bundle = FrameworkUtil.getBundle(CliApplication.class);
        Version v = bundle == null ? Version.emptyVersion : bundle.getVersion();
        String base = v.getMajor() + "." + v.getMinor() + "." + v.getMicro();
        return v.getQualifier().isEmpty() ? base : base + " (" + v.getQualifier() + ")";
    }

    @Override
    public void stop() {
        // Commands are short and synchronous: nothing to interrupt.
    }
}
