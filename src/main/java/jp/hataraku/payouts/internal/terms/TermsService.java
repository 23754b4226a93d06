package jp.hataraku.payouts.internal.terms;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jp.hataraku.identity.Audit;
import jp.hataraku.jobs.JobStatus;
import jp.hataraku.jobs.JobSummary;
import jp.hataraku.jobs.Jobs;
import jp.hataraku.organization.Contractor;
import jp.hataraku.organization.Organizations;
import jp.hataraku.payouts.internal.terms.TermsContent.Assignment;
import jp.hataraku.payouts.internal.terms.TermsDocument.Item;
import jp.hataraku.payouts.internal.terms.TermsDocument.Reason;
import jp.hataraku.shared.TokyoClock;
import jp.hataraku.workers.WorkerSummary;
import jp.hataraku.workers.Workers;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues the written terms (Freelance Act Art. 3) when a worker joins a team, is assigned a task or
 * a job's terms change, and records their acceptance — which opens the work in the jobs module.
 */
@Service
class TermsService {

    private final TermsRepository documents;
    private final TermsContent content;
    private final Jobs jobs;
    private final Workers workers;
    private final Organizations organizations;
    private final TokyoClock clock;
    private final Audit audit;

    TermsService(TermsRepository documents, TermsContent content, Jobs jobs, Workers workers,
            Organizations organizations, TokyoClock clock, Audit audit) {
        this.documents = documents;
        this.content = content;
        this.jobs = jobs;
        this.workers = workers;
        this.organizations = organizations;
        this.clock = clock;
        this.audit = audit;
    }

    /** Issues the next version of the worker's terms for the job; the worker's work waits for acceptance. */
    @Transactional
    long issueForMember(long jobId, long workerId, Reason reason) {
        return issue(jobId, workerId, Optional.empty(), reason);
    }

    @Transactional
    long issueForAssignment(long jobId, long workerId, Assignment assignment) {
        return issue(jobId, workerId, Optional.of(assignment), Reason.ASSIGNED);
    }

    /** New terms for every member of the job (its terms changed, or staff re-issue them); their work stops until accepted. */
    @Transactional
    List<Long> reissue(long jobId, Reason reason) {
        List<Long> ids = new ArrayList<>();
        for (long workerId : jobs.members(jobId)) {
            ids.add(issue(jobId, workerId, Optional.empty(), reason));
            jobs.termsWithdrawn(jobId, workerId);
        }
        return ids;
    }

    /**
     * New terms for every member of every job of the contractor that is not closed or cancelled (a
     * stated term of the contractor, such as its payment day, changed); their work stops until accepted.
     */
    @Transactional
    List<Long> reissueForContractor(long contractorId, Reason reason) {
        List<Long> ids = new ArrayList<>();
        for (JobSummary job : jobs.listForContractor(contractorId)) {
            if (job.status() != JobStatus.CLOSED && job.status() != JobStatus.CANCELLED) {
                ids.addAll(reissue(job.id(), reason));
            }
        }
        return ids;
    }

    private long issue(long jobId, long workerId, Optional<Assignment> assignment, Reason reason) {
        JobSummary job = jobs.find(jobId).orElseThrow(() -> new IllegalArgumentException("no job " + jobId));
        Contractor contractor = organizations.contractor(job.contractorId())
                .orElseThrow(() -> new IllegalStateException("no contractor " + job.contractorId()));
        WorkerSummary worker = workers.find(workerId).orElseThrow(() -> new IllegalArgumentException("no worker " + workerId));
        LocalDate orderDate = clock.today();
        Instant now = clock.now();
        List<Item> items = content.items(contractor, worker, job, assignment, orderDate);
        String text = content.render(content.heading(assignment.isPresent()), items);
        long id = documents.insert(job.contractorId(), worker.municipalityId(), workerId, jobId,
                assignment.map(Assignment::taskId), reason, orderDate, now, items, text, TermsContent.sha256(text));
        audit.change("terms.issue", "terms_document", id, null, reason.name() + " job " + jobId + " worker " + workerId);
        return id;
    }

    Optional<TermsDocument> find(long id) {
        return documents.find(id);
    }

    List<TermsDocument> forWorker(long workerId) {
        return documents.forWorker(workerId);
    }

    /** The outcome of a worker's acceptance. */
    enum Acceptance { ACCEPTED, ALREADY, SUPERSEDED }

    /**
     * The worker accepts their document: recorded once, and the jobs module lets them work. A
     * superseded version cannot be accepted (the newer one is in force): the acceptance takes the
     * lock issuing takes and records only the version in force, so a newer version issued meanwhile
     * is never overtaken.
     */
    @Transactional
    Acceptance accept(TermsDocument doc, long workerId, long accountId) {
        if (doc.workerId() != workerId) {
            throw new IllegalArgumentException("not the worker's document");
        }
        documents.lock(doc.workerId(), doc.jobId());
        if (!documents.accept(doc.id(), accountId, clock.now())) {
            TermsDocument now = documents.find(doc.id()).orElseThrow();
            return now.accepted() ? Acceptance.ALREADY : Acceptance.SUPERSEDED;
        }
        if (doc.taskId().isPresent()) {
            jobs.recordAssignmentTermsAccepted(doc.taskId().get(), workerId);
        } else {
            jobs.recordTermsAccepted(doc.jobId(), workerId);
        }
        audit.change("terms.accept", "terms_document", doc.id(), null, doc.contentSha256());
        return Acceptance.ACCEPTED;
    }

    /** The version in force of the same worker's, job's and task's terms as the document. */
    Optional<TermsDocument> latestOf(long id) {
        return documents.latestOf(id);
    }

    /** One team member's state for the job's terms. */
    record MemberStatus(long workerId, String workerName, Optional<TermsDocument> jobTerms,
            List<TermsDocument> assignments) {

        public boolean accepted() {
            return jobTerms.map(TermsDocument::accepted).orElse(false)
                    && assignments.stream().allMatch(TermsDocument::accepted);
        }
    }

    /** Every active member of the job with the versions in force of their terms, not accepted first. */
    List<MemberStatus> statusOfJob(long jobId) {
        List<TermsDocument> latest = documents.latestOfJob(jobId);
        List<MemberStatus> out = new ArrayList<>();
        for (long workerId : jobs.members(jobId)) {
            String name = workers.find(workerId).map(WorkerSummary::name).orElse("#" + workerId);
            Optional<TermsDocument> jobTerms = latest.stream()
                    .filter(d -> d.workerId() == workerId && d.taskId().isEmpty()).findFirst();
            List<TermsDocument> assignments = latest.stream()
                    .filter(d -> d.workerId() == workerId && d.taskId().isPresent()).toList();
            out.add(new MemberStatus(workerId, name, jobTerms, assignments));
        }
        out.sort(java.util.Comparator.comparing(MemberStatus::accepted));
        return out;
    }
}
