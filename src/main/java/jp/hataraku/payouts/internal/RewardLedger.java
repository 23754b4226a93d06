package jp.hataraku.payouts.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import jp.hataraku.identity.Audit;
import jp.hataraku.jobs.PriceModel;
import jp.hataraku.jobs.TaskApproved;
import jp.hataraku.jobs.TaskInfo;
import jp.hataraku.jobs.TaskKind;
import jp.hataraku.jobs.Tasks;
import jp.hataraku.jobs.TimeApproved;
import jp.hataraku.organization.Organizations;
import jp.hataraku.shared.TokyoClock;
import jp.hataraku.workers.WorkKind;
import jp.hataraku.workers.WorkerSummary;
import jp.hataraku.workers.Workers;
import jp.hataraku.payouts.RewardRecorded;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reward ledger: one {@code reward_line} per reward source. Approved tasks and time arrive as
 * events and are recorded once per source (a repeated event changes nothing); staff add one-off
 * adjustments and bonuses with a reason, audited. A line lands in the next closing of its
 * contractor; once a confirmed period includes it, it never changes.
 */
@Service
public class RewardLedger {

    /** The longest reason an adjustment may carry. */
    static final int REASON_MAX = 500;
    /** The largest amount of one adjustment, either way. */
    static final long ADJUSTMENT_MAX = 100_000_000L;

    private final JdbcClient jdbc;
    private final Workers workers;
    private final Organizations organizations;
    private final Audit audit;
    private final TokyoClock clock;
    private final Tasks tasks;
    private final ApplicationEventPublisher events;

    RewardLedger(JdbcClient jdbc, Workers workers, Organizations organizations, Audit audit, TokyoClock clock,
            Tasks tasks, ApplicationEventPublisher events) {
        this.tasks = tasks;
        this.events = events;
        this.jdbc = jdbc;
        this.workers = workers;
        this.organizations = organizations;
        this.audit = audit;
        this.clock = clock;
    }

    public enum Source { TASK, TIME, ADJUSTMENT }

    /**
     * Records the reward of an approved task; false when the rule pays nothing for it or it was
     * recorded before. A fixed reward is paid once per approved assigned task, never per pool task.
     */
    @Transactional
    public boolean taskApproved(TaskApproved e) {
        OptionalLong amount = RewardAmounts.forTask(e.reward(), e.units());
        if (amount.isEmpty()) {
            return false;
        }
        if (e.reward().model() == PriceModel.FIXED
                && tasks.info(e.taskId()).map(TaskInfo::kind).filter(k -> k != TaskKind.ASSIGNED).isPresent()) {
            return false;
        }
        return record(e.contractorId(), e.workerId(), Optional.of(e.jobId()), e.workKind(), amount.getAsLong(),
                e.receivedOn(), e.approvedOn(), Source.TASK, e.taskId(), e.units());
    }

    /** Records the reward of approved logged time; false when the rule is not per hour or it was recorded before. */
    @Transactional
    public boolean timeApproved(TimeApproved e) {
        OptionalLong amount = RewardAmounts.forTime(e.reward(), e.minutes());
        if (amount.isEmpty()) {
            return false;
        }
        return record(e.contractorId(), e.workerId(), Optional.of(e.jobId()), e.workKind(), amount.getAsLong(),
                e.workedOn(), e.approvedOn(), Source.TIME, e.timeLogId(), e.minutes());
    }

    private boolean record(long contractorId, long workerId, Optional<Long> jobId, WorkKind kind, long amount,
            LocalDate receivedOn, LocalDate approvedOn, Source source, long sourceId, int units) {
        long municipality = refreshPayee(workerId).municipalityId();
        boolean recorded = jdbc.sql("""
                INSERT INTO reward_line (contractor_id, municipality_id, worker_id, job_id, work_kind, amount,
                    received_on, approved_on, source, source_id, units)
                VALUES (:c, :m, :w, :j, :k, :a, :r, :ap, :s, :sid, :u)
                ON CONFLICT (source, source_id) DO NOTHING""")
                .param("c", contractorId).param("m", municipality).param("w", workerId).param("j", jobId.orElse(null))
                .param("k", kind.name()).param("a", amount).param("r", receivedOn).param("ap", approvedOn)
                .param("s", source.name()).param("sid", sourceId).param("u", units)
                .update() == 1;
        if (recorded) {
            events.publishEvent(new RewardRecorded(contractorId, municipality, workerId, approvedOn));
        }
        return recorded;
    }

    /** Keeps what a closing needs of the worker (town, invoice registration) up to date. */
    WorkerSummary refreshPayee(long workerId) {
        WorkerSummary w = workers.find(workerId)
                .orElseThrow(() -> new IllegalArgumentException("unknown worker " + workerId));
        jdbc.sql("""
                INSERT INTO payee (worker_id, municipality_id, registration_number) VALUES (:w, :m, :r)
                ON CONFLICT (worker_id) DO UPDATE SET municipality_id = :m, registration_number = :r, refreshed_at = now()""")
                .param("w", workerId).param("m", w.municipalityId())
                .param("r", w.invoiceRegistrationNumber().filter(s -> !s.isBlank()).orElse(null))
                .update();
        return w;
    }

