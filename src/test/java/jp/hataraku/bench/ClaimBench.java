package jp.hataraku.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.hataraku.HatarakuApplication;
import jp.hataraku.clients.ClientType;
import jp.hataraku.clients.Clients;
import jp.hataraku.identity.Accounts;
import jp.hataraku.identity.Role;
import jp.hataraku.jobs.FieldType;
import jp.hataraku.jobs.JobDetails;
import jp.hataraku.jobs.Jobs;
import jp.hataraku.jobs.TaskTemplate;
import jp.hataraku.jobs.Tasks;
import jp.hataraku.jobs.TemplateField;
import jp.hataraku.organization.Organizations;
import jp.hataraku.shared.TokyoClock;
import jp.hataraku.workers.Application;
import jp.hataraku.workers.Circumstance;
import jp.hataraku.workers.Device;
import jp.hataraku.workers.Gender;
import jp.hataraku.workers.ReferralSource;
import jp.hataraku.workers.TimeBand;
import jp.hataraku.workers.WorkKind;
import jp.hataraku.workers.WorkPlace;
import jp.hataraku.workers.Workers;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The claim → submit load benchmark (bench/claim.sh drives it; not part of the test suite).
 * <ul>
 * <li>{@code seed URL WORKERS ITEMS TOKENS}: through the modules' public APIs, a town, contractor,
 * client with agreements, an open overlap-2 pool job, WORKERS active workers on its team, each
 * with an API token (written to TOKENS, one per line: workerId token), and ITEMS items (bulk
 * SQL: the import path is benchmarked separately).</li>
 * <li>{@code load BASE_URL TOKENS SECONDS WARMUP_SECONDS URL}: one thread per worker claims and
 * submits through the HTTP API with bearer tokens; prints pairs/s and claim latency percentiles,
 * then checks in the database that no task was double assigned and no acknowledged submission
 * was lost.</li>
 * </ul>
 */
public final class ClaimBench {

    private static final TaskTemplate CARD = new TaskTemplate(List.of(
            TemplateField.of("name", "氏名", FieldType.TEXT, true),
            TemplateField.of("company", "会社名", FieldType.TEXT, false),
            TemplateField.of("phone", "電話番号", FieldType.TEXT, false).withDigitsOnly()));

