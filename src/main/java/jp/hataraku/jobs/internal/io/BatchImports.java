package jp.hataraku.jobs.internal.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.util.Optional;

import javax.sql.DataSource;

import jp.hataraku.jobs.Jobs;
import jp.hataraku.platform.FileStore;
import jp.hataraku.platform.StoredFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskExecutor;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.stereotype.Service;

/**
 * Batch imports from CSV or XLSX: {@link #check} reads a stored file once and says what it holds;
 * {@link #start} creates the batch (IMPORTING) and imports in the background; the page polls the
 * batch's counters.
 *
 * <p>Failure rule: the whole import is one transaction. Items and tasks are written by COPY in
 * chunks inside it, while a {@link ReadAhead} thread parses and encodes the next chunks; the counters are updated on a separate connection so the page can follow. If
 * anything fails, the transaction is rolled back (none of the batch's items or tasks remain) and
 * the batch is marked FAILED with nothing imported.
 */
@Service
public class BatchImports {

    private static final Logger log = LoggerFactory.getLogger(BatchImports.class);

    /** Biggest batch file accepted (a million rows of a dozen columns fit well inside). */
    public static final long MAX_BYTES = 200L * 1024 * 1024;

    private final Jobs jobs;
    private final FileStore files;
    private final BatchRepository batches;
    private final DataSource dataSource;
    private final TaskExecutor executor;

    BatchImports(Jobs jobs, FileStore files, BatchRepository batches, DataSource dataSource,
            @Qualifier(BatchImportConfiguration.EXECUTOR) TaskExecutor executor) {
        this.jobs = jobs;
        this.files = files;
        this.batches = batches;
        this.dataSource = dataSource;
        this.executor = executor;
    }

    public Optional<JobFacts> job(long jobId) {
        return jobs.find(jobId).map(JobFacts::of);
    }

    /** Reads the stored file once, writing nothing. */
    public BatchFile.Check check(JobFacts job, StoredFile file) {
        try (InputStream in = open(file.sha256())) {
            return BatchFile.read(in, job.template(), row -> { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Creates the batch and queues its import; returns the batch id. The caller has checked the
     * file and, when it has bad rows, that the person chose to import the valid ones.
     */
    public long start(JobFacts job, StoredFile file, String name, BatchFile.Check check, Optional<Long> createdBy) {
        String source = check.format() == TableReader.Format.XLSX ? "XLSX" : "CSV";
        long batchId = batches.create(job.id(), job.contractorId(), name, source, check.sourceColumns(),
                check.rowsTotal(), check.rowsRefused(), createdBy);
        try {
            executor.execute(() -> run(job, file.sha256(), batchId));
        } catch (TaskRejectedException e) {
            log.warn("batch {} refused: the import queue is full", batchId);
            batches.failed(batchId);
        }
        return batchId;
    }

    /** Imports the valid rows of the file into the batch, in one transaction; returns how many. */
    public long run(JobFacts job, String sha256, long batchId) {
        long imported = 0;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            Progress progress = new Progress(batchId);
            try (InputStream in = open(sha256); ItemCopyWriter writer = new ItemCopyWriter(connection, job, batchId);
                    ReadAhead reader = new ReadAhead(in, job.template(), writer.encoder(), "batch-read-" + batchId)) {
                // the file is read and encoded on the reader's thread while this one writes chunks
                BatchFile.Check check = null;
                while (check == null) {
                    ReadAhead.Next next = reader.next();
                    if (next instanceof ReadAhead.Chunk c) {
                        writer.write(c.chunk());
                        progress.report(writer.written());
                    } else if (next instanceof ReadAhead.Done d) {
                        check = d.check();
                    } else if (next instanceof ReadAhead.Failed f) {
                        throw f.cause();
                    }
                }
                if (check.fatal()) {
                    throw new IllegalStateException("the file changed between check and import: " + check.problems());
                }
                imported = writer.written();
                connection.commit();
            } catch (Exception e) {
                connection.rollback();
                throw e;
            }
            batches.ready(batchId, imported);
            return imported;
        } catch (Exception e) {
            log.error("batch {} of job {} failed; its rows were rolled back", batchId, job.id(), e);
            batches.failed(batchId);
            return 0;
        }
    }

    /**
     * Writes the counter at most every {@link #PROGRESS_EVERY_NANOS}: each update makes a new version
     * of the batch row, and until the import commits every foreign-key check of its items walks
     * through all those versions (measured: an update per 10,000 rows made a million-row import
     * 50% slower). The page polls every second and sees the counter move every two.
     */
    private final class Progress {
        private final long batchId;
        private long last = System.nanoTime();

        Progress(long batchId) {
            this.batchId = batchId;
        }

        void report(long written) {
            long now = System.nanoTime();
            if (now - last >= PROGRESS_EVERY_NANOS) {
                batches.progress(batchId, written);
                last = now;
            }
        }
    }

    static final long PROGRESS_EVERY_NANOS = 2_000_000_000L;

    private InputStream open(String sha256) {
        return files.open(sha256).orElseThrow(() -> new IllegalStateException("stored file missing: " + sha256));
    }

    @EventListener(ApplicationReadyEvent.class)
    void failAbandonedImports() {
        int n = batches.failAbandoned();
        if (n > 0) {
            log.warn("{} batch imports were running when the application last stopped: marked FAILED", n);
        }
    }

}
