/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.team.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the markers a plain text merge (`git merge` without Maillage's merge driver) leaves in a file. Such a model
 * file is no longer XML: recording it as a version or merging it again would spread the damage.
 */
public final class ConflictMarkers {

    private ConflictMarkers() {
    }

    /**
     * @param file a file
     * @return the 1-based number of the first line starting with {@code <<<<<<< } or {@code >>>>>>> }, or 0
     * @throws IOException when the file cannot be read
     */
    public static int firstLine(Path file) throws IOException {
        // Lenient decoding: a marker is ASCII, whatever the rest of the file is.
        try (BufferedReader reader = new BufferedReader(new java.io.InputStreamReader(Files.newInputStream(file),
                StandardCharsets.ISO_8859_1))) {
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.startsWith("<<<<<<< ") || line.startsWith(">>>>>>> ") || line.equals("<<<<<<<")
                        || line.equals(">>>>>>>")) {
                    return number;
                }
            }
            return 0;
        }
    }
}
