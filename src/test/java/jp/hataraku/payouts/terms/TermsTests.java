package jp.hataraku.payouts.terms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jp.hataraku.clients.ClientType;
import jp.hataraku.clients.Clients;
import jp.hataraku.identity.Accounts;
import jp.hataraku.identity.Role;
import jp.hataraku.jobs.ClaimedTask;
import jp.hataraku.jobs.JobDetails;
import jp.hataraku.jobs.JobFixtures;
import jp.hataraku.jobs.JobMode;
import jp.hataraku.jobs.JobSummary;
import jp.hataraku.jobs.Jobs;
import jp.hataraku.jobs.PriceModel;
import jp.hataraku.jobs.RewardRule;
import jp.hataraku.jobs.Tasks;
import jp.hataraku.jobs.TaskTemplate;
import jp.hataraku.jobs.TermsNotAccepted;
import jp.hataraku.organization.Organizations;
import jp.hataraku.payouts.internal.RewardAmounts;
import jp.hataraku.shared.TokyoClock;
import jp.hataraku.workers.SignIn;
import jp.hataraku.workers.WorkerFixtures;
import jp.hataraku.workers.Workers;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The written terms (Freelance Act Art. 3) against real PostgreSQL: issued when a worker joins,
 * gating claim, view, save and submit until accepted on /me/terms; immutable; versioned when the
 * job's terms change; printable as a PDF stating every item.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TermsTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JobFixtures fixtures;
    @Autowired
    Jobs jobs;
    @Autowired
    Tasks tasks;
    @Autowired
    Workers workers;
    @Autowired
    Accounts accounts;
    @Autowired
    TokyoClock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MessageSource messages;
    @Autowired
    ApplicationContext context;
    @Autowired
    Organizations organizations;
    @Autowired
    Clients clients;

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
        worker = fixtures.activeWorker();
        jobs.addMember(job, worker);
        me = signIn(worker);
    }

    @AfterEach
    void releaseTime() {
        clock.reset();
    }

    RequestPostProcessor signIn(long workerId) throws Exception {
        return SignIn.as(mvc, workers.find(workerId).orElseThrow().email(), WorkerFixtures.PASSWORD);
    }

    /** The version in force of the worker's terms for the job (task), once the pay module has issued it. */
    long issued(long workerId, long jobId, Optional<Long> taskId, int version) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).until(() -> docId(workerId,
                jobId, taskId, version).isPresent());
        return docId(workerId, jobId, taskId, version).orElseThrow();
    }

    Optional<Long> docId(long workerId, long jobId, Optional<Long> taskId, int version) {
        return jdbc.sql("""
                SELECT id FROM terms_document WHERE worker_id = :w AND job_id = :j AND version = :v
                  AND task_id IS NOT DISTINCT FROM CAST(:t AS bigint)""")
                .param("w", workerId).param("j", jobId).param("v", version).param("t", taskId.orElse(null))
                .query(Long.class).optional();
    }

    void accept(long doc) throws Exception {
        mvc.perform(post("/me/terms/{id}/accept", doc).with(csrf()).with(me).param("agree", "true"))
                .andExpect(redirectedUrl("/me/terms/" + doc));
    }

    @Test
    void a_new_member_cannot_claim_until_they_accept_the_terms_on_their_page() throws Exception {
        // claim-next skips the job; asked for it by name, the answer says why
        assertThat(tasks.claimNext(worker, Optional.empty())).isEmpty();
        assertThatThrownBy(() -> tasks.claimNext(worker, Optional.of(job))).isInstanceOf(TermsNotAccepted.class);
        mvc.perform(post("/me/work/claim").with(csrf()).with(me).param("jobId", String.valueOf(job)))
                .andExpect(status().isForbidden()).andExpect(content().string(containsString("href=\"/me/terms\"")))
                .andExpect(content().string(containsString("取引条件にまだ同意していません")));
        mvc.perform(get("/me/work").with(me)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"terms-link\"")))
                .andExpect(content().string(not(containsString("id=\"claim-" + job + "\""))));

        long doc = issued(worker, job, Optional.empty(), 1);
        mvc.perform(get("/me/terms").with(me)).andExpect(status().isOk())
                .andExpect(content().string(containsString("/me/terms/" + doc)))
                .andExpect(content().string(containsString("同意待ち")));
        // the box must be ticked
        mvc.perform(post("/me/terms/{id}/accept", doc).with(csrf()).with(me)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"agree-error\"")));
        assertThat(jobs.termsAccepted(job, worker)).isFalse();

        accept(doc);
        assertThat(jobs.termsAccepted(job, worker)).isTrue();
        ClaimedTask claimed = tasks.claimNext(worker, Optional.empty()).orElseThrow();
        assertThat(claimed.jobId()).isEqualTo(job);
        mvc.perform(get("/tasks/{id}", claimed.taskId()).with(me)).andExpect(status().isOk());
        mvc.perform(get("/me/work").with(me)).andExpect(content().string(containsString("id=\"claim-" + job + "\"")));
    }

    @Test
    void pending_terms_refuse_view_save_and_submit_of_a_task_already_held() throws Exception {
        accept(issued(worker, job, Optional.empty(), 1));
        long task = tasks.claimNext(worker, Optional.of(job)).orElseThrow().taskId();
        jobs.termsWithdrawn(job, worker);

        mvc.perform(get("/tasks/{id}", task).with(me)).andExpect(status().isForbidden())
                .andExpect(content().string(containsString("href=\"/me/terms\"")));
        mvc.perform(post("/tasks/{id}/draft", task).with(csrf()).with(me).param("name", "山田"))
                .andExpect(status().isForbidden());
        assertThatThrownBy(() -> tasks.view(worker, task)).isInstanceOf(TermsNotAccepted.class);
        assertThatThrownBy(() -> tasks.saveDraft(worker, task, Map.of("name", "山田"))).isInstanceOf(TermsNotAccepted.class);
        assertThatThrownBy(() -> tasks.submit(worker, task, "k-1", JobFixtures.card("山田")))
                .isInstanceOf(TermsNotAccepted.class);
        assertThat(jdbc.sql("SELECT count(*) FROM submission WHERE task_id = :t").param("t", task).query(Long.class)
                .single()).isZero();
        // in English too
        mvc.perform(get("/tasks/{id}", task).with(me).param("lang", "en")).andExpect(status().isForbidden())
                .andExpect(content().string(containsString("You have not accepted the terms of this work yet")));
    }

    @Test
    void a_worker_sees_only_their_own_terms() throws Exception {
        long doc = issued(worker, job, Optional.empty(), 1);
        long other = fixtures.activeWorker();
        RequestPostProcessor them = signIn(other);
        mvc.perform(get("/me/terms/{id}", doc).with(them)).andExpect(status().isNotFound());
        mvc.perform(get("/me/terms/{id}/pdf", doc).with(them)).andExpect(status().isNotFound());
        mvc.perform(post("/me/terms/{id}/accept", doc).with(csrf()).with(them).param("agree", "true"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/me/terms").with(them)).andExpect(content().string(not(containsString("/me/terms/" + doc))));
        assertThat(jobs.termsAccepted(job, worker)).isFalse();
    }

    @Test
    void an_issued_document_cannot_be_changed_or_deleted_and_is_accepted_once() throws Exception {
        long doc = issued(worker, job, Optional.empty(), 1);
        assertThatThrownBy(() -> jdbc.sql("UPDATE terms_document SET rendered_text = 'x' WHERE id = :id").param("id", doc)
                .update()).isInstanceOf(DataAccessException.class).hasMessageContaining("immutable");
        assertThatThrownBy(() -> jdbc.sql("UPDATE terms_document SET item_values[1] = 'x' WHERE id = :id")
                .param("id", doc).update()).isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM terms_document WHERE id = :id").param("id", doc).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("immutable");
        // recording the acceptance together with another change is refused too
        assertThatThrownBy(() -> jdbc.sql("""
                UPDATE terms_document SET accepted_at = now(), accepted_by = 1, order_date = order_date + 1 WHERE id = :id
                """).param("id", doc).update()).isInstanceOf(DataAccessException.class);

        accept(doc);
        assertThatThrownBy(() -> jdbc.sql("UPDATE terms_document SET accepted_at = now() WHERE id = :id").param("id", doc)
                .update()).isInstanceOf(DataAccessException.class);
        String text = jdbc.sql("SELECT rendered_text FROM terms_document WHERE id = :id").param("id", doc)
                .query(String.class).single();
        String sha = jdbc.sql("SELECT content_sha256 FROM terms_document WHERE id = :id").param("id", doc)
                .query(String.class).single();
        assertThat(sha).isEqualTo(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
    }

    @Test
    void changing_the_reward_issues_a_new_version_the_worker_must_accept_again() throws Exception {
        long v1 = issued(worker, job, Optional.empty(), 1);
        accept(v1);
        assertThat(jobs.termsAccepted(job, worker)).isTrue();

        JobSummary before = jobs.find(job).orElseThrow();
        JobDetails d = before.details();
        jobs.update(job, before.version(), new JobDetails(d.contractorId(), d.clientId(), d.title(), d.workKind(), d.mode(),
                d.description(), d.deliverableFormat(), d.dueDate(), d.priceModel(), d.clientUnitPrice(),
                new RewardRule(PriceModel.PER_UNIT, 20), d.qualifications(), d.confidentiality(), d.template(),
                d.overlap(), d.goldRatePercent(), d.leaseMinutes(), d.qualityThreshold(), d.dailyCap(), d.aql(),
                d.directorAccountId()));

        long v2 = issued(worker, job, Optional.empty(), 2);
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> !jobs.termsAccepted(job, worker));
        assertThat(tasks.claimNext(worker, Optional.empty())).isEmpty();
        assertThat(text(v2)).contains("1件につき20円").doesNotContain("1件につき12円");
        assertThat(text(v1)).contains("1件につき12円");
        mvc.perform(get("/me/terms").with(me)).andExpect(content().string(containsString("新しい版に置き換え済み")))
                .andExpect(content().string(containsString("同意待ち")));

        accept(v2);
        assertThat(jobs.termsAccepted(job, worker)).isTrue();
        assertThat(tasks.claimNext(worker, Optional.empty())).isPresent();
    }

    @Test
    void an_assigned_task_has_its_own_terms() throws Exception {
        JobDetails pool = jobs.find(job).orElseThrow().details();
        long assignedJob = jobs.create(new JobDetails(pool.contractorId(), pool.clientId(), "議事録の作成",
                jp.hataraku.workers.WorkKind.TRANSCRIPTION, JobMode.ASSIGNED, "録音から議事録を作ります", "Word",
                today.plusDays(20), PriceModel.FIXED, 50_000, new RewardRule(PriceModel.FIXED, 8_000), java.util.Set.of(),
                jp.hataraku.jobs.Confidentiality.CONFIDENTIAL, TaskTemplate.empty(), 1, 0, 30, 0, Optional.empty(),
                Optional.empty(), Optional.of(fixtures.director())));
        jobs.open(assignedJob, today);
        fixtures.join(assignedJob, worker);
        long task = tasks.assign(assignedJob, worker, "4月定例会の議事録", "要点をまとめてください", today.plusDays(7), 90);

        assertThatThrownBy(() -> tasks.view(worker, task)).isInstanceOf(TermsNotAccepted.class);
        mvc.perform(get("/tasks/{id}", task).with(me)).andExpect(status().isForbidden());
        long doc = issued(worker, assignedJob, Optional.of(task), 1);
        assertThat(text(doc)).contains("4月定例会の議事録", "要点をまとめてください", "割り当て作業1件につき8,000円", "約90分");
        accept(doc);
        assertThat(tasks.view(worker, task).taskId()).isEqualTo(task);
    }

    @Test
    void the_pdf_states_every_item_of_article_3() throws Exception {
        long doc = issued(worker, job, Optional.empty(), 1);
        byte[] pdf = mvc.perform(get("/me/terms/{id}/pdf", doc).with(me)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFKC).replaceAll("\\s+", "");
        }
        // the PDF text of 長 extracts as the radical ⻑ (U+2ED1): the address is checked without it
        String name = workers.find(worker).orElseThrow().name().replaceAll("\\s+", "");
        assertThat(text).contains("取引条件通知書", "発注者", "作業公社", "県作業町1-1", "6100005001234", "受注者", name,
                "業務委託をした日", "給付の内容", "名刺入力", "データ入力", "成果物の形式", "CSV",
                "給付を受領する期日", "給付を受領する場所", "はたらく", "検査を完了する期日", "10日以内",
                "報酬の額", "1件につき12円", "報酬の支払期日", "翌月25日払い", "60日以内",
                "現金以外の方法による支払", "費用の負担", "秘密の保持", "知的財産権", "相談・苦情");
    }

    @Test
    void staff_see_who_has_not_accepted() throws Exception {
        long doc = issued(worker, job, Optional.empty(), 1);
        String email = WorkerFixtures.uniqueEmail("terms-staff");
        accounts.createAccount(email, "条件 職員", WorkerFixtures.PASSWORD, List.of(Accounts.RoleGrant.of(Role.CONTRACTOR_STAFF)));
        RequestPostProcessor staff = SignIn.as(mvc, email, WorkerFixtures.PASSWORD);
        mvc.perform(get("/payouts/terms/jobs/{id}", job).with(staff)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"terms-member-" + worker + "\"")))
                .andExpect(content().string(containsString("作業できません（未同意）")));
        accept(doc);
        mvc.perform(get("/payouts/terms/jobs/{id}", job).with(staff))
                .andExpect(content().string(not(containsString("作業できません（未同意）"))));
        mvc.perform(get("/payouts/terms/jobs/{id}", job).with(me)).andExpect(status().isForbidden());
    }

    @Test
    void per_hour_terms_state_the_rounding_the_reward_uses_up_to_the_yen_per_approved_time_log() throws Exception {
        RewardRule hourly = new RewardRule(PriceModel.PER_HOUR, 1_000);
        changeReward(job, hourly);
        String v2 = text(issued(worker, job, Optional.empty(), 2));
        // 7 minutes at 1,000 yen an hour: 116.67 yen, paid as the reward ledger pays it
        long earned = RewardAmounts.forTime(hourly, 7).orElseThrow();
        assertThat(earned).isEqualTo(117);
        assertThat(v2).contains("1時間につき1,000円", "記録1件ごと", "1円未満を切り上げ", "7分", earned + "円")
                .doesNotContain("切り捨て");
        String en = messages.getMessage("terms.value.reward.PER_HOUR", new Object[] {"1,000", "7", "117"}, Locale.ENGLISH);
        assertThat(en).contains("for each approved time log", "rounded up to the whole yen", "117 yen")
                .doesNotContain("cut off");
    }

    @Test
    void a_superseded_version_cannot_be_accepted_even_when_read_before_the_newer_one_was_issued() throws Exception {
        long v1 = issued(worker, job, Optional.empty(), 1);
        // the worker's acceptance read v1 while it was the version in force ...
        Object staleV1 = ((Optional<?>) termsMethod("find", long.class).invoke(termsService(), v1)).orElseThrow();
        // ... then the job's terms changed and v2 was issued
        changeReward(job, new RewardRule(PriceModel.PER_UNIT, 20));
        long v2 = issued(worker, job, Optional.empty(), 2);
        // (v2 and the withdrawal of the acceptance commit together)

        Object outcome = termsMethod("accept", staleV1.getClass(), long.class, long.class)
                .invoke(termsService(), staleV1, worker, 1L);
        assertThat(outcome).hasToString("SUPERSEDED");
        assertThat(jdbc.sql("SELECT accepted_at IS NULL FROM terms_document WHERE id = :id").param("id", v1)
                .query(Boolean.class).single()).isTrue();
        assertThat(jobs.termsAccepted(job, worker)).isFalse();
        assertThat(tasks.claimNext(worker, Optional.empty())).isEmpty();

        // on the page: refused with the reason, and shown the newer version to accept
        mvc.perform(post("/me/terms/{id}/accept", v1).with(csrf()).with(me).param("agree", "true"))
                .andExpect(redirectedUrl("/me/terms/" + v2));
        mvc.perform(post("/me/terms/{id}/accept", v1).with(csrf()).with(me).param("agree", "true").param("lang", "en"))
                .andExpect(redirectedUrl("/me/terms/" + v2))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("notice", "terms.accept.SUPERSEDED"));
        assertThat(messages.getMessage("terms.accept.SUPERSEDED", null, Locale.JAPANESE)).contains("新しい版");
        assertThat(messages.getMessage("terms.accept.SUPERSEDED", null, Locale.ENGLISH)).contains("newer version");
        mvc.perform(get("/me/terms/{id}", v1).with(me)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"terms-newer\" href=\"/me/terms/" + v2 + "\"")));
        assertThat(jobs.termsAccepted(job, worker)).isFalse();
        assertThat(tasks.claimNext(worker, Optional.empty())).isEmpty();

        accept(v2);
        assertThat(jobs.termsAccepted(job, worker)).isTrue();
        assertThat(tasks.claimNext(worker, Optional.empty())).isPresent();
    }

    @Test
    void changing_the_payment_day_reissues_the_terms_of_every_open_job_of_the_contractor() throws Exception {
        // a contractor of its own: its settings change touches no other test's jobs
        long contractor = organizations.registerContractor(new Organizations.NewContractor("支払日公社", "しはらいびこうしゃ",
                "6100005001234", "T6100005001234", "3990000", "長野県作業町2-2"));
        organizations.serve(contractor, fixtures.town());
        long client = clients.create(new Clients.NewClient(contractor, "株式会社支払日", "かぶしきがいしゃしはらいび",
                ClientType.IN_PREFECTURE, Optional.empty()));
        clients.recordAgreement(client, Clients.AgreementKind.SERVICE_CONTRACT, today.minusYears(1), today.plusYears(1));
        clients.recordAgreement(client, Clients.AgreementKind.NDA, today.minusYears(1), today.plusYears(1));
        java.util.function.UnaryOperator<JobDetails> ours = d -> new JobDetails(contractor, client, d.title(), d.workKind(),
                d.mode(), d.description(), d.deliverableFormat(), d.dueDate(), d.priceModel(), d.clientUnitPrice(),
                d.reward(), d.qualifications(), d.confidentiality(), d.template(), d.overlap(), d.goldRatePercent(),
                d.leaseMinutes(), d.qualityThreshold(), d.dailyCap(), d.aql(), d.directorAccountId());
        long open = fixtures.openPoolJob(today, 1, ours);
        fixtures.batch(open, 2);
        long cancelled = fixtures.openPoolJob(today, 1, ours);
        jobs.addMember(open, worker);
        jobs.addMember(cancelled, worker);
        accept(issued(worker, open, Optional.empty(), 1));
        long cancelledV1 = issued(worker, cancelled, Optional.empty(), 1);
        accept(cancelledV1);
        jobs.cancel(cancelled);
        assertThat(jobs.termsAccepted(open, worker)).isTrue();
        assertThat(text(issued(worker, open, Optional.empty(), 1))).contains("翌月25日払い");

        String email = WorkerFixtures.uniqueEmail("terms-payday");
        accounts.createAccount(email, "支払日 職員", WorkerFixtures.PASSWORD,
                List.of(Accounts.RoleGrant.of(Role.CONTRACTOR_STAFF)));
        RequestPostProcessor staff = SignIn.as(mvc, email, WorkerFixtures.PASSWORD);
        // saving the same day issues nothing
        saveSettings(staff, contractor, 25);
        mvc.perform(post("/payouts/settings").param("contractor", String.valueOf(contractor)).param("paymentDay", "15")
                        .param("unregisteredTax", "NONE").param("objectionDays", "14").with(staff).with(csrf()))
                .andExpect(redirectedUrl("/payouts/settings?contractor=" + contractor));

        long v2 = issued(worker, open, Optional.empty(), 2);
        assertThat(text(v2)).contains("翌月15日払い").doesNotContain("翌月25日払い");
        assertThat(jdbc.sql("SELECT reason FROM terms_document WHERE id = :id").param("id", v2).query(String.class)
                .single()).isEqualTo("CHANGED");
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> !jobs.termsAccepted(open, worker));
        assertThatThrownBy(() -> tasks.claimNext(worker, Optional.of(open))).isInstanceOf(TermsNotAccepted.class);
        // the cancelled job keeps its terms; the open one has exactly one new version
        assertThat(docId(worker, cancelled, Optional.empty(), 2)).isEmpty();
        assertThat(docId(worker, open, Optional.empty(), 3)).isEmpty();

        accept(v2);
        assertThat(jobs.termsAccepted(open, worker)).isTrue();
        assertThat(tasks.claimNext(worker, Optional.of(open))).isPresent();
    }

    private void saveSettings(RequestPostProcessor staff, long contractor, int day) throws Exception {
        mvc.perform(post("/payouts/settings").param("contractor", String.valueOf(contractor))
                        .param("paymentDay", String.valueOf(day)).param("unregisteredTax", "NONE")
                        .param("objectionDays", "14").with(staff).with(csrf()))
                .andExpect(redirectedUrl("/payouts/settings?contractor=" + contractor));
    }

    private void changeReward(long jobId, RewardRule reward) {
        JobSummary before = jobs.find(jobId).orElseThrow();
        JobDetails d = before.details();
        jobs.update(jobId, before.version(), new JobDetails(d.contractorId(), d.clientId(), d.title(), d.workKind(), d.mode(),
                d.description(), d.deliverableFormat(), d.dueDate(), d.priceModel(), d.clientUnitPrice(), reward,
                d.qualifications(), d.confidentiality(), d.template(), d.overlap(), d.goldRatePercent(), d.leaseMinutes(),
                d.qualityThreshold(), d.dailyCap(), d.aql(), d.directorAccountId()));
    }

    /** The pay module's terms service (package-private): the race needs a document read before a newer version. */
    private Object termsService() {
        return context.getBean("termsService");
    }

    private java.lang.reflect.Method termsMethod(String name, Class<?>... types) throws Exception {
        java.lang.reflect.Method m = AopUtils.getTargetClass(termsService()).getDeclaredMethod(name, types);
        m.setAccessible(true);
        return m;
    }

    private String text(long doc) {
        return jdbc.sql("SELECT rendered_text FROM terms_document WHERE id = :id").param("id", doc).query(String.class).single();
    }
}
