package jp.hataraku.jobs.internal.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jp.hataraku.jobs.ClaimedTask;
import jp.hataraku.jobs.JobFixtures;
import jp.hataraku.jobs.Tasks;
import jp.hataraku.shared.TokyoClock;
import jp.hataraku.workers.SignIn;
import jp.hataraku.workers.WorkerFixtures;
import jp.hataraku.workers.Workers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SpringBootTest
@AutoConfigureMockMvc
class WorkerTaskPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JobFixtures fixtures;
    @Autowired
    Tasks tasks;
    @Autowired
    Workers workers;
    @Autowired
    TokyoClock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    jp.hataraku.platform.FileStore files;

    LocalDate today;
    long job;
    long worker;
    RequestPostProcessor me;

    @BeforeEach
    void setUp() throws Exception {
        clock.setFixed(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        today = clock.today();
        job = fixtures.openPoolJob(today, 1);
        fixtures.batch(job, 3);
        worker = fixtures.team(job, 1).get(0);
        me = signIn(worker);
    }

    @AfterEach
    void releaseTime() {
        clock.reset();
    }

    RequestPostProcessor signIn(long workerId) throws Exception {
        return SignIn.as(mvc, workers.find(workerId).orElseThrow().email(), WorkerFixtures.PASSWORD);
    }

    long claim() throws Exception {
        String target = mvc.perform(post("/me/work/claim").with(csrf()).with(me).param("jobId", String.valueOf(job)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(target).matches("/tasks/\\d+");
        return Long.parseLong(target.substring("/tasks/".length()));
    }

    MockHttpServletRequestBuilder submit(long taskId, String key, String name) {
        return post("/tasks/{id}/submit", taskId).with(csrf()).with(me).param("submitKey", key)
                .param("jobId", String.valueOf(job)).param("f_name", name).param("f_company", "株式会社サンプル")
                .param("f_phone", "0312345678");
    }

    long submissions(long taskId) {
        return jdbc.sql("SELECT count(*) FROM submission WHERE task_id = :t").param("t", taskId).query(Long.class).single();
    }

    @Test
    void my_work_offers_the_next_task_of_each_job_and_lists_what_is_open() throws Exception {
        mvc.perform(get("/me/work").with(me)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"claim-" + job + "\"")))
                .andExpect(content().string(containsString("aria-live=\"polite\"")))
                .andExpect(content().string(containsString("id=\"no-open\"")));
        long task = claim();
        mvc.perform(get("/me/work").with(me)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"open-task-" + task + "\"")))
                .andExpect(content().string(containsString("作業中")));
    }

    @Test
    void when_nothing_is_left_to_claim_the_worker_is_told_kindly() throws Exception {
        long empty = fixtures.openPoolJob(today, 1);
        fixtures.batch(empty, 0);
        long alone = fixtures.team(empty, 1).get(0);
        RequestPostProcessor other = signIn(alone);
        mvc.perform(post("/me/work/claim").with(csrf()).with(other).param("jobId", String.valueOf(empty)))
                .andExpect(redirectedUrl("/me/work")).andExpect(flash().attribute("notice", "work.claim.none"));
        mvc.perform(get("/me/work").with(other).flashAttr("notice", "work.claim.none"))
                .andExpect(content().string(containsString("いま受け取れるタスクはありません")));
    }

    @Test
    void the_task_page_builds_the_form_from_the_template_with_labels_help_and_required_marks() throws Exception {
        long rich = fixtures.openPoolJob(today, 1, d -> WorkFixtures.withTemplate(d, WorkFixtures.EVERY_FIELD));
        fixtures.batch(rich, 1);
        long w = fixtures.team(rich, 1).get(0);
        ClaimedTask t = tasks.claimNext(w, Optional.of(rich)).orElseThrow();
        String page = mvc.perform(get("/tasks/{id}", t.taskId()).with(signIn(w))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page)
                .contains("<label for=\"field-name\"", "class=\"required\"")
                .contains("<textarea id=\"field-note\"", "aria-describedby=\"field-note-help\"", "名刺の裏の書き込み")
                .contains("id=\"field-amount\"", "inputmode=\"decimal\"")
                .contains("id=\"field-met_on\"")
                .containsPattern("type=\"radio\" id=\"field-kind-corp\"\\s+name=\"f_kind\" value=\"corp\"")
                .containsPattern("type=\"checkbox\" id=\"field-tags-a\"\\s+name=\"f_tags\" value=\"a\"")
                .contains("type=\"checkbox\" id=\"field-checked\" name=\"f_checked\"")
                .contains("name=\"submitKey\"", "/js/work/task.js", "/css/work.css")
                .contains("<dt>image</dt>", "<dd>card-1.png</dd>");
    }

    @Test
    void invalid_values_come_back_beside_their_fields_and_are_kept_as_the_draft() throws Exception {
        long task = claim();
        mvc.perform(post("/tasks/{id}/submit", task).with(csrf()).with(me).param("submitKey", UUID.randomUUID().toString())
                        .param("f_name", "").param("f_company", "途中まで入力").param("f_phone", "03-abc"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"error-summary\"")))
                .andExpect(content().string(containsString("href=\"#field-name\"")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")))
                .andExpect(content().string(containsString("id=\"field-name-error\"")))
                .andExpect(content().string(containsString("aria-describedby=\"field-phone-error\"")))
                .andExpect(content().string(containsString("value=\"途中まで入力\"")));
        assertThat(submissions(task)).isZero();
        assertThat(tasks.view(worker, task).draft()).containsEntry("company", "途中まで入力");
    }

    @Test
    void the_same_submit_key_twice_hands_in_once_and_shows_the_same_success() throws Exception {
        long task = claim();
        String key = UUID.randomUUID().toString();
        mvc.perform(submit(task, key, "山田 太郎")).andExpect(redirectedUrl("/me/work"))
                .andExpect(flash().attribute("notice", "work.submit.accepted"));
        mvc.perform(submit(task, key, "山田 太郎")).andExpect(redirectedUrl("/me/work"))
                .andExpect(flash().attribute("notice", "work.submit.accepted"));
        assertThat(submissions(task)).isEqualTo(1);
    }

    @Test
    void two_tabs_racing_with_different_keys_hand_in_once_and_the_other_is_told() throws Exception {
        long task = claim();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<MockHttpServletResponse>> answers = new ArrayList<>();
            for (String key : List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString())) {
                Callable<MockHttpServletResponse> call = () -> mvc.perform(submit(task, key, "競争 太郎")).andReturn()
                        .getResponse();
                answers.add(pool.submit(call));
            }
            List<MockHttpServletResponse> done = new ArrayList<>();
            for (Future<MockHttpServletResponse> f : answers) {
                done.add(f.get());
            }
            assertThat(done).filteredOn(r -> "/me/work".equals(r.getRedirectedUrl())).hasSize(1);
            assertThat(done).filteredOn(r -> r.getStatus() == 200).singleElement()
                    .satisfies(r -> assertThat(r.getContentAsString()).contains("別のタブまたは別の端末から提出済み"));
        } finally {
            pool.shutdownNow();
        }
        assertThat(submissions(task)).isEqualTo(1);
    }

    @Test
    void a_lease_that_ran_out_while_nobody_took_the_task_is_given_back_to_the_worker_with_the_draft() throws Exception {
        long task = claim();
        clock.setFixed(clock.now().plus(Duration.ofMinutes(45)));
        mvc.perform(submit(task, UUID.randomUUID().toString(), ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("もう一度あなたに割り当てました")))
                .andExpect(content().string(containsString("name=\"f_company\" value=\"株式会社サンプル\"")))
                .andExpect(content().string(containsString("id=\"submit-next\"")));
        assertThat(tasks.view(worker, task).draft()).containsEntry("company", "株式会社サンプル");
        assertThat(submissions(task)).isZero();
    }

    @Test
    void a_lease_lost_to_someone_else_is_explained_and_the_draft_kept() throws Exception {
        long task = claim();
        clock.setFixed(clock.now().plus(Duration.ofMinutes(45)));
        tasks.returnExpiredLeases();
        long other = fixtures.team(job, 1).get(0);
        // the other worker takes the same task: the earliest open one
        List<Long> taken = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            tasks.claimNext(other, Optional.of(job)).map(ClaimedTask::taskId).ifPresent(taken::add);
        }
        assertThat(taken).contains(task);
        mvc.perform(submit(task, UUID.randomUUID().toString(), "遅れ 太郎"))
                .andExpect(redirectedUrl("/me/work")).andExpect(flash().attribute("notice", "work.submit.leaseLost"));
        assertThat(submissions(task)).isZero();
        assertThat(jdbc.sql("SELECT data->>'name' FROM draft WHERE task_id = :t AND worker_id = :w")
                .param("t", task).param("w", worker).query(String.class).single()).isEqualTo("遅れ 太郎");
        long before = refusals();
        mvc.perform(get("/tasks/{id}", task).with(me)).andExpect(status().isConflict())
                .andExpect(content().string(containsString("id=\"not-yours\"")));
        mvc.perform(post("/tasks/{id}/draft", task).with(csrf()).with(me).accept(MediaType.APPLICATION_JSON)
                .param("f_name", "まだ")).andExpect(status().isConflict());
        assertThat(refusals()).as("a team member is not an intruder").isEqualTo(before);
    }

    @Test
    void submit_and_next_opens_the_next_task() throws Exception {
        long task = claim();
        String next = mvc.perform(submit(task, UUID.randomUUID().toString(), "次へ 太郎").param("next", "true"))
                .andExpect(redirectedUrlPattern("/tasks/*")).andReturn().getResponse().getRedirectedUrl();
        assertThat(next).isNotEqualTo("/tasks/" + task);
        mvc.perform(get(next).with(me)).andExpect(status().isOk());
    }

    @Test
    void a_draft_saved_from_one_device_is_on_the_page_on_another() throws Exception {
        long task = claim();
        mvc.perform(post("/tasks/{id}/draft", task).with(csrf()).with(me).accept(MediaType.APPLICATION_JSON)
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("f_name", "下書き 花子"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.saved").value(true))
                .andExpect(jsonPath("$.savedAt").isString());
        RequestPostProcessor phone = signIn(worker);
        mvc.perform(get("/tasks/{id}", task).with(phone)).andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"下書き 花子\"")));
        // without JavaScript: the "save draft" button posts the same form and comes back to the page
        mvc.perform(post("/tasks/{id}/draft", task).with(csrf()).with(phone).param("f_name", "ボタン 花子"))
                .andExpect(redirectedUrl("/tasks/" + task)).andExpect(flash().attribute("notice", "work.draft.saved"));
        assertThat(tasks.view(worker, task).draft()).containsEntry("name", "ボタン 花子");
        // sendBeacon as the page closes: the token travels as a field, the answer is not a redirect
        mvc.perform(post("/tasks/{id}/draft", task).with(me).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content("f_name=" + java.net.URLEncoder.encode("閉じる 花子", java.nio.charset.StandardCharsets.UTF_8)
                                + "&beacon=1&_csrf=" + csrfToken(task)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.saved").value(true));
        assertThat(tasks.view(worker, task).draft()).containsEntry("name", "閉じる 花子");
    }

    @Test
    void the_heartbeat_renews_the_lease() throws Exception {
        long task = claim();
        Instant before = tasks.view(worker, task).leaseUntil().orElseThrow();
        clock.setFixed(clock.now().plus(Duration.ofMinutes(10)));
        mvc.perform(post("/tasks/{id}/lease", task).with(csrf()).with(me)).andExpect(status().isNoContent());
        assertThat(tasks.view(worker, task).leaseUntil().orElseThrow()).isAfter(before);
    }

    @Test
    void a_worker_off_the_team_is_refused_and_the_refusal_is_audited() throws Exception {
        long task = claim();
        long outsider = fixtures.activeWorker();
        RequestPostProcessor them = signIn(outsider);
        long before = refusals();
        mvc.perform(get("/tasks/{id}", task).with(them)).andExpect(status().isForbidden())
                .andExpect(content().string(not(containsString("card-"))));
        assertThat(refusals()).isEqualTo(before + 1);
        mvc.perform(get("/tasks/{id}", 999_999_999L).with(them)).andExpect(status().isNotFound());
    }

    @Test
    void a_pdf_item_is_shown_as_an_image_of_its_page_and_an_audio_item_with_a_player() throws Exception {
        long media = fixtures.openPoolJob(today, 1);
        long batch = tasks.createBatch(media, "スキャン", "FILES", List.of("file"), Optional.empty());
        java.io.ByteArrayOutputStream pdf = new java.io.ByteArrayOutputStream();
        try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
            doc.addPage(new org.apache.pdfbox.pdmodel.PDPage(org.apache.pdfbox.pdmodel.common.PDRectangle.A6));
            doc.addPage(new org.apache.pdfbox.pdmodel.PDPage(org.apache.pdfbox.pdmodel.common.PDRectangle.A6));
            doc.save(pdf);
        }
        jp.hataraku.platform.StoredFile stored = files.put(new java.io.ByteArrayInputStream(pdf.toByteArray()), 1_000_000);
        byte[] wav = {'R', 'I', 'F', 'F', 0, 0, 0, 0, 'W', 'A', 'V', 'E', 'f', 'm', 't', ' '};
        jp.hataraku.platform.StoredFile clip = files.put(new java.io.ByteArrayInputStream(wav), 1_000_000);
        tasks.addItems(batch, List.of(
                new jp.hataraku.jobs.NewItem(java.util.Map.of("file", "scan.pdf"), Optional.of(new jp.hataraku.jobs.TaskView.ItemFile(
                        stored.sha256(), "application/pdf", "scan.pdf", Optional.of(2))), Optional.empty()),
                new jp.hataraku.jobs.NewItem(java.util.Map.of("file", "clip.wav"), Optional.of(new jp.hataraku.jobs.TaskView.ItemFile(
                        clip.sha256(), "audio/wav", "clip.wav", Optional.empty())), Optional.empty())));
        long w = fixtures.team(media, 1).get(0);
        RequestPostProcessor them = signIn(w);
        ClaimedTask first = tasks.claimNext(w, Optional.of(media)).orElseThrow();
        mvc.perform(get("/tasks/{id}", first.taskId()).with(them)).andExpect(status().isOk())
                .andExpect(content().string(containsString("/tasks/" + first.taskId() + "/file/page.png")))
                .andExpect(content().string(containsString("data-viewer=\"rotate\"")));
        byte[] png = mvc.perform(get("/tasks/{id}/file/page.png", first.taskId()).with(them)).andExpect(status().isOk())
                .andExpect(content().contentType("image/png")).andReturn().getResponse().getContentAsByteArray();
        assertThat(java.util.Arrays.copyOf(png, 4)).containsExactly(0x89, 'P', 'N', 'G');
        mvc.perform(get("/tasks/{id}/file/page.png", first.taskId()).with(me)).andExpect(status().isForbidden());

        tasks.submit(w, first.taskId(), UUID.randomUUID().toString(), java.util.Map.of("name", "PDF"));
        ClaimedTask second = tasks.claimNext(w, Optional.of(media)).orElseThrow();
        mvc.perform(get("/tasks/{id}", second.taskId()).with(them)).andExpect(status().isOk())
                .andExpect(content().string(containsString("<audio id=\"audio\"")))
                .andExpect(content().string(containsString("id=\"audio-speed\"")))
                .andExpect(content().string(containsString("Alt+P")));
        mvc.perform(get("/tasks/{id}/file/page.png", second.taskId()).with(them)).andExpect(status().isNotFound());
    }

    /** The CSRF token the task page puts in its meta tag, as the page's script reads it. */
    String csrfToken(long task) throws Exception {
        String page = mvc.perform(get("/tasks/{id}", task).with(me)).andReturn().getResponse().getContentAsString();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(page);
        assertThat(m.find()).isTrue();
        return java.net.URLEncoder.encode(m.group(1), java.nio.charset.StandardCharsets.UTF_8);
    }

    long refusals() {
        return jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'TASK_ACCESS_REFUSED'").query(Long.class).single();
    }
}
