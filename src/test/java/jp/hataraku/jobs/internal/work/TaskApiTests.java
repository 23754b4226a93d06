package jp.hataraku.jobs.internal.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import jp.hataraku.identity.Accounts;
import jp.hataraku.jobs.JobFixtures;
import jp.hataraku.shared.TokyoClock;
import jp.hataraku.workers.Workers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SpringBootTest
@AutoConfigureMockMvc
class TaskApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JobFixtures fixtures;
    @Autowired
    Workers workers;
    @Autowired
    Accounts accounts;
    @Autowired
    jp.hataraku.jobs.Jobs jobs;
    @Autowired
    jp.hataraku.jobs.Tasks tasks;
    @Autowired
    TokyoClock clock;
    @Autowired
    JdbcClient jdbc;

    long job;
    long worker;
    RequestPostProcessor bearer;

    @BeforeEach
    void setUp() {
        clock.setFixed(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        LocalDate today = clock.today();
        job = fixtures.openPoolJob(today, 1);
        fixtures.batch(job, 2);
        worker = fixtures.team(job, 1).get(0);
        bearer = tokenOf(worker);
    }

    @AfterEach
    void releaseTime() {
        clock.reset();
    }

    RequestPostProcessor tokenOf(long workerId) {
        long account = jdbc.sql("SELECT id FROM user_account WHERE worker_id = :w").param("w", workerId)
                .query(Long.class).single();
        String token = "work-api-" + UUID.randomUUID();
        accounts.registerApiToken(account, "bench", token);
        return request -> {
            request.addHeader("Authorization", "Bearer " + token);
            return request;
        };
    }

    long claim() throws Exception {
        MvcResult r = mvc.perform(post("/api/v1/tasks/claim").with(bearer).param("jobId", String.valueOf(job)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.leaseUntil").isString())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/v1/tasks/")))
                .andReturn();
        return ((Number) JsonPath.read(r.getResponse().getContentAsString(), "$.taskId")).longValue();
    }

    static String body(String name, String key) {
        return "{\"values\":{\"name\":\"" + name + "\",\"company\":\"株式会社API\",\"phone\":\"0312345678\"}"
                + (key == null ? "" : ",\"submitKey\":\"" + key + "\"") + "}";
    }

    @Test
    void a_worker_claims_reads_drafts_and_submits_once_with_an_idempotency_key() throws Exception {
        long task = claim();
        mvc.perform(get("/api/v1/tasks/{id}", task).with(bearer)).andExpect(status().isOk())
                .andExpect(jsonPath("$.fields[0].name").value("name"))
                .andExpect(jsonPath("$.fields[0].required").value(true))
                .andExpect(jsonPath("$.source.image").isString());
        mvc.perform(put("/api/v1/tasks/{taskId}/draft", task).with(bearer).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"values\":{\"name\":\"下書き\"}}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.revision").isNumber());
        mvc.perform(get("/api/v1/tasks/{id}", task).with(bearer)).andExpect(jsonPath("$.draft.name").value("下書き"));
        mvc.perform(post("/api/v1/tasks/{taskId}/lease", task).with(bearer)).andExpect(status().isNoContent());

        String key = UUID.randomUUID().toString();
        mvc.perform(post("/api/v1/tasks/{taskId}/submission", task).with(bearer).header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON).content(body("API 太郎", null)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.repeated").value(false));
        mvc.perform(post("/api/v1/tasks/{taskId}/submission", task).with(bearer).header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON).content(body("API 太郎", null)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.repeated").value(true));
        mvc.perform(post("/api/v1/tasks/{taskId}/submission", task).with(bearer)
                        .contentType(MediaType.APPLICATION_JSON).content(body("API 太郎", UUID.randomUUID().toString())))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:hataraku:problem:already-submitted"));
        assertThat(jdbc.sql("SELECT count(*) FROM submission WHERE task_id = :t").param("t", task).query(Long.class)
                .single()).isEqualTo(1);
    }

    @Test
    void invalid_values_answer_422_with_each_field_problem() throws Exception {
        long task = claim();
        mvc.perform(post("/api/v1/tasks/{taskId}/submission", task).with(bearer).header("Idempotency-Key", UUID.randomUUID().toString())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"values\":{\"name\":\"\",\"phone\":\"abc\"}}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", hasItem("name")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("phone")))
                .andExpect(jsonPath("$.errors[0].message").isString());
    }

    @Test
    void a_lease_run_out_and_given_back_answers_409_with_the_new_lease() throws Exception {
        long task = claim();
        clock.setFixed(clock.now().plus(Duration.ofMinutes(45)));
        mvc.perform(post("/api/v1/tasks/{taskId}/submission", task).with(bearer).header("Idempotency-Key", UUID.randomUUID().toString())
                        .contentType(MediaType.APPLICATION_JSON).content(body("遅い", null)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:hataraku:problem:lease-renewed"))
                .andExpect(jsonPath("$.leaseUntil").isString());
    }

    @Test
    void a_task_taken_by_someone_else_answers_409_to_its_former_holder() throws Exception {
        long task = claim();
        clock.setFixed(clock.now().plus(Duration.ofMinutes(45)));
        tasks.returnExpiredLeases();
        long other = fixtures.team(job, 1).get(0);
        RequestPostProcessor them = tokenOf(other);
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/api/v1/tasks/claim").with(them).param("jobId", String.valueOf(job)));
        }
        assertThat(jdbc.sql("SELECT worker_id FROM task WHERE id = :t").param("t", task).query(Long.class).single())
                .isEqualTo(other);
        mvc.perform(put("/api/v1/tasks/{taskId}/draft", task).with(bearer).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"values\":{\"name\":\"遅い\"}}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.type").value("urn:hataraku:problem:lease-lost"));
    }

    @Test
    void nothing_to_claim_is_204_and_a_submit_without_a_key_is_400() throws Exception {
        long empty = fixtures.openPoolJob(clock.today(), 1);
        fixtures.batch(empty, 0);
        fixtures.join(empty, worker);
        mvc.perform(post("/api/v1/tasks/claim").with(bearer).param("jobId", String.valueOf(empty)))
                .andExpect(status().isNoContent());
        mvc.perform(post("/api/v1/tasks/{taskId}/submission", 1).with(bearer).contentType(MediaType.APPLICATION_JSON)
                .content("{\"values\":{}}")).andExpect(status().isBadRequest());
    }

    @Test
    void someone_off_the_team_gets_403_problem_details_audited_and_no_session() throws Exception {
        long task = claim();
        long outsider = fixtures.activeWorker();
        long before = jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'TASK_ACCESS_REFUSED'").query(Long.class).single();
        MvcResult r = mvc.perform(get("/api/v1/tasks/{id}", task).with(tokenOf(outsider)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("urn:hataraku:problem:not-on-team")).andReturn();
        assertThat(r.getRequest().getSession(false)).isNull();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'TASK_ACCESS_REFUSED'").query(Long.class)
                .single()).isEqualTo(before + 1);
        mvc.perform(get("/api/v1/tasks/{id}", 999_999_999L).with(bearer)).andExpect(status().isNotFound());
    }

    @Test
    void the_task_api_is_described_in_the_openapi_document() throws Exception {
        mvc.perform(get("/api/v1/openapi")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/tasks/claim'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/tasks/{taskId}/submission'].post.responses['422']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/tasks/{taskId}/draft'].put").exists());
    }

    @Test
    void bearer_calls_create_no_session() throws Exception {
        MvcResult r = mvc.perform(post("/api/v1/tasks/claim").with(bearer)).andExpect(status().isOk()).andReturn();
        assertThat(r.getRequest().getSession(false)).isNull();
        assertThat(r.getResponse().getHeader("Set-Cookie")).isNull();
    }
}
