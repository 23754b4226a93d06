package jp.hataraku.jobs.internal.pages;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.hataraku.identity.CurrentUser;
import jp.hataraku.identity.Role;
import jp.hataraku.jobs.Confidentiality;
import jp.hataraku.jobs.JobDetails;
import jp.hataraku.jobs.JobMode;
import jp.hataraku.jobs.JobRuleViolation;
import jp.hataraku.jobs.JobStatus;
import jp.hataraku.jobs.JobSummary;
import jp.hataraku.jobs.Jobs;
import jp.hataraku.jobs.PriceModel;
import jp.hataraku.jobs.TaskTemplate;
import jp.hataraku.jobs.TemplateField;
import jp.hataraku.shared.FieldError;
import jp.hataraku.shared.TokyoClock;
import jp.hataraku.workers.WorkKind;
import jp.hataraku.workers.WorkerStatus;
import jp.hataraku.workers.Workers;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
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
 * Jobs and their teams as JSON, with the pages' visibility: staff as on the pages; a client user
 * reads its own clients' jobs, a worker the jobs whose team they are on. A refused change answers
 * 409 and invalid input 422, both as RFC 9457 problem details with the message code.
 */
@RestController
@RequestMapping("/api/v1/jobs")
@Tag(name = "Jobs", description = "Client orders, their details, task template, lifecycle and team")
class JobApiController {

    private final Jobs jobs;
    private final Workers workers;
    private final JobAccess access;
    private final JobPageSupport support;
    private final TokyoClock clock;

    JobApiController(Jobs jobs, Workers workers, JobAccess access, JobPageSupport support, TokyoClock clock) {
        this.jobs = jobs;
        this.workers = workers;
        this.access = access;
        this.support = support;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "Jobs visible to you", description = "Staff: their jobs (directors: the jobs they direct); "
            + "client users: their clients' jobs; workers: the jobs whose team they are on")
    List<JobResponse> list(@RequestParam(defaultValue = "") String status) {
        CurrentUser user = access.user();
        return access.readableJobs().stream().filter(j -> status.isBlank() || j.status().name().equals(status))
                .map(j -> JobResponse.of(j, user)).toList();
    }

    @GetMapping("/{jobId:\\d+}")
    @Operation(summary = "One job", description = "The ETag header carries the version for PUT's If-Match")
    @ApiResponse(responseCode = "403", description = "Not your client's job, or not on its team (audited)")
    @ApiResponse(responseCode = "404", description = "No such job")
    ResponseEntity<JobResponse> get(@PathVariable("jobId") long id) {
        JobSummary job = access.readableJob(id);
        return ResponseEntity.ok().eTag(String.valueOf(job.version())).body(JobResponse.of(job, access.user()));
    }

    @PostMapping
    @Operation(summary = "Create a job (DRAFT)")
    @ApiResponse(responseCode = "201", description = "Created; Location names the job")
    @ApiResponse(responseCode = "422", description = "Invalid input: problem details with field errors")
    ResponseEntity<JobResponse> create(@RequestBody JobRequest body) {
        access.staffJobs();
        JobDetails details = details(body, body == null || body.template() == null ? TaskTemplate.empty() : null);
        long id = jobs.create(details);
        JobSummary job = jobs.find(id).orElseThrow();
        return ResponseEntity.created(URI.create("/api/v1/jobs/" + id)).eTag(String.valueOf(job.version()))
                .body(JobResponse.of(job, access.user()));
    }

    @PutMapping("/{jobId:\\d+}")
    @Operation(summary = "Replace a DRAFT or OPEN job's details",
            description = "The version read comes in the body or as If-Match; without a template the job keeps its own")
    @ApiResponse(responseCode = "409", description = "Changed since you read it, or the rules refuse the change")
    @ApiResponse(responseCode = "422", description = "Invalid input: problem details with field errors")
    @ApiResponse(responseCode = "428", description = "No version given")
    ResponseEntity<JobResponse> update(@PathVariable("jobId") long id, @RequestBody JobRequest body,
            @Parameter(description = "the version (ETag) read") @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        JobSummary job = access.staffJob(id);
        int version = version(body.version(), ifMatch, job);
        JobDetails details = details(body, body.template() == null ? job.details().template() : null);
        try {
            jobs.update(id, version, details);
        } catch (OptimisticLockingFailureException e) {
            throw new JobRuleViolation("jobpages.error.stale");
        }
        JobSummary saved = jobs.find(id).orElseThrow();
        return ResponseEntity.ok().eTag(String.valueOf(saved.version())).body(JobResponse.of(saved, access.user()));
    }

