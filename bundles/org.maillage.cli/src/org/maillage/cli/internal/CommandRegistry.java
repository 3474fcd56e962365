/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.cli.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.maillage.cli.ICommand;

/** Reads the contributions to {@code org.maillage.cli.commands}. */
public final class CommandRegistry {

    /** The extension point's full id. */
    public static final String EXTENSION_POINT = "org.maillage.cli.commands";

    private static final Set<String> RESERVED = Set.of("--help", "-h", "help", "--version");

    private CommandRegistry() {
    }

    /**
     * @param registry the extension registry, or {@code null} outside a running platform
     * @param err where to report a contribution that cannot be used
     * @return the commands, sorted by name, the first contribution winning on a duplicate name
     */
    public static List<CommandDescriptor> read(IExtensionRegistry registry, PrintStream err) {
        Map<String, CommandDescriptor> byName = new LinkedHashMap<>();
        if (registry == null) {
            return List.of();
        }
        for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
            String name = element.getAttribute("name");
            String contributor = element.getContributor().getName();
            if (name == null || RESERVED.contains(name) || byName.containsKey(name)) {
                err.println(Messages.get("registry.ignored", name, contributor));
                continue;
            }
            byName.put(name, new CommandDescriptor(name, valueOrEmpty(element.getAttribute("usage")),
                    valueOrEmpty(element.getAttribute("description")), () -> create(element)));
        }
        List<CommandDescriptor> sorted = new ArrayList<>(byName.values());
        sorted.sort((a, b) -> a.name().compareTo(b.name()));
        return sorted;
    }

    private static ICommand create(IConfigurationElement element) {
        try {
            return (ICommand) element.createExecutableExtension("class");
        } catch (CoreException | ClassCastException e) {
            throw new IllegalStateException(Messages.get("registry.cannotCreate", element.getAttribute("name"),
                    element.getContributor().getName(), e.getMessage()), e);
        }
    }

    private static String valueOrEmpty(String value) {
        return value == null ? "" : value;
    }
}
