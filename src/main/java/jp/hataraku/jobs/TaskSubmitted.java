package jp.hataraku.jobs;

import java.time.Instant;
import java.util.Optional;

/** A worker handed in a result (quality compares double entries and scores gold from it). */
public record TaskSubmitted(long taskId, long jobId, Optional<Long> itemId, long workerId, TaskKind kind,
        long submissionId, Instant submittedAt) {
}
