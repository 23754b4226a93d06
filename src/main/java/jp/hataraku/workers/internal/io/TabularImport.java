package jp.hataraku.workers.internal.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.zip.ZipInputStream;

import jp.hataraku.shared.JapaneseText;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import jp.hataraku.platform.SpreadsheetRows;
import org.apache.poi.openxml4j.opc.OPCPackage;

/**
 * Reads a roster a person uploads — CSV (UTF-8 with or without BOM, or Shift_JIS / windows-31j,
 * found out by itself unless the person says which) or XLSX (the first sheet) — into rows keyed
 * by column, maps each row with the caller's function and returns an {@link ImportPreview} before
 * anything is written. Headers are matched through each {@link ImportColumn}'s names; the format is
 * told by the file's first bytes, not its name. Files over {@link Limits#maxBytes()} or with more
 * than {@link Limits#maxRows()} data rows are refused whole with a message saying the limit.
 */
public final class TabularImport {

    /** How CSV bytes are decoded. */
    public enum Encoding { AUTO, UTF_8, SHIFT_JIS }

    public record Limits(long maxBytes, int maxRows) {
        public static final Limits DEFAULT = new Limits(10L * 1024 * 1024, 50_000);
    }

    public static final String TOO_LARGE = "workerdata.import.file.too-large";
    public static final String TOO_MANY_ROWS = "workerdata.import.file.too-many-rows";
    public static final String EMPTY = "workerdata.import.file.empty";
    public static final String UNREADABLE = "workerdata.import.file.unreadable";
    public static final String XLS = "workerdata.import.file.xls";
    public static final String BAD_ENCODING = "workerdata.import.file.encoding";
    public static final String BAD_CSV = "workerdata.import.file.csv-malformed";
    public static final String MISSING_COLUMN = "workerdata.import.column.missing";
    public static final String DUPLICATE_COLUMN = "workerdata.import.column.duplicate";

    static final Charset SHIFT_JIS = Charset.forName("windows-31j");

    private final List<ImportColumn> columns;
    private final Limits limits;

    public TabularImport(List<ImportColumn> columns, Limits limits) {
        this.columns = List.copyOf(columns);
        this.limits = limits;
    }

    public TabularImport(List<ImportColumn> columns) {
        this(columns, Limits.DEFAULT);
    }

