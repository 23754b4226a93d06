package jp.hataraku.billing;

/** What a billable quantity counts: accepted items, a whole job, minutes of approved time, or one (typed by staff). */
public enum BillingUnit { ITEM, JOB, MINUTE, ONE }
