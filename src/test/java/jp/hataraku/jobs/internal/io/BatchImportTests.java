package jp.hataraku.jobs.internal.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.hataraku.identity.Accounts;
import jp.hataraku.identity.Role;
import jp.hataraku.jobs.JobFixtures;
import jp.hataraku.jobs.NewItem;
import jp.hataraku.jobs.Tasks;
import jp.hataraku.platform.FileStore;
import jp.hataraku.platform.StoredFile;
import jp.hataraku.shared.TokyoClock;
import jp.hataraku.workers.WorkerFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SpringBootTest
@AutoConfigureMockMvc
class BatchImportTests {

    @Autowired
    JobFixtures fixtures;
    @Autowired
    BatchImports imports;
    @Autowired
    Tasks tasks;
    @Autowired
    FileStore files;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TokyoClock clock;
    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    BatchRepository batches;

    static String cards(int n, boolean withGold) {
        StringBuilder csv = new StringBuilder(withGold ? "画像,会社名,gold:name,gold:phone\r\n" : "画像,会社名\r\n");
        for (int i = 1; i <= n; i++) {
            csv.append("card-").append(i).append(".png,\"山の辺商事, 第").append(i).append("支店\"");
            if (withGold) {
                csv.append(i % 10 == 0 ? ",山田 太郎,03" + i : ",,");
            }
            csv.append("\r\n");
        }
        return csv.toString();
    }

