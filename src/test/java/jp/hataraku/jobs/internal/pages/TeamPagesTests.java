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

import java.util.Set;

import jp.hataraku.clients.Clients;
import jp.hataraku.identity.Accounts;
import jp.hataraku.identity.Role;
import jp.hataraku.jobs.JobDetails;
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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TeamPagesTests {

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

    JobFixtures fx;
    long director;
    long active;
    long applicant;
    RequestPostProcessor staff;

    @BeforeAll
    void setUp() throws Exception {
        fx = new JobFixtures(organizations, clients, clock.today());
        String email = JobFixtures.uniqueEmail("team-staff");
        JobFixtures.account(accounts, email, "業務 職員", Role.CONTRACTOR_STAFF, 0);
        director = JobFixtures.account(accounts, JobFixtures.uniqueEmail("team-dir"), "監督", Role.DIRECTOR, 0);
        staff = JobFixtures.signIn(mvc, email);
        active = fx.activeWorker(workers, "高橋 チーム子", "たかはし ちーむこ");
        applicant = fx.applicant(workers, "高橋 申込子", "たかはし もうしこみこ");
    }

    @Test
    void the_search_finds_active_workers_only() throws Exception {
        long id = fx.createJob(jobs, "検索", director);
        mvc.perform(get("/jobs/" + id + "/team").with(staff).param("q", "ﾀｶﾊｼ")).andExpect(status().isOk())
                .andExpect(content().string(containsString("高橋 チーム子")))
                .andExpect(content().string(not(containsString("高橋 申込子"))));
        mvc.perform(get("/jobs/" + id + "/team").with(staff).param("q", "たかはし").header("HX-Request", "true"))
                .andExpect(content().string(containsString("id=\"results\"")))
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    void staff_add_and_remove_a_member() throws Exception {
        long id = fx.createJob(jobs, "追加と削除", director);
        mvc.perform(post("/jobs/" + id + "/team").with(csrf()).with(staff).param("workerId", String.valueOf(active)))
                .andExpect(flash().attribute("done", "jobpages.done.memberAdded"));
        assertThat(jobs.isMember(id, active)).isTrue();
        mvc.perform(get("/jobs/" + id + "/team").with(staff)).andExpect(content().string(containsString("高橋 チーム子")))
                .andExpect(content().string(containsString("業務町")))
                .andExpect(content().string(containsString("メンバー（1人）")));
        mvc.perform(post("/jobs/" + id + "/team/" + active + "/remove").with(csrf()).with(staff))
                .andExpect(flash().attributeExists("actionError"));
        assertThat(jobs.isMember(id, active)).as("without the page's version nothing is removed").isTrue();
        mvc.perform(post("/jobs/" + id + "/team/" + active + "/remove").with(csrf()).with(staff)
                        .param("version", String.valueOf(jobs.find(id).orElseThrow().version())))
                .andExpect(flash().attribute("done", "jobpages.done.memberRemoved"));
        assertThat(jobs.isMember(id, active)).isFalse();
    }

    @Test
    void a_worker_who_is_not_active_is_refused_with_the_rule() throws Exception {
        long id = fx.createJob(jobs, "未承諾", director);
        mvc.perform(post("/jobs/" + id + "/team").with(csrf()).with(staff).param("workerId", String.valueOf(applicant)))
                .andExpect(flash().attributeExists("actionError"));
        assertThat(jobs.isMember(id, applicant)).isFalse();
    }

    @Test
    void a_worker_without_the_jobs_qualification_is_refused() throws Exception {
        JobDetails d = fx.job("資格が必要", director);
        long id = jobs.create(new JobDetails(d.contractorId(), d.clientId(), d.title(), d.workKind(), d.mode(),
                d.description(), d.deliverableFormat(), d.dueDate(), d.priceModel(), d.clientUnitPrice(), d.reward(),
                Set.of("簿記2級"), d.confidentiality(), d.template(), d.overlap(), d.goldRatePercent(), d.leaseMinutes(),
                d.qualityThreshold(), d.dailyCap(), d.aql(), d.directorAccountId()));
        mvc.perform(get("/jobs/" + id + "/team").with(staff)).andExpect(content().string(containsString("簿記2級")));
        mvc.perform(post("/jobs/" + id + "/team").with(csrf()).with(staff).param("workerId", String.valueOf(active)))
                .andExpect(flash().attributeExists("actionError"));
        assertThat(jobs.isMember(id, active)).isFalse();
    }

    @Test
    void an_unknown_worker_is_a_message_not_an_error_page() throws Exception {
        long id = fx.createJob(jobs, "不明", director);
        mvc.perform(post("/jobs/" + id + "/team").with(csrf()).with(staff).param("workerId", "abc"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("actionError"));
    }
}
