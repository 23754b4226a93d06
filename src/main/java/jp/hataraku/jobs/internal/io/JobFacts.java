package jp.hataraku.jobs.internal.io;

import java.time.LocalDate;

import jp.hataraku.jobs.JobStatus;
import jp.hataraku.jobs.JobSummary;
import jp.hataraku.jobs.TaskTemplate;

/** What imports, exports and pages need of a job, taken from the module's own {@link JobSummary}. */
public record JobFacts(long id, long contractorId, long clientId, String title, TaskTemplate template, int overlap,
        LocalDate dueDate, JobStatus status, java.util.Optional<Long> directorAccountId) {

    public static JobFacts of(JobSummary job) {
        return new JobFacts(job.id(), job.contractorId(), job.clientId(), job.title(), job.details().template(),
                job.details().overlap(), job.details().dueDate(), job.status(), job.details().directorAccountId());
    }
}
