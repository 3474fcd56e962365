/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.benchmarks.spreadsheet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.common.command.Command;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.dispositif.FicheAction;
import org.maillage.model.edit.RoadmapDocument;
import org.maillage.model.financement.Financement;
import org.maillage.spreadsheet.ImportPreview;
import org.maillage.spreadsheet.SpreadsheetException;
import org.maillage.spreadsheet.Spreadsheets;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Spreadsheet export and import (issue 15) of a table of 5,000 rows ({@link SpreadsheetFixture}): the CLS fiches
 * actions or the financements.
 * <ul>
 * <li>{@code export}: {@link Spreadsheets#export} of the table to XLSX, as {@code maillage export} and the wizard do
 * (atomic write, {@code .bak} kept);</li>
 * <li>{@code importPreview}: {@link Spreadsheets#preview} of that file as exported (every row read, resolved and
 * compared, all unchanged);</li>
 * <li>{@code importEdited}: the whole import of a sheet where every row has one value changed (a fiche's name, a
 * financement's amount): preview, then its command executed on the roadmap's stack; undone after each call;</li>
 * <li>{@code poiRead}: the floor, {@link SpreadsheetFixture#bareRead}: POI's streaming read of the same exported
 * file into lists of strings, in the same run.</li>
 * </ul>
 * JMH runs these one after the other; {@link SpreadsheetPairedRatio} measures the import/floor ratio in alternating
 * rounds, which is steadier on a shared machine.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class SpreadsheetBenchmark {

    /** Rows in each measured table. */
    static final int ROWS = 5_000;

    /** A roadmap with 5,000 rows in the table, its export and an edited export. */
    @State(Scope.Benchmark)
    public static class Table {
        @Param({SpreadsheetFixture.FICHES, SpreadsheetFixture.FINANCEMENTS})
        String table;

        ModeleMaillage model;
        Path folder;
        Path exported;
        Path edited;
        Path out;
        RoadmapDocument document;

        @Setup(Level.Trial)
        public void prepare() throws IOException, SpreadsheetException {
            model = SpreadsheetFixture.generate(ROWS);
            folder = Files.createTempDirectory("maillage-spreadsheet-bench");
            exported = folder.resolve("export.xlsx");
            Spreadsheets.export(model, List.of(table), exported);
            edited = folder.resolve("edited.xlsx");
            Spreadsheets.export(edit(SpreadsheetFixture.generate(ROWS)), List.of(table), edited);
            out = folder.resolve("out.xlsx");
            document = RoadmapDocument.of(model, folder.resolve("roadmap.maillage"));
            ImportPreview preview = Spreadsheets.preview(model, edited);
            System.out.printf("%n%s: %d rows, %d KB; edited: %s%n", table, ROWS, Files.size(exported) / 1024,
                    preview.summary());
        }

        /** Changes one value in every row of the table: what an import of a sheet edited by partners finds. */
        private ModeleMaillage edit(ModeleMaillage copy) {
            copy.eAllContents().forEachRemaining(o -> {
                if (o instanceof FicheAction f && SpreadsheetFixture.FICHES.equals(table)) {
                    f.setNom(f.getNom() + " (révisée)");
                } else if (o instanceof Financement f && SpreadsheetFixture.FINANCEMENTS.equals(table)) {
                    f.setMontant(f.getMontant().add(java.math.BigDecimal.ONE));
                }
            });
            return copy;
        }

        @TearDown(Level.Invocation)
        public void undo() {
            while (document.getCommandStack().canUndo()) {
                document.getCommandStack().undo();
            }
        }

        @TearDown(Level.Trial)
        public void delete() throws IOException {
            try (var files = Files.walk(folder)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Benchmark
    public List<Path> export(Table t) throws IOException, SpreadsheetException {
        return Spreadsheets.export(t.model, List.of(t.table), t.out);
    }

    @Benchmark
    public ImportPreview importPreview(Table t) throws SpreadsheetException {
        return Spreadsheets.preview(t.model, t.exported);
    }

    @Benchmark
    public Command importEdited(Table t) throws SpreadsheetException {
        ImportPreview preview = Spreadsheets.preview(t.model, t.edited);
        Command command = preview.command(t.document.getEditingDomain(), false);
        t.document.getCommandStack().execute(command);
        return command;
    }

    @Benchmark
    public int poiRead(Table t) throws Exception {
        return SpreadsheetFixture.bareRead(t.exported);
    }
}
