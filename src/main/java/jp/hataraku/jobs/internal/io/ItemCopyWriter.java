package jp.hataraku.jobs.internal.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jp.hataraku.jobs.NewItem;
import jp.hataraku.jobs.TaskView;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Writes items and their pool tasks with PostgreSQL COPY, in chunks of {@link #CHUNK} rows, on a
 * connection the caller holds in one transaction. Same rows as {@code Tasks.addItems}: items numbered
 * on from the batch's highest {@code seq}; each non-gold item gets {@code overlap} OPEN POOL tasks
 * (slots 1..overlap) due on the job's due date; gold items get none (a claim makes their GOLD tasks).
 * Items travel by COPY; each chunk's tasks are then made by one INSERT ... SELECT over its rows.
 */
public final class ItemCopyWriter implements AutoCloseable {

    public static final int CHUNK = 10_000;

    private final CopyManager copy;
    private final JobFacts job;
    private final long batchId;
    private final List<NewItem> pending = new ArrayList<>(CHUNK);
    private final CopyText items = new CopyText();
    private final PreparedStatement tasks;
    private long seq;
    private long written;

    public ItemCopyWriter(Connection connection, JobFacts job, long batchId) throws SQLException {
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
        this.job = job;
        this.batchId = batchId;
        try (PreparedStatement max = connection.prepareStatement("SELECT coalesce(max(seq), 0) FROM item WHERE batch_id = ?")) {
            max.setLong(1, batchId);
            try (ResultSet rs = max.executeQuery()) {
                rs.next();
                seq = rs.getLong(1);
            }
        }
        this.tasks = connection.prepareStatement("""
                INSERT INTO task (job_id, contractor_id, kind, item_id, slot, due_date, status)
                SELECT i.job_id, i.contractor_id, 'POOL', i.id, s, ?, 'OPEN'
                FROM item i CROSS JOIN generate_series(1, ?) s
                WHERE i.batch_id = ? AND i.seq BETWEEN ? AND ? AND i.gold_answer IS NULL
                ORDER BY i.seq, s
                """);
    }

    /** Adds an item; written when the chunk is full. Returns true when a chunk was written. */
    public boolean add(NewItem item) throws SQLException {
        pending.add(item);
        if (pending.size() >= CHUNK) {
            flush();
            return true;
        }
        return false;
    }

    /** How many items reached the database so far. */
    public long written() {
        return written;
    }

    public void flush() throws SQLException {
        if (pending.isEmpty()) {
            return;
        }
        long firstSeq = seq + 1;
        boolean anyPool = false;
        for (NewItem item : pending) {
            Optional<TaskView.ItemFile> file = item.file();
            items.value(job.id()).value(batchId).value(job.contractorId()).value(++seq)
                    .json(item.source())
                    .text(file.map(TaskView.ItemFile::sha256).orElse(null))
                    .text(file.map(TaskView.ItemFile::mediaType).orElse(null))
                    .text(file.map(TaskView.ItemFile::name).orElse(null))
                    .text(file.flatMap(TaskView.ItemFile::page).map(String::valueOf).orElse(null))
                    .json(item.goldAnswer().orElse(null))
                    .endRow();
            anyPool |= item.goldAnswer().isEmpty();
        }
        try {
            copy.copyIn("COPY item (job_id, batch_id, contractor_id, seq, source, file_sha256, file_type, file_name,"
                    + " file_page, gold_answer) FROM STDIN", new ByteArrayInputStream(items.takeBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (anyPool) {
            // the chunk's pool tasks are made by the server from the rows just copied: no ids travel
            tasks.setObject(1, job.dueDate());
            tasks.setInt(2, job.overlap());
            tasks.setLong(3, batchId);
            tasks.setLong(4, firstSeq);
            tasks.setLong(5, seq);
            tasks.executeUpdate();
        }
        written += pending.size();
        pending.clear();
    }

    @Override
    public void close() throws SQLException {
        tasks.close();
    }
}
