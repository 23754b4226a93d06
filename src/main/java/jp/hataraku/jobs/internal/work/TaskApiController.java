package jp.hataraku.jobs.internal.work;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jp.hataraku.identity.Audit;
import jp.hataraku.jobs.ClaimedTask;
import jp.hataraku.jobs.FieldType;
import jp.hataraku.jobs.NotOnTeam;
import jp.hataraku.jobs.SubmitOutcome;
import jp.hataraku.jobs.TaskKind;
import jp.hataraku.jobs.TaskStatus;
import jp.hataraku.jobs.TaskView;
import jp.hataraku.jobs.Tasks;
import jp.hataraku.jobs.TemplateField;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The worker's side of tasks as JSON, with the same rules as the pages: claim the next task, read
 * it, save a draft, keep the lease, hand it in once (Idempotency-Key). Each call is one call to
 * {@link Tasks} and nothing more, so that a busy pool stays fast.
 */
@RestController
@RequestMapping("/api/v1/tasks")
@Tag(name = "Tasks", description = "A worker's tasks: claim, read, draft, lease, submit (WORKER role, team members only)")
class TaskApiController {

    private final Tasks tasks;
    private final CurrentWorker worker;
    private final MessageSource messages;
    private final Audit audit;
    private final TaskFileRepository taskRows;
    private final jp.hataraku.jobs.Jobs jobs;

    TaskApiController(Tasks tasks, CurrentWorker worker, MessageSource messages, Audit audit,
            TaskFileRepository taskRows, jp.hataraku.jobs.Jobs jobs) {
        this.taskRows = taskRows;
        this.jobs = jobs;
        this.tasks = tasks;
        this.worker = worker;
        this.messages = messages;
        this.audit = audit;
    }

    @PostMapping("/claim")
    @Operation(summary = "Claim the next task", description = "Leases the next task of one job (jobId) or of any "
            + "job the worker is on. 204 when nothing is available for the worker now.")
    @ApiResponse(responseCode = "200", description = "The leased task")
    @ApiResponse(responseCode = "204", description = "Nothing to claim now")
    ResponseEntity<ClaimResponse> claim(@RequestParam(required = false) Long jobId) {
        Optional<ClaimedTask> claimed = tasks.claimNext(worker.id(), Optional.ofNullable(jobId));
        return claimed.map(c -> ResponseEntity.ok()
                        .location(URI.create("/api/v1/tasks/" + c.taskId()))
                        .body(new ClaimResponse(c.taskId(), c.jobId(), c.kind(), c.leaseUntil())))
                .orElseGet(() -> ResponseEntity.noContent().build());
    }

    @GetMapping("/{taskId:\\d+}")
    @Operation(summary = "One task: its form, what to work from, the saved draft and the lease")
    @ApiResponse(responseCode = "403", description = "Not on the job's team (problem details)")
    TaskResponse get(@PathVariable("taskId") long id) {
        return TaskResponse.of(tasks.view(worker.id(), id));
    }

    @PutMapping("/{taskId:\\d+}/draft")
    @Operation(summary = "Save the draft (renews the lease)")
    @ApiResponse(responseCode = "409", description = "The worker no longer holds the task (problem details)")
    DraftResponse draft(@PathVariable("taskId") long id, @RequestBody ValuesRequest body) {
        return new DraftResponse(tasks.saveDraft(worker.id(), id, body.valuesOrEmpty()));
    }

