package jp.hataraku.workers;

import java.util.EnumMap;
import java.util.Map;

/**
 * Registrations and withdrawals counted from the status history (aggregates only, for council
 * reports). A registration is a registration period becoming ACTIVE (terms accepted after the
 * briefing: BRIEFED → ACTIVE; a re-registration counts again); a withdrawal is a registered
 * worker (ACTIVE or PAUSED) leaving, by reason. Applicants who withdraw before registering are in
 * neither count. Every reason is present in {@code withdrawals} (zero when none).
 */
public record RegisterMovements(long registrations, Map<WithdrawalReason, Long> withdrawals) {

    public RegisterMovements {
        Map<WithdrawalReason, Long> all = new EnumMap<>(WithdrawalReason.class);
        for (WithdrawalReason r : WithdrawalReason.values()) {
            all.put(r, withdrawals.getOrDefault(r, 0L));
        }
        withdrawals = java.util.Collections.unmodifiableMap(all);
    }

    public static RegisterMovements none() {
        return new RegisterMovements(0, Map.of());
    }

    public long withdrawn(WithdrawalReason reason) {
        return withdrawals.get(reason);
    }

    /** Withdrawals of every reason. */
    public long withdrawn() {
        return withdrawals.values().stream().mapToLong(Long::longValue).sum();
    }
}
