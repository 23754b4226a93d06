package jp.hataraku.reports.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import jp.hataraku.identity.Accounts;
import jp.hataraku.identity.CurrentUser;
import jp.hataraku.identity.Role;
import jp.hataraku.organization.Municipality;
import jp.hataraku.organization.Organizations;
import jp.hataraku.platform.PdfRenderer;
import jp.hataraku.reports.internal.export.ReportExports;
import jp.hataraku.reports.internal.export.ReportMeta;
import jp.hataraku.shared.FiscalYear;
import jp.hataraku.shared.TokyoClock;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The council dashboard: the worker figures of a town (or every town) for a fiscal year, each as
 * a chart with its data table. Contractor staff and administrators see every town; town staff only
 * their own towns (another town answers 403).
 */
@Controller
class ReportsController {

    static final int YEARS_SHOWN = 10;

    private final CouncilReport figures;
    private final ReportExports exports;
    private final MessageSource messages;
    private final Organizations organizations;
    private final Accounts accounts;
    private final TokyoClock clock;

    ReportsController(CouncilReport figures, ReportExports exports, MessageSource messages, Organizations organizations,
            Accounts accounts, TokyoClock clock) {
        this.figures = figures;
        this.exports = exports;
        this.messages = messages;
        this.organizations = organizations;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** What the filters chose, within what the signed-in person may see. */
    record Selection(List<Municipality> towns, boolean allTowns, Optional<Long> town, String selectedTown,
            FiscalYear year, List<FiscalYear> years, Optional<String> empty) {
    }

    @GetMapping("/reports")
    String dashboard(@RequestParam(name = "town", required = false) String townParam,
            @RequestParam(name = "year", required = false) String yearParam, Model model, Locale locale) {
        Selection selection = select(townParam, yearParam);
        model.addAttribute("towns", selection.towns());
        model.addAttribute("allTowns", selection.allTowns());
        model.addAttribute("selectedTown", selection.selectedTown());
        model.addAttribute("townName", selection.town().flatMap(organizations::municipality).map(Municipality::name)
                .orElse(null));
        model.addAttribute("years", selection.years());
        model.addAttribute("year", selection.year());
        if (selection.empty().isPresent()) {
            model.addAttribute("emptyReason", selection.empty().get());
            model.addAttribute("report", null);
        } else {
            CouncilReport.Report report = figures.compute(new ReportScope(selection.town(), Optional.empty()), selection.year(), locale);
            model.addAttribute("report", report);
            model.addAttribute("emptyReason", report.emptyReason().orElse(null));
        }
        return "reports/dashboard";
    }

    /** The figures as an Excel workbook: a cover and a sheet per figure. */
    @GetMapping("/reports/workbook.xlsx")
    void workbook(@RequestParam(name = "town", required = false) String townParam,
            @RequestParam(name = "year", required = false) String yearParam, Locale locale,
            HttpServletResponse response) throws IOException {
        Export export = export(townParam, yearParam, locale);
        exports.xlsx(export.meta(), export.report().figures(), locale,
                file(response, ReportExports.XLSX_TYPE, export.fileName("xlsx")));
    }

    /** The figures as open data: one row per figure, category and series, small counts masked. */
    @GetMapping("/reports/opendata.csv")
    void openData(@RequestParam(name = "town", required = false) String townParam,
            @RequestParam(name = "year", required = false) String yearParam, Locale locale,
            HttpServletResponse response) throws IOException {
        Export export = export(townParam, yearParam, locale);
        exports.openDataCsv(export.meta(), export.report().figures(),
                file(response, ReportExports.CSV_TYPE, export.fileName("csv")));
    }

    /** The council report as PDF: cover, contents, a page per figure with its table. */
    @GetMapping("/reports/report.pdf")
    ResponseEntity<byte[]> pdf(@RequestParam(name = "town", required = false) String townParam,
            @RequestParam(name = "year", required = false) String yearParam, Locale locale)
            throws PdfRenderer.FontMissing {
        Export export = export(townParam, yearParam, locale);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(export.fileName("pdf"), StandardCharsets.UTF_8).build().toString())
                .body(exports.pdf(export.meta(), export.report().figures(), locale));
    }

