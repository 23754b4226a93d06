package jp.hataraku.quality.internal;

import jp.hataraku.jobs.JobSummary;
import jp.hataraku.jobs.Jobs;
import jp.hataraku.quality.QualityScore;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records what is observed about a worker (each observation once, by its source key) and pushes
 * the recomputed {@link QualityScore} to jobs, where claim-next compares it with a job's
 * threshold.
 */
@Component
class EvidenceLedger {

    private final EvidenceRepository evidence;
    private final Jobs jobs;

    EvidenceLedger(EvidenceRepository evidence, Jobs jobs) {
        this.evidence = evidence;
        this.jobs = jobs;
    }

    @Transactional
    void record(String sourceKey, JobSummary job, long workerId, EvidenceRepository.Counts counts) {
        if (evidence.insert(sourceKey, job.id(), job.contractorId(), workerId, job.details().workKind(), counts)) {
            QualityScore score = QualityScore.of(evidence.evidence(workerId, job.details().workKind()));
            jobs.recordQualityScore(workerId, job.details().workKind(), score.value());
        }
    }

    @Transactional(readOnly = true)
    QualityScore score(long workerId, jp.hataraku.workers.WorkKind kind) {
        return QualityScore.of(evidence.evidence(workerId, kind));
    }
}
