/**
 * Jobs (one client order each), their teams, task templates, batches of items, pool and assigned
 * tasks, claims with leases, drafts, submissions, time logs and deliveries. Publishes
 * {@link jp.hataraku.jobs.TaskSubmitted}, {@link jp.hataraku.jobs.TaskApproved},
 * {@link jp.hataraku.jobs.TimeApproved} and {@link jp.hataraku.jobs.DeliveryAccepted} through the
 * Modulith outbox for quality, pay and billing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Jobs")
package jp.hataraku.jobs;
