package jp.hataraku.payouts.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import jp.hataraku.jobs.PriceModel;
import jp.hataraku.jobs.RewardRule;
import jp.hataraku.jobs.TaskApproved;
import jp.hataraku.jobs.TimeApproved;
import jp.hataraku.shared.TokyoClock;
import jp.hataraku.workers.WorkKind;
import jp.hataraku.workers.Workers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Demo pay data for the demo loader: last month's approved work for a few workers (the demo worker
 * first), a bonus, and last month's period closed and confirmed, so that a visitor sees a payment
 * notice. The demo lines have no task behind them: their source ids are negative, so they never
 * collide with real approvals. The first worker is recorded as registered for invoices (through
 * {@link Workers#recordInvoiceRegistration}), so that the demo notice shows the purchase statement
 * items.
 */
@Component
@NamedInterface("demo")
public class PayoutDemo {

    static final String DEMO_REGISTRATION = "T8100005012345";

    private final RewardLedger ledger;
    private final Workers people;
    private final Closing closing;
    private final JdbcClient jdbc;
    private final TokyoClock clock;
    private final java.util.concurrent.Executor executor;

    PayoutDemo(RewardLedger ledger, Workers people, Closing closing, JdbcClient jdbc, TokyoClock clock,
            @org.springframework.beans.factory.annotation.Qualifier(ClosingConfiguration.EXECUTOR)
            java.util.concurrent.Executor executor) {
        this.executor = executor;
        this.ledger = ledger;
        this.people = people;
        this.closing = closing;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Loads the lines now; closes and confirms last month in the background once the caller's transaction commits. */
    public void load(long contractorId, List<Long> workers, long staffAccountId) {
        if (workers.isEmpty()) {
            return;
        }
        YearMonth month = YearMonth.from(clock.today()).minusMonths(1);
        long source = -1;
        for (int i = 0; i < Math.min(3, workers.size()); i++) {
            long w = workers.get(i);
            for (int t = 0; t < 3; t++) {
                LocalDate received = month.atDay(3 + 5 * t + i);
                WorkKind kind = i == 0 ? WorkKind.WRITING : WorkKind.DATA_ENTRY;
                long yen = i == 0 ? 8_000 : 2_400 + 300 * i;
                ledger.taskApproved(new TaskApproved(source--, 0, contractorId, 0, w, kind, 1,
                        new RewardRule(PriceModel.PER_UNIT, yen), received, received.plusDays(2)));
            }
        }
        LocalDate worked = month.atDay(12);
        ledger.timeApproved(new TimeApproved(source--, 0, 0, contractorId, 0, workers.get(0), WorkKind.DATA_ENTRY, 150,
                new RewardRule(PriceModel.PER_HOUR, 1_100), worked, worked.plusDays(1)));
        ledger.addAdjustment(new RewardLedger.AdjustmentForm(contractorId, workers.get(0), null, WorkKind.WRITING, 2_000L,
                "繁忙期の原稿対応への賞与"), staffAccountId);
        // the bonus counts as last month's: move it there (it is not in any period yet)
        jdbc.sql("""
                UPDATE reward_line SET received_on = :d, approved_on = :d
                WHERE contractor_id = :c AND source = 'ADJUSTMENT' AND worker_id = :w AND period_id IS NULL""")
                .param("d", month.atDay(20)).param("c", contractorId).param("w", workers.get(0)).update();
        people.recordInvoiceRegistration(workers.get(0), Optional.of(DEMO_REGISTRATION));
        Runnable close = () -> {
            long period = closing.openPeriod(contractorId, month);
            closing.runNow(period, staffAccountId);
            closing.confirm(period, staffAccountId);
        };
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    // on the closing thread: code run here would still join the finished transaction
                    executor.execute(close);
                }
            });
        } else {
            close.run();
        }
    }
}
