package jp.hataraku.reports.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import jp.hataraku.identity.Accounts;
import jp.hataraku.identity.CurrentUser;
import jp.hataraku.identity.Role;
import jp.hataraku.organization.Contractor;
import jp.hataraku.organization.Municipality;
import jp.hataraku.organization.Organizations;
import jp.hataraku.platform.PdfRenderer;
import jp.hataraku.reports.internal.export.ExportJobs;
import jp.hataraku.reports.internal.export.ExportKind;
import jp.hataraku.reports.internal.export.ReportFiles;
import jp.hataraku.shared.FiscalYear;
import jp.hataraku.shared.TokyoClock;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The council dashboard and its exports. The dashboard shows the report's sections (h2) and their
 * figures (h3), each as a chart with its data table, for a town (or every town), a contractor (or
 * every contractor) and a fiscal year, chosen with GET filters that work without script. Contractor
 * staff and administrators see every town and contractor; town staff only their own towns and the
 * contractors serving them (another answers 403). An unknown town, contractor or year shows an
 * empty state.
 * <p><b>Exports.</b> A single fiscal year downloads at once ({@code /reports/workbook.xlsx},
 * {@code report.pdf}, {@code opendata.csv}): it is one computation of the report the dashboard has
 * just shown (the dashboard's speed target), so making the person wait for a job would only add a
 * page. Anything larger — a workbook of several fiscal years — or an export someone would rather not
 * wait for runs as a background job ({@code POST /reports/exports}, a CSRF form that needs no
 * script): it redirects to the job's page, which shows a progress bar (polled by htmx every two
 * seconds, with a plain link to reload without script) and the download link when done. Both paths
 * write the file with the same {@link ReportFiles}, so they cannot disagree.
 */
@Controller
class ReportsController {

    static final int YEARS_SHOWN = 10;
    static final int RECENT_JOBS = 5;

    private final ReportSnapshots snapshots;
    private final ReportFiles files;
    private final ExportJobs jobs;
    private final Organizations organizations;
    private final Accounts accounts;
    private final TokyoClock clock;

