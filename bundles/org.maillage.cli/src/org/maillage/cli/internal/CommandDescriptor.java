/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.cli.internal;

import java.util.function.Supplier;

import org.maillage.cli.ICommand;

/**
 * A command as declared, created only when it runs.
 *
 * @param name what the user types
 * @param usage its arguments, for the help
 * @param description one line, already localised
 * @param factory creates the implementation
 */
public record CommandDescriptor(String name, String usage, String description, Supplier<ICommand> factory) {
}
