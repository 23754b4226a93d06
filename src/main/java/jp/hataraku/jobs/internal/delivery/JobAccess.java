package jp.hataraku.jobs.internal.delivery;

import java.util.Set;

import jp.hataraku.identity.Accounts;
import jp.hataraku.identity.Audit;
import jp.hataraku.identity.CurrentUser;
import jp.hataraku.identity.Role;
import jp.hataraku.jobs.JobSummary;
import jp.hataraku.jobs.Jobs;
import jp.hataraku.jobs.internal.io.JobFacts;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who may see and change a job's batches, results, deliveries and progress: contractor staff and
 * administrators (every job), a director (the jobs they direct; another's job answers 404, as on
 * the job pages); a client user only for their own client's jobs (403, audited otherwise). A job
 * that does not exist answers 404.
 */
@Component("jobIoAccess")
public class JobAccess {

    public static final Set<Role> STAFF = Set.of(Role.CONTRACTOR_STAFF, Role.DIRECTOR, Role.SYSTEM_ADMIN);

    private final Accounts accounts;
    private final Audit audit;
    private final Jobs jobs;

    JobAccess(Accounts accounts, Audit audit, Jobs jobs) {
        this.accounts = accounts;
        this.audit = audit;
        this.jobs = jobs;
    }

    public CurrentUser user() {
        return accounts.current().orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
    }

    public static boolean isStaff(CurrentUser user) {
        return STAFF.stream().anyMatch(user::has);
    }

    public JobFacts job(long jobId) {
        return JobFacts.of(summary(jobId));
    }

    private JobSummary summary(long jobId) {
        return jobs.find(jobId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** The job, for staff. */
    public JobFacts staffJob(long jobId) {
        CurrentUser user = user();
        if (!isStaff(user)) {
            throw denied("job", jobId);
        }
        return visibleToStaff(user, summary(jobId));
    }

    /** A director is not told that somebody else's job exists: 404. */
    private static JobFacts visibleToStaff(CurrentUser user, JobSummary job) {
        if (!job.isManagedBy(user)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return JobFacts.of(job);
    }

    /** The job, for staff or a user of the job's client. */
    public JobFacts staffOrClientJob(long jobId) {
        CurrentUser user = user();
        JobSummary summary = summary(jobId);
        if (isStaff(user)) {
            return visibleToStaff(user, summary);
        }
        JobFacts job = JobFacts.of(summary);
        if (!isClientOf(user, job)) {
            throw denied("job", jobId);
        }
        return job;
    }

    /** The job, for a user of the job's client only (the portal). */
    public JobFacts clientJob(long jobId) {
        CurrentUser user = user();
        JobFacts job = job(jobId);
        if (!isClientOf(user, job)) {
            throw denied("job", jobId);
        }
        return job;
    }

    public static boolean isClientOf(CurrentUser user, JobFacts job) {
        return user.has(Role.CLIENT_USER) && user.clientScopes().contains(job.clientId());
    }

    public ResponseStatusException denied(String what, Object id) {
        audit.event("jobio.access.denied", what + " " + id);
        return new ResponseStatusException(HttpStatus.FORBIDDEN);
    }
}
