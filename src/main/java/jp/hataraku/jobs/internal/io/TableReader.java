package jp.hataraku.jobs.internal.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import jp.hataraku.platform.SpreadsheetRows;

/**
 * Streams the rows of an uploaded table — CSV (UTF-8 with or without BOM, or Shift_JIS /
 * windows-31j) or the first sheet of an XLSX — to a {@link RowSink}, one row at a time, so that a
 * file of a million rows never sits in memory. The format is told by the first bytes (a zip is
 * XLSX), the CSV encoding by decoding the first 64 KB strictly as UTF-8. Bytes that the chosen
 * encoding cannot decode later in the file, and broken quoting, stop the reading with a
 * {@link Unreadable} naming the row: the rest of such a file cannot be trusted.
 */
public final class TableReader {

    public static final Charset SHIFT_JIS = Charset.forName("windows-31j");
    static final int SNIFF_BYTES = 64 * 1024;
    /** What an XLSX may unpack to: a small zip must not explode in memory or on disk. */
    static final long MAX_XLSX_UNPACKED = 2L * 1024 * 1024 * 1024;

    /** Receives rows: {@code number} is the spreadsheet row number (1 = the first line). */
    @FunctionalInterface
    public interface RowSink {
        void row(long number, List<String> cells);

        /** Told once, before the first row. */
        default void format(Format format) {
        }
    }

    /** The file cannot be read on from {@code problem.row()}. */
    public static final class Unreadable extends RuntimeException {
        private final transient RowProblem problem;

        public Unreadable(RowProblem problem) {
            super(problem.code(), null, false, false);
            this.problem = problem;
        }

        public RowProblem problem() {
            return problem;
        }
    }

    public enum Format { CSV_UTF8, CSV_SHIFT_JIS, XLSX }

    private TableReader() {
    }

    /** Reads {@code in} (closed by the caller) to the end; returns the format found. */
    public static Format read(InputStream in, RowSink sink) {
        BufferedInputStream buffered = new BufferedInputStream(in, SNIFF_BYTES + 16);
        try {
            buffered.mark(SNIFF_BYTES + 8);
            byte[] head = buffered.readNBytes(SNIFF_BYTES);
            buffered.reset();
            if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
                sink.format(Format.XLSX);
                readXlsx(buffered, sink);
                return Format.XLSX;
            }
            if (head.length >= 4 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF) {
                throw new Unreadable(RowProblem.file("jobio.file.xls"));
            }
            Charset charset;
            if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
                buffered.skipNBytes(3);
                charset = StandardCharsets.UTF_8;
            } else {
                charset = looksLikeUtf8(head, head.length < SNIFF_BYTES) ? StandardCharsets.UTF_8 : SHIFT_JIS;
            }
            Format format = charset.equals(StandardCharsets.UTF_8) ? Format.CSV_UTF8 : Format.CSV_SHIFT_JIS;
            sink.format(format);
            readCsv(buffered, charset, sink);
            return charset.equals(StandardCharsets.UTF_8) ? Format.CSV_UTF8 : Format.CSV_SHIFT_JIS;
        } catch (IOException e) {
            throw new Unreadable(RowProblem.file("jobio.file.unreadable"));
        }
    }

    /**
     * Whether {@code head} decodes strictly as UTF-8. When the head is a cut of a longer file, a
     * multi-byte character cut at the end is no evidence against UTF-8.
     */
    static boolean looksLikeUtf8(byte[] head, boolean whole) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer out = CharBuffer.allocate(head.length + 1);
        CoderResult result = decoder.decode(ByteBuffer.wrap(head), out, whole);
        if (result.isError()) {
            return false;
        }
        return !whole || !decoder.flush(out).isError();
    }

    private static void readCsv(InputStream in, Charset charset, RowSink sink) {
        String name = charset.equals(StandardCharsets.UTF_8) ? "UTF-8" : "Shift_JIS";
        Reader reader = new InputStreamReader(in, charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
        // Strict about quotes: a stray quote would otherwise swallow the rest of the file silently.
        CSVFormat format = CSVFormat.EXCEL.builder().setTrailingData(false).setLenientEof(false).get();
        CSVParser parser = null;
        long lastGood = 1;
        try {
            parser = CSVParser.builder().setReader(reader).setFormat(format).get();
            for (CSVRecord record : parser) {
                List<String> cells = new ArrayList<>(record.size());
                for (String cell : record) {
                    cells.add(cell);
                }
                lastGood = record.getRecordNumber();
                sink.row(record.getRecordNumber(), cells);
            }
        } catch (UncheckedIOException | IOException | IllegalStateException e) {
            Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
            while (cause != null && !(cause instanceof CharacterCodingException) && cause.getCause() != null
                    && cause.getCause() != cause) {
                cause = cause.getCause();
            }
            if (cause instanceof CharacterCodingException) {
                throw new Unreadable(RowProblem.row(lastGood + 1, "", "jobio.file.encoding", name));
            }
            throw new Unreadable(RowProblem.row(lastGood + 1, "", "jobio.file.quoting"));
        }
    }

    private static void readXlsx(InputStream in, RowSink sink) throws IOException {
        // OPCPackage reads a file lazily; from a stream it would unpack every part into memory.
        Path copy = Files.createTempFile("hataraku-batch", ".xlsx");
        try {
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            if (unpackedSizeExceeds(copy)) {
                throw new Unreadable(RowProblem.file("jobio.file.too-large-unpacked"));
            }
            try (OPCPackage pkg = OPCPackage.open(copy.toFile(), PackageAccess.READ)) {
                SpreadsheetRows.readFirstSheet(pkg, false, sink::row);
            } catch (Unreadable e) {
                throw e;
            } catch (Exception e) {
                throw new Unreadable(RowProblem.file("jobio.file.unreadable"));
            }
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    private static boolean unpackedSizeExceeds(Path zipFile) {
        long total = 0;
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(zipFile.toFile())) {
            var entries = zip.entries();
            while (entries.hasMoreElements()) {
                long size = entries.nextElement().getSize();
                total += Math.max(size, 0);
                if (total > MAX_XLSX_UNPACKED) {
                    return true;
                }
            }
        } catch (IOException e) {
            return false; // not a readable zip: POI reports it as unreadable
        }
        return false;
    }
}
