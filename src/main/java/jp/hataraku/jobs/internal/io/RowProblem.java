package jp.hataraku.jobs.internal.io;

import java.util.List;

/**
 * One problem of an uploaded batch file: the row number as a spreadsheet shows it (the header is
 * row 1; 0 for the file as a whole), the column when one is to blame, and a message code of
 * {@code i18n/jobio} (or {@code i18n/jobs} for a template field's rule) with its arguments.
 */
public record RowProblem(long row, String column, String code, List<String> args) {

    public RowProblem {
        column = column == null ? "" : column;
        args = args == null ? List.of() : List.copyOf(args);
    }

    public static RowProblem file(String code, Object... args) {
        return new RowProblem(0, "", code, strings(args));
    }

    public static RowProblem row(long row, String column, String code, Object... args) {
        return new RowProblem(row, column, code, strings(args));
    }

    public Object[] messageArgs() {
        return args.toArray();
    }

    private static List<String> strings(Object... args) {
        return java.util.Arrays.stream(args).map(String::valueOf).toList();
    }
}
