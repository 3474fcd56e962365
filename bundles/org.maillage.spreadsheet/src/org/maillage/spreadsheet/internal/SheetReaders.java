/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.spreadsheet.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.maillage.spreadsheet.SpreadsheetException;
import org.maillage.spreadsheet.SpreadsheetFormat;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads spreadsheets into {@link RawSheet}s, safely: a file above {@link #MAX_FILE_BYTES} is refused before it is
 * opened, a sheet above {@link #MAX_ROWS} rows stops the reading at that row, a compressed part that inflates beyond
 * reason (zip bomb) is refused by POI's {@link ZipSecureFile} limits (XLSX) or by counting (ODS), XML is read
 * without DTD nor external entities. XLSX is read as a stream of rows, never as a whole workbook in memory.
 */
public final class SheetReaders {

    /** Largest file read: far above any roadmap's tables, far below what would exhaust the memory. */
    public static final long MAX_FILE_BYTES = 50L * 1024 * 1024;

    /** Most rows read in one sheet. */
    public static final int MAX_ROWS = 100_000;

    /** Most columns read in one row. */
    public static final int MAX_COLUMNS = 500;

    /** Most bytes an ODS part may inflate to. */
    private static final long MAX_PART_BYTES = 200L * 1024 * 1024;

    static {
        Poi.quiet();
        // POI's own guards, set explicitly so that no other code can have loosened them in this process.
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(MAX_PART_BYTES);
    }

    private SheetReaders() {
    }

    /** Stops a streaming read at the row limit. */
    private static final class TooManyRows extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String sheet;

        TooManyRows(String sheet) {
            super(null, null, false, false);
            this.sheet = sheet;
        }
    }

    /**
     * @param file the spreadsheet
     * @param format its format
     * @return its sheets
     * @throws SpreadsheetException when it cannot be read; the French message names the file and why
     */
    public static List<RawSheet> read(Path file, SpreadsheetFormat format) throws SpreadsheetException {
        long size;
        try {
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            throw new SpreadsheetException(Messages.get("read.missing", file));
        } catch (IOException e) {
            throw new SpreadsheetException(Messages.get("read.io", file, e.getMessage()), e);
        }
        if (size > MAX_FILE_BYTES) {
            throw new SpreadsheetException(Messages.get("read.tooLarge", file, String.valueOf(size / (1024 * 1024)),
                    String.valueOf(MAX_FILE_BYTES / (1024 * 1024))));
        }
        try {
            return switch (format) {
                case XLSX -> xlsx(file);
                case CSV -> csv(file);
                case ODS -> ods(file);
            };
        } catch (TooManyRows e) {
            throw new SpreadsheetException(Messages.get("read.tooManyRows", file, e.sheet, String.valueOf(MAX_ROWS)));
        } catch (IOException e) {
            throw new SpreadsheetException(Messages.get("read.io", file, e.getMessage()), e);
        }
    }

    // ---- XLSX

    private static List<RawSheet> xlsx(Path file) throws SpreadsheetException, IOException {
        FileMagic magic;
        try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(file))) {
            magic = FileMagic.valueOf(in);
        }
        if (magic == FileMagic.OLE2) {
            // An encrypted XLSX is an OLE2 container holding EncryptionInfo; otherwise an old .xls.
            boolean encrypted;
            try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
                encrypted = fs.getRoot().hasEntryCaseInsensitive("EncryptionInfo");
            } catch (IOException | RuntimeException e) {
                throw new SpreadsheetException(Messages.get("read.xlsx.corrupt", file), e);
            }
            throw new SpreadsheetException(Messages.get(encrypted ? "read.xlsx.encrypted" : "read.xlsx.xls", file));
        }
        if (magic != FileMagic.OOXML) {
            throw new SpreadsheetException(Messages.get("read.xlsx.corrupt", file));
        }
        List<RawSheet> sheets = new ArrayList<>();
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator it = reader.getSheetIterator();
            while (it.hasNext()) {
                try (InputStream in = it.next()) {
                    String name = it.getSheetName();
                    Collector collector = new Collector(name);
                    XMLReader xml = XMLHelper.newXMLReader();
                    xml.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, collector,
                            new FrenchFormatter(), false));
                    xml.parse(new InputSource(in));
                    sheets.add(collector.sheet());
                }
            }
        } catch (TooManyRows e) {
            throw e;
        } catch (OpenXML4JException | SAXException | EncryptedDocumentException | ZipException e) {
            throw new SpreadsheetException(Messages.get("read.xlsx.corrupt", file), e);
        } catch (IOException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("Zip bomb") || message.contains("ZipSecureFile")) {
                throw new SpreadsheetException(Messages.get("read.zipBomb", file), e);
            }
            throw new SpreadsheetException(Messages.get("read.xlsx.corrupt", file), e);
        } catch (RuntimeException | javax.xml.parsers.ParserConfigurationException e) {
            // POI wraps zip-bomb and structure problems in runtime exceptions (RecordFormatException, POIXMLException).
            String message = String.valueOf(e.getMessage()) + e.getCause();
            if (message.contains("Zip bomb") || message.contains("ZipSecureFile")) {
                throw new SpreadsheetException(Messages.get("read.zipBomb", file), e);
            }
            throw new SpreadsheetException(Messages.get("read.xlsx.corrupt", file), e);
        }
        return sheets;
    }

    /** Gives numbers and dates as the importer reads them: decimal comma, JJ/MM/AAAA, percentages times 100. */
    private static final class FrenchFormatter extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            return formatRawCellContents(value, formatIndex, formatString, false);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString,
                boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDate date = DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate();
                return CellText.DATE.format(date);
            }
            BigDecimal decimal = BigDecimal.valueOf(value);
            if (formatString != null && formatString.contains("%")) {
                decimal = decimal.movePointRight(2);
            }
            return CellText.decimal(decimal);
        }
    }

    /** Gathers the rows of one sheet, stopping at the row limit. */
    private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final String name;
        private final List<List<String>> rows = new ArrayList<>();
        private final List<Integer> numbers = new ArrayList<>();
        private List<String> current;
        private int nextColumn;

        Collector(String name) {
            this.name = name;
        }

        @Override
        public void startRow(int rowNum) {
            if (rowNum >= MAX_ROWS + 1) {
                throw new TooManyRows(name);
            }
            current = new ArrayList<>();
            nextColumn = 0;
        }

        @Override
        public void endRow(int rowNum) {
            rows.add(current);
            numbers.add(rowNum + 1);
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? nextColumn : new CellReference(reference).getCol();
            nextColumn = column + 1;
            if (column >= MAX_COLUMNS) {
                return;
            }
            while (current.size() < column) {
                current.add("");
            }
            String text = value == null ? "" : value;
            if (column < current.size()) {
                // The same cell twice: POI, editing an inline string, leaves both <v> and <is>; Excel reads <is>.
                current.set(column, text);
            } else {
                current.add(text);
            }
        }

        RawSheet sheet() {
            return build(name, rows, numbers);
        }
    }

    private static RawSheet build(String name, List<List<String>> rows, List<Integer> numbers) {
        List<String> headers = List.of();
        List<RawSheet.Row> body = new ArrayList<>();
        boolean first = true;
        for (int i = 0; i < rows.size(); i++) {
            List<String> cells = rows.get(i);
            if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                continue;
            }
            if (first) {
                headers = cells.stream().map(String::trim).toList();
                first = false;
            } else {
                body.add(new RawSheet.Row(numbers.get(i), Collections.unmodifiableList(cells)));
            }
        }
        return new RawSheet(name, headers, body);
    }

    // ---- CSV

    private static List<RawSheet> csv(Path file) throws SpreadsheetException, IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new SpreadsheetException(Messages.get("read.csv.encoding", file), e);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        int firstLine = text.indexOf('\n') < 0 ? text.length() : text.indexOf('\n');
        String header = text.substring(0, firstLine);
        char delimiter = count(header, ';') >= count(header, ',') ? ';' : ',';
        if (count(header, '\t') > count(header, delimiter)) {
            delimiter = '\t';
        }
        CSVFormat format = CSVFormat.Builder.create(CsvWriter.FORMAT).setDelimiter(delimiter).get();
        List<List<String>> rows = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        try (Reader reader = new StringReader(text); CSVParser parser = CSVParser.parse(reader, format)) {
            for (CSVRecord record : parser) {
                if (rows.size() > MAX_ROWS) {
                    throw new TooManyRows(baseName(file));
                }
                List<String> cells = new ArrayList<>(Math.min(record.size(), MAX_COLUMNS));
                for (int i = 0; i < record.size() && i < MAX_COLUMNS; i++) {
                    cells.add(unneutralise(record.get(i)));
                }
                rows.add(cells);
                numbers.add(rows.size());
            }
        } catch (java.io.UncheckedIOException | IllegalStateException e) {
            throw new SpreadsheetException(Messages.get("read.csv.malformed", file, e.getMessage()), e);
        }
        return List.of(build(baseName(file), rows, numbers));
    }

    /** Takes off the apostrophe the export put before text that looked like a formula. */
    private static String unneutralise(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && CellText.looksLikeFormula(cell.substring(1))
                ? cell.substring(1) : cell;
    }

    private static int count(String text, char c) {
        return (int) text.chars().filter(x -> x == c).count();
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    // ---- ODS

    private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";

    private static List<RawSheet> ods(Path file) throws SpreadsheetException, IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry content = zip.getEntry("content.xml");
            if (content == null) {
                throw new SpreadsheetException(Messages.get("read.ods.corrupt", file));
            }
            // Limit what content.xml may inflate to: a real sheet compresses about tenfold, a bomb a thousandfold.
            long limit = Math.min(MAX_PART_BYTES, Math.max(1024 * 1024, content.getCompressedSize() * 100));
            Bounded bounded = new Bounded(zip.getInputStream(content), limit);
            try (InputStream in = bounded) {
                return odsContent(in);
            } catch (XMLStreamException | IOException e) {
                if (bounded.exceeded) {
                    throw new SpreadsheetException(Messages.get("read.zipBomb", file), e);
                }
                throw new SpreadsheetException(Messages.get("read.ods.corrupt", file), e);
            }
        } catch (ZipException e) {
            throw new SpreadsheetException(Messages.get("read.ods.corrupt", file), e);
        }
    }

    private static List<RawSheet> odsContent(InputStream in) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader xml = factory.createXMLStreamReader(in);
        List<RawSheet> sheets = new ArrayList<>();
        String sheet = null;
        List<List<String>> rows = null;
        List<Integer> numbers = null;
        List<String> row = null;
        int rowNumber = 0;
        int rowRepeat = 1;
        int cellRepeat = 1;
        StringBuilder text = null;
        String typed = null;
        int paragraphs = 0;
        try {
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String ns = xml.getNamespaceURI();
                    String local = xml.getLocalName();
                    if (TABLE.equals(ns) && local.equals("table")) {
                        sheet = xml.getAttributeValue(TABLE, "name");
                        rows = new ArrayList<>();
                        numbers = new ArrayList<>();
                        rowNumber = 0;
                    } else if (TABLE.equals(ns) && local.equals("table-row") && rows != null) {
                        row = new ArrayList<>();
                        rowRepeat = repeat(xml.getAttributeValue(TABLE, "number-rows-repeated"));
                    } else if (TABLE.equals(ns) && (local.equals("table-cell") || local.equals("covered-table-cell"))
                            && row != null) {
                        cellRepeat = repeat(xml.getAttributeValue(TABLE, "number-columns-repeated"));
                        text = new StringBuilder();
                        paragraphs = 0;
                        typed = typedValue(xml);
                    } else if (TEXT.equals(ns) && text != null) {
                        switch (local) {
                            case "p" -> {
                                if (paragraphs++ > 0) {
                                    text.append('\n');
                                }
                            }
                            case "s" -> text.append(" ".repeat(Math.min(1000, repeat(xml.getAttributeValue(TEXT,
                                    "c")))));
                            case "tab" -> text.append('\t');
                            case "line-break" -> text.append('\n');
                            default -> {
                            }
                        }
                    }
                } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                    if (text != null) {
                        text.append(xml.getText());
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String ns = xml.getNamespaceURI();
                    String local = xml.getLocalName();
                    if (TABLE.equals(ns) && (local.equals("table-cell") || local.equals("covered-table-cell"))
                            && text != null) {
                        String value = typed != null ? typed : text.toString();
                        for (int i = 0; i < cellRepeat && row.size() < MAX_COLUMNS; i++) {
                            row.add(value);
                        }
                        text = null;
                    } else if (TABLE.equals(ns) && local.equals("table-row") && row != null) {
                        while (!row.isEmpty() && row.get(row.size() - 1).isEmpty()) {
                            row.remove(row.size() - 1);
                        }
                        // LibreOffice ends sheets with a million repeated empty rows: counted, not kept.
                        int copies = row.isEmpty() ? 0 : rowRepeat;
                        for (int i = 0; i < copies; i++) {
                            if (rows.size() > MAX_ROWS) {
                                throw new TooManyRows(sheet);
                            }
                            rows.add(row);
                            numbers.add(rowNumber + i + 1);
                        }
                        rowNumber += rowRepeat;
                        row = null;
                    } else if (TABLE.equals(ns) && local.equals("table") && rows != null) {
                        sheets.add(build(sheet, rows, numbers));
                        rows = null;
                    }
                }
            }
        } finally {
            xml.close();
        }
        return sheets;
    }

    /** @return the value of a typed cell as the importer reads it, or null for a text cell */
    private static String typedValue(XMLStreamReader xml) {
        String type = xml.getAttributeValue(OFFICE, "value-type");
        if (type == null) {
            return null;
        }
        String value = xml.getAttributeValue(OFFICE, "value");
        try {
            switch (type) {
                case "float", "currency":
                    return value == null ? null : CellText.decimal(new BigDecimal(value));
                case "percentage":
                    return value == null ? null : CellText.decimal(new BigDecimal(value).movePointRight(2));
                case "date": {
                    LocalDate date = CellText.parseDate(String.valueOf(xml.getAttributeValue(OFFICE, "date-value")));
                    return date == null ? null : CellText.DATE.format(date);
                }
                case "boolean":
                    return "true".equals(xml.getAttributeValue(OFFICE, "boolean-value")) ? "Oui" : "Non";
                default:
                    return null;
            }
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static int repeat(String value) {
        if (value == null) {
            return 1;
        }
        try {
            return Math.max(1, Integer.parseInt(value.trim()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** Counts what a compressed part inflates to and stops at a limit (zip bomb). */
    private static final class Bounded extends FilterInputStream {
        static final class TooBig extends IOException {
            private static final long serialVersionUID = 1L;
        }

        private final long limit;
        private long read;
        boolean exceeded;

        Bounded(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0 && ++read > limit) {
                exceeded = true;
                throw new TooBig();
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0 && (read += n) > limit) {
                exceeded = true;
                throw new TooBig();
            }
            return n;
        }
    }
}
