package jp.hataraku.quality.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.hataraku.jobs.ItemInReview;
import jp.hataraku.jobs.ItemResults;
import jp.hataraku.jobs.ItemStatus;
import jp.hataraku.jobs.JobRuleViolation;
import jp.hataraku.jobs.JobSummary;
import jp.hataraku.jobs.Jobs;
import jp.hataraku.jobs.TaskInfo;
import jp.hataraku.jobs.TaskKind;
import jp.hataraku.jobs.TaskTemplate;
import jp.hataraku.jobs.Tasks;
import jp.hataraku.quality.FieldSpec;
import jp.hataraku.shared.FieldError;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A reviewer's decisions: approve, return or reject a task or a settled item, and adjudicate a
 * disagreement. Each goes through the jobs module and leaves an inspection (the job's error rate)
 * and evidence (each worker's quality score). Returns and rejections count as returned.
 */
@Service
class Review {

    private final Tasks tasks;
    private final Jobs jobs;
    private final FieldSpecs fieldSpecs;
    private final QualityRepository repository;
    private final EvidenceRepository evidence;
    private final EvidenceLedger ledger;

    Review(Tasks tasks, Jobs jobs, FieldSpecs fieldSpecs, QualityRepository repository, EvidenceRepository evidence,
            EvidenceLedger ledger) {
        this.tasks = tasks;
        this.jobs = jobs;
        this.fieldSpecs = fieldSpecs;
        this.repository = repository;
        this.evidence = evidence;
        this.ledger = ledger;
    }

    /** Items ready for review: settled (CHECKED), or with overlap 1 simply complete. */
    @Transactional(readOnly = true)
    List<ItemInReview> queue(JobSummary job, Optional<Long> batchId) {
        return tasks.itemsInReview(job.id(), batchId).stream().filter(i -> ready(job, i)).toList();
    }

    static boolean ready(JobSummary job, ItemInReview item) {
        return item.status() == ItemStatus.CHECKED || job.details().overlap() == 1 && item.status() == ItemStatus.COMPLETE;
    }

    /** Approves every submitted task of a ready item. */
    @Transactional
    void approveItem(JobSummary job, long itemId, long reviewer) {
        ItemInReview item = readyItem(job, itemId);
        long inspection = evidence.inspection(job.id(), job.contractorId(), item.batchId(), itemId, null, "REVIEW",
                "APPROVE", false, null, reviewer);
        for (ItemResults.Result r : item.submitted()) {
            tasks.approve(r.taskId(), reviewer);
            ledger.record("review:" + inspection + ":" + r.taskId(), job, r.workerId(),
                    EvidenceRepository.Counts.review(false));
        }
    }

    /** Approves, returns or rejects one task ({@code comment} required but for approval). */
    @Transactional
    void decideTask(JobSummary job, TaskInfo task, Decision decision, String comment, long reviewer) {
        switch (decision) {
            case APPROVE -> tasks.approve(task.taskId(), reviewer);
            case RETURN -> tasks.returnToWorker(task.taskId(), comment, reviewer);
            case REJECT -> tasks.reject(task.taskId(), comment, reviewer);
        }
        boolean defective = decision != Decision.APPROVE;
        long inspection = evidence.inspection(job.id(), job.contractorId(), null, task.itemId().orElse(null),
                task.taskId(), "REVIEW", decision.name(), defective, defective ? comment.strip() : null, reviewer);
        task.workerId().ifPresent(w -> ledger.record("review:" + inspection + ":" + task.taskId(), job, w,
                EvidenceRepository.Counts.review(defective)));
    }

    enum Decision { APPROVE, RETURN, REJECT }

    /** The task, if it is one of this job's. */
    @Transactional(readOnly = true)
    TaskInfo task(long taskId) {
        return tasks.info(taskId).orElseThrow(JobAccess.NoSuchJob::new);
    }

    // --- adjudication --------------------------------------------------------------------------

    /** An item waiting for an adjudicator, with the results side by side. */
    record Disagreement(long itemId, long batchId, TaskTemplate template, List<FieldSpec> specs,
            List<ItemResults.Result> results, List<String> disagreeing) {

        public boolean disagrees(String field) {
            return disagreeing.contains(field);
        }

        /** The distinct raw values given for a field, in the order first given. */
        public List<String> choices(String field) {
            return results.stream().map(r -> r.values().getOrDefault(field, "")).distinct().toList();
        }
    }

    @Transactional(readOnly = true)
    List<QualityRepository.Adjudication> adjudications(JobSummary job) {
        return repository.openAdjudications(job.id());
    }

    @Transactional(readOnly = true)
    Disagreement disagreement(JobSummary job, long itemId) {
        QualityRepository.Adjudication a = repository.openAdjudication(itemId, false)
                .filter(x -> x.jobId() == job.id()).orElseThrow(JobAccess.NoSuchJob::new);
        ItemResults item = tasks.itemResults(itemId);
        return new Disagreement(itemId, a.batchId(), item.template(), fieldSpecs.of(job.id(), item.template()),
                item.results().stream().filter(r -> r.kind() == TaskKind.POOL).toList(), a.fields());
    }

    /**
     * Settles the item with the adjudicator's values (checked by the template's rules) and
     * records, per worker, how many fields they had right. Returns the field errors when the
     * values break the template's rules (nothing changes then).
     */
    @Transactional
    List<FieldError> adjudicate(JobSummary job, long itemId, Map<String, String> values, long adjudicator) {
        QualityRepository.Adjudication a = repository.openAdjudication(itemId, true)
                .filter(x -> x.jobId() == job.id())
                .orElseThrow(() -> new QualityRefusal("quality.adjudication.notOpen"));
        ItemResults item = tasks.itemResults(itemId);
        TaskTemplate.Result checked = item.template().check(values);
        if (!checked.isValid()) {
            return checked.errors();
        }
        Map<String, String> finalValues = new LinkedHashMap<>(checked.values());
        tasks.settleItem(itemId, finalValues);
        repository.decideAdjudication(a.id(), QualityJson.values(finalValues), adjudicator);
        List<FieldSpec> specs = fieldSpecs.of(job.id(), item.template());
        for (ItemResults.Result r : item.results()) {
            if (r.kind() != TaskKind.POOL) {
                continue;
            }
            int matched = (int) specs.stream()
                    .filter(s -> s.same(r.values().get(s.name()), finalValues.get(s.name()))).count();
            ledger.record("adjudicated:" + a.id() + ":" + r.workerId(), job, r.workerId(),
                    EvidenceRepository.Counts.fields(specs.size(), matched));
        }
        return List.of();
    }

    private ItemInReview readyItem(JobSummary job, long itemId) {
        return tasks.itemsInReview(job.id(), Optional.empty()).stream()
                .filter(i -> i.itemId() == itemId && ready(job, i)).findFirst()
                .orElseThrow(() -> new QualityRefusal("quality.review.notReady"));
    }

    static void requireComment(String comment) {
        if (comment == null || comment.isBlank()) {
            throw new JobRuleViolation("jobs.task.commentRequired");
        }
    }
}
