package jp.hataraku.quality.internal;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.hataraku.jobs.JobRuleViolation;
import jp.hataraku.jobs.JobSummary;
import jp.hataraku.jobs.TaskInfo;
import jp.hataraku.quality.Kappa;
import jp.hataraku.quality.Rate;
import jp.hataraku.shared.FieldError;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Review and quality as JSON: the same rules and access as the pages; refusals as RFC 9457 problem details. */
@RestController
@Tag(name = "Quality", description = "Review, adjudication and quality reports (directors of the job, contractor staff, administrators)")
class QualityApiController {

    private final JobAccess access;
    private final Review review;
    private final Reports reports;
    private final QualityMessages messages;
    private final jp.hataraku.jobs.Tasks tasks;

    QualityApiController(JobAccess access, Review review, Reports reports, QualityMessages messages,
            jp.hataraku.jobs.Tasks tasks) {
        this.access = access;
        this.review = review;
        this.reports = reports;
        this.messages = messages;
        this.tasks = tasks;
    }

    record RateJson(long part, long whole, String percent) {
        static RateJson of(Rate r) {
            return new RateJson(r.part(), r.whole(), r.percent());
        }
    }

    record KappaJson(double value, String formatted, int items, boolean degenerate) {
        static KappaJson of(Kappa k) {
            return new KappaJson(k.value(), k.format(), k.items(), k.degenerate());
        }
    }

    record GoldJson(long workerId, RateJson tasksCorrect, RateJson fieldsCorrect) { }

    record QualityJsonResponse(long jobId, RateJson errors, RateJson agreement, Map<String, KappaJson> kappa,
            List<GoldJson> gold, long openAdjudications) { }

    @GetMapping("/api/v1/jobs/{jobId}/quality")
    @Operation(summary = "A job's quality report",
            description = "Error rate (defects found in sampling and review returns over items inspected), double-entry "
                    + "agreement, κ per single-choice field (Cohen with overlap 2, Fleiss above) and gold accuracy per worker")
    @ApiResponse(responseCode = "404", description = "No such job (problem details)")
    @ApiResponse(responseCode = "403", description = "A director who does not direct this job (problem details)")
    QualityJsonResponse quality(@PathVariable long jobId) {
        Reports.JobQuality q = reports.of(access.require(jobId));
        Map<String, KappaJson> kappa = new LinkedHashMap<>();
        q.report().kappaPerChoiceField().forEach((f, k) -> kappa.put(f, KappaJson.of(k)));
        return new QualityJsonResponse(jobId, RateJson.of(q.report().errors()), RateJson.of(q.report().agreement()), kappa,
                q.gold().stream().map(g -> new GoldJson(g.workerId(), RateJson.of(g.tasks()), RateJson.of(g.fields())))
                        .toList(), q.openAdjudications());
    }

    record CommentRequest(String comment) { }

    record ReviewResponse(long taskId, String status) { }

    @PostMapping("/api/v1/tasks/{taskId}/approval")
    @Operation(summary = "Approve a submitted task")
    @ApiResponse(responseCode = "409", description = "The task is not waiting for review (problem details)")
    ReviewResponse approve(@PathVariable long taskId) {
        return decide(taskId, Review.Decision.APPROVE, null);
    }

    @PostMapping("/api/v1/tasks/{taskId}/return")
    @Operation(summary = "Return a submitted task to its worker with a comment")
    @ApiResponse(responseCode = "409", description = "No comment, or the task is not waiting for review (problem details)")
    ReviewResponse returnTask(@PathVariable long taskId, @RequestBody CommentRequest body) {
        return decide(taskId, Review.Decision.RETURN, body.comment());
    }

    @PostMapping("/api/v1/tasks/{taskId}/rejection")
    @Operation(summary = "Reject a submitted task with a comment (not paid; the slot goes back to the pool)")
    @ApiResponse(responseCode = "409", description = "No comment, or the task is not waiting for review (problem details)")
    ReviewResponse reject(@PathVariable long taskId, @RequestBody CommentRequest body) {
        return decide(taskId, Review.Decision.REJECT, body.comment());
    }

    private ReviewResponse decide(long taskId, Review.Decision decision, String comment) {
        TaskInfo task = review.task(taskId);
        JobSummary job = access.require(task.jobId());
        review.decideTask(job, task, decision, comment, access.reviewer());
        return new ReviewResponse(taskId, tasks.info(taskId).orElseThrow().status().name());
    }

    record AdjudicationRequest(Map<String, String> values) { }

    record AdjudicationResponse(long itemId, Map<String, String> values) { }

    @PostMapping("/api/v1/items/{itemId}/adjudication")
    @Operation(summary = "Settle a disagreeing item with the adjudicator's values",
            description = "values: field name → value; checked by the job's template rules")
    @ApiResponse(responseCode = "422", description = "Values the template refuses; errors per field (problem details)")
    @ApiResponse(responseCode = "409", description = "The item is not waiting for adjudication (problem details)")
    ResponseEntity<?> adjudicate(@PathVariable long itemId, @RequestBody AdjudicationRequest body) {
        long jobId;
        try {
            jobId = tasks.itemResults(itemId).jobId();
        } catch (IllegalArgumentException e) {
            throw new JobAccess.NoSuchJob();
        }
        JobSummary job = access.require(jobId);
        Map<String, String> values = body.values() == null ? Map.of() : body.values();
        List<FieldError> errors = review.adjudicate(job, itemId, values, access.reviewer());
        if (!errors.isEmpty()) {
            ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-values",
                    messages.text("quality.adjudication.invalid", List.of()));
            Map<String, String> byField = new LinkedHashMap<>();
            errors.forEach(e -> byField.put(e.field(), messages.text(e.code(), e.args())));
            problem.setProperty("errors", byField);
            return ResponseEntity.unprocessableContent().body(problem);
        }
        return ResponseEntity.ok(new AdjudicationResponse(itemId, values));
    }

    @ExceptionHandler(JobAccess.NoSuchJob.class)
    ProblemDetail notFound() {
        return problem(HttpStatus.NOT_FOUND, "not-found", messages.text("quality.error.notFound", List.of()));
    }

    @ExceptionHandler(JobAccess.NotAllowed.class)
    ProblemDetail forbidden() {
        return problem(HttpStatus.FORBIDDEN, "not-allowed", messages.text("quality.error.notAllowed", List.of()));
    }

    @ExceptionHandler({JobRuleViolation.class, QualityRefusal.class})
    ProblemDetail refused(RuntimeException e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "refused", messages.of(e));
        problem.setProperty("code", e instanceof JobRuleViolation v ? v.code() : ((QualityRefusal) e).code());
        return problem;
    }

    private static ProblemDetail problem(HttpStatus status, String type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:hataraku:problem:quality-" + type));
        problem.setTitle(status.getReasonPhrase());
        return problem;
    }
}
