package jp.hataraku.jobs.internal.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import jp.hataraku.clients.Clients;
import jp.hataraku.identity.Accounts;
import jp.hataraku.identity.Role;
import jp.hataraku.jobs.JobStatus;
import jp.hataraku.jobs.JobSummary;
import jp.hataraku.jobs.Jobs;
import jp.hataraku.jobs.TaskTemplate;
import jp.hataraku.organization.Organizations;
import jp.hataraku.shared.TokyoClock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JobPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Organizations organizations;
    @Autowired
    Clients clients;
    @Autowired
    Accounts accounts;
    @Autowired
    Jobs jobs;
    @Autowired
    TokyoClock clock;

    JobFixtures fx;
    long directorA;
    long directorB;
    RequestPostProcessor staff;
    RequestPostProcessor asDirectorA;
    RequestPostProcessor townStaff;

    @BeforeAll
    void setUp() throws Exception {
        fx = new JobFixtures(organizations, clients, clock.today());
        String staffEmail = JobFixtures.uniqueEmail("job-staff");
        JobFixtures.account(accounts, staffEmail, "業務 職員", Role.CONTRACTOR_STAFF, 0);
        String directorEmail = JobFixtures.uniqueEmail("director-a");
        directorA = JobFixtures.account(accounts, directorEmail, "ディレクター 甲", Role.DIRECTOR, 0);
        directorB = JobFixtures.account(accounts, JobFixtures.uniqueEmail("director-b"), "ディレクター 乙", Role.DIRECTOR, 0);
        String townEmail = JobFixtures.uniqueEmail("town");
        JobFixtures.account(accounts, townEmail, "町 職員", Role.TOWN_STAFF, fx.town);
        staff = JobFixtures.signIn(mvc, staffEmail);
        asDirectorA = JobFixtures.signIn(mvc, directorEmail);
        townStaff = JobFixtures.signIn(mvc, townEmail);
    }

    private MockHttpServletRequestBuilder validNewJob(String title, String... overrides) {
        java.util.Map<String, String> p = new java.util.LinkedHashMap<>();
        p.put("clientId", String.valueOf(fx.client));
        p.put("title", title);
        p.put("workKind", "DATA_ENTRY");
        p.put("mode", "POOL");
        p.put("description", "名刺をデータ化する");
        p.put("deliverableFormat", "CSV");
        p.put("dueDate", "令和12年3月31日");
        p.put("priceModel", "PER_UNIT");
        p.put("clientUnitPrice", "１，２００円");
        p.put("rewardModel", "PER_UNIT");
        p.put("rewardYen", "15");
        p.put("qualifications", "名刺入力、\n校正");
        p.put("confidentiality", "CONFIDENTIAL");
        p.put("overlap", "2");
        p.put("goldRatePercent", "5");
        p.put("leaseMinutes", "30");
        p.put("qualityThreshold", "80");
        p.put("dailyCap", "");
        p.put("aql", "1.0");
        p.put("directorAccountId", String.valueOf(directorA));
        for (int i = 0; i + 1 < overrides.length; i += 2) {
            p.put(overrides[i], overrides[i + 1]);
        }
        String path = p.containsKey("_path") ? p.remove("_path") : "/jobs/new";
        MockHttpServletRequestBuilder request = post(path).with(csrf());
        p.forEach(request::param);
        return request;
    }

    private long idFrom(MvcResult result) {
        String url = result.getResponse().getRedirectedUrl();
        return Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
    }

    @Test
    void staff_create_a_job_with_every_detail_and_a_japanese_era_due_date() throws Exception {
        MvcResult result = mvc.perform(validNewJob("名刺入力 第1期").with(staff)).andExpect(status().is3xxRedirection())
                .andReturn();
        JobSummary job = jobs.find(idFrom(result)).orElseThrow();
        assertThat(job.status()).isEqualTo(JobStatus.DRAFT);
        assertThat(job.details().dueDate()).isEqualTo(LocalDate.of(2030, 3, 31));
        assertThat(job.details().clientUnitPrice()).isEqualTo(1200);
        assertThat(job.details().qualifications()).containsExactlyInAnyOrder("名刺入力", "校正");
        assertThat(job.details().aql()).contains("1.0");
        assertThat(job.details().directorAccountId()).contains(directorA);
        assertThat(job.contractorId()).isEqualTo(fx.contractor);

        mvc.perform(get("/jobs/" + job.id()).with(staff)).andExpect(status().isOk())
                .andExpect(content().string(containsString("名刺入力 第1期")))
                .andExpect(content().string(containsString("株式会社あおぞら商事")))
                .andExpect(content().string(containsString("ディレクター 甲")))
                .andExpect(content().string(containsString("下書き")));
    }

    @Test
    void bad_input_is_answered_with_japanese_field_messages_and_creates_nothing() throws Exception {
        int before = jobs.listForContractor(fx.contractor).size();
        mvc.perform(validNewJob("", "overlap", "9", "dueDate", "そのうち", "clientUnitPrice", "たくさん",
                        "goldRatePercent", "51", "aql", "3.3", "clientId", "999999").with(staff))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("入力内容を確認してください。")))
                .andExpect(content().string(containsString("入力してください。")))
                .andExpect(content().string(containsString("1から5までの数で入力してください。")))
                .andExpect(content().string(containsString("0から50までの数で入力してください。")))
                .andExpect(content().string(containsString("日付の書き方が分かりません")))
                .andExpect(content().string(containsString("金額は円単位の整数で入力してください。")))
                .andExpect(content().string(containsString("選択肢から選んでください。")))
                .andExpect(content().string(not(containsString("Exception"))));
        assertThat(jobs.listForContractor(fx.contractor)).hasSize(before);
    }

    @Test
    void an_edit_saves_the_details_and_keeps_the_template() throws Exception {
        long id = fx.createJob(jobs, "編集前", directorA);
        JobSummary job = jobs.find(id).orElseThrow();
        mvc.perform(validNewJob("編集後", "_path", "/jobs/" + id + "/edit", "version", String.valueOf(job.version()))
                        .with(staff))
                .andExpect(status().is3xxRedirection());
        JobSummary saved = jobs.find(id).orElseThrow();
        assertThat(saved.title()).isEqualTo("編集後");
        assertThat(saved.details().template()).isEqualTo(JobFixtures.cardTemplate());
    }

    @Test
    void an_edit_from_a_stale_page_changes_nothing() throws Exception {
        long id = fx.createJob(jobs, "古い版", directorA);
        mvc.perform(post("/jobs/" + id + "/edit").with(csrf()).with(staff).param("version", "99")
                        .param("clientId", String.valueOf(fx.client)).param("title", "上書き").param("workKind", "DATA_ENTRY")
                        .param("mode", "POOL").param("dueDate", "2030-01-01").param("priceModel", "PER_UNIT")
                        .param("clientUnitPrice", "10").param("rewardModel", "PER_UNIT").param("rewardYen", "5")
                        .param("confidentiality", "NORMAL").param("overlap", "1").param("goldRatePercent", "0")
                        .param("leaseMinutes", "30").param("qualityThreshold", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("ほかの人がこの業務を変更しました")));
        assertThat(jobs.find(id).orElseThrow().title()).isEqualTo("古い版");
    }

    @Test
    void a_director_sees_only_the_jobs_they_direct() throws Exception {
        long mine = fx.createJob(jobs, "甲さんの業務", directorA);
        long theirs = fx.createJob(jobs, "乙さんの業務", directorB);
        mvc.perform(get("/jobs").with(asDirectorA)).andExpect(status().isOk())
                .andExpect(content().string(containsString("甲さんの業務")))
                .andExpect(content().string(not(containsString("乙さんの業務"))));
        mvc.perform(get("/jobs/" + mine).with(asDirectorA)).andExpect(status().isOk());
        mvc.perform(get("/jobs/" + mine + "/edit").with(asDirectorA)).andExpect(status().isOk());
        mvc.perform(get("/jobs/" + mine + "/template").with(asDirectorA)).andExpect(status().isOk());
        mvc.perform(get("/jobs/" + mine + "/team").with(asDirectorA)).andExpect(status().isOk());
        mvc.perform(get("/jobs/" + theirs + "/template").with(asDirectorA)).andExpect(status().isNotFound());
        mvc.perform(get("/jobs/" + theirs).with(asDirectorA)).andExpect(status().isNotFound());
        mvc.perform(get("/jobs/" + theirs + "/team").with(asDirectorA)).andExpect(status().isNotFound());
        mvc.perform(post("/jobs/" + theirs + "/cancel").with(csrf()).with(asDirectorA).param("version", "0"))
                .andExpect(status().isNotFound());
        assertThat(jobs.find(theirs).orElseThrow().status()).isEqualTo(JobStatus.DRAFT);
        mvc.perform(get("/jobs").with(staff)).andExpect(content().string(containsString("乙さんの業務")));
    }

    @Test
    void town_staff_have_no_job_pages() throws Exception {
        mvc.perform(get("/jobs").with(townStaff)).andExpect(status().isForbidden());
        mvc.perform(get("/jobs/new").with(townStaff)).andExpect(status().isForbidden());
    }

    @Test
    void directors_cannot_create_jobs() throws Exception {
        mvc.perform(get("/jobs/new").with(asDirectorA)).andExpect(status().isForbidden());
    }

    @Test
    void the_list_filters_by_status_and_client_and_searches_titles() throws Exception {
        long open = fx.createJob(jobs, "検索用アンケート入力", directorA);
        jobs.open(open, clock.today());
        fx.createJob(jobs, "検索用ハガキ入力", directorA);
        mvc.perform(get("/jobs").with(staff).param("q", "ｱﾝｹｰﾄ")).andExpect(status().isOk())
                .andExpect(content().string(containsString("検索用アンケート入力")))
                .andExpect(content().string(not(containsString("検索用ハガキ入力"))));
        mvc.perform(get("/jobs").with(staff).param("q", "検索用").param("status", "DRAFT"))
                .andExpect(content().string(containsString("検索用ハガキ入力")))
                .andExpect(content().string(not(containsString("検索用アンケート入力"))));
        mvc.perform(get("/jobs").with(staff).param("q", "検索用").param("clientId", String.valueOf(fx.clientWithoutAgreements)))
                .andExpect(content().string(containsString("0件")));
        mvc.perform(get("/jobs").with(staff).param("q", "検索用").header("HX-Request", "true"))
                .andExpect(content().string(containsString("id=\"results\"")))
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    void opening_without_a_contract_and_nda_in_force_shows_the_rule_and_keeps_the_draft() throws Exception {
        JobSummary job = jobs.find(jobs.create(JobFixtures.withDirector(
                jp.hataraku.jobs.JobDetails.pool(fx.contractor, fx.clientWithoutAgreements, "契約なし", 
                        jp.hataraku.workers.WorkKind.DATA_ENTRY, JobFixtures.DUE, JobFixtures.cardTemplate(), 1, 10, 5),
                directorA))).orElseThrow();
        mvc.perform(post("/jobs/" + job.id() + "/open").with(csrf()).with(staff).param("version", String.valueOf(job.version())))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("actionError"));
        assertThat(jobs.find(job.id()).orElseThrow().status()).isEqualTo(JobStatus.DRAFT);
    }

    @Test
    void opening_without_a_director_or_template_is_refused() throws Exception {
        long noDirector = fx.createJob(jobs, "ディレクターなし", null);
        mvc.perform(post("/jobs/" + noDirector + "/open").with(csrf()).with(staff).param("version", "0"))
                .andExpect(flash().attributeExists("actionError"));
        assertThat(jobs.find(noDirector).orElseThrow().status()).isEqualTo(JobStatus.DRAFT);
        var d = fx.job("テンプレートなし", directorA);
        long noTemplate = jobs.create(new jp.hataraku.jobs.JobDetails(d.contractorId(), d.clientId(), d.title(), d.workKind(),
                d.mode(), d.description(), d.deliverableFormat(), d.dueDate(), d.priceModel(), d.clientUnitPrice(),
                d.reward(), d.qualifications(), d.confidentiality(), TaskTemplate.empty(), d.overlap(),
                d.goldRatePercent(), d.leaseMinutes(), d.qualityThreshold(), d.dailyCap(), d.aql(), d.directorAccountId()));
        mvc.perform(post("/jobs/" + noTemplate + "/open").with(csrf()).with(staff).param("version", "0"))
                .andExpect(flash().attributeExists("actionError"));
        assertThat(jobs.find(noTemplate).orElseThrow().status()).isEqualTo(JobStatus.DRAFT);
    }

    @Test
    void open_then_cancel_through_the_detail_page_and_the_history_shows_it() throws Exception {
        long id = fx.createJob(jobs, "開始と中止", directorA);
        mvc.perform(post("/jobs/" + id + "/open").with(csrf()).with(staff).param("version", "0"))
                .andExpect(flash().attribute("done", "jobpages.done.opened"));
        assertThat(jobs.find(id).orElseThrow().status()).isEqualTo(JobStatus.OPEN);
        int version = jobs.find(id).orElseThrow().version();
        mvc.perform(post("/jobs/" + id + "/cancel").with(csrf()).with(staff).param("version", "0"))
                .andExpect(flash().attributeExists("actionError"));
        assertThat(jobs.find(id).orElseThrow().status()).as("a stale page cancels nothing").isEqualTo(JobStatus.OPEN);
        mvc.perform(post("/jobs/" + id + "/cancel").with(csrf()).with(staff).param("version", String.valueOf(version)))
                .andExpect(flash().attribute("done", "jobpages.done.cancelled"));
        assertThat(jobs.find(id).orElseThrow().status()).isEqualTo(JobStatus.CANCELLED);
        mvc.perform(get("/jobs/" + id).with(staff)).andExpect(status().isOk())
                .andExpect(content().string(containsString("中止")))
                .andExpect(content().string(not(containsString("id=\"action-open\""))));
    }

    @Test
    void the_english_page_reads_in_english() throws Exception {
        mvc.perform(get("/jobs/new").with(staff).param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("New job")))
                .andExpect(content().string(containsString("Entries per item (1-5)")));
    }
}
