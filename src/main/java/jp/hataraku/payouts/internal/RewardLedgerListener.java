package jp.hataraku.payouts.internal;

import jp.hataraku.jobs.TaskApproved;
import jp.hataraku.jobs.TimeApproved;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Approved work from the jobs module becomes reward lines (after the approval commits; repeats are ignored). */
@Component
class RewardLedgerListener {

    private final RewardLedger ledger;

    RewardLedgerListener(RewardLedger ledger) {
        this.ledger = ledger;
    }

    @ApplicationModuleListener
    void on(TaskApproved event) {
        ledger.taskApproved(event);
    }

    @ApplicationModuleListener
    void on(TimeApproved event) {
        ledger.timeApproved(event);
    }
}
