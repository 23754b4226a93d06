package jp.hataraku.jobs;

/**
 * An item's progress: OPEN (results still to come) → COMPLETE (all overlap results in) →
 * CHECKED (double entry agreed or an adjudicator decided) or ADJUDICATION (waiting for one) →
 * APPROVED; REJECTED when refused.
 */
public enum ItemStatus { OPEN, COMPLETE, ADJUDICATION, CHECKED, APPROVED, REJECTED }
