/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * Covered cases: the icon loader's limits on the content it reads (in the package, to reach the reading step
 * without an over-size file in a plug-in): at most {@link Icons#MAX_BYTES} bytes, and the signature the extension
 * promises.
 */
class IconsLimitsTest {

    private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

    @Test
    void overSizeAndWrongContentAreRefused() throws Exception {
        assertTrue(Icons.read(new ByteArrayInputStream(png(Icons.MAX_BYTES)), "png").isPresent(),
                "exactly the limit is read");
        assertEquals(Optional.empty(), Icons.read(new ByteArrayInputStream(png(Icons.MAX_BYTES + 1)), "png"));
        assertEquals(Optional.empty(), Icons.read(new ByteArrayInputStream(png(10 * Icons.MAX_BYTES)), "png"));
        assertEquals(Optional.empty(), Icons.read(new ByteArrayInputStream(png(100)), "gif"), "a PNG named .gif");
        assertEquals(Optional.empty(), Icons.read(new ByteArrayInputStream(
                "root:x:0:0:root:/root:/bin/bash".getBytes(StandardCharsets.US_ASCII)), "png"));
        assertTrue(Icons.read(new ByteArrayInputStream("GIF89a....".getBytes(StandardCharsets.US_ASCII)), "gif")
                .isPresent());
    }

    private static byte[] png(int size) {
        byte[] bytes = new byte[size];
        System.arraycopy(PNG, 0, bytes, 0, PNG.length);
        return bytes;
    }
}
