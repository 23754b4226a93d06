package jp.hataraku.workers.internal;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jp.hataraku.workers.Device;
import jp.hataraku.workers.Gender;
import jp.hataraku.workers.HeldRole;
import jp.hataraku.workers.TimeBand;
import jp.hataraku.workers.WithdrawalReason;
import jp.hataraku.workers.WorkKind;
import jp.hataraku.workers.WorkPlace;
import jp.hataraku.workers.WorkerStatus;
import jp.hataraku.workers.internal.WorkerRepository.ListRow;
import jp.hataraku.workers.internal.WorkerRepository.Page;
import jp.hataraku.workers.internal.WorkerRepository.SearchCriteria;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The worker register as JSON, with the same visibility as the staff pages. */
@RestController
@RequestMapping("/api/v1/workers")
@Tag(name = "Workers", description = "The resident worker register (staff roles; town staff see their towns only)")
class WorkerApiController {

    private final WorkerQueries queries;

    WorkerApiController(WorkerQueries queries) {
        this.queries = queries;
    }

    @GetMapping
    @Operation(summary = "Search workers", description = "q matches name, kana or e-mail ignoring kana type and width")
    WorkerPageResponse list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String status,
            @RequestParam(required = false) Long municipalityId, @RequestParam(defaultValue = "") String workKind,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        Page<ListRow> result = queries.search(new SearchCriteria(q.isBlank() ? null : q,
                Parse.oneOf(WorkerStatus.class, status), municipalityId, Parse.oneOf(WorkKind.class, workKind)),
                page, size);
        return new WorkerPageResponse(result.items().stream().map(WorkerListItem::of).toList(), result.page(),
                result.size(), result.total(), result.pages());
    }

    @GetMapping("/{id:\\d+}")
    @Operation(summary = "One worker with registration periods and status history")
    @ApiResponse(responseCode = "404", description = "No such worker (problem details)")
    @ApiResponse(responseCode = "403", description = "Worker of a town outside your scope (problem details)")
    WorkerResponse get(@PathVariable long id) {
        return WorkerResponse.of(queries.detail(id));
    }

    @ExceptionHandler(WorkerService.NoSuchWorker.class)
    ProblemDetail notFound(WorkerService.NoSuchWorker e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No worker with this id.");
        problem.setTitle("Worker not found");
        problem.setType(URI.create("urn:hataraku:problem:worker-not-found"));
        return problem;
    }

    @ExceptionHandler(WorkerAccess.NotVisible.class)
    ProblemDetail forbidden() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                "This worker belongs to a town outside your scope.");
        problem.setTitle("Not allowed");
        problem.setType(URI.create("urn:hataraku:problem:worker-not-visible"));
        return problem;
    }

    record WorkerPageResponse(List<WorkerListItem> items, int page, int size, long total, int totalPages) {
    }

    record WorkerListItem(long id, long municipalityId, String name, String nameKana, String email,
            WorkerStatus status, Set<WorkKind> workKinds, Long possibleDuplicateOf) {
        static WorkerListItem of(ListRow r) {
            return new WorkerListItem(r.id(), r.municipalityId(), r.name(), r.nameKana(), r.email(), r.status(),
                    r.workKinds(), r.possibleDuplicateOf());
        }
    }

    record WorkerResponse(long id, long municipalityId, String name, String nameKana, LocalDate birthDate,
            Gender gender, String postalCode, String address, String phone, String email, WorkerStatus status,
            int periodNo, Set<WorkKind> workKinds, Integer hoursPerWeek, Set<TimeBand> timeBands, WorkPlace place,
            Set<Device> devices, String accommodations, List<String> skills, Set<HeldRole> rolesHeld,
            String invoiceRegistrationNumber, Long possibleDuplicateOf, List<PeriodResponse> periods,
            List<HistoryResponse> history) {
        static WorkerResponse of(WorkerDetail d) {
            Worker w = d.worker();
            return new WorkerResponse(w.id(), w.municipalityId(), w.name(), w.nameKana(), w.birthDate(), w.gender(),
                    w.postalCode(), w.address(), w.phone(), w.email(), w.status(), w.periodNo(), w.workKinds(),
                    w.hoursPerWeek(), w.timeBands(), w.place(), w.devices(), w.accommodations(), w.skills(),
                    w.rolesHeld(), w.invoiceRegistrationNumber(), w.possibleDuplicateOf(),
                    d.periods().stream().map(p -> new PeriodResponse(p.periodNo(), p.startedOn(), p.briefedOn(),
                            p.termsVersion(), p.termsAcceptedAt() == null ? null : p.termsAcceptedAt().toString(),
                            p.endedOn(), p.withdrawalReason(), p.withdrawalNote())).toList(),
                    d.history().stream().map(h -> new HistoryResponse(h.from(), h.to(), h.effectiveOn(),
                            h.recordedAt().toString(), h.periodNo(), h.reason(), h.note())).toList());
        }
    }

    record PeriodResponse(int periodNo, LocalDate startedOn, LocalDate briefedOn, String termsVersion,
            String termsAcceptedAt, LocalDate endedOn, WithdrawalReason withdrawalReason, String withdrawalNote) {
    }

    record HistoryResponse(WorkerStatus from, WorkerStatus to, LocalDate effectiveOn, String recordedAt, int periodNo,
            WithdrawalReason reason, String note) {
    }
}
