package jp.hataraku.workers;

import java.util.EnumSet;
import java.util.Set;

/**
 * The worker lifecycle. Every allowed move is listed here and nowhere else:
 * APPLIED → BRIEFED → ACTIVE ⇄ PAUSED, any registered state → WITHDRAWN, and a withdrawn worker
 * re-registers into a new registration period as APPLIED or BRIEFED.
 */
public enum WorkerStatus {
    APPLIED,
    BRIEFED,
    ACTIVE,
    PAUSED,
    WITHDRAWN;

    public Set<WorkerStatus> next() {
        return switch (this) {
            case APPLIED -> EnumSet.of(BRIEFED, WITHDRAWN);
            case BRIEFED -> EnumSet.of(ACTIVE, WITHDRAWN);
            case ACTIVE -> EnumSet.of(PAUSED, WITHDRAWN);
            case PAUSED -> EnumSet.of(ACTIVE, WITHDRAWN);
            case WITHDRAWN -> EnumSet.of(APPLIED, BRIEFED);
        };
    }

    public boolean canMoveTo(WorkerStatus target) {
        return next().contains(target);
    }

    /** Moving out of WITHDRAWN starts a new registration period. */
    public boolean startsNewPeriod(WorkerStatus target) {
        return this == WITHDRAWN && canMoveTo(target);
    }

    /** Registered and not withdrawn: counted in the register. */
    public boolean isRegistered() {
        return this != WITHDRAWN;
    }
}
