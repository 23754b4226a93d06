package jp.hataraku.jobs.internal.io;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import jp.hataraku.jobs.TaskTemplate;

/**
 * Reads a whole batch file in one streamed pass: the header into a {@link BatchLayout}, then every
 * non-blank data row into a {@link BatchRow} handed to {@code rows}. Keeps the counts and the
 * first {@link #MAX_PROBLEMS} problems for the preview; nothing else of the file stays in memory.
 */
public final class BatchFile {

    public static final int MAX_PROBLEMS = 100;
    public static final long MAX_ROWS = 1_000_000;

    private BatchFile() {
    }

    /** What one pass found. {@code fatal} problems (header, encoding, quoting) refuse the file whole. */
    public record Check(TableReader.Format format, BatchLayout layout, long rowsTotal, long rowsValid, long goldRows,
            List<RowProblem> problems, boolean fatal) {

        public long rowsRefused() {
            return rowsTotal - rowsValid;
        }

        /** Nothing is wrong: every row can be imported. */
        public boolean isClean() {
            return !fatal && rowsValid == rowsTotal;
        }

        /** Some rows can be imported if the person chooses to leave the others out. */
        public boolean canImportValidRows() {
            return !fatal && rowsValid > 0;
        }

        public List<String> sourceColumns() {
            return layout == null ? List.of() : layout.sourceColumns();
        }
    }

    /** Reads {@code in}; each valid row goes to {@code validRows} (pass {@code r -> { }} to only check). */
    public static Check read(InputStream in, TaskTemplate template, Consumer<BatchRow> validRows) {
        Pass pass = new Pass(template, validRows);
        TableReader.Format format = null;
        boolean fatal = false;
        try {
            format = TableReader.read(in, pass);
        } catch (TableReader.Unreadable e) {
            pass.problem(e.problem());
            fatal = true;
        } catch (Stop stop) {
            fatal = true;
        }
        if (pass.layout == null && !fatal) {
            pass.problem(RowProblem.file("jobio.file.empty"));
            fatal = true;
        }
        fatal |= pass.layout != null && !pass.layout.isUsable();
        if (!fatal && pass.total == 0) {
            pass.problem(RowProblem.file("jobio.file.no-rows"));
            fatal = true;
        }
        return new Check(format, pass.layout, pass.total, pass.valid, pass.gold, List.copyOf(pass.problems), fatal);
    }

    private static final class Stop extends RuntimeException {
        Stop() {
            super(null, null, false, false);
        }
    }

    private static final class Pass implements TableReader.RowSink {
        final TaskTemplate template;
        final Consumer<BatchRow> validRows;
        final List<RowProblem> problems = new ArrayList<>();
        BatchLayout layout;
        TableReader.Format format;
        long total;
        long valid;
        long gold;

        Pass(TaskTemplate template, Consumer<BatchRow> validRows) {
            this.template = template;
            this.validRows = validRows;
        }

        void problem(RowProblem p) {
            if (problems.size() < MAX_PROBLEMS) {
                problems.add(p);
            }
        }

        @Override
        public void row(long number, List<String> cells) {
            if (BatchRow.isBlank(cells)) {
                return;
            }
            if (layout == null) {
                layout = BatchLayout.of(cells, template);
                layout.problems().forEach(this::problem);
                if (!layout.isUsable()) {
                    throw new Stop();
                }
                return;
            }
            total++;
            if (total > MAX_ROWS) {
                problem(RowProblem.file("jobio.file.too-many-rows", MAX_ROWS));
                throw new Stop();
            }
            BatchRow row = BatchRow.read(number, cells, layout, template, isXlsx());
            if (row.isValid()) {
                valid++;
                if (row.isGold()) {
                    gold++;
                }
                validRows.accept(row);
            } else {
                row.problems().forEach(this::problem);
            }
        }

        @Override
        public void format(TableReader.Format format) {
            this.format = format;
        }

        /** A spreadsheet leaves trailing empty cells out of a row; a CSV row must be whole. */
        private boolean isXlsx() {
            return format == TableReader.Format.XLSX;
        }
    }
}
