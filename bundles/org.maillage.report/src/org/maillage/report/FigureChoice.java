/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.report;

/**
 * A figure a provider can draw for a roadmap, as the report wizard offers it in its checklist.
 *
 * @param id the figure id, as {@link FigureId#text()} writes it
 * @param title its title, in the user's language
 */
public record FigureChoice(String id, String title) {
}