    @PostMapping("/{jobId:\\d+}/open")
    @Operation(summary = "DRAFT → OPEN", description = "Needs a contract and NDA in force, a director and (pool) a template")
    @ApiResponse(responseCode = "409", description = "The rules refuse it (problem details with the code)")
    @ApiResponse(responseCode = "428", description = "No version given (version parameter or If-Match)")
    JobResponse open(@PathVariable("jobId") long id, @RequestParam(required = false) Integer version,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return act(id, version, ifMatch, () -> jobs.open(id, clock.today()));
    }

    @PostMapping("/{jobId:\\d+}/cancel")
    @Operation(summary = "Cancel the job")
    @ApiResponse(responseCode = "409", description = "The rules refuse it")
    JobResponse cancel(@PathVariable("jobId") long id, @RequestParam(required = false) Integer version,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return act(id, version, ifMatch, () -> jobs.cancel(id));
    }

    @PostMapping("/{jobId:\\d+}/close")
    @Operation(summary = "ACCEPTED → CLOSED")
    @ApiResponse(responseCode = "409", description = "The rules refuse it")
    JobResponse close(@PathVariable("jobId") long id, @RequestParam(required = false) Integer version,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return act(id, version, ifMatch, () -> jobs.close(id));
    }

    @GetMapping("/{jobId:\\d+}/team")
    @Operation(summary = "The job's team")
    List<MemberResponse> team(@PathVariable("jobId") long id) {
        access.staffJob(id);
        return jobs.members(id).stream().map(workers::find).flatMap(Optional::stream)
                .map(w -> new MemberResponse(w.id().value(), w.name(), w.nameKana(), w.municipalityId(), w.status()))
                .toList();
    }

    @PostMapping("/{jobId:\\d+}/team")
    @Operation(summary = "Add a worker to the team", description = "Only active workers holding the job's qualifications")
    @ApiResponse(responseCode = "409", description = "The rules refuse it (not active, missing qualification...)")
    ResponseEntity<List<MemberResponse>> addMember(@PathVariable("jobId") long id, @RequestBody MemberRequest body) {
        access.staffJob(id);
        if (body == null || body.workerId() == null || workers.find(body.workerId()).isEmpty()) {
            throw invalid(List.of(new FieldError("workerId", "jobpages.team.noSuchWorker", List.of())));
        }
        jobs.addMember(id, body.workerId());
        return ResponseEntity.status(HttpStatus.CREATED).body(team(id));
    }

    @DeleteMapping("/{jobId:\\d+}/team/{workerId:\\d+}")
    @Operation(summary = "Remove a worker from the team")
    @ApiResponse(responseCode = "204", description = "Removed")
    @ApiResponse(responseCode = "404", description = "Not a member")
    @ApiResponse(responseCode = "428", description = "No version given (version parameter or If-Match)")
    ResponseEntity<Void> removeMember(@PathVariable("jobId") long id, @PathVariable long workerId,
            @RequestParam(required = false) Integer version,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        version(version, ifMatch, access.staffJob(id));
        if (!jobs.isMember(id, workerId)) {
            return ResponseEntity.notFound().build();
        }
        jobs.removeMember(id, workerId);
        return ResponseEntity.noContent().build();
    }

    private JobResponse act(long id, Integer version, String ifMatch, Runnable change) {
        JobSummary job = access.staffJob(id);
        version(version, ifMatch, job);
        change.run();
        return JobResponse.of(jobs.find(id).orElseThrow(), access.user());
    }

