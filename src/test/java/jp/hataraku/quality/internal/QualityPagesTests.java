package jp.hataraku.quality.internal;

import static jp.hataraku.quality.internal.QualityWork.await;
import static jp.hataraku.quality.internal.QualityWork.workThrough;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jp.hataraku.identity.Accounts;
import jp.hataraku.identity.Role;
import jp.hataraku.jobs.ItemInReview;
import jp.hataraku.jobs.ItemStatus;
import jp.hataraku.jobs.JobFixtures;
import jp.hataraku.jobs.Jobs;
import jp.hataraku.jobs.TaskStatus;
import jp.hataraku.jobs.Tasks;
import jp.hataraku.shared.TokyoClock;
import jp.hataraku.workers.WorkerFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SpringBootTest
@AutoConfigureMockMvc
class QualityPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JobFixtures fixtures;
    @Autowired
    Jobs jobs;
    @Autowired
    Tasks tasks;
    @Autowired
    Accounts accounts;
    @Autowired
    UserDetailsService users;
    @Autowired
    TokyoClock clock;
    @Autowired
    Review review;

    LocalDate today;
    long directorId;
    RequestPostProcessor director;
    RequestPostProcessor otherDirector;
    RequestPostProcessor worker;
    RequestPostProcessor staff;

    RequestPostProcessor account(Role role) {
        String email = WorkerFixtures.uniqueEmail(role.name().toLowerCase());
        accounts.createAccount(email, "品質 " + role, WorkerFixtures.PASSWORD, List.of(Accounts.RoleGrant.of(role)));
        return user(users.loadUserByUsername(email));
    }

    @BeforeEach
    void setUp() {
        today = clock.today();
        String email = WorkerFixtures.uniqueEmail("qdirector");
        directorId = accounts.createAccount(email, "担当 ディレクター", WorkerFixtures.PASSWORD,
                List.of(Accounts.RoleGrant.of(Role.DIRECTOR)));
        director = user(users.loadUserByUsername(email));
        otherDirector = account(Role.DIRECTOR);
        worker = account(Role.WORKER);
        staff = account(Role.CONTRACTOR_STAFF);
    }

    long job(int overlap) {
        return fixtures.openPoolJob(today, overlap, d -> JobFixtures.withDirector(d, directorId));
    }

    long disagreement(long job) {
        List<Long> team = fixtures.team(job, 2);
        workThrough(tasks, team.get(0), job, n -> JobFixtures.card("山田 太郎"));
        workThrough(tasks, team.get(1), job, n -> JobFixtures.card("山田 次郎"));
        await(() -> !review.adjudications(jobs.find(job).orElseThrow()).isEmpty());
        return review.adjudications(jobs.find(job).orElseThrow()).get(0).itemId();
    }

    @Test
    void the_director_sees_the_entries_side_by_side_and_settles_the_item() throws Exception {
        long job = job(2);
        fixtures.batch(job, 1);
        long item = disagreement(job);

        mvc.perform(get("/jobs/{j}/adjudication", job).with(director)).andExpect(status().isOk())
                .andExpect(content().string(containsString("/jobs/" + job + "/adjudication/" + item)));
        mvc.perform(get("/jobs/{j}/adjudication/{i}", job, item).with(director)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"row-name\" class=\"disagree\"")))
                .andExpect(content().string(containsString("不一致")))
                .andExpect(content().string(containsString("<th scope=\"row\">氏名</th>")));

        mvc.perform(post("/jobs/{j}/adjudication/{i}", job, item).with(director).with(csrf())
                        .param("choice_name", "other").param("other_name", "")
                        .param("choice_company", "0").param("choice_phone", "0"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("入力してください。")));
        mvc.perform(post("/jobs/{j}/adjudication/{i}", job, item).with(director).with(csrf())
                        .param("choice_name", "1").param("choice_company", "0").param("choice_phone", "0"))
                .andExpect(redirectedUrl("/jobs/" + job + "/adjudication"));

        ItemInReview settled = tasks.itemsInReview(job, Optional.empty()).get(0);
        assertThat(settled.status()).isEqualTo(ItemStatus.CHECKED);
        assertThat(settled.finalValues().orElseThrow()).containsEntry("name", "山田 次郎");
    }

    @Test
    void only_the_jobs_director_staff_and_administrators_may_review_it() throws Exception {
        long job = job(1);
        for (String path : List.of("/jobs/" + job + "/review", "/jobs/" + job + "/adjudication", "/jobs/" + job + "/quality",
                "/jobs/" + job + "/batches/1/sampling")) {
            mvc.perform(get(path).with(director)).andExpect(status().isOk());
            mvc.perform(get(path).with(staff)).andExpect(status().isOk());
            mvc.perform(get(path).with(otherDirector)).andExpect(status().isForbidden());
            mvc.perform(get(path).with(worker)).andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/v1/jobs/{j}/quality", job).with(otherDirector)).andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/jobs/999999999/review").with(staff)).andExpect(status().isNotFound());
    }

    @Test
    void the_review_page_approves_an_item_and_returns_a_task_with_a_comment() throws Exception {
        long job = job(1);
        fixtures.batch(job, 2);
        long w = fixtures.team(job, 1).get(0);
        workThrough(tasks, w, job, n -> JobFixtures.card("名前" + n));
        List<ItemInReview> items = tasks.itemsInReview(job, Optional.empty());

        mvc.perform(get("/jobs/{j}/review", job).with(director)).andExpect(status().isOk())
                .andExpect(content().string(containsString("名前1"))).andExpect(content().string(containsString("名前2")));
        mvc.perform(post("/jobs/{j}/review/items/{i}/approval", job, items.get(0).itemId()).with(director).with(csrf()))
                .andExpect(redirectedUrl("/jobs/" + job + "/review"));
        long second = items.get(1).submitted().get(0).taskId();
        mvc.perform(post("/jobs/{j}/review/tasks/{t}/return", job, second).with(director).with(csrf()).param("comment", ""))
                .andExpect(redirectedUrl("/jobs/" + job + "/review"));
        assertThat(tasks.info(second).orElseThrow().status()).as("no comment, no return").isEqualTo(TaskStatus.SUBMITTED);
        mvc.perform(post("/jobs/{j}/review/tasks/{t}/return", job, second).with(director).with(csrf())
                .param("comment", "会社名を確認してください")).andExpect(redirectedUrl("/jobs/" + job + "/review"));

        assertThat(tasks.info(items.get(0).submitted().get(0).taskId()).orElseThrow().status()).isEqualTo(TaskStatus.APPROVED);
        assertThat(tasks.info(second).orElseThrow().status()).isEqualTo(TaskStatus.RETURNED);
        mvc.perform(get("/jobs/{j}/quality", job).with(director)).andExpect(status().isOk())
                .andExpect(content().string(containsString("50.0% (1 / 2)")));
    }

    @Test
    void the_api_reviews_tasks_and_answers_refusals_as_problem_details() throws Exception {
        long job = job(1);
        fixtures.batch(job, 2);
        long w = fixtures.team(job, 1).get(0);
        workThrough(tasks, w, job, n -> JobFixtures.card("名前" + n));
        List<ItemInReview> items = tasks.itemsInReview(job, Optional.empty());
        long first = items.get(0).submitted().get(0).taskId();
        long second = items.get(1).submitted().get(0).taskId();

        mvc.perform(post("/api/v1/tasks/{t}/approval", first).with(staff).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("APPROVED"));
        mvc.perform(post("/api/v1/tasks/{t}/approval", first).with(staff).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("jobs.task.notSubmitted"))
                .andExpect(jsonPath("$.detail").value("このタスクは検品待ちではありません（現在：APPROVED）。"));
        mvc.perform(post("/api/v1/tasks/{t}/return", second).with(staff).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"comment\":\" \"}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value("差戻し・却下にはコメントが必要です。"));
        mvc.perform(post("/api/v1/tasks/{t}/rejection", second).with(otherDirector).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"comment\":\"違います\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/tasks/{t}/rejection", second).with(director).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"comment\":\"違います\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("REJECTED"));

        mvc.perform(get("/api/v1/jobs/{j}/quality", job).with(director)).andExpect(status().isOk())
                .andExpect(jsonPath("$.errors.part").value(1)).andExpect(jsonPath("$.errors.whole").value(2))
                .andExpect(jsonPath("$.errors.percent").value("50.0%"));
    }

    @Test
    void the_api_settles_a_disagreement_or_says_which_values_are_wrong() throws Exception {
        long job = job(2);
        fixtures.batch(job, 1);
        long item = disagreement(job);

        mvc.perform(post("/api/v1/items/{i}/adjudication", item).with(director).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"values\":{\"name\":\"\"}}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors.name").value("入力してください。"));
        mvc.perform(post("/api/v1/items/{i}/adjudication", item).with(director).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"values\":{\"name\":\"山田 太郎\",\"company\":\"株式会社サンプル\",\"phone\":\"0312345678\"}}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.values.name").value("山田 太郎"));
        mvc.perform(post("/api/v1/items/{i}/adjudication", item).with(director).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"values\":{\"name\":\"x\"}}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("quality.adjudication.notOpen"));
    }

    @Test
    void a_job_may_let_kana_differences_pass_for_one_field() throws Exception {
        long job = job(2);
        fixtures.batch(job, 1);
        mvc.perform(get("/jobs/{j}/quality/fields", job).with(director)).andExpect(status().isOk())
                .andExpect(content().string(containsString("flag-name-KANA")));
        mvc.perform(post("/jobs/{j}/quality/fields", job).with(director).with(csrf())
                        .param("flags_name", "NFKC", "WIDTH", "TRIM", "KANA")
                        .param("flags_company", "NFKC", "WIDTH", "TRIM").param("flags_phone", "NFKC", "WIDTH", "TRIM"))
                .andExpect(redirectedUrl("/jobs/" + job + "/quality/fields"));
        List<Long> team = fixtures.team(job, 2);
        workThrough(tasks, team.get(0), job, n -> JobFixtures.card("やまだ"));
        workThrough(tasks, team.get(1), job, n -> JobFixtures.card("ヤマダ"));

        await(() -> tasks.itemsInReview(job, Optional.empty()).stream().anyMatch(i -> i.status() == ItemStatus.CHECKED));
        assertThat(tasks.itemsInReview(job, Optional.empty()).get(0).finalValues().orElseThrow()).containsEntry("name", "やまだ");
    }
}
