package jp.hataraku.jobs.internal.delivery;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jp.hataraku.jobs.JobRuleViolation;
import jp.hataraku.jobs.internal.delivery.DeliveryRepository.Delivery;
import jp.hataraku.jobs.internal.io.JobFacts;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Exports, deliveries and acceptance over the API, with the same rules as the pages. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Deliveries", description = "Exporting a job's approved results, deliveries and acceptance (検収)")
class DeliveryApiController {

    private final JobAccess access;
    private final Deliveries deliveries;
    private final MessageSource messages;

    DeliveryApiController(JobAccess access, Deliveries deliveries, MessageSource messages) {
        this.access = access;
        this.deliveries = deliveries;
        this.messages = messages;
    }

    /** A recorded delivery. */
    record DeliveryView(long id, long jobId, String format, int itemCount, String fileSha256, LocalDate deliveredOn,
            String status, LocalDate decidedOn, String note) {
        static DeliveryView of(Delivery d) {
            return new DeliveryView(d.id(), d.jobId(), d.format(), d.itemCount(), d.fileSha256().orElse(null),
                    d.deliveredOn(), d.status(), d.decidedOn().orElse(null), d.note().orElse(null));
        }
    }

    /** What the client decided: {@code accept} with a date, or {@code reject} with a note. */
    record AcceptanceRequest(String decision, LocalDate acceptedOn, String note) { }

    /** Which format to deliver in. */
    record DeliveryRequest(String format) { }

    @GetMapping("/jobs/{jobId}/export")
    @Operation(summary = "Export the job's approved results",
            description = "Columns: seq, the items' source columns, then the template's fields in order. Gold items are "
                    + "never exported. csv is UTF-8 with BOM; csv-sjis is refused (422) when a value has characters "
                    + "Shift_JIS cannot hold.")
    @ApiResponse(responseCode = "200", description = "the file")
    void export(@PathVariable long jobId,
            @Parameter(description = "csv, csv-sjis, xlsx or json") @RequestParam(defaultValue = "csv") String format,
            HttpServletResponse response) throws IOException {
        JobFacts job = access.staffJob(jobId);
        ExportFormat chosen = ExportFormat.ofCode(format)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "unknown format"));
        deliveries.checkExport(job, chosen);
        DeliveryController.startDownload(response, chosen, "job-" + jobId + "-results." + chosen.extension());
        deliveries.export(job, chosen, response.getOutputStream());
    }

    @PostMapping("/jobs/{jobId}/deliveries")
    @Operation(summary = "Record a delivery of the approved results", description = "IN_PROGRESS → DELIVERED.")
    @ApiResponse(responseCode = "201", description = "recorded")
    ResponseEntity<DeliveryView> deliver(@PathVariable long jobId, @RequestBody(required = false) DeliveryRequest body) {
        JobFacts job = access.staffJob(jobId);
        ExportFormat format = ExportFormat.ofCode(body == null || body.format() == null ? "csv" : body.format())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "unknown format"));
        long id = deliveries.deliver(job, format, Optional.of(access.user().accountId()));
        return ResponseEntity.status(HttpStatus.CREATED).body(DeliveryView.of(deliveries.find(id).orElseThrow()));
    }

    @PostMapping("/deliveries/{deliveryId}/acceptance")
    @Operation(summary = "Record the client's acceptance (with a date) or rejection (with a note)",
            description = "Staff, or a user of the job's client. Acceptance moves the job to ACCEPTED and publishes "
                    + "DeliveryAccepted; rejection puts the job back IN_PROGRESS.")
    DeliveryView decide(@PathVariable long deliveryId, @RequestBody AcceptanceRequest body) {
        Delivery delivery = deliveries.find(deliveryId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        JobFacts job = access.staffOrClientJob(delivery.jobId());
        Optional<Long> by = Optional.of(access.user().accountId());
        if ("accept".equals(body.decision())) {
            if (body.acceptedOn() == null) {
                throw new JobRuleViolation("jobio.acceptance.date-required");
            }
            deliveries.accept(job, delivery, body.acceptedOn(), by);
        } else if ("reject".equals(body.decision())) {
            deliveries.reject(job, delivery, body.note(), by);
        } else {
            throw new JobRuleViolation("jobio.acceptance.decision-required");
        }
        return DeliveryView.of(deliveries.find(deliveryId).orElseThrow());
    }

    @ExceptionHandler(JobRuleViolation.class)
    ResponseEntity<ProblemDetail> violation(JobRuleViolation e, Locale locale) {
        ProblemDetail detail = ProblemDetail.forStatus(HttpStatus.CONFLICT);
        detail.setTitle(messages.getMessage(e.code(), e.args().toArray(), e.code(), locale));
        detail.setProperty("code", e.code());
        return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(detail);
    }

    @ExceptionHandler(ResultWriter.NotShiftJis.class)
    ResponseEntity<ProblemDetail> notShiftJis(ResultWriter.NotShiftJis e, Locale locale) {
        ProblemDetail detail = ProblemDetail.forStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        detail.setTitle(messages.getMessage("jobio.export.not-shift-jis",
                new Object[] {String.join(", ", e.seqs().stream().map(String::valueOf).toList())}, locale));
        detail.setProperty("rows", e.seqs());
        return ResponseEntity.unprocessableContent().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(detail);
    }
}
