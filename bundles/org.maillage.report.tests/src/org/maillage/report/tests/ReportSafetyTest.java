/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.report.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.examples.Examples;
import org.maillage.model.ModeleMaillage;
import org.maillage.report.OutputFormat;
import org.maillage.report.ReportException;
import org.maillage.report.ReportRenderer;
import org.maillage.report.ReportService;
import org.maillage.report.data.ReportScope;
import org.maillage.report.internal.ScriptSandbox;

/**
 * Covered cases: a hostile design run with the Maillage data source cannot create a file, neither by a script nor
 * through the data source's handle that BIRT shows to scripts; malformed XML and an unknown Maillage table give a
 * French error naming the design; the start-up probe refuses an engine whose shutter lets Java through.
 */
class ReportSafetyTest {

    private static ModeleMaillage eure;

    @TempDir
    Path folder;

    @BeforeAll
    static void load() throws Exception {
        eure = Examples.eure().open();
    }

    private static void generate(String name, String design) throws ReportException {
        ReportService.getDefault().generate(name, new ByteArrayInputStream(design.getBytes(StandardCharsets.UTF_8)),
                ReportScope.of(eure), OutputFormat.HTML, new ByteArrayOutputStream());
    }

    /** A design with a Maillage data set on {@code table} and a table whose data item evaluates {@code expr}. */
    private static String design(String initialize, String table, String expr) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <report xmlns="http://www.eclipse.org/birt/2005/design" version="3.2.23" id="1">
                    <method name="initialize"><![CDATA[%s]]></method>
                    <data-sources>
                        <oda-data-source extensionID="org.maillage.report.oda" name="Maillage" id="2"/>
                    </data-sources>
                    <data-sets>
                        <oda-data-set extensionID="org.maillage.report.oda.dataSet" name="Donnees" id="3">
                            <property name="dataSource">Maillage</property>
                            <xml-property name="queryText"><![CDATA[%s]]></xml-property>
                        </oda-data-set>
                    </data-sets>
                    <body>
                        <table id="4">
                            <property name="dataSet">Donnees</property>
                            <list-property name="boundDataColumns">
                                <structure>
                                    <property name="name">valeur</property>
                                    <expression name="expression"><![CDATA[%s]]></expression>
                                    <property name="dataType">string</property>
                                </structure>
                            </list-property>
                            <column id="5"/>
                            <detail>
                                <row id="6">
                                    <cell id="7">
                                        <data id="8">
                                            <property name="resultSetColumn">valeur</property>
                                        </data>
                                    </cell>
                                </row>
                            </detail>
                        </table>
                    </body>
                </report>
                """.formatted(initialize, table, expr);
    }

    @Test
    void hostileDesignWithTheMaillageDataSourceCannotWriteFiles() throws Exception {
        Path target = folder.resolve("pwned.txt");
        String path = target.toString().replace("\\", "\\\\");
        String[] attacks = {
            "new java.io.File('" + path + "').createNewFile();",
            "var h = this['maillageDonnees']; h.figures().scope().model().eResource().save(null);",
            "var h = this['maillageDonnees']; h.getClass().forName('java.io.File');"
                + " new java.io.File('" + path + "').createNewFile();" };
        for (String attack : attacks) {
            try {
                generate("hostile.rptdesign", design(attack, "chantiers", "dataSetRow['chantier']"));
            } catch (ReportException refused) {
                assertTrue(refused.getMessage().contains("hostile.rptdesign"), refused.getMessage());
            }
            assertFalse(Files.exists(target), attack);
        }
        try {
            generate("hostile.rptdesign", design("", "chantiers", "new java.io.File('" + path + "').createNewFile()"));
        } catch (ReportException refused) {
            // Refused or rendered as an error value: only the side effect matters.
        }
        assertFalse(Files.exists(target), "data-binding expression");
    }

    @Test
    void malformedXmlNamesTheDesign() {
        ReportException e = assertThrows(ReportException.class,
                () -> generate("casse.rptdesign", "<report xmlns=\"http://www.eclipse.org/birt/2005/design\"><body>"));
        assertTrue(e.getMessage().startsWith("Le modèle de rapport « casse.rptdesign » est invalide"), e.getMessage());
    }

    @Test
    void unknownTableNamesTheDesignAndTheKnownTables() {
        ReportException e = assertThrows(ReportException.class,
                () -> generate("inconnu.rptdesign", design("", "chantiers-fantomes", "dataSetRow['x']")));
        assertTrue(e.getMessage().contains("inconnu.rptdesign"), e.getMessage());
        assertTrue(e.getMessage().contains("Table Maillage inconnue : « chantiers-fantomes »"), e.getMessage());
        assertTrue(e.getMessage().contains("couverture-epci"), "lists the known tables: " + e.getMessage());
    }

    @Test
    void theProbeRefusesAnEngineWhoseShutterLetsJavaThrough() throws Exception {
        ReportService.getDefault().renderer();
        ScriptSandbox.enforce(false);
        try {
            ReportException e = assertThrows(ReportException.class, ReportRenderer::new);
            assertTrue(e.getMessage().contains("bac à sable n'est pas actif"), e.getMessage());
        } finally {
            ScriptSandbox.enforce(true);
        }
        new ReportRenderer().close();
    }
}
