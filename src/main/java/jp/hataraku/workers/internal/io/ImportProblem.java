package jp.hataraku.workers.internal.io;

import java.util.List;

/**
 * Something wrong with an import, as a message code and its arguments for the bundles
 * ({@code i18n/workerdata_*.properties}). A file problem has row 0 and no column.
 */
public record ImportProblem(int row, String column, String code, List<Object> args) {

    public ImportProblem {
        args = List.copyOf(args);
    }

    public static ImportProblem file(String code, Object... args) {
        return new ImportProblem(0, null, code, List.of(args));
    }

    public static ImportProblem cell(int row, String column, String code, Object... args) {
        return new ImportProblem(row, column, code, List.of(args));
    }

    /** Arguments for a MessageSource: row and column first, then the code's own. */
    public Object[] messageArgs() {
        Object[] out = new Object[args.size() + 2];
        out[0] = row;
        out[1] = column == null ? "" : column;
        for (int i = 0; i < args.size(); i++) {
            out[i + 2] = args.get(i);
        }
        return out;
    }
}
