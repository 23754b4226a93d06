package jp.hataraku.jobs.internal.work;

import jp.hataraku.identity.Accounts;
import jp.hataraku.identity.CurrentUser;
import org.springframework.stereotype.Component;

/** The signed-in worker's id; a WORKER account without a worker record is refused. */
@Component
class CurrentWorker {

    private final Accounts accounts;

    CurrentWorker(Accounts accounts) {
        this.accounts = accounts;
    }

    long id() {
        return accounts.current().flatMap(CurrentUser::workerId).orElseThrow(NoWorkerRecord::new);
    }

    long accountId() {
        return accounts.current().map(CurrentUser::accountId).orElseThrow(NoWorkerRecord::new);
    }

    /** Signed in without a worker record behind the account. */
    static final class NoWorkerRecord extends RuntimeException {
        NoWorkerRecord() {
            super("no worker record for the signed-in account");
        }
    }
}
