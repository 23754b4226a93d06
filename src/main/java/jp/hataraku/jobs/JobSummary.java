package jp.hataraku.jobs;

import jp.hataraku.identity.CurrentUser;
import jp.hataraku.identity.Role;

/** A job as other modules and pages see it: its details, state and version. */
public record JobSummary(long id, JobDetails details, JobStatus status, int version) {

    public long contractorId() {
        return details.contractorId();
    }

    public long clientId() {
        return details.clientId();
    }

    public String title() {
        return details.title();
    }

    /**
     * Whether a staff member runs this job: administrators and contractor staff every job, a
     * director the jobs they direct. The one rule the job, batch, delivery and quality pages apply.
     */
    public boolean isManagedBy(CurrentUser user) {
        return user.has(Role.SYSTEM_ADMIN) || user.has(Role.CONTRACTOR_STAFF)
                || user.has(Role.DIRECTOR) && details.directorAccountId().filter(d -> d == user.accountId()).isPresent();
    }
}
