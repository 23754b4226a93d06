package jp.hataraku.reports.internal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import jp.hataraku.billing.BillingFixtures;
import jp.hataraku.clients.ClientType;
import jp.hataraku.clients.Clients;
import jp.hataraku.organization.Organizations;
import jp.hataraku.payouts.transfer.TransferFixtures;
import jp.hataraku.payouts.transfer.TransferFixtures.Pay;
import jp.hataraku.workers.WorkKind;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The work of a small town with known answers, for the work, money and engagement figures (FY2022,
 * compared with FY2021). Towns, contractors and clients are made through their modules' APIs;
 * jobs, tasks, submissions, time logs, billable lines, reward lines and confirmed pay periods are
 * written into their tables with chosen dates (the way TransferFixtures writes confirmed periods),
 * because the modules stamp them with the time of the call.
 * <ul>
 * <li>Town T is served by contractors C1 and C2; town U by C3 (and C1 pays one resident of U).</li>
 * <li>Clients: A listed (C1), B in town (C1), C municipality (C2), D individual (C3).</li>
 * <li>Jobs: j1 C1/A writing (opened 2022-05-10, reopened 2022-09-01), j2 C1/B data entry (opened
 *     2022-03-15, reopened 2022-10-01), j3 C2/C data entry (opened 2022-06-01), j4 C3/D writing (opened 2022-07-01).</li>
 * <li>Billable lines: j1 100,000 (2022-06-30) and 999 (2023-04-01, FY2023); j2 30,000 (2022-03-20)
 *     and 20,000 (2023-03-31); B manual 5,000 (2022-04-01); j3 50,000 (2022-12-01); j4 70,000.</li>
 * <li>Payouts (worker, gross): C1 2021-04 paid 2021-05-25 on time: w1 8,000, w2 12,000, w4 6,000 (T);
 *     C1 2022-04 paid 2022-05-25 (deadline 05-30): w1 writing 10,000 withholding 1,021, w2 20,000 (T),
 *     w3 40,000 (U); C1 2022-05 paid 2022-06-24 after its deadline 06-20: w1 30,000; C2 2022-04 paid
 *     2022-05-25 (deadline 06-30): w1 5,000, w4 50,000; C1 2023-03 paid 2023-04-25 (FY2023): w1 99,999.</li>
 * <li>Reward lines (approved on): C1 T w1 writing 6,000 (2022-04-10), w2 data entry 3,000 time
 *     (2022-04-20), w1 data entry 1,000 (2022-05-02), adjustment w1 500 (2022-06-01), w2 700
 *     (2021-04-05); C2 T w4 data entry 2,001 (2022-05-31); C1 U w3 writing 4,000 (2022-04-15); C3
 *     w5 writing 9,999 (2022-04-01).</li>
 * <li>Time: j2 logs 90 min HOME approved 2022-04-20, 30 min unknown 2022-05-15, 999 min only
 *     submitted, 60 min CENTRE 2021-06-01; j3 30 min unknown approved 2022-06-01 00:30 Tokyo (still
 *     May in UTC); j1 pool tasks 45 min (CENTRE, approved 2022-04-11) and 10 + 45 min (HOME, approved
 *     2022-05-02: lease to the first hand-in, then the return to the second; the 20 minutes the
 *     first waited for review do not count); j4 600 min (C3).</li>
 * </ul>
 */
final class WorkFixture {

    private static final AtomicLong IDS = new AtomicLong(System.nanoTime() % 1_000_000_000L * 1000 + 7_000_000_000_000L);

    final long townT;
    final long townU;
    final long c1;
    final long c2;
    final long c3;
    final long w1 = next();
    final long w2 = next();
    final long w3 = next();
    final long w4 = next();
    final long w5 = next();

    private final JdbcClient jdbc;

    static long next() {
        return IDS.incrementAndGet();
    }