    ReportsController(ReportSnapshots snapshots, ReportFiles files, ExportJobs jobs, Organizations organizations,
            Accounts accounts, TokyoClock clock) {
        this.snapshots = snapshots;
        this.files = files;
        this.jobs = jobs;
        this.organizations = organizations;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** What the filters chose, within what the signed-in person may see. */
    record Selection(CurrentUser user, List<Municipality> towns, boolean allTowns, Optional<Long> town,
            String selectedTown, List<Contractor> contractors, Optional<Long> contractor, String selectedContractor,
            FiscalYear year, List<FiscalYear> years, Optional<String> empty) {

        ReportScope scope() {
            return new ReportScope(town, contractor);
        }
    }

    @GetMapping("/reports")
    String dashboard(@RequestParam(name = "town", required = false) String townParam,
            @RequestParam(name = "contractor", required = false) String contractorParam,
            @RequestParam(name = "year", required = false) String yearParam, Model model, Locale locale) {
        Selection selection = select(townParam, contractorParam, yearParam);
        filters(model, selection);
        if (selection.empty().isPresent()) {
            model.addAttribute("emptyReason", selection.empty().get());
            model.addAttribute("report", null);
        } else {
            ReportSnapshots.Served served = snapshots.report(selection.scope(), selection.year(), locale);
            CouncilReport.Report report = served.report();
            model.addAttribute("report", report);
            // a snapshot not yet refreshed after a change says when it was computed (at most a minute behind)
            model.addAttribute("staleAsOf", served.fresh() ? null
                    : java.time.LocalTime.ofInstant(served.asOf(), jp.hataraku.shared.TokyoClock.ZONE)
                            .truncatedTo(java.time.temporal.ChronoUnit.MINUTES).toString());
            model.addAttribute("emptyReason", report.emptyReason().orElse(null));
        }
        model.addAttribute("kinds", ExportKind.values());
        model.addAttribute("recentJobs", jobs.recent(selection.user().accountId(), RECENT_JOBS));
        return "reports/dashboard";
    }

    private void filters(Model model, Selection selection) {
        model.addAttribute("towns", selection.towns());
        model.addAttribute("allTowns", selection.allTowns());
        model.addAttribute("selectedTown", selection.selectedTown());
        model.addAttribute("townName", selection.town().flatMap(organizations::municipality).map(Municipality::name)
                .orElse(null));
        model.addAttribute("contractors", selection.contractors());
        model.addAttribute("selectedContractor", selection.selectedContractor());
        model.addAttribute("contractorName", selection.contractor().flatMap(organizations::contractor)
                .map(Contractor::legalName).orElse(null));
        model.addAttribute("years", selection.years());
        model.addAttribute("year", selection.year());
    }

    /** The figures as an Excel workbook: a cover and a sheet per figure. */
    @GetMapping("/reports/workbook.xlsx")
    void workbook(@RequestParam(name = "town", required = false) String townParam,
            @RequestParam(name = "contractor", required = false) String contractorParam,
            @RequestParam(name = "year", required = false) String yearParam, Locale locale,
            HttpServletResponse response) throws IOException, PdfRenderer.FontMissing {
        direct(ExportKind.XLSX, select(townParam, contractorParam, yearParam), locale, response);
    }

    /** The figures as open data: one row per figure, category and series, small counts masked. */
    @GetMapping("/reports/opendata.csv")
    void openData(@RequestParam(name = "town", required = false) String townParam,
            @RequestParam(name = "contractor", required = false) String contractorParam,
            @RequestParam(name = "year", required = false) String yearParam, Locale locale,
            HttpServletResponse response) throws IOException, PdfRenderer.FontMissing {
        direct(ExportKind.CSV, select(townParam, contractorParam, yearParam), locale, response);
    }

    /** The council report as PDF: cover, contents by section, a page per figure with its chart and table. */
    @GetMapping("/reports/report.pdf")
    void pdf(@RequestParam(name = "town", required = false) String townParam,
            @RequestParam(name = "contractor", required = false) String contractorParam,
            @RequestParam(name = "year", required = false) String yearParam, Locale locale,
            HttpServletResponse response) throws IOException, PdfRenderer.FontMissing {
        direct(ExportKind.PDF, select(townParam, contractorParam, yearParam), locale, response);
    }

    /** A one-year file, written while the person waits; nothing to export (or not begun) answers 404. */
    private void direct(ExportKind kind, Selection selection, Locale locale, HttpServletResponse response)
            throws IOException, PdfRenderer.FontMissing {
        if (selection.empty().isPresent()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            files.write(kind, selection.scope(), selection.year(), selection.year(), locale, out, done -> { });
        } catch (ReportFiles.NothingToExport e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        response.setContentType(kind.contentType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(ReportFiles.fileName(kind, selection.year(), selection.year()), StandardCharsets.UTF_8)
                .build().toString());
        response.setContentLength(out.size());
        out.writeTo(response.getOutputStream());
    }

    /** Starts a background export of the chosen scope; the job's page, or back to the dashboard with why not. */
    @PostMapping("/reports/exports")
    String startExport(@RequestParam(name = "town", required = false) String townParam,
            @RequestParam(name = "contractor", required = false) String contractorParam,
            @RequestParam(name = "kind") String kindParam,
            @RequestParam(name = "from", required = false) String fromParam,
            @RequestParam(name = "to") String toParam, Locale locale, RedirectAttributes redirect) {
        Selection selection = select(townParam, contractorParam, toParam);
        Optional<ExportKind> kind = Arrays.stream(ExportKind.values()).filter(k -> k.name().equals(kindParam)).findFirst();
        Optional<FiscalYear> to = parseYear(toParam);
        Optional<FiscalYear> from = fromParam == null || fromParam.isBlank() ? to : parseYear(fromParam);
        String back = UriComponentsBuilder.fromPath("/reports").queryParam("town", selection.selectedTown())
                .queryParam("contractor", selection.selectedContractor())
                .queryParam("year", to.map(FiscalYear::startYear).map(String::valueOf).orElse("")).build().encode()
                .toUriString();
        if (selection.empty().isPresent() || kind.isEmpty() || to.isEmpty() || from.isEmpty()) {
            redirect.addFlashAttribute("exportError", selection.empty().orElse("reports.job.error.invalid"));
            return "redirect:" + back;
        }
        try {
            long id = jobs.start(selection.user().accountId(), kind.get(), selection.scope(), from.get(), to.get(), locale);
            return "redirect:/reports/exports/" + id;
        } catch (ExportJobs.Refused e) {
            redirect.addFlashAttribute("exportError", e.code());
            return "redirect:" + back;
        }
    }

    @GetMapping("/reports/exports/{id}")
    String exportJob(@PathVariable long id, Model model, Locale locale) {
        ExportJobs.Job job = ownJob(id);
        model.addAttribute("job", job);
        model.addAttribute("keepDays", ExportJobs.KEEP_DAYS);
        jobDescription(model, job, locale);
        return "reports/export-job";
    }

    /** The progress fragment htmx polls while the job runs. */
    @GetMapping("/reports/exports/{id}/progress")
    String exportProgress(@PathVariable long id, Model model) {
        model.addAttribute("job", ownJob(id));
        model.addAttribute("keepDays", ExportJobs.KEEP_DAYS);
        return "reports/export-job :: progress";
    }

    @GetMapping("/reports/exports/{id}/file")
    void exportFile(@PathVariable long id, HttpServletResponse response) throws IOException {
        ExportJobs.Job job = ownJob(id);
        byte[] bytes = jobs.file(id, job.accountId()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        response.setContentType(job.kind().contentType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(job.fileName(), StandardCharsets.UTF_8).build().toString());
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /** The signed-in person's job; anyone else's (or none) answers 404. */
    private ExportJobs.Job ownJob(long id) {
        CurrentUser user = accounts.current().orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
        return jobs.find(id, user.accountId()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private void jobDescription(Model model, ExportJobs.Job job, Locale locale) {
        model.addAttribute("jobTown", job.town().flatMap(organizations::municipality).map(Municipality::name).orElse(null));
        model.addAttribute("jobContractor", job.contractor().flatMap(organizations::contractor).map(Contractor::legalName)
                .orElse(null));
        model.addAttribute("jobYears", job.from().equals(job.to()) ? job.to().labelWithEra()
                : job.from().labelWithEra() + " – " + job.to().labelWithEra());
        model.addAttribute("dashboardLink", UriComponentsBuilder.fromPath("/reports")
                .queryParam("town", job.town().map(String::valueOf).orElse(""))
                .queryParam("contractor", job.contractor().map(String::valueOf).orElse(""))
                .queryParam("year", job.to().startYear()).build().encode().toUriString());
    }

    private Selection select(String townParam, String contractorParam, String yearParam) {
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

        // the contractors one may choose: all for contractor staff, those serving one's towns for town staff
        List<Contractor> contractors;
        if (allTowns) {
            contractors = organizations.contractors();
        } else {
            Map<Long, Contractor> serving = new LinkedHashMap<>();
            towns.forEach(t -> organizations.contractorsServing(t.id()).forEach(c -> serving.putIfAbsent(c.id(), c)));
            contractors = new ArrayList<>(serving.values());
        }
        contractors = contractors.stream()
                .sorted(Comparator.comparing(Contractor::legalNameKana).thenComparing(Contractor::id)).toList();
        Optional<Long> contractor = Optional.empty();
        String selectedContractor = "";
        if (contractorParam != null && !contractorParam.isBlank()) {
            Optional<Long> id = parseLong(contractorParam);
            Set<Long> visible = contractors.stream().map(Contractor::id).collect(Collectors.toSet());
            if (id.isEmpty() || organizations.contractor(id.get()).isEmpty()) {
                empty = empty.or(() -> Optional.of("reports.empty.unknownContractor"));
            } else if (!visible.contains(id.get())) {
                throw new ResponseStatusException(HttpStatus.FORBIDDEN);
            } else {
                contractor = id;
                selectedContractor = String.valueOf(id.get());
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
        return new Selection(user, towns, allTowns, town, selectedTown, contractors, contractor, selectedContractor,
                year, years, empty);
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
        return text == null ? Optional.empty()
                : parseLong(text).filter(y -> y >= 2000 && y <= 2100).map(y -> FiscalYear.of(y.intValue()));
    }
}