    @PostMapping("/{taskId:\\d+}/lease")
    @Operation(summary = "Keep the lease alive while the worker is working")
    @ApiResponse(responseCode = "204", description = "Renewed")
    @ApiResponse(responseCode = "409", description = "The worker no longer holds the task (problem details)")
    ResponseEntity<Void> lease(@PathVariable("taskId") long id) {
        tasks.renewLease(worker.id(), id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{taskId:\\d+}/submission")
    @Operation(summary = "Hand the task in, once", description = "The Idempotency-Key header (or submitKey in the "
            + "body) makes a retry safe: the same key answers 200 with the same submission.")
    @ApiResponse(responseCode = "201", description = "Handed in")
    @ApiResponse(responseCode = "200", description = "Already handed in with this key (a retry)")
    @ApiResponse(responseCode = "409", description = "Handed in already with another key, the lease went to "
            + "someone else, or the job stopped (problem details; code says which)")
    @ApiResponse(responseCode = "422", description = "Some values break the template's rules (problem details with errors)")
    ResponseEntity<?> submit(@PathVariable("taskId") long id,
            @Parameter(description = "a client-chosen key, e.g. a UUID") @RequestHeader(name = "Idempotency-Key",
                    required = false) String idempotencyKey,
            @RequestBody ValuesRequest body, jakarta.servlet.http.HttpServletRequest request) {
        String key = idempotencyKey != null ? idempotencyKey : body.submitKey();
        if (!SubmitKeys.valid(key)) {
            return problem(HttpStatus.BAD_REQUEST, "submit-key", "work.api.submitKey", Map.of());
        }
        SubmitOutcome outcome = tasks.submit(worker.id(), id, key, body.valuesOrEmpty(),
                jp.hataraku.jobs.internal.WorkSites.clientAddress(request));
        if (outcome instanceof SubmitOutcome.Accepted a) {
            return ResponseEntity.status(a.repeated() ? HttpStatus.OK : HttpStatus.CREATED)
                    .body(new SubmissionResponse(a.submissionId(), a.repeated()));
        }
        if (outcome instanceof SubmitOutcome.Invalid invalid) {
            return problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid", "work.api.invalid",
                    Map.of("errors", invalid.errors().stream().map(e -> new FieldProblem(e.field(), e.code(),
                            messages.getMessage(e.code(), e.argArray(), e.code(), LocaleContextHolder.getLocale())))
                            .toList()));
        }
        if (outcome instanceof SubmitOutcome.LeaseExpired expired) {
            return expired.reLeased()
                    ? problem(HttpStatus.CONFLICT, "lease-renewed", "work.submit.releasedAgain",
                            Map.of("leaseUntil", expired.leaseUntil().toString()))
                    : problem(HttpStatus.CONFLICT, "lease-lost", "work.submit.leaseLost", Map.of());
        }
        if (outcome instanceof SubmitOutcome.AlreadySubmitted) {
            return problem(HttpStatus.CONFLICT, "already-submitted", "work.submit.already", Map.of());
        }
        return problem(HttpStatus.CONFLICT, "job-stopped", "work.submit.jobStopped", Map.of());
    }

    @ExceptionHandler(jp.hataraku.jobs.TermsNotAccepted.class)
    ResponseEntity<ProblemDetail> termsNotAccepted() {
        return problem(HttpStatus.FORBIDDEN, "terms-not-accepted", "work.terms.required", Map.of());
    }

    @ExceptionHandler(NotOnTeam.class)
    ResponseEntity<ProblemDetail> notOnTeam(NotOnTeam e, HttpServletRequest request) {
        Optional<TaskRef> task = WorkPageErrors.task(request, taskRows);
        if (task.isPresent() && task.get().id() == 0) {
            return notFound();
        }
        if (task.isPresent() && task.get().kind() != TaskKind.ASSIGNED && jobs.isMember(task.get().jobId(), worker.id())) {
            // on the team, but the task is someone else's now: the lease ran out and was taken
            return problem(HttpStatus.CONFLICT, "lease-lost", "work.lease.lost", Map.of());
        }
        audit.event("TASK_ACCESS_REFUSED", request.getMethod() + " " + request.getRequestURI() + ": " + e.getMessage());
        return problem(HttpStatus.FORBIDDEN, "not-on-team", "work.api.notOnTeam", Map.of());
    }

    @ExceptionHandler(CurrentWorker.NoWorkerRecord.class)
    ResponseEntity<ProblemDetail> noWorker() {
        return problem(HttpStatus.FORBIDDEN, "not-a-worker", "work.api.notOnTeam", Map.of());
    }

    @ExceptionHandler({NoSuchElementException.class, org.springframework.dao.EmptyResultDataAccessException.class})
    ResponseEntity<ProblemDetail> notFound() {
        return problem(HttpStatus.NOT_FOUND, "task-not-found", "work.api.notFound", Map.of());
    }

    @ExceptionHandler({jp.hataraku.jobs.JobRuleViolation.class, IllegalStateException.class})
    ResponseEntity<ProblemDetail> refused(RuntimeException e) {
        String code = e instanceof jp.hataraku.jobs.JobRuleViolation v ? v.code() : "work.lease.lost";
        return problem(HttpStatus.CONFLICT, "refused", code, Map.of("code", code));
    }

    private ResponseEntity<ProblemDetail> problem(HttpStatus status, String type, String messageKey,
            Map<String, Object> properties) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                messages.getMessage(messageKey, null, messageKey, LocaleContextHolder.getLocale()));
        problem.setTitle(status.getReasonPhrase());
        problem.setType(URI.create("urn:hataraku:problem:" + type));
        properties.forEach(problem::setProperty);
        return ResponseEntity.status(status).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    record ClaimResponse(long taskId, long jobId, TaskKind kind, Instant leaseUntil) { }

    /** Values keyed by field name; multiple choices joined with ",", a checkbox "true" or "false". */
    record ValuesRequest(Map<String, String> values, String submitKey) {
        Map<String, String> valuesOrEmpty() {
            return values == null ? Map.of() : values;
        }
    }

    record DraftResponse(int revision) { }

    record SubmissionResponse(long submissionId, boolean repeated) { }

    record FieldProblem(String field, String code, String message) { }

    record FieldResponse(String name, String label, FieldType type, boolean required, String help,
            List<ChoiceResponse> choices) {
        static FieldResponse of(TemplateField f) {
            return new FieldResponse(f.name(), f.label(), f.type(), f.required(), f.help(),
                    f.choices().stream().map(c -> new ChoiceResponse(c.code(), c.label())).toList());
        }
    }

    record ChoiceResponse(String code, String label) { }

    record TaskResponse(long taskId, long jobId, String jobTitle, TaskKind kind, TaskStatus status,
            List<FieldResponse> fields, Map<String, String> source, String fileUrl, String fileType,
            Map<String, String> draft, int draftRevision, Instant leaseUntil, LocalDate dueDate, String reviewComment,
            String title, String instructions, Integer estimatedMinutes) {
        static TaskResponse of(TaskView v) {
            return new TaskResponse(v.taskId(), v.jobId(), v.jobTitle(), v.kind(), v.status(),
                    v.template().fields().stream().map(FieldResponse::of).toList(), v.source(),
                    v.file().map(f -> "/tasks/" + v.taskId() + "/file").orElse(null),
                    v.file().map(TaskView.ItemFile::mediaType).orElse(null), v.draft(), v.draftRevision(),
                    v.leaseUntil().orElse(null), v.dueDate(), v.reviewComment().orElse(null), v.title().orElse(null),
                    v.instructions().orElse(null), v.estimatedMinutes().orElse(null));
        }
    }
}
