package jp.hataraku.payouts.internal;

/**
 * A contractor's payment day changed in its payout settings: the written terms state it (Freelance
 * Act Art. 3), so the terms in force must be issued again.
 */
public record PaymentDayChanged(long contractorId, int oldDay, int newDay) {
}
