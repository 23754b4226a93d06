package jp.hataraku.jobs;

import java.util.Optional;

/** Who holds a task and where it stands, for reviewers (the quality module). */
public record TaskInfo(long taskId, long jobId, Optional<Long> itemId, Optional<Long> workerId, TaskKind kind,
        TaskStatus status) {
}
