package jp.hataraku.quality.internal;

import jp.hataraku.identity.Accounts;
import jp.hataraku.identity.CurrentUser;
import jp.hataraku.identity.Role;
import jp.hataraku.jobs.JobSummary;
import jp.hataraku.jobs.Jobs;
import org.springframework.stereotype.Component;

/**
 * Who may review, adjudicate and sample a job's work: contractor staff and administrators for
 * every job, a director for the jobs they direct. The route rules let only these roles in; this
 * checks the job.
 */
@Component
class JobAccess {

    private final Accounts accounts;
    private final Jobs jobs;

    JobAccess(Accounts accounts, Jobs jobs) {
        this.accounts = accounts;
        this.jobs = jobs;
    }

    /** The job, if the current user may work on its quality; {@link NoSuchJob} or {@link NotAllowed} otherwise. */
    JobSummary require(long jobId) {
        CurrentUser user = accounts.current().orElseThrow(NotAllowed::new);
        JobSummary job = jobs.find(jobId).orElseThrow(NoSuchJob::new);
        if (!job.isManagedBy(user)) {
            throw new NotAllowed();
        }
        return job;
    }

    long reviewer() {
        return accounts.current().orElseThrow(NotAllowed::new).accountId();
    }

    /** No such job, item or task (404). */
    static final class NoSuchJob extends RuntimeException {
        NoSuchJob() {
            super("no such job", null, false, false);
        }
    }

    /** The current user may not review this job (403). */
    static final class NotAllowed extends RuntimeException {
        NotAllowed() {
            super("not allowed", null, false, false);
        }
    }
}
