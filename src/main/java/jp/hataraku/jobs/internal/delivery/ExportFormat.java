package jp.hataraku.jobs.internal.delivery;

import java.util.Arrays;
import java.util.Optional;

/** The formats a job's results are delivered in; {@code code} is what URLs and the API use. */
public enum ExportFormat {
    CSV("csv", "text/csv; charset=UTF-8", "csv"),
    CSV_SJIS("csv-sjis", "text/csv; charset=Shift_JIS", "csv"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    JSON("json", "application/json", "json");

    private final String code;
    private final String mediaType;
    private final String extension;

    ExportFormat(String code, String mediaType, String extension) {
        this.code = code;
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String code() {
        return code;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    public static Optional<ExportFormat> ofCode(String code) {
        return Arrays.stream(values()).filter(f -> f.code.equalsIgnoreCase(code == null ? "" : code.strip())).findFirst();
    }
}
