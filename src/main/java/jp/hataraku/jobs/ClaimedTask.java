package jp.hataraku.jobs;

import java.time.Instant;
import java.util.Optional;

/** A task leased to a worker until {@code leaseUntil}. */
public record ClaimedTask(long taskId, long jobId, Optional<Long> itemId, TaskKind kind, Instant leaseUntil) {
}
