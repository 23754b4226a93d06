package jp.hataraku.jobs;

import java.time.LocalDate;

/**
 * A job moved along its lifecycle (opened, delivered, cancelled …) on {@code changedOn} (Tokyo).
 * Published in the changing transaction; the council report counts jobs by the day they opened.
 */
public record JobStatusChanged(long jobId, long contractorId, JobStatus from, JobStatus to, LocalDate changedOn) {
}
