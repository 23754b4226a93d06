package jp.hataraku.workers.internal.io;

import java.util.List;

/**
 * What an import would do, worked out before anything is written: the rows that passed, each with
 * its row number in the file, and every problem found. {@link #fileErrors()} means the file itself
 * could not be used (too large, unreadable, a required column missing); then there are no rows.
 */
public record ImportPreview<T>(String encoding, List<ValidRow<T>> validRows, List<ImportProblem> rowErrors,
        List<ImportProblem> fileErrors, List<String> ignoredHeaders) {

    public record ValidRow<T>(int row, T value) {
    }

    public ImportPreview {
        validRows = List.copyOf(validRows);
        rowErrors = List.copyOf(rowErrors);
        fileErrors = List.copyOf(fileErrors);
        ignoredHeaders = List.copyOf(ignoredHeaders);
    }

    static <T> ImportPreview<T> failed(String encoding, ImportProblem problem) {
        return new ImportPreview<>(encoding, List.of(), List.of(), List.of(problem), List.of());
    }

    static <T> ImportPreview<T> failed(String encoding, List<ImportProblem> problems) {
        return new ImportPreview<>(encoding, List.of(), List.of(), problems, List.of());
    }

    /** True when every row is valid and there is at least one: the import may go ahead. */
    public boolean canImport() {
        return fileErrors.isEmpty() && rowErrors.isEmpty() && !validRows.isEmpty();
    }

    public int rowCount() {
        return validRows.size() + (int) rowErrors.stream().map(ImportProblem::row).distinct().count();
    }
}
