package jp.hataraku.jobs.internal.work;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jp.hataraku.jobs.TaskKind;
import jp.hataraku.jobs.TaskStatus;
import jp.hataraku.platform.StoredFile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Files of assigned tasks (table task_file): a director's instructions and the worker's results. */
@Repository
class TaskFileRepository {

    enum Purpose { INSTRUCTION, RESULT }

    record TaskFile(long id, long taskId, Purpose purpose, String sha256, String mediaType, String name, long size,
            Instant addedAt) { }

    private final JdbcClient jdbc;

    TaskFileRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<TaskRef> task(long taskId) {
        return jdbc.sql("SELECT id, job_id, contractor_id, kind, status, worker_id FROM task WHERE id = :id")
                .param("id", taskId).query((rs, n) -> new TaskRef(rs.getLong("id"), rs.getLong("job_id"),
                        rs.getLong("contractor_id"), TaskKind.valueOf(rs.getString("kind")),
                        TaskStatus.valueOf(rs.getString("status")),
                        Optional.ofNullable((Long) rs.getObject("worker_id", Long.class))))
                .optional();
    }

    /** Whether the worker accepted both the job's written terms and the assigned task's own. */
    boolean termsAccepted(long taskId, long workerId) {
        return jdbc.sql("""
                SELECT t.terms_accepted AND COALESCE(m.terms_accepted, false) FROM task t
                LEFT JOIN team_member m ON m.job_id = t.job_id AND m.worker_id = :w AND m.active
                WHERE t.id = :id
                """).param("id", taskId).param("w", workerId).query(Boolean.class).optional().orElse(false);
    }

    long add(long taskId, Purpose purpose, StoredFile file, String name, Long addedBy) {
        return jdbc.sql("""
                INSERT INTO task_file (task_id, purpose, sha256, media_type, name, size, added_by)
                VALUES (:task, :purpose, :sha, :type, :name, :size, :by) RETURNING id
                """).param("task", taskId).param("purpose", purpose.name()).param("sha", file.sha256())
                .param("type", file.type().mediaType()).param("name", name).param("size", file.size())
                .param("by", addedBy).query(Long.class).single();
    }

    List<TaskFile> list(long taskId) {
        return jdbc.sql("SELECT id, task_id, purpose, sha256, media_type, name, size, added_at FROM task_file"
                        + " WHERE task_id = :task ORDER BY id")
                .param("task", taskId).query(TaskFileRepository::map).list();
    }

    Optional<TaskFile> find(long taskId, long fileId) {
        return jdbc.sql("SELECT id, task_id, purpose, sha256, media_type, name, size, added_at FROM task_file"
                        + " WHERE task_id = :task AND id = :id")
                .param("task", taskId).param("id", fileId).query(TaskFileRepository::map).optional();
    }

    /** The files of a job's assigned tasks, by task, in one query. */
    java.util.Map<Long, List<TaskFile>> filesOfJob(long jobId) {
        return jdbc.sql("""
                SELECT f.id, f.task_id, f.purpose, f.sha256, f.media_type, f.name, f.size, f.added_at
                  FROM task_file f JOIN task t ON t.id = f.task_id
                 WHERE t.job_id = :job AND t.kind = 'ASSIGNED' ORDER BY f.id
                """).param("job", jobId).query(TaskFileRepository::map).list().stream()
                .collect(java.util.stream.Collectors.groupingBy(TaskFile::taskId, java.util.LinkedHashMap::new,
                        java.util.stream.Collectors.toList()));
    }

    /** The assigned tasks of a job with their assignee, for the director's list. */
    List<AssignedLine> assignedOf(long jobId) {
        return jdbc.sql("""
                SELECT id, worker_id, title, status, due_date, estimated_minutes FROM task
                 WHERE job_id = :job AND kind = 'ASSIGNED' ORDER BY due_date, id
                """).param("job", jobId).query((rs, n) -> new AssignedLine(rs.getLong("id"), rs.getLong("worker_id"),
                        rs.getString("title"), TaskStatus.valueOf(rs.getString("status")),
                        rs.getDate("due_date").toLocalDate(), (Integer) rs.getObject("estimated_minutes", Integer.class)))
                .list();
    }

    record AssignedLine(long taskId, long workerId, String title, TaskStatus status, java.time.LocalDate due,
            Integer estimatedMinutes) { }

    private static TaskFile map(ResultSet rs, int row) throws SQLException {
        return new TaskFile(rs.getLong("id"), rs.getLong("task_id"), Purpose.valueOf(rs.getString("purpose")),
                rs.getString("sha256"), rs.getString("media_type"), rs.getString("name"), rs.getLong("size"),
                rs.getTimestamp("added_at").toInstant());
    }
}
