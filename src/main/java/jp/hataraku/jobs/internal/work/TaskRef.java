package jp.hataraku.jobs.internal.work;

import java.util.Optional;

import jp.hataraku.jobs.TaskKind;
import jp.hataraku.jobs.TaskStatus;

/** The few columns of a task that time logs and task files need. */
record TaskRef(long id, long jobId, long contractorId, TaskKind kind, TaskStatus status, Optional<Long> workerId) {

    boolean assignedTo(long worker) {
        return kind == TaskKind.ASSIGNED && workerId.isPresent() && workerId.get() == worker;
    }
}