    /** What staff typed for an adjustment or bonus. */
    public record AdjustmentForm(long contractorId, Long workerId, Long jobId, WorkKind kind, Long amount, String reason) {
    }

    /**
     * Adds a one-off line for a worker (today's date as received and approved), audited. Returns the
     * line id, or each field's problem as a message code (nothing written).
     */
    @Transactional
    public Result addAdjustment(AdjustmentForm f, long accountId) {
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<WorkerSummary> worker = f.workerId() == null ? Optional.empty() : workers.find(f.workerId());
        if (f.workerId() == null) {
            errors.put("workerId", "payouts.adjustment.worker.required");
        } else if (worker.isEmpty()) {
            errors.put("workerId", "payouts.adjustment.worker.unknown");
        } else {
            long town = worker.get().municipalityId();
            if (organizations.municipalitiesServedBy(f.contractorId()).stream().noneMatch(m -> m.id() == town)) {
                errors.put("workerId", "payouts.adjustment.worker.notServed");
            }
        }
        if (f.kind() == null) {
            errors.put("kind", "payouts.adjustment.kind.required");
        }
        if (f.amount() == null || f.amount() == 0) {
            errors.put("amount", "payouts.adjustment.amount.required");
        } else if (Math.abs(f.amount()) > ADJUSTMENT_MAX) {
            errors.put("amount", "payouts.adjustment.amount.tooLarge");
        }
        String reason = f.reason() == null ? "" : f.reason().strip();
        if (reason.isEmpty()) {
            errors.put("reason", "payouts.adjustment.reason.required");
        } else if (reason.length() > REASON_MAX) {
            errors.put("reason", "payouts.adjustment.reason.tooLong");
        }
        if (!errors.isEmpty()) {
            return new Result(Optional.empty(), errors);
        }
        refreshPayee(f.workerId());
        LocalDate today = clock.today();
        long id = jdbc.sql("""
                INSERT INTO reward_line (contractor_id, municipality_id, worker_id, job_id, work_kind, amount,
                    received_on, approved_on, source, reason, created_by)
                VALUES (:c, :m, :w, :j, :k, :a, :d, :d, 'ADJUSTMENT', :reason, :by) RETURNING id""")
                .param("c", f.contractorId()).param("m", worker.orElseThrow().municipalityId()).param("w", f.workerId())
                .param("j", f.jobId()).param("k", f.kind().name()).param("a", f.amount()).param("d", today)
                .param("reason", reason).param("by", accountId)
                .query(Long.class).single();
        events.publishEvent(new RewardRecorded(f.contractorId(), worker.orElseThrow().municipalityId(), f.workerId(),
                today));
        audit.change("payouts.adjustment", "reward_line", id, null, Map.of("contractorId", f.contractorId(),
                "workerId", f.workerId(), "workKind", f.kind().name(), "amount", f.amount(), "reason", reason));
        return new Result(Optional.of(id), Map.of());
    }

    public record Result(Optional<Long> id, Map<String, String> errors) {
    }

    /** One line as the ledger page shows it. */
    public record Line(long id, long workerId, Long jobId, WorkKind kind, long amount, LocalDate receivedOn,
            LocalDate approvedOn, Source source, String reason, Long periodId) {
    }

    /** A contractor's lines not yet in a confirmed period, newest first, at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<Line> openLines(long contractorId, int limit) {
        return jdbc.sql("""
                SELECT id, worker_id, job_id, work_kind, amount, received_on, approved_on, source, reason, period_id
                FROM reward_line WHERE contractor_id = :c AND period_id IS NULL ORDER BY id DESC LIMIT :n""")
                .param("c", contractorId).param("n", limit)
                .query((rs, n) -> new Line(rs.getLong(1), rs.getLong(2), (Long) rs.getObject(3),
                        WorkKind.valueOf(rs.getString(4)), rs.getLong(5), rs.getObject(6, LocalDate.class),
                        rs.getObject(7, LocalDate.class), Source.valueOf(rs.getString(8)), rs.getString(9),
                        (Long) rs.getObject(10)))
                .list();
    }

    /** A worker's lines in any state, newest first. */
    @Transactional(readOnly = true)
    public List<Line> linesOf(long workerId, int limit) {
        return jdbc.sql("""
                SELECT id, worker_id, job_id, work_kind, amount, received_on, approved_on, source, reason, period_id
                FROM reward_line WHERE worker_id = :w ORDER BY id DESC LIMIT :n""")
                .param("w", workerId).param("n", limit)
                .query((rs, n) -> new Line(rs.getLong(1), rs.getLong(2), (Long) rs.getObject(3),
                        WorkKind.valueOf(rs.getString(4)), rs.getLong(5), rs.getObject(6, LocalDate.class),
                        rs.getObject(7, LocalDate.class), Source.valueOf(rs.getString(8)), rs.getString(9),
                        (Long) rs.getObject(10)))
                .list();
    }
}