    WorkFixture(Organizations organizations, Clients clients, JdbcClient jdbc) {
        this.jdbc = jdbc;
        townT = organizations.registerMunicipality("仕事町" + System.nanoTime(), "しごとちょう", "20", 5000);
        townU = organizations.registerMunicipality("隣村" + System.nanoTime(), "となりむら", "20", 2000);
        c1 = contractor(organizations);
        c2 = contractor(organizations);
        c3 = contractor(organizations);
        organizations.serve(c1, townT);
        organizations.serve(c2, townT);
        organizations.serve(c3, townU);

        long a = clients.create(new Clients.NewClient(c1, "上場株式会社", "じょうじょう", ClientType.LISTED_COMPANY, Optional.empty()));
        long b = clients.create(new Clients.NewClient(c1, "町の商店", "まちのしょうてん", ClientType.IN_TOWN, Optional.empty()));
        long c = clients.create(new Clients.NewClient(c2, "仕事町役場", "しごとちょうやくば", ClientType.MUNICIPALITY, Optional.empty()));
        long d = clients.create(new Clients.NewClient(c3, "個人発注者", "こじん", ClientType.INDIVIDUAL, Optional.empty()));

        long j1 = job(c1, a, WorkKind.WRITING, "POOL", "2022-05-10T10:00:00+09:00", "2022-09-01T10:00:00+09:00");
        long j2 = job(c1, b, WorkKind.DATA_ENTRY, "ASSIGNED", "2022-03-15T10:00:00+09:00", "2022-10-01T10:00:00+09:00");
        long j3 = job(c2, c, WorkKind.DATA_ENTRY, "ASSIGNED", "2022-06-01T10:00:00+09:00");
        long j4 = job(c3, d, WorkKind.WRITING, "ASSIGNED", "2022-07-01T10:00:00+09:00");

        billable(c1, a, j1, "DELIVERY", 100_000, "2022-06-30");
        billable(c1, a, j1, "DELIVERY", 999, "2023-04-01");
        billable(c1, b, j2, "TIME", 30_000, "2022-03-20");
        billable(c1, b, j2, "TIME", 20_000, "2023-03-31");
        billable(c1, b, null, "MANUAL", 5_000, "2022-04-01");
        billable(c2, c, j3, "JOB_FIXED", 50_000, "2022-12-01");
        billable(c3, d, j4, "DELIVERY", 70_000, "2022-08-01");

        TransferFixtures.confirmedPeriod(jdbc, c1, LocalDate.of(2021, 4, 1), LocalDate.of(2021, 5, 25),
                LocalDate.of(2021, 5, 25), List.of(pay(w1, townT, WorkKind.DATA_ENTRY, 8_000, 0),
                        pay(w2, townT, WorkKind.DATA_ENTRY, 12_000, 0), pay(w4, townT, WorkKind.DATA_ENTRY, 6_000, 0)));
        TransferFixtures.confirmedPeriod(jdbc, c1, LocalDate.of(2022, 4, 1), LocalDate.of(2022, 5, 25),
                LocalDate.of(2022, 5, 30), List.of(pay(w1, townT, WorkKind.WRITING, 10_000, 1_021),
                        pay(w2, townT, WorkKind.DATA_ENTRY, 20_000, 0), pay(w3, townU, WorkKind.WRITING, 40_000, 0)));
        TransferFixtures.confirmedPeriod(jdbc, c1, LocalDate.of(2022, 5, 1), LocalDate.of(2022, 6, 24),
                LocalDate.of(2022, 6, 20), List.of(pay(w1, townT, WorkKind.DATA_ENTRY, 30_000, 0)));
        TransferFixtures.confirmedPeriod(jdbc, c2, LocalDate.of(2022, 4, 1), LocalDate.of(2022, 5, 25),
                LocalDate.of(2022, 6, 30), List.of(pay(w1, townT, WorkKind.DATA_ENTRY, 5_000, 0),
                        pay(w4, townT, WorkKind.DATA_ENTRY, 50_000, 0)));
        TransferFixtures.confirmedPeriod(jdbc, c1, LocalDate.of(2023, 3, 1), LocalDate.of(2023, 4, 25),
                LocalDate.of(2023, 4, 25), List.of(pay(w1, townT, WorkKind.DATA_ENTRY, 99_999, 0)));

        reward(c1, townT, w1, j1, WorkKind.WRITING, 6_000, "2022-04-10", "TASK");
        reward(c1, townT, w2, j2, WorkKind.DATA_ENTRY, 3_000, "2022-04-20", "TIME");
        reward(c1, townT, w1, j2, WorkKind.DATA_ENTRY, 1_000, "2022-05-02", "TASK");
        reward(c1, townT, w1, null, WorkKind.DATA_ENTRY, 500, "2022-06-01", "ADJUSTMENT");
        reward(c1, townT, w2, j2, WorkKind.DATA_ENTRY, 700, "2021-04-05", "TASK");
        reward(c2, townT, w4, j3, WorkKind.DATA_ENTRY, 2_001, "2022-05-31", "TASK");
        reward(c1, townU, w3, j1, WorkKind.WRITING, 4_000, "2022-04-15", "TASK");
        reward(c3, townU, w5, j4, WorkKind.WRITING, 9_999, "2022-04-01", "TASK");

        long t2 = assignedTask(j2, c1, w2);
        timeLog(t2, j2, c1, w2, 90, "APPROVED", "2022-04-20T18:00:00+09:00", "HOME");
        timeLog(t2, j2, c1, w2, 30, "APPROVED", "2022-05-15T18:00:00+09:00", null);
        timeLog(t2, j2, c1, w2, 999, "SUBMITTED", null, "HOME");
        timeLog(t2, j2, c1, w2, 60, "APPROVED", "2021-06-01T18:00:00+09:00", "CENTRE");
        long t3 = assignedTask(j3, c2, w4);
        timeLog(t3, j3, c2, w4, 30, "APPROVED", "2022-06-01T00:30:00+09:00", null);
        long t4 = assignedTask(j4, c3, w5);
        timeLog(t4, j4, c3, w5, 600, "APPROVED", "2022-04-05T18:00:00+09:00", "HOME");

        long batch = jdbc.sql("""
                INSERT INTO batch (job_id, contractor_id, name, source, status) VALUES (:j, :c, 'b', 'CSV', 'READY')
                RETURNING id""").param("j", j1).param("c", c1).query(Long.class).single();
        long p1 = poolTask(j1, c1, batch, 1, w1, "2022-04-10T09:00:00+09:00");
        submission(p1, j1, c1, w1, "APPROVED", "2022-04-10T09:45:00+09:00", "2022-04-11T10:00:00+09:00", "CENTRE");
        long p2 = poolTask(j1, c1, batch, 2, w1, "2022-05-01T09:00:00+09:00");
        submission(p2, j1, c1, w1, "RETURNED", "2022-05-01T09:10:00+09:00", "2022-05-01T09:30:00+09:00", "HOME");
        submission(p2, j1, c1, w1, "APPROVED", "2022-05-01T10:15:00+09:00", "2022-05-02T10:00:00+09:00", "HOME");
    }

