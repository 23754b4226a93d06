package jp.hataraku.payouts;

/**
 * A pay period's life: OPEN (work collects) → CLOSING (the background run computes) → REVIEW
 * (staff check the figures; the run may be repeated) → CONFIRMED (locked and immutable; corrections
 * are adjustments in a later period).
 */
public enum PeriodStatus { OPEN, CLOSING, REVIEW, CONFIRMED }
