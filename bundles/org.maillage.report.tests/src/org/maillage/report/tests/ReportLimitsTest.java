/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.maillage.report.OutputFormat;
import org.maillage.report.RenderLimits;
import org.maillage.report.ReportException;
import org.maillage.report.ReportRenderer;

/**
 * Covered cases: an endless script in {@code initialize}, {@code beforeFactory}, an {@code onCreate} handler, a
 * data-binding expression, or one that catches the stop and loops again, is stopped at the time limit with a French
 * message naming the design, and the same engine then renders a normal report; libraries, images (URL and file) and
 * CSS style sheets from an {@code http:} URL open no connection (a local server counts them), and from a file outside
 * the design's folder (absolute path, {@code ../}, {@code file:} URL, symbolic link) are never read, each refusal
 * naming the design and the resource; a style sheet inside the design's folder is used; scripts cannot change the
 * JVM's default time zone or locale (ICU or Java); the engine's temporary folder is empty and removed after a normal
 * run, a stopped run and a refused design.
 */
class ReportLimitsTest {

    private static final Duration LIMIT = Duration.ofSeconds(2);

    private static Path engineTemp;
    private static ReportRenderer renderer;

    @TempDir
    Path folder;

    private ServerSocket server;
    private final AtomicInteger connections = new AtomicInteger();
    private Thread acceptor;

    @BeforeAll
    static void start() throws Exception {
        engineTemp = Files.createTempDirectory("maillage-test-moteur");
        renderer = new ReportRenderer(engineTemp);
    }

    @AfterAll
    static void stop() throws IOException {
        renderer.close();
        try (Stream<Path> left = Files.list(engineTemp)) {
            assertEquals(List.of(), left.toList(), "the engine's temporary folder is removed when it closes");
        } finally {
            ReportRenderer.deleteTree(engineTemp);
        }
    }

