package jp.hataraku.workers.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import jp.hataraku.identity.Audit;
import jp.hataraku.shared.TokyoClock;
import jp.hataraku.workers.WorkKind;
import jp.hataraku.workers.WorkerStatus;
import jp.hataraku.workers.internal.WorkerExportQuery.ExportRow;
import jp.hataraku.workers.internal.WorkerRepository.SearchCriteria;
import jp.hataraku.workers.internal.io.TabularExport;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The worker register as CSV (UTF-8 with BOM, for Excel) or XLSX, filtered as the list is and limited to the
 * towns the user may see. Cells are neutralised against formula injection by {@link TabularExport}; each
 * export is audited with its filters and row count.
 */
@Controller
@RequestMapping("/workers")
class WorkerExportController {

    static final List<String> HEADER_CODES = List.of("id", "name", "nameKana", "status", "municipality", "email",
            "phone", "postalCode", "address", "workKinds", "place", "appliedOn");

    private final WorkerExportQuery query;
    private final WorkerQueries queries;
    private final MessageSource messages;
    private final Audit audit;
    private final TokyoClock clock;

    WorkerExportController(WorkerExportQuery query, WorkerQueries queries, MessageSource messages, Audit audit,
            TokyoClock clock) {
        this.query = query;
        this.queries = queries;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/export.csv")
    void csv(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "") String municipalityId, @RequestParam(defaultValue = "") String workKind,
            Locale locale, HttpServletResponse response) throws IOException {
        Export export = export(q, status, municipalityId, workKind, locale, "csv");
        response.setContentType("text/csv;charset=UTF-8");
        attachment(response, export.fileName());
        TabularExport.writeCsv(export.headers(), export.rows(), response.getOutputStream());
    }

    @GetMapping("/export.xlsx")
    void xlsx(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "") String municipalityId, @RequestParam(defaultValue = "") String workKind,
            Locale locale, HttpServletResponse response) throws IOException {
        Export export = export(q, status, municipalityId, workKind, locale, "xlsx");
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        attachment(response, export.fileName());
        TabularExport.writeXlsx(msg("workerdata.export.sheet", locale), export.headers(), export.rows(),
                response.getOutputStream());
    }

    private record Export(List<String> headers, List<List<Object>> rows, String fileName) {
    }

    private Export export(String q, String status, String municipalityId, String workKind, Locale locale, String kind) {
        SearchCriteria criteria = new SearchCriteria(q.isBlank() ? null : q, Parse.oneOf(WorkerStatus.class, status),
                Parse.id(municipalityId), Parse.oneOf(WorkKind.class, workKind));
        List<ExportRow> found = query.rows(criteria);
        Map<Long, String> towns = queries.townNames();
        List<String> headers = HEADER_CODES.stream().map(code -> msg("workerdata.export.column." + code, locale)).toList();
        List<List<Object>> rows = found.stream().map(r -> List.<Object>of(r.id(), r.name(), r.nameKana(),
                msg("workers.status." + r.status().name(), locale), towns.getOrDefault(r.municipalityId(), ""),
                r.email(), r.phone(), r.postalCode(), r.address(),
                r.workKinds().stream().map(k -> msg("workers.workKind." + k.name(), locale)).collect(Collectors.joining("、")),
                msg("workers.place." + r.place().name(), locale), r.appliedOn() == null ? "" : r.appliedOn())).toList();
        audit.event("WORKERS_EXPORTED", kind + " rows=" + rows.size() + " q=" + q + " status=" + status
                + " municipalityId=" + municipalityId + " workKind=" + workKind);
        String fileName = "workers-" + clock.today().format(DateTimeFormatter.BASIC_ISO_DATE) + "." + kind;
        return new Export(headers, rows, fileName);
    }

    private static void attachment(HttpServletResponse response, String fileName) {
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    private String msg(String code, Locale locale) {
        return messages.getMessage(code, null, code, locale);
    }
}