    private static long contractor(Organizations organizations) {
        String corporate = BillingFixtures.corporateNumber();
        return organizations.registerContractor(new Organizations.NewContractor("報告テスト公社", "ほうこくてすとこうしゃ",
                corporate, "T" + corporate, "3990000", "長野県仕事町1-1"));
    }

    private static Pay pay(long worker, long town, WorkKind kind, long gross, long withholding) {
        return new Pay(worker, town, Map.of(kind, gross), withholding);
    }

    private static Timestamp at(String instant) {
        return instant == null ? null : Timestamp.from(OffsetDateTime.parse(instant).toInstant());
    }

    private long job(long contractor, long client, WorkKind kind, String mode, String... opened) {
        long job = jdbc.sql("""
                INSERT INTO job (contractor_id, client_id, title, work_kind, mode, due_date, price_model, client_unit_price,
                                 reward_rule, confidentiality, status)
                VALUES (:c, :cl, '報告テスト', :k, :m, DATE '2023-03-31', 'PER_UNIT', 100,
                        CAST('{"model":"PER_UNIT","yen":50}' AS jsonb), 'NORMAL', 'OPEN') RETURNING id""")
                .param("c", contractor).param("cl", client).param("k", kind.name()).param("m", mode)
                .query(Long.class).single();
        String from = "DRAFT";
        for (String at : opened) {
            jdbc.sql("""
                    INSERT INTO job_status_history (job_id, contractor_id, from_status, to_status, changed_at)
                    VALUES (:j, :c, :f, 'OPEN', :at)""")
                    .param("j", job).param("c", contractor).param("f", from).param("at", at(at)).update();
            from = "IN_PROGRESS";
        }
        return job;
    }