    @BeforeEach
    void listen() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        server.setSoTimeout(200);
        acceptor = Thread.ofPlatform().daemon().start(() -> {
            while (!server.isClosed()) {
                try (Socket accepted = server.accept()) {
                    connections.incrementAndGet();
                } catch (SocketTimeoutException e) {
                    // Look again.
                } catch (IOException e) {
                    return;
                }
            }
        });
    }

    @AfterEach
    void close() throws Exception {
        server.close();
        acceptor.join(2_000);
    }

    // ---- time limit ----

    @ParameterizedTest
    @ValueSource(strings = { "initialize", "beforeFactory", "onCreate", "expression", "catch" })
    void endlessScriptIsStoppedThenTheEngineStillWorks(String where) {
        String loop = "while (true) {}";
        String design = switch (where) {
            case "initialize" -> design(method("initialize", loop), "'Bonjour'", "");
            case "beforeFactory" -> design(method("beforeFactory", loop), "'Bonjour'", "");
            case "onCreate" -> design("", "'Bonjour'", method("onCreate", loop));
            case "expression" -> design("", "(function () { while (true) {} })()", "");
            default -> design(method("initialize",
                    "while (true) { try { while (true) {} } catch (e) {} finally { while (true) {} } }"),
                    "'Bonjour'", "");
        };
        ReportException e = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> assertThrows(ReportException.class, () -> render("boucle.rptdesign", design, null)));
        assertTrue(e.getMessage().contains("Le script du rapport « boucle.rptdesign » a dépassé 2 s"), e.getMessage());

        String html = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> render("normal.rptdesign", design("", "'Bonjour ' + (6 * 7)", ""), null));
        assertTrue(html.contains("Bonjour 42"), html);
    }

    // ---- resources ----

    @Test
    void httpLibraryImageAndStyleSheetOpenNoConnection() throws Exception {
        String base = "http://127.0.0.1:" + server.getLocalPort() + "/";
        Path designFile = folder.resolve("distant.rptdesign");
        List<String> designs = List.of(
                design(library(base + "bib.rptlibrary"), "'x'", ""),
                design(styleSheet(base + "style.css"), "'x'", ""),
                designWithImage("url", base + "logo.png"),
                designWithImage("file", base + "logo.png"));
        for (String design : designs) {
            Files.writeString(designFile, design);
            ReportException e = assertThrows(ReportException.class,
                    () -> render("distant.rptdesign", design, designFile.toUri().toURL()), design);
            assertTrue(e.getMessage().contains("distant.rptdesign"), e.getMessage());
            assertTrue(e.getMessage().contains(base), "names the resource: " + e.getMessage());
        }
        // Message files are looked up only for a text with a key: without one, nothing is asked, and nothing opened.
        String messages = design("<property name=\"includeResource\">" + base + "messages</property>", "'x'", "");
        Files.writeString(designFile, messages);
        try {
            render("distant.rptdesign", messages, designFile.toUri().toURL());
        } catch (ReportException refused) {
            assertTrue(refused.getMessage().contains(base), refused.getMessage());
        }
        Thread.sleep(300);
        assertEquals(0, connections.get(), "connections to the local server");
    }

    @Test
    void filesOutsideTheDesignFolderAreNeverRead() throws Exception {
        Path designs = Files.createDirectories(folder.resolve("modeles"));
        Path secret = Files.writeString(folder.resolve("secret.css"), ".x { color: red } /* SECRET-42 */");
        Path link = designs.resolve("lien.css");
        Files.createSymbolicLink(link, secret);
        Path designFile = designs.resolve("curieux.rptdesign");
        List<String> names = List.of(secret.toString(), "../secret.css", secret.toUri().toString(), "lien.css");
        for (String name : names) {
            for (String design : List.of(design(styleSheet(name), "'x'", ""), design(library(name), "'x'", ""),
                    designWithImage("file", name))) {
                Files.writeString(designFile, design);
                ReportException e = assertThrows(ReportException.class,
                        () -> render("curieux.rptdesign", design, designFile.toUri().toURL()), name);
                assertTrue(e.getMessage().contains("curieux.rptdesign"), e.getMessage());
                assertTrue(e.getMessage().contains(name), "names the resource: " + e.getMessage());
                assertFalse(e.getMessage().contains("SECRET-42"), e.getMessage());
            }
        }
    }

    @Test
    void aStyleSheetInTheDesignFolderIsUsed() throws Exception {
        Files.writeString(folder.resolve("style.css"), ".titre { color: #123456; }");
        Path designFile = folder.resolve("local.rptdesign");
        String design = design(styleSheet("style.css"), "'Bonjour'", "<property name=\"style\">titre</property>");
        Files.writeString(designFile, design);
        String html = render("local.rptdesign", design, designFile.toUri().toURL());
        assertTrue(html.contains("Bonjour"), html);
        assertTrue(html.toLowerCase(Locale.ROOT).contains("#123456") || html.contains("rgb(18, 52, 86)"),
                "the style sheet applies: " + html);
    }

    // ---- JVM-wide defaults ----

    @Test
    void scriptsCannotChangeTheDefaultTimeZoneOrLocale() {
        com.ibm.icu.util.TimeZone icuZone = com.ibm.icu.util.TimeZone.getDefault();
        com.ibm.icu.util.ULocale icuLocale = com.ibm.icu.util.ULocale.getDefault();
        java.util.TimeZone zone = java.util.TimeZone.getDefault();
        Locale locale = Locale.getDefault();
        String[] attacks = {
            "com.ibm.icu.util.TimeZone.setDefault(com.ibm.icu.util.TimeZone.getTimeZone('Pacific/Kiritimati'));",
            "com.ibm.icu.util.ULocale.setDefault(new com.ibm.icu.util.ULocale('ja_JP'));",
            "java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone('Pacific/Kiritimati'));",
            "java.util.Locale.setDefault(new java.util.Locale('ja', 'JP'));",
            "Packages.com.ibm.icu.util.TimeZone.setDefault(Packages.com.ibm.icu.util.TimeZone.getTimeZone('GMT+14'));" };
        for (String attack : attacks) {
            try {
                render("fuseau.rptdesign", design(method("initialize", attack), "'x'", ""), null);
            } catch (ReportException refused) {
                assertTrue(refused.getMessage().contains("fuseau.rptdesign"), refused.getMessage());
            }
            assertEquals(icuZone.getID(), com.ibm.icu.util.TimeZone.getDefault().getID(), attack);
            assertEquals(icuLocale, com.ibm.icu.util.ULocale.getDefault(), attack);
            assertEquals(zone.getID(), java.util.TimeZone.getDefault().getID(), attack);
            assertEquals(locale, Locale.getDefault(), attack);
        }
    }

    // ---- leftovers ----

    @Test
    void noTemporaryFileIsLeftByNormalStoppedOrRefusedRuns() throws Exception {
        Path root = Files.createDirectories(folder.resolve("tmp"));
        try (ReportRenderer own = new ReportRenderer(root)) {
            own.render("normal.rptdesign", stream(design("", "'Bonjour'", "")), Map.of(), Map.of(), Locale.FRANCE,
                    OutputFormat.PDF, new ByteArrayOutputStream());
            assertThrows(ReportException.class, () -> own.render("boucle.rptdesign",
                    stream(design(method("initialize", "while (true) {}"), "'x'", "")), Map.of(), Map.of(),
                    Locale.FRANCE, OutputFormat.PDF, new ByteArrayOutputStream(), () -> false,
                    new RenderLimits(null, LIMIT)));
            assertThrows(ReportException.class, () -> own.render("distant.rptdesign",
                    stream(design(styleSheet("/etc/passwd"), "'x'", "")), Map.of(), Map.of(), Locale.FRANCE,
                    OutputFormat.PDF, new ByteArrayOutputStream()));
        }
        try (Stream<Path> left = Files.list(root)) {
            assertEquals(List.of(), left.toList());
        }
    }

    // ---- helpers ----

    private static ByteArrayInputStream stream(String design) {
        return new ByteArrayInputStream(design.getBytes(StandardCharsets.UTF_8));
    }

    private static String render(String name, String design, URL location) throws ReportException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(name, stream(design), Map.of(), Map.of(), Locale.FRANCE, OutputFormat.HTML, out, () -> false,
                new RenderLimits(location, LIMIT));
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String method(String name, String script) {
        return "<method name=\"" + name + "\"><![CDATA[" + script + "]]></method>";
    }

    private static String library(String file) {
        return """
                <list-property name="libraries">
                    <structure>
                        <property name="fileName">%s</property>
                        <property name="namespace">bib</property>
                    </structure>
                </list-property>
                """.formatted(file);
    }

    private static String styleSheet(String file) {
        return """
                <list-property name="cssStyleSheets">
                    <structure>
                        <property name="fileName">%s</property>
                    </structure>
                </list-property>
                """.formatted(file);
    }

    /** A design with report-level XML {@code header} and a data item evaluating {@code expr}. */
    private static String design(String header, String expr, String dataItem) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <report xmlns="http://www.eclipse.org/birt/2005/design" version="3.2.23" id="1">
                    %s
                    <body>
                        <data id="2">
                            %s
                            <list-property name="boundDataColumns">
                                <structure>
                                    <property name="name">valeur</property>
                                    <expression name="expression"><![CDATA[%s]]></expression>
                                    <property name="dataType">string</property>
                                </structure>
                            </list-property>
                            <property name="resultSetColumn">valeur</property>
                        </data>
                    </body>
                </report>
                """.formatted(header, dataItem, expr);
    }

    private static String designWithImage(String source, String uri) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <report xmlns="http://www.eclipse.org/birt/2005/design" version="3.2.23" id="1">
                    <body>
                        <image id="2">
                            <property name="source">%s</property>
                            <expression name="uri">"%s"</expression>
                        </image>
                    </body>
                </report>
                """.formatted(source, uri.replace("\\", "\\\\"));
    }
}
