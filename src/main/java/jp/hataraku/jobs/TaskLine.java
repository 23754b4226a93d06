package jp.hataraku.jobs;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** A line of a worker's "my work" list. */
public record TaskLine(long taskId, long jobId, String jobTitle, TaskKind kind, TaskStatus status,
        LocalDate dueDate, Optional<Instant> leaseUntil, Optional<String> title, boolean hasDraft,
        Optional<String> reviewComment) {
}
