package jp.hataraku.jobs.internal.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jp.hataraku.identity.Accounts;
import jp.hataraku.identity.Audit;
import jp.hataraku.identity.CurrentUser;
import jp.hataraku.identity.Role;
import jp.hataraku.jobs.JobSummary;
import jp.hataraku.jobs.Jobs;
import jp.hataraku.organization.Contractor;
import jp.hataraku.organization.Organizations;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Which jobs a person may see. Contractor staff and administrators see every job (accounts carry no
 * contractor of their own yet, so that is every contractor's); a director sees the jobs they direct;
 * a client user its own clients' jobs; a worker the jobs whose team they are on.
 */
@Component("jobPageAccess")
class JobAccess {

    private final Accounts accounts;
    private final Jobs jobs;
    private final Organizations organizations;
    private final Audit audit;

    JobAccess(Accounts accounts, Jobs jobs, Organizations organizations, Audit audit) {
        this.accounts = accounts;
        this.jobs = jobs;
        this.organizations = organizations;
        this.audit = audit;
    }

    CurrentUser user() {
        return accounts.current().orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
    }

    static boolean seesAll(CurrentUser user) {
        return user.has(Role.SYSTEM_ADMIN) || user.has(Role.CONTRACTOR_STAFF);
    }

    static boolean isJobStaff(CurrentUser user) {
        return seesAll(user) || user.has(Role.DIRECTOR);
    }

    /** The jobs the signed-in staff member may see, newest first. */
    List<JobSummary> staffJobs() {
        CurrentUser user = user();
        if (!isJobStaff(user)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        List<JobSummary> all = new ArrayList<>();
        for (Contractor c : organizations.contractors()) {
            all.addAll(jobs.listForContractor(c.id()));
        }
        return all.stream().filter(j -> j.isManagedBy(user))
                .sorted(Comparator.comparingLong(JobSummary::id).reversed()).toList();
    }

    /**
     * The job if the signed-in staff member may see it; 404 otherwise (a director is not told that
     * somebody else's job exists).
     */
    JobSummary staffJob(long id) {
        CurrentUser user = user();
        if (!isJobStaff(user)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        JobSummary job = jobs.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!job.isManagedBy(user)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return job;
    }

    /**
     * For the API's readers: staff as {@link #staffJob}; a client user or worker gets the job only
     * when their list shows it, otherwise 403, audited (whether or not the job exists).
     */
    JobSummary readableJob(long id) {
        CurrentUser user = user();
        if (isJobStaff(user)) {
            return staffJob(id);
        }
        // the same jobs the lists show them (not drafts; for workers, nothing closed or cancelled)
        Optional<JobSummary> job = readableJobs().stream().filter(j -> j.id() == id).findFirst();
        if (job.isPresent()) {
            return job.get();
        }
        audit.event("jobs.read.refused", "job=" + id + " account=" + user.accountId() + " roles=" + user.roles());
        throw new ResponseStatusException(HttpStatus.FORBIDDEN);
    }

    /** The jobs the API lists to the signed-in person. */
    List<JobSummary> readableJobs() {
        CurrentUser user = user();
        if (isJobStaff(user)) {
            return staffJobs();
        }
        List<JobSummary> out = new ArrayList<>();
        if (user.has(Role.CLIENT_USER)) {
            user.clientScopes().forEach(c -> out.addAll(jobs.listForClient(c)));
        }
        if (user.has(Role.WORKER) && user.workerId().isPresent()) {
            jobs.listForWorker(user.workerId().get()).stream()
                    .filter(j -> out.stream().noneMatch(o -> o.id() == j.id())).forEach(out::add);
        }
        if (!user.has(Role.CLIENT_USER) && !user.has(Role.WORKER)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return out.stream().sorted(Comparator.comparingLong(JobSummary::id).reversed()).toList();
    }
}
