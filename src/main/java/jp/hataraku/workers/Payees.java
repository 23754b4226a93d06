package jp.hataraku.workers;

import java.util.Collection;
import java.util.Map;

import jp.hataraku.shared.ZenginCharset;

/**
 * Workers as payees, for the payouts module's transfer files and payment records. Workers not
 * found are absent from the answers.
 */
public interface Payees {

    /** Name, kana, address and invoice registration of each worker; no bank details, no audit entry. */
    Map<Long, PayeeDetails> details(Collection<Long> workerIds);

    /**
     * Each worker with their payout account checked for {@code charset} (the paying contractor's
     * bank), or the reason it cannot be used. Reading bank details is a sensitive read: one audit
     * entry per call names {@code purpose} and every worker whose account was read.
     */
    Map<Long, Payee> forPayment(Collection<Long> workerIds, ZenginCharset charset, String purpose);
}
