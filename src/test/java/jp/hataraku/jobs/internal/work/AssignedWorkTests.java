package jp.hataraku.jobs.internal.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jp.hataraku.identity.Accounts;
import jp.hataraku.identity.Role;
import jp.hataraku.jobs.JobFixtures;
import jp.hataraku.jobs.Jobs;
import jp.hataraku.jobs.TaskStatus;
import jp.hataraku.jobs.TimeApproved;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class AssignedWorkTests {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1};

    @Autowired
    MockMvc mvc;
    @Autowired
    JobFixtures fixtures;
    @Autowired
    Jobs jobs;
    @Autowired
    Workers workers;
    @Autowired
    Accounts accounts;
    @Autowired
    TokyoClock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEvents events;

    long job;
    long worker;
    long teammate;
    RequestPostProcessor director;
    RequestPostProcessor me;

    @BeforeEach
    void setUp() throws Exception {
        clock.setFixed(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        LocalDate today = clock.today();
        String email = WorkerFixtures.uniqueEmail("dir");
        long directorId = accounts.createAccount(email, "指名 ディレクター", WorkerFixtures.PASSWORD,
                List.of(Accounts.RoleGrant.of(Role.DIRECTOR)));
        job = jobs.create(WorkFixtures.assigned(fixtures.contractor(), fixtures.clientWithAgreements(today), directorId, today));
        jobs.open(job, today);
        List<Long> team = fixtures.team(job, 2);
        worker = team.get(0);
        teammate = team.get(1);
        director = SignIn.as(mvc, email, WorkerFixtures.PASSWORD);
        me = signIn(worker);
    }

    @AfterEach
    void releaseTime() {
        clock.reset();
    }

    RequestPostProcessor signIn(long workerId) throws Exception {
        return SignIn.as(mvc, workers.find(workerId).orElseThrow().email(), WorkerFixtures.PASSWORD);
    }

    long assign() throws Exception {
        mvc.perform(multipart("/jobs/{j}/assignments/new", job)
                        .file(new MockMultipartFile("files", "資料.png", "image/png", PNG))
                        .with(csrf()).with(director).param("workerId", String.valueOf(worker))
                        .param("title", "4月定例会の議事録").param("instructions", "録音を聞いて要点をまとめてください")
                        .param("due", clock.today().plusDays(7).toString()).param("estimatedMinutes", "90"))
                .andExpect(redirectedUrl("/jobs/" + job + "/assignments"))
                .andExpect(flash().attribute("notice", "work.assign.created"));
        long task = jdbc.sql("SELECT id FROM task WHERE job_id = :j AND kind = 'ASSIGNED'").param("j", job)
                .query(Long.class).single();
        // the assignee accepts the assignment's written terms (payouts' /me/terms calls this)
        jobs.recordAssignmentTermsAccepted(task, worker);
        return task;
    }

    long instructionFile(long task) {
        return jdbc.sql("SELECT id FROM task_file WHERE task_id = :t AND purpose = 'INSTRUCTION'").param("t", task)
                .query(Long.class).single();
    }

    @Test
    void the_director_assigns_a_task_with_an_attachment_only_the_assignee_can_open() throws Exception {
        long task = assign();
        mvc.perform(get("/me/work").with(me)).andExpect(content().string(containsString("4月定例会の議事録")));
        mvc.perform(get("/tasks/{id}", task).with(me)).andExpect(status().isOk())
                .andExpect(content().string(containsString("録音を聞いて要点をまとめてください")))
                .andExpect(content().string(containsString("見込み時間：90分")))
                .andExpect(content().string(containsString("資料.png")));
        long file = instructionFile(task);
        mvc.perform(get("/tasks/{t}/attachments/{f}", task, file).with(me)).andExpect(status().isOk())
                .andExpect(content().contentType("image/png")).andExpect(content().bytes(PNG));
        mvc.perform(get("/tasks/{t}/attachments/{f}", task, file).with(signIn(teammate))).andExpect(status().isForbidden());
    }

    @Test
    void a_director_of_another_job_may_not_assign_here() throws Exception {
        String email = WorkerFixtures.uniqueEmail("dir2");
        accounts.createAccount(email, "別 ディレクター", WorkerFixtures.PASSWORD, List.of(Accounts.RoleGrant.of(Role.DIRECTOR)));
        mvc.perform(get("/jobs/{j}/assignments", job).with(SignIn.as(mvc, email, WorkerFixtures.PASSWORD)))
                .andExpect(status().isForbidden());
    }

    @Test
    void hours_are_logged_by_timer_or_by_hand_with_a_reason_and_approval_tells_pay() throws Exception {
        long task = assign();
        mvc.perform(post("/tasks/{id}/time/start", task).with(csrf()).with(me))
                .andExpect(flash().attribute("notice", "work.time.started"));
        mvc.perform(post("/tasks/{id}/time/start", task).with(csrf()).with(me))
                .andExpect(flash().attribute("notice", "work.time.alreadyRunning"));
        clock.setFixed(clock.now().plus(Duration.ofMinutes(25)));
        mvc.perform(post("/tasks/{id}/time/stop", task).with(csrf()).with(me))
                .andExpect(flash().attribute("notice", "work.time.stopped"));
        mvc.perform(post("/tasks/{id}/time/manual", task).with(csrf()).with(me).param("workedOn", clock.today().toString())
                        .param("minutes", "30").param("reason", ""))
                .andExpect(flash().attribute("timeError", "work.time.error.reason"));
        mvc.perform(post("/tasks/{id}/time/manual", task).with(csrf()).with(me).param("workedOn", clock.today().toString())
                        .param("minutes", "３０").param("reason", "タイマーを押し忘れました"))
                .andExpect(flash().attribute("notice", "work.time.logged"));
        mvc.perform(get("/tasks/{id}", task).with(me)).andExpect(content().string(containsString("合計 55分")));

        mvc.perform(get("/jobs/{j}/assignments", job).with(director)).andExpect(status().isOk())
                .andExpect(content().string(containsString("タイマーを押し忘れました")));
        List<Long> logs = jdbc.sql("SELECT id FROM time_log WHERE task_id = :t ORDER BY id").param("t", task)
                .query(Long.class).list();
        for (long log : logs) {
            mvc.perform(post("/jobs/{j}/assignments/time/{l}/approve", job, log).with(csrf()).with(director))
                    .andExpect(flash().attribute("notice", "work.time.approved"));
        }
        mvc.perform(post("/jobs/{j}/assignments/time/{l}/approve", job, logs.get(0)).with(csrf()).with(director))
                .andExpect(flash().attribute("notice", "work.time.approveNone"));
        assertThat(events.stream(TimeApproved.class).map(TimeApproved::minutes)).containsExactlyInAnyOrder(25, 30);
        assertThat(events.stream(TimeApproved.class)).allSatisfy(e -> {
            assertThat(e.workerId()).isEqualTo(worker);
            assertThat(e.jobId()).isEqualTo(job);
        });
    }

    @Test
    void the_worker_hands_in_result_files_and_the_director_approves_or_returns() throws Exception {
        long task = assign();
        mvc.perform(multipart("/tasks/{id}/results", task).file(new MockMultipartFile("file", "note.txt", "text/plain",
                        "just text".getBytes())).with(csrf()).with(me))
                .andExpect(flash().attribute("fileError", "work.files.error.type"));
        mvc.perform(multipart("/tasks/{id}/results", task).file(new MockMultipartFile("file", "議事録.png", "image/png", PNG))
                        .with(csrf()).with(me))
                .andExpect(flash().attribute("notice", "work.files.added"));
        mvc.perform(post("/tasks/{id}/submit", task).with(csrf()).with(me).param("submitKey", UUID.randomUUID().toString()))
                .andExpect(redirectedUrl("/me/work"));
        long result = jdbc.sql("SELECT id FROM task_file WHERE task_id = :t AND purpose = 'RESULT'").param("t", task)
                .query(Long.class).single();
        mvc.perform(get("/jobs/{j}/assignments", job).with(director))
                .andExpect(content().string(containsString("/jobs/" + job + "/assignments/" + task + "/files/" + result)));
        mvc.perform(get("/jobs/{j}/assignments/{t}/files/{f}", job, task, result).with(director))
                .andExpect(status().isOk()).andExpect(content().bytes(PNG));
        mvc.perform(post("/jobs/{j}/assignments/{t}/return", job, task).with(csrf()).with(director)
                        .param("comment", "見出しをつけてください"))
                .andExpect(flash().attribute("notice", "work.review.returned"));
        mvc.perform(get("/tasks/{id}", task).with(me)).andExpect(content().string(containsString("見出しをつけてください")))
                .andExpect(content().string(containsString("議事録.png")));
        mvc.perform(post("/tasks/{id}/submit", task).with(csrf()).with(me).param("submitKey", UUID.randomUUID().toString()))
                .andExpect(redirectedUrl("/me/work"));
        mvc.perform(post("/jobs/{j}/assignments/{t}/approve", job, task).with(csrf()).with(director))
                .andExpect(flash().attribute("notice", "work.review.approved"));
        assertThat(jdbc.sql("SELECT status FROM task WHERE id = :t").param("t", task).query(String.class).single())
                .isEqualTo(TaskStatus.APPROVED.name());
    }
}
