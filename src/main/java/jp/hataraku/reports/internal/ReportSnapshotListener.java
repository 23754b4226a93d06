package jp.hataraku.reports.internal;

import java.time.LocalDate;
import java.util.Optional;

import jp.hataraku.billing.BillableRecorded;
import jp.hataraku.billing.InvoiceIssued;
import jp.hataraku.jobs.DeliveryAccepted;
import jp.hataraku.jobs.JobStatusChanged;
import jp.hataraku.jobs.TaskApproved;
import jp.hataraku.jobs.TeamMemberAdded;
import jp.hataraku.jobs.TimeApproved;
import jp.hataraku.payouts.PayPeriodConfirmed;
import jp.hataraku.payouts.RewardRecorded;
import jp.hataraku.shared.TokyoClock;
import jp.hataraku.workers.WorkerRegistered;
import jp.hataraku.workers.WorkerStatusChanged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Marks the report snapshots a change may touch stale, after the change commits and off the
 * changing request's thread (see {@link ReportSnapshots}). Each event names the date its figures
 * count it on, and the town and contractor where it knows them; a jobs event knows the contractor
 * but not the worker's town, so it touches every town's snapshots of that contractor (and the
 * every-contractor ones).
 */
@Component
class ReportSnapshotListener {

    /** The first fiscal year a report can show: a change dated here touches every year. */
    static final java.time.LocalDate EVERY_YEAR = java.time.LocalDate.of(2000, 4, 1);

    private final ReportSnapshots snapshots;
    private final TokyoClock clock;

    ReportSnapshotListener(ReportSnapshots snapshots, TokyoClock clock) {
        this.snapshots = snapshots;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(WorkerRegistered e) {
        snapshots.changed(e.appliedOn(), Optional.of(e.municipalityId()), Optional.empty());
    }

    @ApplicationModuleListener
    void on(WorkerStatusChanged e) {
        snapshots.changed(e.effectiveOn(), Optional.of(e.municipalityId()), Optional.empty());
    }

    @ApplicationModuleListener
    void on(TaskApproved e) {
        snapshots.changed(earliest(e.receivedOn(), e.approvedOn()), Optional.empty(), Optional.of(e.contractorId()));
    }

    @ApplicationModuleListener
    void on(TimeApproved e) {
        snapshots.changed(earliest(e.workedOn(), e.approvedOn()), Optional.empty(), Optional.of(e.contractorId()));
    }

    /** Profiles are kept without history: every year's figures read them as they are now. */
    @ApplicationModuleListener
    void on(jp.hataraku.workers.WorkerProfileChanged e) {
        snapshots.changed(EVERY_YEAR, Optional.of(e.municipalityId()), Optional.empty());
    }

    /** A client's type counts in every year's orders by client type. */
    @ApplicationModuleListener
    void on(jp.hataraku.clients.ClientChanged e) {
        snapshots.changed(EVERY_YEAR, Optional.empty(), Optional.of(e.contractorId()));
    }

    /** A job's work kind counts in every year's orders and hours by work kind. */
    @ApplicationModuleListener
    void on(jp.hataraku.jobs.JobTermsChanged e) {
        snapshots.changed(EVERY_YEAR, Optional.empty(), Optional.of(e.contractorId()));
    }

    @ApplicationModuleListener
    void on(JobStatusChanged e) {
        snapshots.changed(e.changedOn(), Optional.empty(), Optional.of(e.contractorId()));
    }

    @ApplicationModuleListener
    void on(DeliveryAccepted e) {
        snapshots.changed(earliest(e.deliveredOn(), e.acceptedOn()), Optional.empty(), Optional.of(e.contractorId()));
    }

    @ApplicationModuleListener
    void on(TeamMemberAdded e) {
        snapshots.changed(e.addedAt().atZone(TokyoClock.ZONE).toLocalDate(), Optional.empty(),
                Optional.of(e.contractorId()));
    }

    @ApplicationModuleListener
    void on(RewardRecorded e) {
        // pay figures follow the worker's town, but the hourly reward of any town the contractor
        // serves reads the contractor's reward lines: every town of the contractor
        snapshots.changed(e.approvedOn(), Optional.empty(), Optional.of(e.contractorId()));
    }

    @ApplicationModuleListener
    void on(PayPeriodConfirmed e) {
        snapshots.changed(earliest(e.month().atDay(1), e.paymentDate()), Optional.empty(),
                Optional.of(e.contractorId()));
    }

    @ApplicationModuleListener
    void on(BillableRecorded e) {
        snapshots.changed(e.workDate(), Optional.empty(), Optional.of(e.contractorId()));
    }

    @ApplicationModuleListener
    void on(InvoiceIssued e) {
        snapshots.changed(e.issuedOn(), Optional.empty(), Optional.of(e.contractorId()));
    }

    private LocalDate earliest(LocalDate a, LocalDate b) {
        if (a == null) {
            return b == null ? clock.today() : b;
        }
        return b == null || a.isBefore(b) ? a : b;
    }
}
