/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.spreadsheet.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.examples.Examples;
import org.maillage.model.ModeleMaillage;
import org.maillage.spreadsheet.SpreadsheetException;
import org.maillage.spreadsheet.Spreadsheets;
import org.maillage.testsupport.FrenchLocale;

/**
 * Covered cases: a corrupt XLSX, a password-protected XLSX, a CSV in Windows-1252, a 1 GB file, a zip bomb disguised
 * as XLSX and as ODS, a million-row CSV and a 100,001-row XLSX each give a clear French error naming the file within
 * seconds, and the model is untouched.
 */
@ExtendWith(FrenchLocale.class)
class BadInputTest {

    @TempDir
    Path folder;

    private ModeleMaillage model;
    private ModeleMaillage pristine;

    @BeforeEach
    void open() throws Exception {
        model = Examples.eure().open();
        pristine = EcoreUtil.copy(model);
    }

    private String refused(Path file) {
        SpreadsheetException e = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> assertThrows(SpreadsheetException.class, () -> Spreadsheets.preview(model, file)));
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
        assertTrue(EcoreUtil.equals(pristine, model), "model untouched");
        return e.getMessage();
    }

    @Test
    void corruptXlsx() throws Exception {
        Path file = folder.resolve("abime.xlsx");
        Files.writeString(file, "ceci n'est pas un classeur");
        assertTrue(refused(file).endsWith("ce n’est pas un classeur XLSX lisible (fichier endommagé ou d’un autre "
                + "format)."));
        Path truncated = folder.resolve("tronque.xlsx");
        Path good = folder.resolve("bon.xlsx");
        Spreadsheets.export(model, List.of("chantiers"), good);
        byte[] bytes = Files.readAllBytes(good);
        Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertTrue(refused(truncated).contains("classeur XLSX lisible"));
    }

    @Test
    void passwordProtectedXlsx() throws Exception {
        Path good = folder.resolve("bon.xlsx");
        Spreadsheets.export(model, List.of("chantiers"), good);
        Path file = folder.resolve("protege.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.standard);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream out = encryptor.getDataStream(fs); InputStream in = Files.newInputStream(good)) {
                in.transferTo(out);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        assertTrue(refused(file).endsWith("le classeur est protégé par un mot de passe. Enregistrez-le sans mot de "
                + "passe, puis importez-le."));
    }

    @Test
    void csvInWindows1252() throws Exception {
        Path file = folder.resolve("latin.csv");
        Files.write(file, "UUID;Nom;Échéance\n;Chantier été;01/01/2026\n".getBytes("windows-1252"));
        assertTrue(refused(file).contains("n’est pas encodé en UTF-8"));
    }

    @Test
    void oneGigabyteFile() throws Exception {
        Path file = folder.resolve("enorme.xlsx");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(1L << 30);
        }
        assertTrue(refused(file).contains("fichier trop volumineux (1024 Mo ; au plus 50 Mo)"));
    }

    @Test
    void zipBombAsXlsx() throws Exception {
        Path good = folder.resolve("bon.xlsx");
        Spreadsheets.export(model, List.of("chantiers"), good);
        Path file = folder.resolve("bombe.xlsx");
        bomb(good, file, "xl/worksheets/sheet1.xml");
        assertTrue(refused(file).contains("se décompresse en un volume anormal"));
    }

    @Test
    void zipBombAsOds() throws Exception {
        Path good = folder.resolve("bon.ods");
        Spreadsheets.export(model, List.of("chantiers"), good);
        Path file = folder.resolve("bombe.ods");
        bomb(good, file, "content.xml");
        assertTrue(refused(file).contains("se décompresse en un volume anormal"));
    }

    /** Copies a package, the given part replaced by an XML start and 300 MB of spaces: a tiny, highly compressed file. */
    private static void bomb(Path source, Path target, String part) throws Exception {
        try (ZipFile zip = new ZipFile(source.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            out.setLevel(9);
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
                ZipEntry entry = entries.nextElement();
                if (entry.getName().equals(part)) {
                    out.putNextEntry(new ZipEntry(part));
                    out.write("<?xml version=\"1.0\"?><worksheet>".getBytes(StandardCharsets.UTF_8));
                    byte[] spaces = new byte[1 << 20];
                    java.util.Arrays.fill(spaces, (byte) ' ');
                    for (int i = 0; i < 300; i++) {
                        out.write(spaces);
                    }
                } else {
                    ZipEntry copy = new ZipEntry(entry.getName());
                    if (entry.getMethod() == ZipEntry.STORED) {
                        copy.setMethod(ZipEntry.STORED);
                        copy.setSize(entry.getSize());
                        copy.setCrc(entry.getCrc());
                    }
                    out.putNextEntry(copy);
                    zip.getInputStream(entry).transferTo(out);
                }
                out.closeEntry();
            }
        }
        assertTrue(Files.size(target) < 2 * 1024 * 1024, "a small file");
    }

    @Test
    void millionRowCsv() throws Exception {
        Path file = folder.resolve("million.csv");
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writer.write("UUID;Nom\n");
            for (int i = 0; i < 1_000_000; i++) {
                writer.write(";Chantier " + i + "\n");
            }
        }
        assertTrue(refused(file).endsWith("la feuille « million » a plus de 100000 lignes, au-delà de ce que "
                + "Maillage importe. Rien n’a été importé."));
    }

    @Test
    void tooManyRowsXlsx() throws Exception {
        Path file = folder.resolve("lignes.xlsx");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
            var sheet = workbook.createSheet("Chantiers");
            for (int i = 0; i <= 100_001; i++) {
                sheet.createRow(i).createCell(0).setCellValue(i == 0 ? "Nom" : "Chantier " + i);
            }
            workbook.write(out);
            workbook.dispose();
        }
        assertEquals(true, refused(file).contains("la feuille « Chantiers » a plus de 100000 lignes"));
    }
}