    /** Reads {@code in} (closed by the caller) and maps each non-blank data row with {@code mapper}. */
    public <T> ImportPreview<T> preview(InputStream in, Encoding encoding, Function<ImportRow, T> mapper) {
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBytes() + 1));
        } catch (IOException e) {
            return ImportPreview.failed(null, ImportProblem.file(UNREADABLE));
        }
        if (bytes.length > limits.maxBytes()) {
            return ImportPreview.failed(null, ImportProblem.file(TOO_LARGE, limits.maxBytes() / (1024 * 1024)));
        }
        if (bytes.length == 0) {
            return ImportPreview.failed(null, ImportProblem.file(EMPTY));
        }
        Table table;
        try {
            if (startsWith(bytes, 0x50, 0x4B, 0x03, 0x04)) {
                table = readXlsx(bytes);
            } else if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
                return ImportPreview.failed(null, ImportProblem.file(XLS));
            } else {
                table = readCsv(bytes, encoding);
            }
        } catch (Refused refused) {
            return ImportPreview.failed(refused.encoding, refused.problem);
        }
        return map(table, mapper);
    }

    private <T> ImportPreview<T> map(Table table, Function<ImportRow, T> mapper) {
        if (table.header == null) {
            return ImportPreview.failed(table.encoding, ImportProblem.file(EMPTY));
        }
        Map<String, ImportColumn> byName = new HashMap<>();
        for (ImportColumn column : columns) {
            byName.putIfAbsent(headerKey(column.key()), column);
            column.names().forEach(name -> byName.putIfAbsent(headerKey(name), column));
        }
        Map<Integer, String> keyAt = new LinkedHashMap<>();
        Map<String, String> headerOf = new HashMap<>();
        List<String> ignored = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        for (int i = 0; i < table.header.size(); i++) {
            String header = table.header.get(i).strip();
            ImportColumn column = byName.get(headerKey(header));
            if (column == null) {
                if (!header.isEmpty()) {
                    ignored.add(header);
                }
            } else if (headerOf.containsKey(column.key())) {
                problems.add(ImportProblem.file(DUPLICATE_COLUMN, column.label(), headerOf.get(column.key()), header));
            } else {
                keyAt.put(i, column.key());
                headerOf.put(column.key(), header);
            }
        }
        for (ImportColumn column : columns) {
            if (column.required() && !headerOf.containsKey(column.key())) {
                problems.add(ImportProblem.file(MISSING_COLUMN, column.label(), String.join(" / ", column.names())));
            }
        }
        if (!problems.isEmpty()) {
            return ImportPreview.failed(table.encoding, problems);
        }
        List<ImportPreview.ValidRow<T>> valid = new ArrayList<>();
        List<ImportProblem> rowErrors = new ArrayList<>();
        for (RawRow raw : table.rows) {
            Map<String, String> values = new HashMap<>();
            keyAt.forEach((index, key) -> values.put(key, index < raw.cells.size() ? raw.cells.get(index) : ""));
            ImportRow row = new ImportRow(raw.number, values, headerOf);
            T value = mapper.apply(row);
            if (row.hasProblems()) {
                rowErrors.addAll(row.problems());
            } else {
                valid.add(new ImportPreview.ValidRow<>(raw.number, value));
            }
        }
        return new ImportPreview<>(table.encoding, valid, rowErrors, List.of(), ignored);
    }

    /** Header names compare ignoring width, case, kana type, spaces, _ - . and a "required" mark. */
    static String headerKey(String header) {
        String key = JapaneseText.searchKey(header).replaceAll("[_\\-.・]", "");
        return key.replaceAll("(\\*|※|\\(必須\\)|必須)+$", "").replaceAll("^(\\*|※)+", "");
    }

    // ---- CSV ----

    private Table readCsv(byte[] bytes, Encoding encoding) {
        int offset = 0;
        Charset charset;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            offset = 3;
            charset = StandardCharsets.UTF_8;
        } else if (encoding == Encoding.UTF_8) {
            charset = StandardCharsets.UTF_8;
        } else if (encoding == Encoding.SHIFT_JIS) {
            charset = SHIFT_JIS;
        } else {
            charset = decodes(bytes, 0, StandardCharsets.UTF_8) ? StandardCharsets.UTF_8 : SHIFT_JIS;
        }
        String name = charset.equals(StandardCharsets.UTF_8) ? "UTF-8" : "Shift_JIS";
        String text;
        try {
            text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            throw new Refused(name, ImportProblem.file(BAD_ENCODING, name));
        }
        int firstLineEnd = text.indexOf('\n') < 0 ? text.length() : text.indexOf('\n');
        String firstLine = text.substring(0, firstLineEnd);
        char delimiter = firstLine.indexOf('\t') >= 0 && firstLine.indexOf(',') < 0 ? '\t' : ',';
        // Strict about quotes: a stray quote would otherwise swallow the rest of the file silently.
        CSVFormat format = CSVFormat.EXCEL.builder().setDelimiter(delimiter).setTrailingData(false).setLenientEof(false).get();
        Table table = new Table(name);
        CSVParser parser = null;
        try {
            parser = CSVParser.parse(text, format);
            for (CSVRecord record : parser) {
                List<String> cells = record.stream().map(TabularImport::unquoteFormula).toList();
                table.add((int) record.getRecordNumber(), cells, limits.maxRows());
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            long line = parser == null ? 0 : parser.getCurrentLineNumber();
            throw new Refused(name, ImportProblem.file(BAD_CSV, line));
        }
        return table;
    }

    /** Undoes the quote {@link TabularExport} puts before a formula trigger, so exports round-trip. */
    static String unquoteFormula(String cell) {
        if (cell.length() > 1 && cell.charAt(0) == '\'' && TabularExport.isFormulaTrigger(cell.charAt(1))) {
            return cell.substring(1);
        }
        return cell;
    }

    private static boolean decodes(byte[] bytes, int offset, Charset charset) {
        try {
            charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    // ---- XLSX ----

    /** An XLSX is a zip: what it unpacks to is capped too, so a small file cannot explode in memory. */
    static final long MAX_XLSX_UNPACKED = 200L * 1024 * 1024;

    private Table readXlsx(byte[] bytes) {
        Table table = new Table("XLSX");
        if (unpackedSizeExceeds(bytes, MAX_XLSX_UNPACKED)) {
            throw new Refused("XLSX", ImportProblem.file(TOO_LARGE, limits.maxBytes() / (1024 * 1024)));
        }
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
            SpreadsheetRows.readFirstSheet(pkg, true, (row, cells) -> table.add((int) row, cells, limits.maxRows()));
        } catch (Refused refused) {
            throw refused;
        } catch (Exception e) {
            throw new Refused("XLSX", ImportProblem.file(UNREADABLE));
        }
        return table;
    }

    private static boolean unpackedSizeExceeds(byte[] bytes, long cap) {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            while (zip.getNextEntry() != null) {
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    total += n;
                    if (total > cap) {
                        return true;
                    }
                }
            }
        } catch (IOException e) {
            return false; // not a readable zip: POI reports it as unreadable
        }
        return false;
    }

    private record RawRow(int number, List<String> cells) {
    }

    private static final class Table {
        final String encoding;
        List<String> header;
        final List<RawRow> rows = new ArrayList<>();

        Table(String encoding) {
            this.encoding = encoding;
        }

        void add(int number, List<String> cells, int maxRows) {
            boolean blank = cells.stream().allMatch(c -> c == null || c.isBlank());
            if (blank) {
                return;
            }
            if (header == null) {
                header = cells;
                return;
            }
            if (rows.size() >= maxRows) {
                throw new Refused(encoding, ImportProblem.file(TOO_MANY_ROWS, maxRows));
            }
            rows.add(new RawRow(number, cells));
        }
    }

    private static final class Refused extends RuntimeException {
        final transient String encoding;
        final transient ImportProblem problem;

        Refused(String encoding, ImportProblem problem) {
            super(problem.code(), null, false, false);
            this.encoding = encoding;
            this.problem = problem;
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
