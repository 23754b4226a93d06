package jp.hataraku.platform;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Lets the current transaction commit without waiting for its WAL to reach the disk
 * ({@code SET LOCAL synchronous_commit TO off}). Only for work whose loss in a database crash is
 * harmless and repaired by itself: a lease (the task stays in the pool and the worker's next
 * submit re-leases it) or the result of an event listener (the outbox still holds the event until
 * its completion is committed, durably, after it, and re-publishes it). Never for a submission,
 * a payment or anything a person was told is saved. The WAL is written in order, so a later
 * durable commit makes every earlier relaxed one durable too.
 */
@Component
public class RelaxedCommit {

    private final JdbcClient jdbc;

    RelaxedCommit(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void forThisTransaction() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("a relaxed commit needs a transaction");
        }
        jdbc.sql("SET LOCAL synchronous_commit TO off").update();
    }
}