    /** The version the caller read: 428 when none is given, 409 when the job changed since. */
    private static int version(Integer inBody, String ifMatch, JobSummary job) {
        Integer v = inBody;
        if (v == null && ifMatch != null) {
            v = JobFormValidator.version(ifMatch.replace("W/", "").replace("\"", ""));
        }
        if (v == null) {
            throw new VersionMissing();
        }
        if (v != job.version()) {
            throw new JobRuleViolation("jobpages.error.stale");
        }
        return v;
    }

    /** The request as a job, checked like the page form; 422 with every field's problem otherwise. */
    private JobDetails details(JobRequest body, TaskTemplate keep) {
        if (body == null) {
            throw invalid(List.of(new FieldError("body", "jobpages.error.required", List.of())));
        }
        PageErrors errors = new PageErrors();
        TaskTemplate template = keep;
        if (template == null) {
            TemplateForm form = new TemplateForm();
            body.template().forEach(f -> form.getFields().add(f.toForm()));
            template = form.toTemplate(errors).orElse(TaskTemplate.empty());
        }
        Optional<JobDetails> details = JobFormValidator.validate(body.toForm(), support.clients(),
                support.directors().keySet(), template, errors);
        if (details.isEmpty() || !errors.isEmpty()) {
            throw invalid(errors.all());
        }
        return details.get();
    }

    private static InvalidInput invalid(List<FieldError> errors) {
        return new InvalidInput(errors);
    }