    private ClaimBench() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "seed" -> seed(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]), Path.of(args[4]));
            case "load" -> load(args[1], Path.of(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]), args[5]);
            default -> throw new IllegalArgumentException("seed or load");
        }
    }

    // --- seed ----------------------------------------------------------------------------------

    static void seed(String url, int workerCount, int items, Path tokensFile) throws IOException {
        // system properties outrank application.properties (builder properties would not)
        Map.of("server.port", "0", "hataraku.db.url", url, "hataraku.db.mode", "AUTO", "hataraku.demo.enabled", "false",
                "spring.main.banner-mode", "off", "logging.level.root", "WARN").forEach(System::setProperty);
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(HatarakuApplication.class)
                .web(WebApplicationType.SERVLET)
                .run()) {
            Organizations organizations = ctx.getBean(Organizations.class);
            Clients clients = ctx.getBean(Clients.class);
            Accounts accounts = ctx.getBean(Accounts.class);
            Workers workers = ctx.getBean(Workers.class);
            Jobs jobs = ctx.getBean(Jobs.class);
            Tasks tasks = ctx.getBean(Tasks.class);
            JdbcClient jdbc = ctx.getBean(JdbcClient.class);
            LocalDate today = ctx.getBean(TokyoClock.class).today();

            long town = organizations.registerMunicipality("負荷町", "ふかちょう", "20", 9000);
            long contractor = organizations.registerContractor(new Organizations.NewContractor("負荷公社", "ふかこうしゃ",
                    "6100005001234", "T6100005001234", "3990000", "長野県負荷町1-1"));
            organizations.serve(contractor, town);
            long director = accounts.createAccount("director@bench.invalid", "ディレクター", "bench-password-2026",
                    List.of(Accounts.RoleGrant.of(Role.DIRECTOR)));
            long client = clients.create(new Clients.NewClient(contractor, "株式会社負荷", "かぶしきがいしゃふか",
                    ClientType.IN_PREFECTURE, Optional.empty()));
            clients.recordAgreement(client, Clients.AgreementKind.SERVICE_CONTRACT, today.minusYears(1), today.plusYears(1));
            clients.recordAgreement(client, Clients.AgreementKind.NDA, today.minusYears(1), today.plusYears(1));
            JobDetails pool = JobDetails.pool(contractor, client, "名刺入力（負荷試験）", WorkKind.DATA_ENTRY,
                    today.plusDays(30), CARD, 2, 30, 12);
            long job = jobs.create(new JobDetails(pool.contractorId(), pool.clientId(), pool.title(), pool.workKind(),
                    pool.mode(), pool.description(), pool.deliverableFormat(), pool.dueDate(), pool.priceModel(),
                    pool.clientUnitPrice(), pool.reward(), pool.qualifications(), pool.confidentiality(), pool.template(),
                    pool.overlap(), 0, pool.leaseMinutes(), 0, Optional.empty(), Optional.empty(), Optional.of(director)));
            jobs.open(job, today);

            List<String> lines = new ArrayList<>();
            for (int i = 1; i <= workerCount; i++) {
                String email = "worker" + i + "@bench.invalid";
                long w = workers.apply(new Application("負荷 太郎" + i, "ふか たろう", LocalDate.of(1985, 1, 1), Gender.MALE,
                        town, "3990000", "長野県負荷町1-" + i, "090-0000-0000", email, java.util.Set.of(WorkKind.DATA_ENTRY),
                        10, java.util.Set.of(TimeBand.MORNING), WorkPlace.HOME, java.util.Set.of(Device.PC), null,
                        java.util.Set.<Circumstance>of(), false, ReferralSource.SEMINAR,
                        Workers.CURRENT_PRIVACY_NOTICE_VERSION, "bench-password-2026"));
                workers.markBriefed(w, today);
                workers.acceptTerms(w, Workers.CURRENT_TERMS_VERSION);
                jobs.addMember(job, w);
                jobs.recordTermsAccepted(job, w);
                long account = jdbc.sql("SELECT id FROM user_account WHERE worker_id = :w").param("w", w)
                        .query(Long.class).single();
                String token = "bench-" + UUID.randomUUID();
                accounts.registerApiToken(account, "bench", token);
                lines.add(w + " " + token);
            }
            long batch = tasks.createBatch(job, "負荷", "API", List.of("image"), Optional.empty());
            jdbc.sql("""
                    INSERT INTO item (job_id, batch_id, contractor_id, seq, source)
                    SELECT :job, :batch, :c, g, jsonb_build_object('image', 'card-' || g || '.png')
                    FROM generate_series(1, :n) g
                    """).param("job", job).param("batch", batch).param("c", contractor).param("n", items).update();
            jdbc.sql("""
                    INSERT INTO task (job_id, contractor_id, kind, item_id, slot, due_date, status)
                    SELECT i.job_id, i.contractor_id, 'POOL', i.id, s, :due, 'OPEN'
                    FROM item i, generate_series(1, 2) s WHERE i.batch_id = :batch ORDER BY i.id, s
                    """).param("batch", batch).param("due", today.plusDays(30)).update();
            jdbc.sql("ANALYZE").update();
            Files.write(tokensFile, lines);
            System.out.printf("seeded job %d: %d workers, %d items, %d tasks%n", job, workerCount, items, items * 2);
        }
    }

    // --- load ----------------------------------------------------------------------------------

    private record Worker(long id, String token) { }

    private record Ack(long workerId, long taskId, long submissionId) { }

    static void load(String base, Path tokensFile, int seconds, int warmup, String url) throws Exception {
        List<Worker> workers = Files.readAllLines(tokensFile).stream().filter(l -> !l.isBlank())
                .map(l -> l.split(" ")).map(p -> new Worker(Long.parseLong(p[0]), p[1])).toList();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        AtomicBoolean measuring = new AtomicBoolean(false);
        AtomicBoolean stop = new AtomicBoolean(false);
        AtomicLong pairs = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        ConcurrentLinkedQueue<Ack> acks = new ConcurrentLinkedQueue<>();
        long[][] claimNanos = new long[workers.size()][];
        int[] claimCounts = new int[workers.size()];
        CountDownLatch done = new CountDownLatch(workers.size());
        Pattern idPattern = Pattern.compile("\"(?:taskId|id)\"\\s*:\\s*(\\d+)");
        Pattern submissionPattern = Pattern.compile("\"submissionId\"\\s*:\\s*(\\d+)");
        String body = "{\"values\":{\"name\":\"山田 太郎\",\"company\":\"株式会社サンプル\",\"phone\":\"0312345678\"}}";

        for (int i = 0; i < workers.size(); i++) {
            int index = i;
            Worker w = workers.get(i);
            claimNanos[i] = new long[1 << 16];
            Thread t = new Thread(() -> {
                try {
                    while (!stop.get()) {
                        long t0 = System.nanoTime();
                        HttpResponse<String> claim = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/tasks/claim"))
                                .header("Authorization", "Bearer " + w.token()).header("Accept", "application/json")
                                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
                        long claimTook = System.nanoTime() - t0;
                        if (claim.statusCode() == 204) {
                            break;
                        }
                        Matcher m = idPattern.matcher(claim.body());
                        if (claim.statusCode() != 200 || !m.find()) {
                            errors.incrementAndGet();
                            continue;
                        }
                        long taskId = Long.parseLong(m.group(1));
                        HttpResponse<String> submit = http.send(HttpRequest.newBuilder(
                                        URI.create(base + "/api/v1/tasks/" + taskId + "/submission"))
                                .header("Authorization", "Bearer " + w.token()).header("Content-Type", "application/json")
                                .header("Idempotency-Key", UUID.randomUUID().toString())
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                        Matcher s = submissionPattern.matcher(submit.body());
                        if ((submit.statusCode() == 200 || submit.statusCode() == 201) && s.find()) {
                            acks.add(new Ack(w.id(), taskId, Long.parseLong(s.group(1))));
                            if (measuring.get()) {
                                pairs.incrementAndGet();
                                if (claimCounts[index] < claimNanos[index].length) {
                                    claimNanos[index][claimCounts[index]++] = claimTook;
                                }
                            }
                        } else {
                            errors.incrementAndGet();
                        }
                    }
                } catch (Exception e) {
                    errors.incrementAndGet();
                    System.err.println("worker " + w.id() + ": " + e);
                } finally {
                    done.countDown();
                }
            });
            t.setDaemon(true);
            t.start();
        }
        Thread.sleep(warmup * 1000L);
        measuring.set(true);
        long start = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        measuring.set(false);
        double elapsed = (System.nanoTime() - start) / 1e9;
        long measured = pairs.get();
        stop.set(true);
        done.await();

        List<Long> latencies = new ArrayList<>();
        for (int i = 0; i < workers.size(); i++) {
            for (int j = 0; j < claimCounts[i]; j++) {
                latencies.add(claimNanos[i][j]);
            }
        }
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("measured %d pairs in %.1f s with %d workers, %d errors, %d acknowledged in all%n",
                measured, elapsed, workers.size(), errors.get(), acks.size());
        System.out.printf("RESULT claim_submit_per_s=%.0f pairs/s%n", measured / elapsed);
        System.out.printf("RESULT api_calls_per_s=%.0f calls/s%n", 2 * measured / elapsed);
        System.out.printf("RESULT claim_p50_ms=%.1f ms%n", percentile(sorted, 0.50));
        System.out.printf("RESULT claim_p99_ms=%.1f ms%n", percentile(sorted, 0.99));
        verify(url, acks);
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))] / 1e6;
    }

    /** After the run: any task with two accepted submissions, any item with two results of one worker, any ack missing. */
    private static void verify(String url, ConcurrentLinkedQueue<Ack> acks) throws Exception {
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            long doubles = single(st, """
                    SELECT (SELECT count(*) FROM (SELECT task_id FROM submission GROUP BY task_id HAVING count(*) > 1) a)
                         + (SELECT count(*) FROM (SELECT item_id, worker_id FROM submission GROUP BY item_id, worker_id
                                                  HAVING count(*) > 1) b)
                         + (SELECT count(*) FROM submission s JOIN task t ON t.id = s.task_id WHERE t.worker_id <> s.worker_id)
                    """);
            st.execute("CREATE TEMP TABLE acked (submission_id bigint, task_id bigint, worker_id bigint)");
            try (var ps = c.prepareStatement("INSERT INTO acked VALUES (?, ?, ?)")) {
                int n = 0;
                for (Ack a : acks) {
                    ps.setLong(1, a.submissionId());
                    ps.setLong(2, a.taskId());
                    ps.setLong(3, a.workerId());
                    ps.addBatch();
                    if (++n % 5000 == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
            long lost = single(st, """
                    SELECT count(*) FROM acked a LEFT JOIN submission s
                        ON s.id = a.submission_id AND s.task_id = a.task_id AND s.worker_id = a.worker_id
                    WHERE s.id IS NULL
                    """);
            System.out.println("RESULT double_assignments=" + doubles);
            System.out.println("RESULT lost_submissions=" + lost);
        }
    }

    private static long single(Statement st, String sql) throws Exception {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
