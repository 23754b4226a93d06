package jp.hataraku.reports.internal.export;

/** The forms a council report can be downloaded in: its media type and file extension. */
public enum ExportKind {
    XLSX(ReportExports.XLSX_TYPE, "xlsx"),
    PDF("application/pdf", "pdf"),
    CSV(ReportExports.CSV_TYPE, "csv");

    private final String contentType;
    private final String extension;

    ExportKind(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    /** Only the workbook holds several fiscal years (a sheet per figure and year); the PDF and CSV hold one. */
    public boolean allowsRange() {
        return this == XLSX;
    }
}
