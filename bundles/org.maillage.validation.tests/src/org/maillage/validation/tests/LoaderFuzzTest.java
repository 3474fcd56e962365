/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.validation.tests;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.core.persistence.ModelLoadException;
import org.maillage.examples.Example;
import org.maillage.examples.Examples;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.resource.MaillageFiles;
import org.maillage.validation.ModelValidation;

/**
 * Covered cases: the roadmap loader on a few thousand seeded random mutations of the shipped small examples
 * (truncations, byte flips, lines duplicated, removed or swapped, attributes removed, duplicated or given another
 * element's value, references to other files, unknown or hostile namespaces, a DOCTYPE): each case either loads,
 * then migrates and validates without exception, or fails with a {@link ModelLoadException}; never another exception
 * or error, never a hang. The seed is printed on failure; {@code -Dmaillage.fuzz.seed=N} replays one.
 */
class LoaderFuzzTest {

    private static final int CASES = 2400;
    private static final Pattern ATTRIBUTE = Pattern.compile(" ([\\w:]+)=\"([^\"]*)\"");
    private static final String[] HOSTILE = { "file:///dev/zero", "http://127.0.0.1:9/x", "other.maillage",
        "http://maillage.org/model/1.0/inconnu", "", "urn:x", "http://maillage.org/model/1.0#//Chantier",
        "jar:file:/x.jar!/y", "/proc/self/fd/0" };

    @TempDir
    Path folder;

    @Test
    void mutatedExamplesLoadOrFailCleanly() throws Exception {
        long seed = Long.getLong("maillage.fuzz.seed", 20261211L);
        List<byte[]> sources = new ArrayList<>();
        for (Example example : Examples.all()) {
            if (!example.name().equals(Examples.EURE)) {
                // Eure is ten times larger: the small ones give as many cases in a tenth of the time.
                try (InputStream in = example.url().openStream()) {
                    sources.add(in.readAllBytes());
                }
            }
        }
        Path file = folder.resolve("fuzz.maillage");
        int[] outcomes = new int[2];
        long[] slowest = new long[1];
        assertTimeoutPreemptively(Duration.ofSeconds(180), () -> {
            Random random = new Random(seed);
            for (int i = 0; i < CASES; i++) {
                byte[] source = sources.get(random.nextInt(sources.size()));
                StringBuilder what = new StringBuilder();
                byte[] mutated = mutate(source, random, what);
                Files.write(file, mutated);
                long start = System.nanoTime();
                try {
                    ModeleMaillage model = MaillageFiles.load(file);
                    ModelValidation.validate(model);
                    outcomes[0]++;
                } catch (ModelLoadException e) {
                    outcomes[1]++;
                    assertTrue(e.getMessage() != null && e.getMessage().contains(file.toString()),
                            "seed " + seed + ", case " + i + " (" + what + "): message names the file: "
                                    + e.getMessage());
                } catch (Throwable t) {
                    Path kept = Files.write(folder.resolveSibling("fuzz-failure-" + seed + "-" + i + ".maillage"),
                            mutated);
                    fail("seed " + seed + ", case " + i + " (" + what + "), kept in " + kept + ": " + t, t);
                }
                slowest[0] = Math.max(slowest[0], System.nanoTime() - start);
            }
        }, "seed " + seed + ": the fuzzed loader hung");
        // Generous: no case may take seconds, which would be a hang in disguise.
        assertTrue(slowest[0] < Duration.ofSeconds(10).toNanos(), "seed " + seed + ": slowest case "
                + slowest[0] / 1_000_000 + " ms");
        assertTrue(outcomes[0] > CASES / 20 && outcomes[1] > CASES / 20,
                "seed " + seed + ": both outcomes occur (loaded " + outcomes[0] + ", refused " + outcomes[1] + ")");
    }

    private static byte[] mutate(byte[] source, Random random, StringBuilder what) {
        int mutations = 1 + random.nextInt(3);
        byte[] bytes = source;
        for (int m = 0; m < mutations; m++) {
            bytes = mutateOnce(bytes, random, what);
        }
        return bytes;
    }

    private static byte[] mutateOnce(byte[] bytes, Random random, StringBuilder what) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int kind = random.nextInt(11);
        what.append(kind).append(' ');
        if (bytes.length < 2 || lines.size() < 4 || kind >= 5 && !ATTRIBUTE.matcher(text).find()) {
            // An earlier mutation left too little to mutate this way: truncate further instead.
            return java.util.Arrays.copyOf(bytes, bytes.length / 2);
        }
        switch (kind) {
            case 0 -> {
                return java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length));
            }
            case 1 -> {
                byte[] flipped = bytes.clone();
                for (int n = 1 + random.nextInt(3); n > 0; n--) {
                    flipped[random.nextInt(flipped.length)] ^= (byte) (1 << random.nextInt(8));
                }
                return flipped;
            }
            case 2 -> {
                int line = 2 + random.nextInt(lines.size() - 2);
                lines.add(line, lines.get(line));
            }
            case 3 -> lines.remove(2 + random.nextInt(lines.size() - 3));
            case 4 -> {
                int a = 2 + random.nextInt(lines.size() - 2);
                int b = 2 + random.nextInt(lines.size() - 2);
                String line = lines.get(a);
                lines.set(a, lines.get(b));
                lines.set(b, line);
            }
            default -> {
                return attributeMutation(text, kind, random).getBytes(StandardCharsets.UTF_8);
            }
        }
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    private static String attributeMutation(String text, int kind, Random random) {
        List<int[]> spans = new ArrayList<>();
        Matcher matcher = ATTRIBUTE.matcher(text);
        while (matcher.find()) {
            spans.add(new int[] { matcher.start(), matcher.end(), matcher.start(2), matcher.end(2) });
        }
        int[] span = spans.get(random.nextInt(spans.size()));
        String attribute = text.substring(span[0], span[1]);
        String value;
        switch (kind) {
            case 5:
                return text.substring(0, span[0]) + text.substring(span[1]);
            case 6:
                return text.substring(0, span[1]) + attribute + text.substring(span[1]);
            case 7:
                int[] other = spans.get(random.nextInt(spans.size()));
                value = text.substring(other[2], other[3]);
                break;
            case 8:
                value = HOSTILE[random.nextInt(HOSTILE.length)] + (random.nextBoolean() ? "#" + value(text, spans,
                        random) : "");
                break;
            case 9:
                // A reference to another file, as an element, inside a random element of the file.
                int close = text.indexOf('>', span[1]);
                if (close < 0 || text.charAt(close - 1) == '/' || text.charAt(close - 1) == '?') {
                    return text;
                }
                String name = List.of("territoire", "membres", "cible", "porteur", "x").get(random.nextInt(5));
                return text.substring(0, close + 1) + "<" + name + " href=\""
                        + HOSTILE[random.nextInt(HOSTILE.length)] + "#" + value(text, spans, random) + "\"/>"
                        + text.substring(close + 1);
            default:
                if (random.nextBoolean()) {
                    return text.replaceFirst("\\?>", "?>\n<!DOCTYPE m [<!ENTITY e \"x\">]>");
                }
                // A namespace declared somewhere and used.
                return text.substring(0, span[0]) + " xmlns:z=\"" + HOSTILE[random.nextInt(HOSTILE.length)]
                        + "\" z:" + attribute.substring(1) + text.substring(span[1]);
        }
        return text.substring(0, span[2]) + value + text.substring(span[3]);
    }

    private static String value(String text, List<int[]> spans, Random random) {
        int[] span = spans.get(random.nextInt(spans.size()));
        return text.substring(span[2], span[3]);
    }
}
