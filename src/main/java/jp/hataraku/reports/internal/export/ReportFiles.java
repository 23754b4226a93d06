package jp.hataraku.reports.internal.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntConsumer;

import jp.hataraku.organization.Contractor;
import jp.hataraku.organization.LocalGovernmentCode;
import jp.hataraku.organization.Municipality;
import jp.hataraku.organization.Organizations;
import jp.hataraku.platform.PdfRenderer;
import jp.hataraku.reports.Figure;
import jp.hataraku.reports.internal.CouncilReport;
import jp.hataraku.reports.internal.ReportScope;
import jp.hataraku.shared.FiscalYear;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Makes a council report file of a scope (town, contractor) and fiscal years, the same way for a
 * direct download and for a background job: each year is computed by {@link CouncilReport} (what
 * the dashboard shows), then written by {@link ReportExports}. A range of years is for the
 * workbook only: its sheets are the figures of each year in turn, named {@code <figure id>-<year>}
 * and titled with the year, so one file compares a council term. Years not begun are left out; when
 * no year has begun there is nothing to write ({@link NothingToExport}).
 */
@Component
public class ReportFiles {

    private final CouncilReport council;
    private final ReportExports exports;
    private final Organizations organizations;
    private final MessageSource messages;

    public ReportFiles(CouncilReport council, ReportExports exports, Organizations organizations,
            MessageSource messages) {
        this.council = council;
        this.exports = exports;
        this.organizations = organizations;
        this.messages = messages;
    }

    /** No year of the request has begun: there is no figure to write. */
    public static final class NothingToExport extends Exception {
        public NothingToExport() {
            super("reports.job.error.nothing");
        }
    }

    /** The steps {@link #write} reports progress in: one per fiscal year, one for writing the file. */
    public static int steps(FiscalYear from, FiscalYear to) {
        return to.startYear() - from.startYear() + 2;
    }

    /** The file's name, e.g. {@code council-report-2025.pdf} or {@code council-report-2021-2025.xlsx}. */
    public static String fileName(ExportKind kind, FiscalYear from, FiscalYear to) {
        String years = from.equals(to) ? String.valueOf(to.startYear()) : from.startYear() + "-" + to.startYear();
        return "council-report-" + years + "." + kind.extension();
    }

    /**
     * Writes the file; {@code progress} hears the number of steps done (see {@link #steps}) after each
     * year and at the end.
     */
    public void write(ExportKind kind, ReportScope scope, FiscalYear from, FiscalYear to, Locale locale,
            OutputStream out, IntConsumer progress) throws IOException, NothingToExport, PdfRenderer.FontMissing {
        if (from.compareTo(to) > 0 || (!kind.allowsRange() && !from.equals(to))) {
            throw new IllegalArgumentException("a " + kind + " holds one fiscal year: " + from + "–" + to);
        }
        List<CouncilReport.Report> reports = new ArrayList<>();
        int done = 0;
        for (int y = from.startYear(); y <= to.startYear(); y++) {
            CouncilReport.Report report = council.compute(scope, FiscalYear.of(y), locale);
            if (report.reportDate().isPresent()) {
                reports.add(report);
            }
            progress.accept(++done);
        }
        if (reports.isEmpty()) {
            throw new NothingToExport();
        }
        CouncilReport.Report last = reports.get(reports.size() - 1);
        ReportMeta meta = meta(scope, last, from, to, locale);
        switch (kind) {
            case XLSX -> exports.xlsx(meta, reports.size() == 1 && from.equals(to) ? last.figures() : byYear(reports),
                    locale, out);
            case CSV -> exports.openDataCsv(meta, last.figures(), out);
            case PDF -> out.write(exports.pdfBySection(meta, last.sections().stream()
                    .map(s -> new ReportExports.Part(s.title(), s.figures())).toList(), locale));
        }
        out.flush();
        progress.accept(++done);
    }

    /** What the file says about itself: title (with the contractor and the years of a range), town, year, report date. */
    public ReportMeta meta(ReportScope scope, CouncilReport.Report report, FiscalYear from, FiscalYear to, Locale locale) {
        String title = messages.getMessage("reports.title", null, locale);
        Optional<String> contractor = scope.contractor().flatMap(organizations::contractor).map(Contractor::legalName);
        if (contractor.isPresent()) {
            title = messages.getMessage("reports.export.titleContractor", new Object[] {title, contractor.get()}, locale);
        }
        if (!from.equals(to)) {
            title = messages.getMessage("reports.export.titleRange",
                    new Object[] {title, from.label(locale), to.label(locale)}, locale);
        }
        Optional<Municipality> town = scope.town().flatMap(organizations::municipality);
        String townName = town.map(Municipality::name)
                .orElseGet(() -> messages.getMessage("reports.filter.allTowns", null, locale));
        // open data names a town by its 全国地方公共団体コード; empty when not recorded (or every town)
        String code = town.flatMap(Municipality::localGovernmentCode).map(LocalGovernmentCode::value).orElse("");
        return new ReportMeta(title, townName, code, report.year(), report.reportDate().orElse(report.year().end()));
    }

    /** Every year's figures, ids and titles marked with their year so that sheets do not collide. */
    private static List<Figure> byYear(List<CouncilReport.Report> reports) {
        List<Figure> out = new ArrayList<>();
        for (CouncilReport.Report r : reports) {
            String label = r.year().labelWithEra();
            for (Figure f : r.figures()) {
                out.add(new Figure(f.id() + "-" + r.year().startYear(), label + " " + f.title(), f.description(),
                        f.unit(), f.kind(), f.data(), f.counts(), f.emptyReason()));
            }
        }
        return out;
    }
}
