package jp.hataraku.jobs.internal.delivery;

import java.util.Optional;

import jp.hataraku.jobs.JobRuleViolation;
import jp.hataraku.jobs.JobStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The job moves that delivery and acceptance make (IN_PROGRESS → DELIVERED → ACCEPTED, or back to
 * IN_PROGRESS on a rejection). The {@link jp.hataraku.jobs.Jobs} facade has no method for them, so
 * this writes the job's status, version and history itself, guarded by the expected current state
 * and {@link JobStatus#canBecome}.
 */
@Component
class JobStatusChanges {

    private final JdbcClient jdbc;

    JobStatusChanges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void move(long jobId, JobStatus from, JobStatus to, Optional<Long> actor) {
        if (!from.canBecome(to)) {
            throw new JobRuleViolation("jobio.job.transition", from.name(), to.name());
        }
        int changed = jdbc.sql("""
                UPDATE job SET status = :to, version = version + 1, updated_at = now()
                WHERE id = :id AND status = :from
                """).param("to", to.name()).param("from", from.name()).param("id", jobId).update();
        if (changed != 1) {
            throw new JobRuleViolation("jobio.job.transition", from.name(), to.name());
        }
        jdbc.sql("""
                INSERT INTO job_status_history (job_id, contractor_id, from_status, to_status, actor_id)
                SELECT id, contractor_id, :from, :to, :actor FROM job WHERE id = :id
                """).param("from", from.name()).param("to", to.name()).param("actor", actor.orElse(null))
                .param("id", jobId).update();
    }
}
