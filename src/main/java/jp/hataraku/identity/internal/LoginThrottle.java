package jp.hataraku.identity.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jp.hataraku.shared.TokyoClock;
import org.springframework.stereotype.Component;

/** Five failed sign-ins in a row lock an account for fifteen minutes; a success starts the count again. */
@Component
class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration LOCK = Duration.ofMinutes(15);

    private final AccountRepository accounts;
    private final TokyoClock clock;

    LoginThrottle(AccountRepository accounts, TokyoClock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Counts a failure; the lock end when this failure locked the account. */
    Optional<Instant> failed(String email) {
        return accounts.recordFailure(email, MAX_FAILURES, clock.now().plus(LOCK));
    }

    void succeeded(long accountId) {
        accounts.recordSuccess(accountId);
    }

    /** The end of the lock on this account, when it is locked now. */
    Optional<Instant> lockedUntil(String email) {
        Instant now = clock.now();
        return accounts.lockedUntil(email).filter(until -> until.isAfter(now));
    }

    boolean isLocked(Instant lockedUntil) {
        return lockedUntil != null && lockedUntil.isAfter(clock.now());
    }
}
