package jp.hataraku.jobs;

/** OPEN (in the pool) → LEASED → SUBMITTED → APPROVED, RETURNED (back to its worker) or REJECTED. */
public enum TaskStatus { OPEN, LEASED, SUBMITTED, RETURNED, APPROVED, REJECTED, CANCELLED }