    private void billable(long contractor, long client, Long job, String kind, long amount, String workDate) {
        jdbc.sql("""
                INSERT INTO billable_line (contractor_id, client_id, job_id, source_kind, source_id, description, quantity,
                                           unit, unit_price, amount, tax_rate, work_date)
                VALUES (:c, :cl, :j, :k, :s, '報告テスト', 1, 'ONE', :a, :a, 10, :d)""")
                .param("c", contractor).param("cl", client).param("j", job).param("k", kind)
                .param("s", kind.equals("MANUAL") ? null : next()).param("a", amount)
                .param("d", LocalDate.parse(workDate)).update();
    }

    private void reward(long contractor, long town, long worker, Long job, WorkKind kind, long amount, String approvedOn,
            String source) {
        boolean adjustment = source.equals("ADJUSTMENT");
        jdbc.sql("""
                INSERT INTO reward_line (contractor_id, municipality_id, worker_id, job_id, work_kind, amount, received_on,
                                         approved_on, source, source_id, reason)
                VALUES (:c, :m, :w, :j, :k, :a, :d, :d, :s, :sid, :r)""")
                .param("c", contractor).param("m", town).param("w", worker).param("j", job).param("k", kind.name())
                .param("a", amount).param("d", LocalDate.parse(approvedOn)).param("s", source)
                .param("sid", adjustment ? null : next()).param("r", adjustment ? "調整" : null).update();
    }

    private long assignedTask(long job, long contractor, long worker) {
        return jdbc.sql("""
                INSERT INTO task (job_id, contractor_id, kind, due_date, status, worker_id)
                VALUES (:j, :c, 'ASSIGNED', DATE '2023-03-31', 'APPROVED', :w) RETURNING id""")
                .param("j", job).param("c", contractor).param("w", worker).query(Long.class).single();
    }

    private void timeLog(long task, long job, long contractor, long worker, int minutes, String status, String approvedAt,
            String place) {
        jdbc.sql("""
                INSERT INTO time_log (task_id, job_id, worker_id, contractor_id, started_at, stopped_at, minutes, manual,
                                      reason, status, approved_at, place)
                VALUES (:t, :j, :w, :c, :start, :start, :m, true, 'テスト', :s, :at, :p)""")
                .param("t", task).param("j", job).param("w", worker).param("c", contractor)
                .param("start", at("2020-01-01T00:00:00+09:00")).param("m", minutes).param("s", status)
                .param("at", at(approvedAt)).param("p", place).update();
    }

    private long poolTask(long job, long contractor, long batch, int seq, long worker, String leasedAt) {
        long item = jdbc.sql("""
                INSERT INTO item (job_id, batch_id, contractor_id, seq, status) VALUES (:j, :b, :c, :s, 'APPROVED')
                RETURNING id""").param("j", job).param("b", batch).param("c", contractor).param("s", seq)
                .query(Long.class).single();
        return jdbc.sql("""
                INSERT INTO task (job_id, contractor_id, kind, item_id, due_date, status, worker_id, leased_at, approved_at)
                VALUES (:j, :c, 'POOL', :i, DATE '2023-03-31', 'APPROVED', :w, :l, :l) RETURNING id""")
                .param("j", job).param("c", contractor).param("i", item).param("w", worker).param("l", at(leasedAt))
                .query(Long.class).single();
    }

    private void submission(long task, long job, long contractor, long worker, String status, String submittedAt,
            String reviewedAt, String place) {
        jdbc.sql("""
                INSERT INTO submission (task_id, job_id, worker_id, contractor_id, submit_key, result, submitted_at, status,
                                        reviewed_at, place)
                VALUES (:t, :j, :w, :c, :k, CAST('{}' AS jsonb), :sub, :s, :rev, :p)""")
                .param("t", task).param("j", job).param("w", worker).param("c", contractor).param("k", "k" + next())
                .param("sub", at(submittedAt)).param("s", status).param("rev", at(reviewedAt)).param("p", place).update();
    }
}
