package jp.hataraku.workers.internal.io;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.hataraku.shared.FlexibleDateParser;

/**
 * One data row of an import, read by column key. The getters record a problem (with the row
 * number and the column's header as written in the file) instead of throwing, so one pass over a
 * file collects every problem for the preview.
 */
public final class ImportRow {

    public static final String REQUIRED = "workerdata.import.value.required";
    public static final String BAD_DATE = "workerdata.import.value.date";

    private final int number;
    private final Map<String, String> values;
    private final Map<String, String> headers;
    private final List<ImportProblem> problems = new ArrayList<>();

    ImportRow(int number, Map<String, String> values, Map<String, String> headers) {
        this.number = number;
        this.values = values;
        this.headers = headers;
    }

    /** The row number in the file as a spreadsheet shows it (the header is row 1). */
    public int number() {
        return number;
    }

    /** The trimmed text, "" when absent. */
    public String text(String key) {
        String value = values.get(key);
        return value == null ? "" : value.strip();
    }

    public Optional<String> optional(String key) {
        String value = text(key);
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    /** The text; when blank, records {@link #REQUIRED}. */
    public String required(String key) {
        String value = text(key);
        if (value.isEmpty()) {
            reject(key, REQUIRED);
        }
        return value;
    }

    /** The date read by {@link FlexibleDateParser}; a non-blank value that is no date records {@link #BAD_DATE}. */
    public Optional<LocalDate> date(String key) {
        String value = text(key);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        Optional<LocalDate> date = FlexibleDateParser.parseOptional(value);
        if (date.isEmpty()) {
            reject(key, BAD_DATE, value);
        }
        return date;
    }

    /** Records a problem with this row's {@code key} column; the message gets row, column, then {@code args}. */
    public void reject(String key, String code, Object... args) {
        problems.add(ImportProblem.cell(number, headers.getOrDefault(key, key), code, args));
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    List<ImportProblem> problems() {
        return problems;
    }
}
