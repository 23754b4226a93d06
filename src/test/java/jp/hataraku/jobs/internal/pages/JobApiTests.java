package jp.hataraku.jobs.internal.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jp.hataraku.clients.Clients;
import jp.hataraku.identity.Accounts;
import jp.hataraku.identity.Role;
import jp.hataraku.jobs.JobStatus;
import jp.hataraku.jobs.Jobs;
import jp.hataraku.organization.Organizations;
import jp.hataraku.shared.TokyoClock;
import jp.hataraku.workers.Workers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JobApiTests {

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
    Workers workers;
    @Autowired
    TokyoClock clock;
    @Autowired
    JdbcClient jdbc;

    JobFixtures fx;
    long director;
    long otherDirector;
    long worker;
    long otherWorker;
    RequestPostProcessor staff;
    RequestPostProcessor asDirector;
    RequestPostProcessor asClient;
    RequestPostProcessor asWorker;

    @BeforeAll
    void setUp() throws Exception {
        fx = new JobFixtures(organizations, clients, clock.today());
        String staffEmail = JobFixtures.uniqueEmail("api-staff");
        JobFixtures.account(accounts, staffEmail, "API 職員", Role.CONTRACTOR_STAFF, 0);
        String directorEmail = JobFixtures.uniqueEmail("api-dir");
        director = JobFixtures.account(accounts, directorEmail, "API 監督", Role.DIRECTOR, 0);
        otherDirector = JobFixtures.account(accounts, JobFixtures.uniqueEmail("api-dir2"), "別の監督", Role.DIRECTOR, 0);
        String clientEmail = JobFixtures.uniqueEmail("api-client");
        JobFixtures.account(accounts, clientEmail, "顧客 担当", Role.CLIENT_USER, fx.client);
        worker = fx.activeWorker(workers, "伊藤 API子", "いとう えーぴーあいこ");
        otherWorker = fx.activeWorker(workers, "伊藤 別子", "いとう べつこ");
        staff = JobFixtures.signIn(mvc, staffEmail);
        asDirector = JobFixtures.signIn(mvc, directorEmail);
        asClient = JobFixtures.signIn(mvc, clientEmail);
        asWorker = JobFixtures.signIn(mvc, workers.find(worker).orElseThrow().email());
    }

    private String body(String title, String extra) {
        return """
                {"clientId": %d, "title": "%s", "workKind": "DATA_ENTRY", "mode": "POOL", "dueDate": "令和12年3月31日",
                 "priceModel": "PER_UNIT", "clientUnitPrice": 30, "rewardModel": "PER_UNIT", "rewardYen": 12,
                 "qualifications": [], "confidentiality": "CONFIDENTIAL", "overlap": 2, "goldRatePercent": 5,
                 "leaseMinutes": 30, "qualityThreshold": 0, "aql": "1.0", "directorAccountId": %d,
                 "template": [{"name": "company", "label": "会社名", "type": "TEXT", "required": true},
                              {"name": "kind", "label": "種別", "type": "SINGLE_CHOICE",
                               "choices": [{"code": "A", "label": "株式会社"}]}]%s}
                """.formatted(fx.client, title, director, extra);
    }

    @Test
    void staff_create_read_and_replace_a_job_with_its_version() throws Exception {
        String location = mvc.perform(post("/api/v1/jobs").with(staff).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(body("API 作成", "")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.dueDate").value("2030-03-31"))
                .andExpect(jsonPath("$.template[1].choices[0].code").value("A"))
                .andReturn().getResponse().getHeader("Location");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(get("/api/v1/jobs/" + id).with(staff)).andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"0\"")).andExpect(jsonPath("$.title").value("API 作成"));

        mvc.perform(put("/api/v1/jobs/" + id).with(staff).with(csrf()).header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content(body("API 変更", "")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.title").value("API 変更"))
                .andExpect(header().string("ETag", "\"1\""));
        mvc.perform(put("/api/v1/jobs/" + id).with(staff).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(body("古い版から", ", \"version\": 0")))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("jobpages.error.stale"));
        mvc.perform(put("/api/v1/jobs/" + id).with(staff).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(body("版なし", "")))
                .andExpect(status().isPreconditionRequired());
        assertThat(jobs.find(id).orElseThrow().title()).isEqualTo("API 変更");
    }

    @Test
    void invalid_input_is_422_with_each_fields_japanese_message() throws Exception {
        int before = jobs.listForContractor(fx.contractor).size();
        mvc.perform(post("/api/v1/jobs").with(staff).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(body("", "").replace("\"overlap\": 2", "\"overlap\": 7")
                                .replace("\"name\": \"company\"", "\"name\": \"Company!\"")
                                .replace("\"workKind\": \"DATA_ENTRY\"", "\"workKind\": \"KNITTING\"")
                                .replace("\"code\": \"A\"", "\"code\": \"株\"")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("title")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("overlap")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("fields[0].name")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("workKind")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("fields[1].choices")))
                .andExpect(jsonPath("$.errors[*].message").value(hasItem("1から5までの数で入力してください。")));
        assertThat(jobs.listForContractor(fx.contractor)).hasSize(before);
    }

    @Test
    void a_refused_open_is_409_with_the_code_and_message() throws Exception {
        long id = fx.createJob(jobs, "API 監督なし", null);
        mvc.perform(post("/api/v1/jobs/" + id + "/open").with(staff).with(csrf()).param("version", "0"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").exists())
                .andExpect(jsonPath("$.detail").isNotEmpty());
        mvc.perform(post("/api/v1/jobs/" + id + "/open").with(staff).with(csrf()))
                .andExpect(status().isPreconditionRequired());
        assertThat(jobs.find(id).orElseThrow().status()).isEqualTo(JobStatus.DRAFT);

        long ok = fx.createJob(jobs, "API 開始", director);
        mvc.perform(post("/api/v1/jobs/" + ok + "/open").with(staff).with(csrf()).header("If-Match", "0"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("OPEN"));
    }

    @Test
    void the_team_through_the_api() throws Exception {
        long id = fx.createJob(jobs, "API チーム", director);
        mvc.perform(post("/api/v1/jobs/" + id + "/team").with(staff).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"workerId\": " + worker + "}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$[0].workerId").value(worker))
                .andExpect(jsonPath("$[0].status").value("ACTIVE"));
        long applicant = fx.applicant(workers, "伊藤 未承諾", "いとう みしょうだく");
        mvc.perform(post("/api/v1/jobs/" + id + "/team").with(staff).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"workerId\": " + applicant + "}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").exists());
        mvc.perform(get("/api/v1/jobs/" + id + "/team").with(staff)).andExpect(jsonPath("$.length()").value(1));
        mvc.perform(delete("/api/v1/jobs/" + id + "/team/" + worker).with(staff).with(csrf()))
                .andExpect(status().isPreconditionRequired());
        String version = String.valueOf(jobs.find(id).orElseThrow().version());
        mvc.perform(delete("/api/v1/jobs/" + id + "/team/" + worker).with(staff).with(csrf()).header("If-Match", version))
                .andExpect(status().isNoContent());
        mvc.perform(delete("/api/v1/jobs/" + id + "/team/" + worker).with(staff).with(csrf()).param("version", version))
                .andExpect(status().isNotFound());
        assertThat(jobs.members(id)).isEmpty();
    }

    @Test
    void a_director_reads_only_the_jobs_they_direct() throws Exception {
        long mine = fx.createJob(jobs, "API 自分の", director);
        long theirs = fx.createJob(jobs, "API 他人の", otherDirector);
        mvc.perform(get("/api/v1/jobs").with(asDirector)).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id").value(hasItem((int) mine)))
                .andExpect(jsonPath("$[*].id").value(not(hasItem((int) theirs))));
        mvc.perform(get("/api/v1/jobs/" + theirs).with(asDirector)).andExpect(status().isNotFound());
    }

    @Test
    void a_client_user_reads_only_its_own_clients_jobs() throws Exception {
        long ours = fx.createJob(jobs, "API 自社の", director);
        long other = jobs.create(JobFixtures.withDirector(jp.hataraku.jobs.JobDetails.pool(fx.contractor,
                fx.clientWithoutAgreements, "API 他社の", jp.hataraku.workers.WorkKind.DATA_ENTRY, JobFixtures.DUE,
                JobFixtures.cardTemplate(), 1, 10, 5), director));
        long draft = fx.createJob(jobs, "API 自社の下書き", director);
        jobs.open(ours, clock.today());
        mvc.perform(get("/api/v1/jobs/" + draft).with(asClient)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/jobs/" + ours).with(asClient)).andExpect(status().isOk())
                .andExpect(jsonPath("$.rewardYen").doesNotExist())
                .andExpect(jsonPath("$.clientUnitPrice").value(30));
        mvc.perform(get("/api/v1/jobs/" + other).with(asClient)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/jobs").with(asClient)).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id").value(hasItem((int) ours)))
                .andExpect(jsonPath("$[*].id").value(not(hasItem((int) other))));
        mvc.perform(post("/api/v1/jobs").with(asClient).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(body("顧客は作れない", ""))).andExpect(status().isForbidden());
    }

    @Test
    void a_worker_not_on_the_team_is_refused_and_the_refusal_is_audited() throws Exception {
        long id = fx.createJob(jobs, "API 作業者", director);
        jobs.open(id, clock.today());
        jobs.addMember(id, otherWorker);
        long auditedBefore = refusals(id);
        mvc.perform(get("/api/v1/jobs/" + id).with(asWorker)).andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(refusals(id)).isEqualTo(auditedBefore + 1);

        jobs.addMember(id, worker);
        mvc.perform(get("/api/v1/jobs/" + id).with(asWorker)).andExpect(status().isOk())
                .andExpect(jsonPath("$.clientUnitPrice").doesNotExist())
                .andExpect(jsonPath("$.template[0].name").value("company"));
        mvc.perform(get("/api/v1/jobs").with(asWorker)).andExpect(jsonPath("$[*].id").value(hasItem((int) id)));
        mvc.perform(get("/api/v1/jobs/" + id + "/team").with(asWorker)).andExpect(status().isForbidden());
    }

    private long refusals(long jobId) {
        return jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'jobs.read.refused' AND detail LIKE :d")
                .param("d", "job=" + jobId + " %").query(Long.class).single();
    }

    @Test
    void the_openapi_description_names_the_jobs_api() throws Exception {
        mvc.perform(get("/api/v1/openapi")).andExpect(status().isOk())
                .andExpect(content().string(containsString("/api/v1/jobs/{jobId}/team/{workerId}")));
    }
}
