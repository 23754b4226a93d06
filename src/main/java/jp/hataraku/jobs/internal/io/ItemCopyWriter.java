package jp.hataraku.jobs.internal.io;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import jp.hataraku.jobs.NewItem;
import jp.hataraku.jobs.TaskView;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * Writes items and their pool tasks with PostgreSQL COPY, in chunks of {@link #CHUNK} rows, on a
 * connection the caller holds in one transaction. Same rows as {@code Tasks.addItems}: items numbered
 * on from the batch's highest {@code seq}; each non-gold item gets {@code overlap} OPEN POOL tasks
 * (slots 1..overlap) due on the job's due date; gold items get none (a claim makes their GOLD tasks).
 * Items travel by COPY; each chunk's tasks are then made by one INSERT ... SELECT over its rows.
 *
 * <p>Numbering and encoding a chunk ({@link Encoder}) needs no database, so it can run on another
 * thread than the one that {@link #write}s the chunks (see {@link ReadAhead}); {@link #add} and
 * {@link #flush} do both on the caller's thread.
 */
public final class ItemCopyWriter implements AutoCloseable {

    public static final int CHUNK = 10_000;

    private final CopyManager copy;
    private final JobFacts job;
    private final long batchId;
    private final Encoder encoder;
    private final PreparedStatement tasks;
    private long written;

    /** A chunk of items in COPY text form, numbered {@code firstSeq..lastSeq}. */
    record Chunk(byte[] copyText, long firstSeq, long lastSeq, boolean anyPool) {

        int items() {
            return (int) (lastSeq - firstSeq + 1);
        }
    }

    /** Numbers items on from the batch's highest seq and encodes them into chunks; no database. */
    static final class Encoder {
        private final JobFacts job;
        private final long batchId;
        private final CopyText items = new CopyText();
        private long seq;
        private long firstSeq;
        private int count;
        private boolean anyPool;

        private Encoder(JobFacts job, long batchId, long lastSeq) {
            this.job = job;
            this.batchId = batchId;
            this.seq = lastSeq;
        }

        /** Encodes the item; returns the chunk when it is full, else null. */
        Chunk add(NewItem item) {
            if (count == 0) {
                firstSeq = seq + 1;
            }
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
            return ++count >= CHUNK ? take() : null;
        }

        /** The last, partly filled chunk, or null when there is none. */
        Chunk finish() {
            return count == 0 ? null : take();
        }

        private Chunk take() {
            Chunk chunk = new Chunk(items.takeBytes(), firstSeq, seq, anyPool);
            count = 0;
            anyPool = false;
            return chunk;
        }
    }

    public ItemCopyWriter(Connection connection, JobFacts job, long batchId) throws SQLException {
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
        this.job = job;
        this.batchId = batchId;
        try (PreparedStatement max = connection.prepareStatement("SELECT coalesce(max(seq), 0) FROM item WHERE batch_id = ?")) {
            max.setLong(1, batchId);
            try (ResultSet rs = max.executeQuery()) {
                rs.next();
                this.encoder = new Encoder(job, batchId, rs.getLong(1));
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

    /**
     * The encoder of this writer's items, for a thread that reads while this one writes. Use either
     * it and {@link #write}, or {@link #add} and {@link #flush}, not both.
     */
    Encoder encoder() {
        return encoder;
    }

    /** Adds an item; written when the chunk is full. Returns true when a chunk was written. */
    public boolean add(NewItem item) throws SQLException {
        Chunk chunk = encoder.add(item);
        if (chunk != null) {
            write(chunk);
            return true;
        }
        return false;
    }

    /** How many items reached the database so far. */
    public long written() {
        return written;
    }

    public void flush() throws SQLException {
        Chunk chunk = encoder.finish();
        if (chunk != null) {
            write(chunk);
        }
    }

    /** Copies the chunk's items and makes their pool tasks. Chunks must come in their order. */
    void write(Chunk chunk) throws SQLException {
        CopyIn in = copy.copyIn("COPY item (job_id, batch_id, contractor_id, seq, source, file_sha256, file_type,"
                + " file_name, file_page, gold_answer) FROM STDIN");
        try {
            in.writeToCopy(chunk.copyText(), 0, chunk.copyText().length);
            in.endCopy();
        } finally {
            if (in.isActive()) {
                in.cancelCopy();
            }
        }
        if (chunk.anyPool()) {
            // the chunk's pool tasks are made by the server from the rows just copied: no ids travel
            tasks.setObject(1, job.dueDate());
            tasks.setInt(2, job.overlap());
            tasks.setLong(3, batchId);
            tasks.setLong(4, chunk.firstSeq());
            tasks.setLong(5, chunk.lastSeq());
            tasks.executeUpdate();
        }
        written += chunk.items();
    }

    @Override
    public void close() throws SQLException {
        tasks.close();
    }
}
