package jp.hataraku.jobs.internal.io;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.hataraku.identity.Audit;
import jp.hataraku.jobs.internal.delivery.JobAccess;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/** Batch imports over the API: the same checks as the pages, the row problems as problem details. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Batches", description = "Importing items into a job from CSV or XLSX")
class BatchApiController {

    private final JobAccess access;
    private final BatchUploads uploads;
    private final BatchImports imports;
    private final BatchRepository batches;
    private final MessageSource messages;
    private final Audit audit;

    BatchApiController(JobAccess access, BatchUploads uploads, BatchImports imports, BatchRepository batches,
            MessageSource messages, Audit audit) {
        this.access = access;
        this.uploads = uploads;
        this.imports = imports;
        this.batches = batches;
        this.messages = messages;
        this.audit = audit;
    }

    /** The import started: follow {@code Location} for its progress. */
    record BatchStarted(long batchId, long rowsTotal, long rowsValid, long rowsRefused, List<ProblemView> problems) { }

    /** A batch's progress. */
    record BatchStatus(long id, long jobId, String name, String source, String status, long rowsTotal,
            long rowsImported, long rowsRefused, int percent) { }

    @PostMapping(path = "/jobs/{jobId}/batches", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import items from a CSV or XLSX file",
            description = "The header names the source columns (any names) and optional gold answers (gold:<field>). "
                    + "A file with problems is refused with 422 and the first 100 row problems, unless validRowsOnly=true "
                    + "and some rows are valid. The import runs in the background.")
    @ApiResponse(responseCode = "202", description = "import started")
    @ApiResponse(responseCode = "422", description = "the file has problems (problem+json with rowErrors)")
    ResponseEntity<?> importBatch(@PathVariable long jobId, @RequestPart(name = "file", required = false) MultipartFile file,
            @Parameter(description = "import the valid rows and leave out the others")
            @RequestParam(defaultValue = "false") boolean validRowsOnly, Locale locale) {
        JobFacts job = access.staffJob(jobId);
        BatchUploads.Upload upload = uploads.receive(job, file);
        if (upload.refused().isPresent()) {
            return problem(List.of(upload.refused().get()), "jobio.api.file-refused", locale);
        }
        BatchFile.Check check = upload.check().orElseThrow();
        if (check.fatal() || check.rowsValid() == 0 || (!check.isClean() && !validRowsOnly)) {
            return problem(check.problems(), "jobio.api.rows-refused", locale);
        }
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
                ? upload.file().get().sha256().substring(0, 12) : file.getOriginalFilename();
        long batchId = imports.start(job, upload.file().get(), name, check, Optional.of(access.user().accountId()));
        audit.change("jobio.batch.import", "batch", batchId, null, Map.of("jobId", jobId, "file", name,
                "rows", check.rowsValid(), "refused", check.rowsRefused()));
        return ResponseEntity.accepted().location(URI.create("/api/v1/batches/" + batchId))
                .body(new BatchStarted(batchId, check.rowsTotal(), check.rowsValid(), check.rowsRefused(),
                        ProblemView.of(check.problems(), messages, locale)));
    }

    @GetMapping("/batches/{batchId}")
    @Operation(summary = "A batch import's progress")
    BatchStatus batch(@PathVariable long batchId) {
        BatchRepository.BatchProgress b = batches.find(batchId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        access.staffJob(b.jobId());
        return new BatchStatus(b.id(), b.jobId(), b.name(), b.source(), b.status(), b.rowsTotal(), b.rowsImported(),
                b.rowsRefused(), b.percent());
    }

    private ResponseEntity<ProblemDetail> problem(List<RowProblem> problems, String titleCode, Locale locale) {
        ProblemDetail detail = ProblemDetail.forStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        detail.setTitle(messages.getMessage(titleCode, null, titleCode, locale));
        detail.setProperty("rowErrors", ProblemView.of(problems, messages, locale));
        return ResponseEntity.unprocessableContent().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(detail);
    }
}
