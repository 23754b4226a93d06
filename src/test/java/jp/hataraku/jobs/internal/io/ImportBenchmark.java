package jp.hataraku.jobs.internal.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import jp.hataraku.jobs.JobFixtures;
import jp.hataraku.platform.FileStore;
import jp.hataraku.platform.StoredFile;
import jp.hataraku.shared.TokyoClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The batch-import benchmark, run only by {@code bench/import.sh} (the name matches none of the
 * test suite's patterns, and it needs {@code hataraku.bench.import.csv}): stores, checks and imports
 * the given CSV into a job with overlap 2, in the test JVM (-Xmx1g) on HATARAKU_TEST_DB_URL, and
 * writes RESULT lines to {@code hataraku.bench.import.out}.
 */
@SpringBootTest
@EnabledIfSystemProperty(named = "hataraku.bench.import.csv", matches = ".+")
class ImportBenchmark {

    @Autowired
    JobFixtures fixtures;
    @Autowired
    BatchImports imports;
    @Autowired
    FileStore files;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TokyoClock clock;

    @Test
    void import_the_benchmark_file() throws Exception {
        Path csv = Path.of(System.getProperty("hataraku.bench.import.csv"));
        Path out = Path.of(System.getProperty("hataraku.bench.import.out", "target/bench-import.txt"));
        long jobId = fixtures.openPoolJob(clock.today(), 2);
        JobFacts job = imports.job(jobId).orElseThrow();

        System.gc();
        long heapBefore = heapUsed();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long cpuStart = processCpuNanos();
        long start = System.nanoTime();
        StoredFile file;
        try (InputStream in = Files.newInputStream(csv)) {
            file = files.put(in, BatchImports.MAX_BYTES);
        }
        long stored = System.nanoTime();
        BatchFile.Check check = imports.check(job, file);
        long checked = System.nanoTime();
        long batch = imports.start(job, file, csv.getFileName().toString(), check, Optional.empty());
        while (!jdbc.sql("SELECT status FROM batch WHERE id = :b").param("b", batch).query(String.class).single()
                .equals("READY")) {
            assertThat(jdbc.sql("SELECT status FROM batch WHERE id = :b").param("b", batch).query(String.class).single())
                    .isNotEqualTo("FAILED");
            Thread.sleep(20);
        }
        long end = System.nanoTime();
        long cpu = processCpuNanos() - cpuStart;
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();

        long items = jdbc.sql("SELECT count(*) FROM item WHERE batch_id = :b").param("b", batch).query(Long.class).single();
        long tasks = jdbc.sql("SELECT count(*) FROM task WHERE job_id = :j").param("j", jobId).query(Long.class).single();
        double seconds = (end - start) / 1e9;
        String result = String.format(Locale.ROOT, """
                RESULT import_rows=%d rows
                RESULT import_tasks=%d rows
                RESULT import_seconds=%.2f s
                RESULT import_rows_per_s=%.0f rows/s
                RESULT import_store_seconds=%.2f s
                RESULT import_check_seconds=%.2f s
                RESULT import_write_seconds=%.2f s
                RESULT import_peak_heap_mb=%.0f MB
                RESULT import_heap_before_mb=%.0f MB
                RESULT import_jvm_cpu_seconds=%.2f s
                """, items, tasks, seconds, items / seconds, (stored - start) / 1e9, (checked - stored) / 1e9,
                (end - checked) / 1e9, peak / 1048576.0, heapBefore / 1048576.0, cpu / 1e9);
        Files.writeString(out, result);
        assertThat(items).isEqualTo(check.rowsValid());
        assertThat(tasks).isEqualTo(items * 2);
    }

    /** CPU time of the whole test JVM (reading, checking, encoding, GC, JIT; the server's work is not in it). */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
