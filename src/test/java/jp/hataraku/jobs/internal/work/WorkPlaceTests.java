package jp.hataraku.jobs.internal.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import jp.hataraku.jobs.ClaimedTask;
import jp.hataraku.jobs.JobFixtures;
import jp.hataraku.jobs.Jobs;
import jp.hataraku.jobs.Tasks;
import jp.hataraku.organization.MunicipalityDetails;
import jp.hataraku.organization.Organizations;
import jp.hataraku.shared.TokyoClock;
import jp.hataraku.workers.SignIn;
import jp.hataraku.workers.WorkerFixtures;
import jp.hataraku.identity.Accounts;
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
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Where work was done is recorded without asking the worker: from the address a submission or a
 * time log came from and the worker's town's telework centre networks (CENTRE, HOME, or NULL when
 * the town has none).
 */
@SpringBootTest
@AutoConfigureMockMvc
class WorkPlaceTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JobFixtures fixtures;
    @Autowired
    Organizations organizations;
    @Autowired
    Workers workers;
    @Autowired
    Accounts accounts;
    @Autowired
    Jobs jobs;
    @Autowired
    Tasks tasks;
    @Autowired
    TokyoClock clock;
    @Autowired
    JdbcClient jdbc;

    LocalDate today;
    long job;
    long centreTown;
    long plainTown;

    @BeforeEach
    void setUp() {
        clock.setFixed(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        today = clock.today();
        job = fixtures.openPoolJob(today, 1);
        fixtures.batch(job, 8);
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        centreTown = organizations.createMunicipality(new MunicipalityDetails("センター町" + suffix, "せんたーまち", "20",
                "5000", "", "203.0.113.0/24\n2001:db8:c::/48")).get();
        plainTown = organizations.createMunicipality(new MunicipalityDetails("回線なし村" + suffix, "かいせんなしむら", "20",
                "900", "")).get();
        organizations.serve(fixtures.contractor(), centreTown);
        organizations.serve(fixtures.contractor(), plainTown);
    }

    @AfterEach
    void releaseTime() {
        clock.reset();
    }

    /** An active worker of the town on the job's team. */
    long workerOf(long town, long onJob) {
        long w = workers.apply(WorkerFixtures.application(town));
        workers.markBriefed(w, today);
        workers.acceptTerms(w, Workers.CURRENT_TERMS_VERSION);
        fixtures.join(onJob, w);
        return w;
    }

    RequestPostProcessor signIn(long workerId) throws Exception {
        return SignIn.as(mvc, workers.find(workerId).orElseThrow().email(), WorkerFixtures.PASSWORD);
    }

    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    String submittedPlace(long taskId) {
        return jdbc.sql("SELECT place FROM submission WHERE task_id = :t").param("t", taskId)
                .query((rs, n) -> Optional.ofNullable(rs.getString("place"))).single().orElse(null);
    }

    /** Hands a claimed task in on the page, from the address. */
    long submitOnPage(long worker, String address) throws Exception {
        ClaimedTask t = tasks.claimNext(worker, Optional.of(job)).orElseThrow();
        mvc.perform(post("/tasks/{id}/submit", t.taskId()).with(csrf()).with(signIn(worker)).with(from(address))
                        .param("submitKey", UUID.randomUUID().toString()).param("f_name", "場所 太郎")
                        .param("f_company", "株式会社サンプル").param("f_phone", "0312345678"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("notice", "work.submit.accepted"));
        return t.taskId();
    }

    @Test
    void a_submission_from_inside_the_centre_network_is_centre_and_from_outside_home() throws Exception {
        long worker = workerOf(centreTown, job);

        assertThat(submittedPlace(submitOnPage(worker, "203.0.113.5"))).isEqualTo("CENTRE");
        assertThat(submittedPlace(submitOnPage(worker, "198.51.100.7"))).isEqualTo("HOME");
        assertThat(submittedPlace(submitOnPage(worker, "2001:db8:c:1::20"))).isEqualTo("CENTRE");
        assertThat(submittedPlace(submitOnPage(worker, "0:0:0:0:0:ffff:cb00:7109"))).isEqualTo("CENTRE");
    }

    @Test
    void a_town_without_centre_networks_records_no_place() throws Exception {
        long worker = workerOf(plainTown, job);

        assertThat(submittedPlace(submitOnPage(worker, "203.0.113.5"))).isNull();
        assertThat(submittedPlace(submitOnPage(worker, "198.51.100.7"))).isNull();
    }

    @Test
    void the_json_api_records_the_place_too() throws Exception {
        long worker = workerOf(centreTown, job);
        long account = jdbc.sql("SELECT id FROM user_account WHERE worker_id = :w").param("w", worker)
                .query(Long.class).single();
        String token = "place-" + UUID.randomUUID();
        accounts.registerApiToken(account, "place", token);
        RequestPostProcessor bearer = request -> {
            request.addHeader("Authorization", "Bearer " + token);
            return request;
        };
        String body = "{\"values\":{\"name\":\"API 花子\",\"company\":\"株式会社API\",\"phone\":\"0312345678\"}}";

        long atCentre = tasks.claimNext(worker, Optional.of(job)).orElseThrow().taskId();
        mvc.perform(post("/api/v1/tasks/{id}/submission", atCentre).with(bearer).with(from("203.0.113.200"))
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated());
        long atHome = tasks.claimNext(worker, Optional.of(job)).orElseThrow().taskId();
        mvc.perform(post("/api/v1/tasks/{id}/submission", atHome).with(bearer).with(from("192.0.2.1"))
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated());

        assertThat(submittedPlace(atCentre)).isEqualTo("CENTRE");
        assertThat(submittedPlace(atHome)).isEqualTo("HOME");
    }

    @Test
    void a_forwarded_for_header_is_ignored_unless_the_server_is_configured_for_a_proxy() throws Exception {
        long worker = workerOf(centreTown, job);
        ClaimedTask t = tasks.claimNext(worker, Optional.of(job)).orElseThrow();
        mvc.perform(post("/tasks/{id}/submit", t.taskId()).with(csrf()).with(signIn(worker)).with(from("198.51.100.7"))
                        .header("X-Forwarded-For", "203.0.113.5").param("submitKey", UUID.randomUUID().toString())
                        .param("f_name", "場所 太郎").param("f_company", "株式会社サンプル").param("f_phone", "0312345678"))
                .andExpect(status().is3xxRedirection());
        assertThat(submittedPlace(t.taskId())).isEqualTo("HOME");
    }

    @Test
    void a_time_log_records_where_the_timer_was_started_and_typed_hours_no_place() throws Exception {
        long assignedJob = jobs.create(WorkFixtures.assigned(fixtures.contractor(), fixtures.clientWithAgreements(today),
                fixtures.director(), today));
        jobs.open(assignedJob, today);
        long worker = workerOf(centreTown, assignedJob);
        long task = tasks.assign(assignedJob, worker, "議事録", "要点をまとめてください", today.plusDays(7), 60);
        jobs.recordAssignmentTermsAccepted(task, worker);
        RequestPostProcessor me = signIn(worker);

        mvc.perform(post("/tasks/{id}/time/start", task).with(csrf()).with(me).with(from("203.0.113.77")))
                .andExpect(flash().attribute("notice", "work.time.started"));
        mvc.perform(post("/tasks/{id}/time/manual", task).with(csrf()).with(me).with(from("198.51.100.7"))
                        .param("workedOn", today.toString()).param("minutes", "30").param("reason", "押し忘れ"))
                .andExpect(flash().attribute("notice", "work.time.logged"));

        assertThat(jdbc.sql("SELECT manual, place FROM time_log WHERE task_id = :t ORDER BY manual")
                .param("t", task).query((rs, n) -> rs.getBoolean("manual") + ":" + rs.getString("place")).list())
                .containsExactly("false:CENTRE", "true:null");

        long plainWorker = workerOf(plainTown, assignedJob);
        long plainTask = tasks.assign(assignedJob, plainWorker, "議事録2", "要点", today.plusDays(7), 60);
        jobs.recordAssignmentTermsAccepted(plainTask, plainWorker);
        mvc.perform(post("/tasks/{id}/time/start", plainTask).with(csrf()).with(signIn(plainWorker))
                        .with(from("203.0.113.77")))
                .andExpect(flash().attribute("notice", "work.time.started"));
        assertThat(jdbc.sql("SELECT count(*) FROM time_log WHERE task_id = :t AND place IS NULL").param("t", plainTask)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void demo_data_and_other_callers_without_an_address_record_no_place() {
        long worker = workerOf(centreTown, job);
        ClaimedTask t = tasks.claimNext(worker, Optional.of(job)).orElseThrow();
        tasks.submit(worker, t.taskId(), "k", JobFixtures.card("住所なし"));
        assertThat(submittedPlace(t.taskId())).isNull();
    }
}