    StoredFile store(String text) throws Exception {
        return files.put(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), BatchImports.MAX_BYTES);
    }

    long importNow(JobFacts job, String csv) throws Exception {
        StoredFile file = store(csv);
        BatchFile.Check check = imports.check(job, file);
        long batch = imports.start(job, file, "test.csv", check, Optional.empty());
        waitUntilDone(batch);
        return batch;
    }

    void waitUntilDone(long batch) throws InterruptedException {
        Instant end = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(end)) {
            String status = jdbc.sql("SELECT status FROM batch WHERE id = :b").param("b", batch).query(String.class).single();
            if (!status.equals("IMPORTING")) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("import did not finish");
    }

    long count(String sql, long id) {
        return jdbc.sql(sql).param("id", id).query(Long.class).single();
    }

    @Test
    void fifty_rows_become_items_with_overlap_pool_tasks_and_gold_items_without() throws Exception {
        long jobId = fixtures.openPoolJob(clock.today(), 2);
        JobFacts job = imports.job(jobId).orElseThrow();
        long batch = importNow(job, cards(50, true));

        assertThat(jdbc.sql("SELECT status, rows_total, rows_imported, rows_refused FROM batch WHERE id = :b").param("b", batch)
                .query((rs, n) -> rs.getString(1) + rs.getLong(2) + "/" + rs.getLong(3) + "/" + rs.getLong(4)).single())
                .isEqualTo("READY50/50/0");
        assertThat(count("SELECT count(*) FROM item WHERE batch_id = :id", batch)).isEqualTo(50);
        assertThat(count("SELECT count(*) FROM item WHERE batch_id = :id AND gold_answer IS NOT NULL", batch)).isEqualTo(5);
        assertThat(count("SELECT count(*) FROM task t JOIN item i ON i.id = t.item_id WHERE i.batch_id = :id", batch))
                .isEqualTo(45 * 2);
        assertThat(count("""
                SELECT count(*) FROM task t JOIN item i ON i.id = t.item_id
                WHERE i.batch_id = :id AND i.gold_answer IS NOT NULL""", batch)).isZero();
        assertThat(jdbc.sql("SELECT source->>'会社名' FROM item WHERE batch_id = :b AND seq = 7").param("b", batch)
                .query(String.class).single()).isEqualTo("山の辺商事, 第7支店");
        assertThat(jdbc.sql("SELECT gold_answer::text FROM item WHERE batch_id = :b AND seq = 10").param("b", batch)
                .query(String.class).single()).contains("\"phone\": \"0310\"").contains("\"name\": \"山田 太郎\"");
        assertThat(jdbc.sql("""
                SELECT DISTINCT t.kind || t.status || t.due_date FROM task t JOIN item i ON i.id = t.item_id
                WHERE i.batch_id = :b""").param("b", batch).query(String.class).list())
                .containsExactly("POOLOPEN" + job.dueDate());
    }

    @Test
    void twenty_thousand_rows_are_imported_in_chunks() throws Exception {
        long jobId = fixtures.openPoolJob(clock.today(), 2);
        JobFacts job = imports.job(jobId).orElseThrow();
        long batch = importNow(job, cards(20_000, false));
        assertThat(count("SELECT count(*) FROM item WHERE batch_id = :id", batch)).isEqualTo(20_000);
        assertThat(count("SELECT max(seq) FROM item WHERE batch_id = :id", batch)).isEqualTo(20_000);
        assertThat(count("SELECT count(*) FROM task t JOIN item i ON i.id = t.item_id WHERE i.batch_id = :id", batch))
                .isEqualTo(40_000);
        assertThat(count("SELECT count(DISTINCT (item_id, slot)) FROM task WHERE job_id = :id", jobId)).isEqualTo(40_000);
        assertThat(count("SELECT rows_imported FROM batch WHERE id = :id", batch)).isEqualTo(20_000);
    }

    @Test
    void the_copy_import_writes_the_same_rows_as_tasks_add_items() throws Exception {
        long viaTasks = fixtures.openPoolJob(clock.today(), 3);
        long viaCopy = fixtures.openPoolJob(clock.today(), 3);
        String csv = cards(30, true);
        List<NewItem> items = new ArrayList<>();
        BatchFile.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                imports.job(viaTasks).orElseThrow().template(), row -> items.add(row.toNewItem()));
        long batchA = tasks.createBatch(viaTasks, "a", "CSV", List.of("画像", "会社名"), Optional.empty());
        tasks.addItems(batchA, items);
        long batchB = importNow(imports.job(viaCopy).orElseThrow(), csv);

        assertThat(itemRows(batchB)).isEqualTo(itemRows(batchA)).hasSize(30);
        assertThat(taskRows(batchB)).isEqualTo(taskRows(batchA)).hasSize(27 * 3);
    }

    @Test
    void a_file_that_breaks_after_chunks_were_written_leaves_nothing() throws Exception {
        long jobId = fixtures.openPoolJob(clock.today(), 2);
        JobFacts job = imports.job(jobId).orElseThrow();
        // two full chunks reach the database before the reader meets a quote that never closes
        StoredFile file = store(cards(2 * ItemCopyWriter.CHUNK + 5_000, false) + "z.png,\"broken\r\n");
        long batch = batches.create(jobId, job.contractorId(), "broken.csv", "CSV", List.of("画像", "会社名"), 25_001, 0,
                Optional.empty());

        assertThat(imports.run(job, file.sha256(), batch)).isZero();

        assertThat(jdbc.sql("SELECT status || rows_imported FROM batch WHERE id = :b").param("b", batch)
                .query(String.class).single()).isEqualTo("FAILED0");
        assertThat(count("SELECT count(*) FROM item WHERE batch_id = :id", batch)).isZero();
        assertThat(count("SELECT count(*) FROM task WHERE job_id = :id", jobId)).isZero();
    }

    @Test
    void when_the_database_refuses_a_chunk_the_reader_stops_and_nothing_remains() throws Exception {
        long jobId = fixtures.openPoolJob(clock.today(), 2);
        long otherJobId = fixtures.openPoolJob(clock.today(), 2);
        JobFacts job = imports.job(jobId).orElseThrow();
        StoredFile file = store(cards(6 * ItemCopyWriter.CHUNK, false));
        // a batch of another job: an item's job must be its batch's job, so the first COPY fails
        // while the reader is chunks ahead and waiting
        long batch = batches.create(otherJobId, job.contractorId(), "other.csv", "CSV", List.of("画像", "会社名"), 60_000, 0,
                Optional.empty());

        assertThat(imports.run(job, file.sha256(), batch)).isZero();

        assertThat(jdbc.sql("SELECT status FROM batch WHERE id = :b").param("b", batch).query(String.class).single())
                .isEqualTo("FAILED");
        assertThat(count("SELECT count(*) FROM item WHERE job_id = :id", jobId)).isZero();
        assertThat(count("SELECT count(*) FROM item WHERE batch_id = :id", batch)).isZero();
        assertThat(Thread.getAllStackTraces().keySet()).extracting(Thread::getName).doesNotContain("batch-read-" + batch);
    }

    @Test
    void an_item_names_its_batchs_job_a_pool_task_its_items_job_and_an_assigned_task_a_job() throws Exception {
        long jobId = fixtures.openPoolJob(clock.today(), 1);
        long otherJobId = fixtures.openPoolJob(clock.today(), 1);
        long batch = importNow(imports.job(jobId).orElseThrow(), cards(1, false));
        long item = jdbc.sql("SELECT id FROM item WHERE batch_id = :b").param("b", batch).query(Long.class).single();
        String poolTask = """
                INSERT INTO task (job_id, contractor_id, kind, item_id, slot, due_date, status)
                SELECT :job, contractor_id, 'POOL', :item, 2, current_date, 'OPEN' FROM item WHERE id = :item""";
        String assignedTask = """
                INSERT INTO task (job_id, contractor_id, kind, due_date, status) VALUES (:job, 1, 'ASSIGNED', current_date, 'OPEN')""";

        assertThat(jdbc.sql(poolTask).param("job", jobId).param("item", item).update()).isOne();
        assertThat(refused(() -> jdbc.sql(poolTask).param("job", otherJobId).param("item", item).update()))
                .contains("task_item_job_fkey");
        assertThat(refused(() -> jdbc.sql("""
                INSERT INTO item (job_id, batch_id, contractor_id, seq) SELECT :other, id, contractor_id, 99 FROM batch WHERE id = :b""")
                .param("other", otherJobId).param("b", batch).update())).contains("item_batch_job_fkey");
        assertThat(jdbc.sql(assignedTask).param("job", otherJobId).update()).isOne();
        assertThat(refused(() -> jdbc.sql(assignedTask).param("job", Long.MAX_VALUE).update()))
                .contains("task_assigned_job_fkey");
    }

    static String refused(Runnable write) {
        try {
            write.run();
        } catch (org.springframework.dao.DataIntegrityViolationException e) {
            return e.getMessage();
        }
        throw new AssertionError("the write was not refused");
    }

    List<String> itemRows(long batch) {
        return jdbc.sql("""
                SELECT seq || '|' || source::text || '|' || coalesce(gold_answer::text, '-') || '|' || status || '|'
                       || results_in || '|' || coalesce(file_sha256, '-') || '|' || coalesce(final_result::text, '-')
                FROM item WHERE batch_id = :b ORDER BY seq""").param("b", batch).query(String.class).list();
    }

    List<String> taskRows(long batch) {
        return jdbc.sql("""
                SELECT i.seq || '|' || t.kind || '|' || t.slot || '|' || t.status || '|' || t.due_date || '|'
                       || coalesce(t.worker_id::text, '-') || '|' || t.version || '|' || (t.contractor_id = i.contractor_id)
                FROM task t JOIN item i ON i.id = t.item_id WHERE i.batch_id = :b ORDER BY i.seq, t.slot""")
                .param("b", batch).query(String.class).list();
    }

    RequestPostProcessor staff() {
        String email = WorkerFixtures.uniqueEmail("batch-staff");
        accounts.createAccount(email, "取込担当", WorkerFixtures.PASSWORD, List.of(Accounts.RoleGrant.of(Role.CONTRACTOR_STAFF)));
        return user(userDetails.loadUserByUsername(email));
    }

    @Test
    void the_api_refuses_a_file_with_bad_rows_and_writes_nothing_unless_valid_rows_only() throws Exception {
        long jobId = fixtures.openPoolJob(clock.today(), 2);
        RequestPostProcessor staff = staff();
        String csv = "画像,会社名\r\na.png,A\r\nb.png\r\nc.png,C,extra\r\nd.png,D\r\n";
        MockMultipartFile file = new MockMultipartFile("file", "cards.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));

        var refused = mvc.perform(multipart("/api/v1/jobs/{id}/batches", jobId).file(file).with(staff).with(csrf()))
                .andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentType()).startsWith("application/problem+json");
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("\"row\":3").contains("\"row\":4")
                .contains("jobio.row.too-few-cells");
        assertThat(count("SELECT count(*) FROM batch WHERE job_id = :id", jobId)).isZero();
        assertThat(count("SELECT count(*) FROM item WHERE job_id = :id", jobId)).isZero();

        var accepted = mvc.perform(multipart("/api/v1/jobs/{id}/batches", jobId).file(file).param("validRowsOnly", "true")
                .with(staff).with(csrf())).andReturn().getResponse();
        assertThat(accepted.getStatus()).isEqualTo(202);
        long batch = jdbc.sql("SELECT id FROM batch WHERE job_id = :j").param("j", jobId).query(Long.class).single();
        assertThat(accepted.getHeader("Location")).isEqualTo("/api/v1/batches/" + batch);
        waitUntilDone(batch);
        assertThat(jdbc.sql("SELECT source->>'画像' FROM item WHERE batch_id = :b ORDER BY seq").param("b", batch)
                .query(String.class).list()).containsExactly("a.png", "d.png");
        String progress = mvc.perform(get("/api/v1/batches/{id}", batch).with(staff)).andReturn().getResponse()
                .getContentAsString();
        assertThat(progress).contains("\"status\":\"READY\"").contains("\"rowsImported\":2").contains("\"rowsRefused\":2");
    }

    @Test
    void the_pages_preview_bad_rows_write_nothing_and_import_the_valid_rows_when_chosen() throws Exception {
        long jobId = fixtures.openPoolJob(clock.today(), 1);
        RequestPostProcessor staff = staff();
        String csv = "画像,gold:nosuch\r\na.png,x\r\n";
        String refused = mvc.perform(multipart("/jobs/{id}/batches/preview", jobId)
                        .file(new MockMultipartFile("file", "bad.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .with(staff).with(csrf()))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("gold:nosuch").contains("このファイルは取り込めません").doesNotContain("batch-confirm-form");

        String good = "画像,会社名\r\na.png,A\r\nb.png\r\nc.png,C\r\n";
        var previewResponse = mvc.perform(multipart("/jobs/{id}/batches/preview", jobId)
                        .file(new MockMultipartFile("file", "cards.csv", "text/csv", good.getBytes(StandardCharsets.UTF_8)))
                        .with(staff).with(csrf()))
                .andReturn().getResponse();
        // sessions live in PostgreSQL (Spring Session): the pending upload is found through the cookie
        jakarta.servlet.http.Cookie[] cookies = previewResponse.getCookies();
        String preview = previewResponse.getContentAsString(StandardCharsets.UTF_8);
        assertThat(preview).contains("セルが足りません").contains("正しい 2 行だけを取り込む");
        assertThat(count("SELECT count(*) FROM batch WHERE job_id = :id", jobId)).isZero();
        String token = preview.replaceAll("(?s).*name=\"token\" value=\"([^\"]+)\".*", "$1");

        var done = mvc.perform(post("/jobs/{id}/batches/confirm", jobId).param("token", token).param("validRowsOnly", "true")
                .cookie(cookies).with(staff).with(csrf())).andReturn().getResponse();
        assertThat(done.getRedirectedUrl()).as("token %s", token).startsWith("/batches/");
        long batch = Long.parseLong(done.getRedirectedUrl().substring("/batches/".length()));
        waitUntilDone(batch);
        String page = mvc.perform(get("/batches/{id}", batch).with(staff)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("完了").contains("value=\"100\"").doesNotContain("hx-trigger");
        String fragment = mvc.perform(get("/batches/{id}", batch).header("HX-Request", "true").with(staff)).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(fragment).startsWith("<div id=\"batch-progress\"").doesNotContain("<html");
        assertThat(count("SELECT count(*) FROM item WHERE batch_id = :id", batch)).isEqualTo(2);
    }

    @Test
    void a_client_user_or_a_worker_cannot_import() throws Exception {
        long jobId = fixtures.openPoolJob(clock.today(), 1);
        String email = WorkerFixtures.uniqueEmail("client");
        accounts.createAccount(email, "顧客", WorkerFixtures.PASSWORD, List.of(new Accounts.RoleGrant(Role.CLIENT_USER,
                imports.job(jobId).orElseThrow().clientId())));
        int status = mvc.perform(get("/jobs/{id}/batches", jobId).with(user(userDetails.loadUserByUsername(email))))
                .andReturn().getResponse().getStatus();
        assertThat(status).isEqualTo(403);
    }

    static Map<String, String> map(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }
}