    record Export(ReportMeta meta, CouncilReport.Report report) {
        String fileName(String extension) {
            return "council-report-" + meta.fiscalYear().startYear() + "." + extension;
        }
    }

    /** The report of the chosen town and year for an export; nothing to export answers 404. */
    private Export export(String townParam, String yearParam, Locale locale) {
        Selection selection = select(townParam, yearParam);
        if (selection.empty().isPresent()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        CouncilReport.Report report = figures.compute(new ReportScope(selection.town(), Optional.empty()), selection.year(), locale);
        if (report.reportDate().isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        String townName = selection.town().flatMap(organizations::municipality).map(Municipality::name)
                .orElseGet(() -> messages.getMessage("reports.filter.allTowns", null, locale));
        ReportMeta meta = new ReportMeta(messages.getMessage("reports.title", null, locale), townName, "",
                selection.year(), report.reportDate().get());
        return new Export(meta, report);
    }

    /** The response's stream, after the headers of a downloaded file. */
    private static OutputStream file(HttpServletResponse response, String type, String name) throws IOException {
        response.setContentType(type);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(name, StandardCharsets.UTF_8).build().toString());
        return response.getOutputStream();
    }

    private Selection select(String townParam, String yearParam) {
        CurrentUser user = accounts.current().orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
        boolean allTowns = user.has(Role.SYSTEM_ADMIN) || user.has(Role.CONTRACTOR_STAFF);
        if (!allTowns && !user.has(Role.TOWN_STAFF)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        List<Municipality> towns = organizations.municipalities().stream()
                .filter(m -> allTowns || user.municipalityScopes().contains(m.id()))
                .sorted(Comparator.comparing(Municipality::nameKana).thenComparing(Municipality::id)).toList();
        FiscalYear current = FiscalYear.of(clock.today());
        Optional<String> empty = Optional.empty();

        Optional<Long> town = Optional.empty();
        String selectedTown = "";
        if (townParam != null && !townParam.isBlank()) {
            Optional<Long> id = parseLong(townParam);
            if (id.isPresent() && !allTowns && !user.municipalityScopes().contains(id.get())) {
                throw new ResponseStatusException(HttpStatus.FORBIDDEN);
            }
            if (id.isEmpty() || organizations.municipality(id.get()).isEmpty()) {
                empty = Optional.of("reports.empty.unknownTown");
            } else {
                town = id;
                selectedTown = String.valueOf(id.get());
            }
        } else if (!allTowns) {
            if (towns.isEmpty()) {
                empty = Optional.of("reports.empty.noTown");
            } else {
                town = Optional.of(towns.get(0).id());
                selectedTown = String.valueOf(towns.get(0).id());
            }
        }

        FiscalYear year = current;
        if (yearParam != null && !yearParam.isBlank()) {
            Optional<FiscalYear> parsed = parseYear(yearParam);
            if (parsed.isEmpty()) {
                empty = empty.or(() -> Optional.of("reports.empty.unknownYear"));
            } else {
                year = parsed.get();
            }
        }
        List<FiscalYear> years = new ArrayList<>();
        for (int i = 0; i < YEARS_SHOWN; i++) {
            years.add(FiscalYear.of(current.startYear() - i));
        }
        if (!years.contains(year)) {
            years.add(0, year);
            years.sort(Comparator.reverseOrder());
        }
        return new Selection(towns, allTowns, town, selectedTown, year, years, empty);
    }

    private static Optional<Long> parseLong(String text) {
        try {
            return Optional.of(Long.parseLong(text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A fiscal year from 2000 to 2100; anything else is an unknown year. */
    private static Optional<FiscalYear> parseYear(String text) {
        return parseLong(text).filter(y -> y >= 2000 && y <= 2100).map(y -> FiscalYear.of(y.intValue()));
    }
}
