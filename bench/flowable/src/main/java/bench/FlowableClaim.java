package bench;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import org.flowable.engine.ProcessEngine;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;

/**
 * Flowable 8 doing what the claim benchmark does: THREADS workers each take the oldest unassigned
 * task of their candidate group, claim it (another worker may win: then take the next) and
 * complete it with the typed values, until TASKS tasks are done. Setup (starting the process
 * instances) is not timed. Prints {@code FLOWABLE pairs_per_s=…}.
 * Arguments: JDBC_URL TASKS THREADS
 */
public final class FlowableClaim {

    private static final String BPMN = """
            <?xml version="1.0" encoding="UTF-8"?>
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                         xmlns:flowable="http://flowable.org/bpmn" targetNamespace="bench">
              <process id="card" name="business card entry">
                <startEvent id="start"/>
                <sequenceFlow id="f1" sourceRef="start" targetRef="enter"/>
                <userTask id="enter" name="enter card" flowable:candidateGroups="workers"/>
                <sequenceFlow id="f2" sourceRef="enter" targetRef="end"/>
                <endEvent id="end"/>
              </process>
            </definitions>
            """;

    /** The same connection pool size the application gets in bench/claim.sh (BENCH_POOL). */
    private static final int POOL = Integer.getInteger("pool", 32);

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int tasks = Integer.parseInt(args[1]);
        int threads = Integer.parseInt(args[2]);
        ProcessEngine engine = ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration()
                .setJdbcUrl(url).setJdbcDriver("org.postgresql.Driver")
                .setJdbcMaxActiveConnections(POOL).setJdbcMaxIdleConnections(POOL)
                .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
                .setAsyncExecutorActivate(false)
                .buildProcessEngine();
        try {
            engine.getRepositoryService().createDeployment()
                    .addInputStream("card.bpmn20.xml", new ByteArrayInputStream(BPMN.getBytes(StandardCharsets.UTF_8)))
                    .deploy();
            RuntimeService runtime = engine.getRuntimeService();
            startInstances(runtime, tasks, Math.min(threads, 16));

            TaskService taskService = engine.getTaskService();
            AtomicLong completed = new AtomicLong();
            AtomicLong conflicts = new AtomicLong();
            AtomicLong failures = new AtomicLong();
            CountDownLatch done = new CountDownLatch(threads);
            Map<String, Object> values = Map.of("name", "山田 太郎", "company", "株式会社サンプル", "phone", "0312345678");
            long start = System.nanoTime();
            for (int t = 0; t < threads; t++) {
                String user = "worker" + t;
                Thread thread = new Thread(() -> {
                    try {
                        while (completed.get() < tasks) {
                            // a random one of the 50 oldest: racing for the single oldest task would
                            // make Flowable look worse than a careful team would make it
                            List<Task> next = taskService.createTaskQuery().taskCandidateGroup("workers").taskUnassigned()
                                    .orderByTaskCreateTime().asc().listPage(0, 50);
                            if (next.isEmpty()) {
                                break;
                            }
                            String id = next.get(ThreadLocalRandom.current().nextInt(next.size())).getId();
                            try {
                                taskService.claim(id, user);
                            } catch (RuntimeException lost) {
                                conflicts.incrementAndGet();
                                continue;
                            }
                            try {
                                taskService.complete(id, values);
                                completed.incrementAndGet();
                            } catch (RuntimeException e) {
                                failures.incrementAndGet();
                            }
                        }
                    } finally {
                        done.countDown();
                    }
                });
                thread.start();
            }
            done.await();
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("flowable: %d tasks claimed and completed in %.1f s by %d threads, %d lost claims, %d failed completions%n",
                    completed.get(), seconds, threads, conflicts.get(), failures.get());
            System.out.printf("FLOWABLE pairs_per_s=%.1f%n", completed.get() / seconds);
        } finally {
            engine.close();
        }
    }

    private static void startInstances(RuntimeService runtime, int count, int threads) throws InterruptedException {
        AtomicLong started = new AtomicLong();
        CountDownLatch done = new CountDownLatch(threads);
        for (int t = 0; t < threads; t++) {
            new Thread(() -> {
                try {
                    while (started.incrementAndGet() <= count) {
                        runtime.startProcessInstanceByKey("card");
                    }
                } finally {
                    done.countDown();
                }
            }).start();
        }
        done.await();
    }
}