    @ExceptionHandler(JobRuleViolation.class)
    ProblemDetail refused(JobRuleViolation e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, support.message(e));
        problem.setTitle("Refused by the job rules");
        problem.setType(URI.create("urn:hataraku:problem:job-rule"));
        problem.setProperty("code", e.code());
        return problem;
    }

    @ExceptionHandler(InvalidInput.class)
    ProblemDetail invalidInput(InvalidInput e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                support.message("jobpages.error.invalid"));
        problem.setTitle("Invalid input");
        problem.setType(URI.create("urn:hataraku:problem:invalid-input"));
        problem.setProperty("errors", e.errors.stream().map(f -> Map.of("field", f.field(), "code", f.code(),
                "message", support.message(f.code(), f.argArray()))).toList());
        return problem;
    }

    @ExceptionHandler(VersionMissing.class)
    ProblemDetail versionMissing() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_REQUIRED,
                support.message("jobpages.error.versionMissing"));
        problem.setTitle("Version required");
        problem.setType(URI.create("urn:hataraku:problem:version-required"));
        return problem;
    }

    static final class InvalidInput extends RuntimeException {
        private final transient List<FieldError> errors;

        InvalidInput(List<FieldError> errors) {
            super("invalid input", null, false, false);
            this.errors = List.copyOf(errors);
        }
    }

    static final class VersionMissing extends RuntimeException {
        VersionMissing() {
            super("version missing", null, false, false);
        }
    }

    /** A job to create or the new details of one; money is integer yen, the due date ISO or Japanese era. */
    record JobRequest(Long clientId, String title, String workKind, String mode, String description,
            String deliverableFormat, String dueDate, String priceModel, Long clientUnitPrice,
            String rewardModel, Long rewardYen, List<String> qualifications, String confidentiality,
            Integer overlap, Integer goldRatePercent, Integer leaseMinutes, Integer qualityThreshold, Integer dailyCap,
            String aql, Long directorAccountId, List<FieldRequest> template, Integer version) {

        JobForm toForm() {
            JobForm f = new JobForm();
            f.setClientId(str(clientId));
            f.setTitle(title);
            f.setWorkKind(str(workKind));
            f.setMode(str(mode));
            f.setDescription(description);
            f.setDeliverableFormat(deliverableFormat);
            f.setDueDate(dueDate);
            f.setPriceModel(str(priceModel));
            f.setClientUnitPrice(str(clientUnitPrice));
            f.setRewardModel(str(rewardModel));
            f.setRewardYen(str(rewardYen));
            f.setQualifications(qualifications == null ? "" : String.join("\n", qualifications));
            f.setConfidentiality(str(confidentiality));
            f.setOverlap(overlap == null ? "1" : overlap.toString());
            f.setGoldRatePercent(goldRatePercent == null ? "0" : goldRatePercent.toString());
            f.setLeaseMinutes(leaseMinutes == null ? "30" : leaseMinutes.toString());
            f.setQualityThreshold(qualityThreshold == null ? "0" : qualityThreshold.toString());
            f.setDailyCap(str(dailyCap));
            f.setAql(aql);
            f.setDirectorAccountId(str(directorAccountId));
            return f;
        }

        private static String str(Object o) {
            return o == null ? "" : o.toString();
        }
    }

    /** One template field; choices as code and label. */
    record FieldRequest(String name, String label, String type, Boolean required, String help, String pattern,
            BigDecimal min, BigDecimal max, Boolean digitsOnly, Boolean kanaOnly, List<ChoiceRequest> choices) {

        FieldForm toForm() {
            FieldForm f = new FieldForm();
            f.setName(name);
            f.setLabel(label);
            f.setType(type == null ? "" : type);
            f.setRequired(Boolean.TRUE.equals(required));
            f.setHelp(help);
            f.setPattern(pattern);
            f.setMin(min == null ? "" : min.toPlainString());
            f.setMax(max == null ? "" : max.toPlainString());
            f.setDigitsOnly(Boolean.TRUE.equals(digitsOnly));
            f.setKanaOnly(Boolean.TRUE.equals(kanaOnly));
            List<String> lines = new ArrayList<>();
            if (choices != null) {
                choices.forEach(c -> lines.add(c.code() + "=" + c.label()));
            }
            f.setChoices(String.join("\n", lines));
            return f;
        }

        static FieldRequest of(TemplateField f) {
            return new FieldRequest(f.name(), f.label(), f.type().name(), f.required(), f.help(), f.pattern().orElse(null),
                    f.min().orElse(null), f.max().orElse(null), f.digitsOnly(), f.kanaOnly(),
                    f.choices().stream().map(c -> new ChoiceRequest(c.code(), c.label())).toList());
        }
    }

    /** One option of a choice field: a stable code (letters, digits, _ and -) and its label. */
    record ChoiceRequest(String code, String label) {
    }

    record MemberRequest(Long workerId) {
    }

    record MemberResponse(long workerId, String name, String nameKana, long municipalityId, WorkerStatus status) {
    }

    /** A job; the reward and the director only for staff, the client's price not for workers. */
    record JobResponse(long id, int version, JobStatus status, long contractorId, long clientId, String title,
            WorkKind workKind, JobMode mode, String description, String deliverableFormat, LocalDate dueDate,
            PriceModel priceModel, Long clientUnitPrice, PriceModel rewardModel, Long rewardYen,
            Set<String> qualifications, Confidentiality confidentiality, int overlap, int goldRatePercent,
            int leaseMinutes, int qualityThreshold, Integer dailyCap, String aql, Long directorAccountId,
            List<FieldRequest> template) {

        static JobResponse of(JobSummary j, CurrentUser user) {
            JobDetails d = j.details();
            boolean staff = JobAccess.isJobStaff(user);
            boolean client = staff || user.has(Role.CLIENT_USER) && user.clientScopes().contains(j.clientId());
            return new JobResponse(j.id(), j.version(), j.status(), d.contractorId(), d.clientId(), d.title(),
                    d.workKind(), d.mode(), d.description(), d.deliverableFormat(), d.dueDate(), d.priceModel(),
                    client ? d.clientUnitPrice() : null, staff ? d.reward().model() : null,
                    staff ? d.reward().yen() : null, d.qualifications(), d.confidentiality(), d.overlap(),
                    d.goldRatePercent(), d.leaseMinutes(), d.qualityThreshold(), d.dailyCap().orElse(null),
                    d.aql().orElse(null), staff ? d.directorAccountId().orElse(null) : null,
                    d.template().fields().stream().map(FieldRequest::of).toList());
        }
    }
}
