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
 * Item ids are taken from the item sequence before the COPY, so tasks can name them.
 */
public final class ItemCopyWriter implements AutoCloseable {

    public static final int CHUNK = 5_000;

    private final CopyManager copy;
    private final JobFacts job;
    private final long batchId;
    private final List<NewItem> pending = new ArrayList<>(CHUNK);
    private final CopyText items = new CopyText();
    private final CopyText tasks = new CopyText();
    private final PreparedStatement ids;
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
        this.ids = connection.prepareStatement(
                "SELECT nextval(pg_get_serial_sequence('item', 'id')) FROM generate_series(1, ?)");
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
        long[] itemIds = new long[pending.size()];
        ids.setInt(1, pending.size());
        try (ResultSet rs = ids.executeQuery()) {
            for (int i = 0; rs.next(); i++) {
                itemIds[i] = rs.getLong(1);
            }
        }
        String due = job.dueDate().toString();
        for (int i = 0; i < pending.size(); i++) {
            NewItem item = pending.get(i);
            Optional<TaskView.ItemFile> file = item.file();
            items.value(itemIds[i]).value(job.id()).value(batchId).value(job.contractorId()).value(++seq)
                    .json(item.source())
                    .text(file.map(TaskView.ItemFile::sha256).orElse(null))
                    .text(file.map(TaskView.ItemFile::mediaType).orElse(null))
                    .text(file.map(TaskView.ItemFile::name).orElse(null))
                    .text(file.flatMap(TaskView.ItemFile::page).map(String::valueOf).orElse(null))
                    .json(item.goldAnswer().orElse(null))
                    .endRow();
            if (item.goldAnswer().isEmpty()) {
                for (int slot = 1; slot <= job.overlap(); slot++) {
                    tasks.value(job.id()).value(job.contractorId()).text("POOL").value(itemIds[i]).value(slot)
                            .text(due).text("OPEN").endRow();
                }
            }
        }
        try {
            copy.copyIn("COPY item (id, job_id, batch_id, contractor_id, seq, source, file_sha256, file_type, file_name,"
                    + " file_page, gold_answer) FROM STDIN", new ByteArrayInputStream(items.takeBytes()));
            if (!tasks.isEmpty()) {
                copy.copyIn("COPY task (job_id, contractor_id, kind, item_id, slot, due_date, status) FROM STDIN",
                        new ByteArrayInputStream(tasks.takeBytes()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        written += pending.size();
        pending.clear();
    }

    @Override
    public void close() throws SQLException {
        ids.close();
    }
}
