package jp.hataraku.quality.internal;

import jp.hataraku.jobs.ItemResults;
import jp.hataraku.jobs.JobSummary;
import jp.hataraku.jobs.Jobs;
import jp.hataraku.jobs.TaskStatus;
import jp.hataraku.jobs.TaskSubmitted;
import jp.hataraku.jobs.Tasks;
import jp.hataraku.quality.GoldScore;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gold tasks: scored against the item's answer key, the score kept per submission, the worker's
 * evidence updated, and the task approved. Workers cannot tell gold from ordinary tasks, so a
 * gold task is paid like any other: it is approved whatever the score, by the platform itself
 * ({@link #SYSTEM_REVIEWER}).
 */
@Component
class GoldScoring {

    /**
     * The reviewer id recorded when the platform approves a gold task: 0, which no account has
     * (account ids start at 1), so the review history shows it was no person.
     */
    static final long SYSTEM_REVIEWER = 0L;

    private final Tasks tasks;
    private final Jobs jobs;
    private final FieldSpecs fieldSpecs;
    private final QualityRepository repository;
    private final EvidenceLedger ledger;

    GoldScoring(Tasks tasks, Jobs jobs, FieldSpecs fieldSpecs, QualityRepository repository, EvidenceLedger ledger) {
        this.tasks = tasks;
        this.jobs = jobs;
        this.fieldSpecs = fieldSpecs;
        this.repository = repository;
        this.ledger = ledger;
    }

    @Transactional
    void score(TaskSubmitted event) {
        long itemId = event.itemId().orElseThrow();
        ItemResults item = tasks.itemResults(itemId);
        if (!item.isGold()) {
            return;
        }
        ItemResults.Result result = item.results().stream().filter(r -> r.submissionId() == event.submissionId())
                .findFirst().orElse(null);
        if (result == null) {
            return; // no longer pending or approved (withdrawn meanwhile)
        }
        JobSummary job = jobs.find(item.jobId()).orElseThrow();
        GoldScore score = GoldScore.of(fieldSpecs.of(job.id(), item.template()), item.goldAnswer().orElseThrow(),
                result.values());
        boolean first = repository.insertGoldScore(event.submissionId(), event.taskId(), job.id(), job.contractorId(),
                itemId, result.workerId(), job.details().workKind().name(), score.scored(), score.correct(),
                score.wrongFields());
        if (!first) {
            return;
        }
        ledger.record("gold:" + event.submissionId(), job, result.workerId(),
                EvidenceRepository.Counts.gold(score.isScored(), score.isCorrect()));
        if (tasks.info(event.taskId()).filter(t -> t.status() == TaskStatus.SUBMITTED).isPresent()) {
            tasks.approve(event.taskId(), SYSTEM_REVIEWER);
        }
    }
}
