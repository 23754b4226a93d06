package jp.hataraku.payouts.internal.terms;

import jp.hataraku.jobs.JobTermsChanged;
import jp.hataraku.jobs.TaskAssigned;
import jp.hataraku.jobs.TeamMemberAdded;
import jp.hataraku.payouts.internal.PaymentDayChanged;
import jp.hataraku.payouts.internal.terms.TermsContent.Assignment;
import jp.hataraku.payouts.internal.terms.TermsDocument.Reason;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Issues the written terms "immediately on ordering" (Art. 3): on joining a team, on an assigned
 * task, when a job's stated terms change, and when the contractor's payment day changes. The events come through the Modulith outbox, so a
 * crash between the order and the issue re-delivers them on restart.
 */
@Component
class TermsListener {

    private final TermsService terms;

    TermsListener(TermsService terms) {
        this.terms = terms;
    }

    @ApplicationModuleListener
    void on(TeamMemberAdded event) {
        terms.issueForMember(event.jobId(), event.workerId(), Reason.JOINED);
    }

    @ApplicationModuleListener
    void on(TaskAssigned event) {
        terms.issueForAssignment(event.jobId(), event.workerId(), new Assignment(event.taskId(), event.title(),
                event.instructions(), event.dueDate(), event.estimatedMinutes()));
    }

    @ApplicationModuleListener
    void on(JobTermsChanged event) {
        terms.reissue(event.jobId(), Reason.CHANGED);
    }

    /** The terms state the payment day: every open job of the contractor gets new terms to accept. */
    @ApplicationModuleListener
    void on(PaymentDayChanged event) {
        terms.reissueForContractor(event.contractorId(), Reason.CHANGED);
    }
}
