/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.report.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.maillage.report.OutputFormat;
import org.maillage.report.ReportException;
import org.maillage.report.ReportRenderer;
import org.maillage.report.internal.ScriptSandbox;

/**
 * Covered cases: report designs are code, and none reaches Java: scripts that try to create a file through
 * {@code new java.io.File}, {@code java.nio}, {@code Packages}, {@code importPackage}, {@code JavaImporter},
 * reflection from {@code reportContext.getClass()}, {@code Runtime.exec}, {@code eval}-built names, the design
 * handle's {@code saveAs}, any Java object found in the script scope, and a data-binding expression, all fail to
 * create it; values, dates and ICU number and date formats stay visible to scripts, ICU's locale, time zone and
 * internals do not.
 */
class ScriptSandboxTest {

    private static ReportRenderer renderer;

    @TempDir
    Path folder;

    @BeforeAll
    static void start() throws Exception {
        renderer = new ReportRenderer();
    }

    @AfterAll
    static void stop() {
        renderer.close();
    }

    /** {@code %s} is replaced by the path of the file the attack tries to create. */
    @ParameterizedTest
    @ValueSource(strings = {
        "new java.io.File('%s').createNewFile();",
        "java.nio.file.Files.createFile(java.nio.file.Paths.get('%s'));",
        "new Packages.java.io.File('%s').createNewFile();",
        "importPackage(java.io); new File('%s').createNewFile();",
        "var io = new JavaImporter(java.io); with (io) { new File('%s').createNewFile(); }",
        "var c = reportContext.getClass().forName('java.io.File');"
            + " c.getConstructor(c.forName('java.lang.String')).newInstance('%s').createNewFile();",
        "java.lang.Runtime.getRuntime().exec(['touch', '%s']);",
        "var p = eval('Pack' + 'ages'); new p.java.io.File('%s').createNewFile();",
        "var g = this; new g['Pack' + 'ages']['java']['io']['File']('%s').createNewFile();",
        "reportContext.getReportRunnable().getDesignHandle().saveAs('%s');",
        // A context of one's own would have no shutter.
        "var cx = new Packages.org.mozilla.javascript.ContextFactory().enterContext();"
            + " cx.evaluateString(cx.initStandardObjects(), \"new java.io.File('%s').createNewFile()\", 'x', 1, null);",
        "reportContext.getDesignHandle().saveAs('%s');",
        // Whatever Java object the engine puts in scope, try every road to the design handle and to Java.
        "for (var k in this) { try { var o = this[k];"
            + " try { o.getReportRunnable().getDesignHandle().saveAs('%1$s'); } catch (e1) {}"
            + " try { o.getDesign().getHandle().saveAs('%1$s'); } catch (e2) {}"
            + " try { o.getClass().forName('java.io.File'); new java.io.File('%1$s').createNewFile(); } catch (e3) {}"
            + " } catch (e) {} }" })
    void initializeScriptCannotCreateAFile(String attack) throws Exception {
        Path target = folder.resolve("pwned.txt");
        render(design(attack.formatted(target), "'Rapport'"));
        assertFalse(Files.exists(target), "the script created " + target);
    }

    @Test
    void dataBindingExpressionCannotCreateAFile() throws Exception {
        Path target = folder.resolve("pwned.txt");
        render(design("", "new java.io.File('%s').createNewFile()".formatted(target)));
        assertFalse(Files.exists(target), "the expression created " + target);
    }

    @Test
    void valuesDatesAndFormattingStayVisible() throws Exception {
        String html = render(design("", "'Le ' + new java.util.Date(0).getTime() + ' : ' + "
                + "new com.ibm.icu.text.DecimalFormat('0000.00').format(1234.5)"));
        assertTrue(html.contains("Le 0"), html);
        assertTrue(html.contains("1234"), "ICU formats numbers: " + html);
    }

    /** Control: the attacks above run where they would succeed without the sandbox. */
    @Test
    void initializeScriptRunsBeforeTheData() {
        String html = render(design("marque = 'initialisé';", "marque"));
        assertTrue(html.contains("initialisé") || html.contains("initialis&eacute;"), html);
    }

    @Test
    void sandboxAllowsOnlyValuesAndScriptApi() {
        assertTrue(ScriptSandbox.visibleToScripts("java.lang.String"));
        assertTrue(ScriptSandbox.visibleToScripts("org.eclipse.birt.report.engine.api.script.IReportContext"));
        assertFalse(ScriptSandbox.visibleToScripts("java.io.File"));
        assertFalse(ScriptSandbox.visibleToScripts("java.lang.Runtime"));
        assertFalse(ScriptSandbox.visibleToScripts("java.lang.Class"));
        assertFalse(ScriptSandbox.visibleToScripts("org.eclipse.birt.report.model.api.ReportDesignHandle"));
        assertTrue(ScriptSandbox.visibleToScripts("com.ibm.icu.text.DecimalFormat"));
        assertFalse(ScriptSandbox.visibleToScripts("com.ibm.icu.util.TimeZone"));
        assertFalse(ScriptSandbox.visibleToScripts("com.ibm.icu.util.ULocale"));
        assertFalse(ScriptSandbox.visibleToScripts("com.ibm.icu.impl.URLHandler"));
    }

    /** Renders to HTML; a design refused by the sandbox fails, which is fine: only the side effect matters. */
    private static String render(String design) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            renderer.render("attaque.rptdesign", new ByteArrayInputStream(design.getBytes(StandardCharsets.UTF_8)),
                    Map.of(), Map.of(), Locale.FRANCE, OutputFormat.HTML, out);
        } catch (ReportException e) {
            return e.getMessage();
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String design(String initialize, String dataExpression) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <report xmlns="http://www.eclipse.org/birt/2005/design" version="3.2.23" id="1">
                    <method name="initialize"><![CDATA[%s]]></method>
                    <body>
                        <data id="2">
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
                """.formatted(initialize, dataExpression);
    }
}
