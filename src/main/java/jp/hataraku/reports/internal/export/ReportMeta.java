package jp.hataraku.reports.internal.export;

import java.time.LocalDate;
import java.util.Objects;

import jp.hataraku.shared.FiscalYear;

/**
 * What every export of the council report states about itself: its title (in the reader's language),
 * the municipality (name and 全国地方公共団体コード, six digits with the check digit), the fiscal year
 * reported and the report date the figures were computed at.
 */
public record ReportMeta(String title, String municipalityName, String municipalityCode, FiscalYear fiscalYear,
        LocalDate reportDate) {

    public ReportMeta {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(municipalityName, "municipalityName");
        Objects.requireNonNull(municipalityCode, "municipalityCode");
        Objects.requireNonNull(fiscalYear, "fiscalYear");
        Objects.requireNonNull(reportDate, "reportDate");
    }
}
