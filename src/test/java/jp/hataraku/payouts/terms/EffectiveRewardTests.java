package jp.hataraku.payouts.terms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import jp.hataraku.identity.Accounts;
import jp.hataraku.identity.Role;
import jp.hataraku.jobs.JobFixtures;
import jp.hataraku.jobs.Jobs;
import jp.hataraku.jobs.SubmitOutcome;
import jp.hataraku.jobs.Tasks;
import jp.hataraku.jobs.UnitTime;
import jp.hataraku.organization.MinimumWage;
import jp.hataraku.organization.Organizations;
import jp.hataraku.shared.TokyoClock;
import jp.hataraku.workers.SignIn;
import jp.hataraku.workers.WorkerFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Median time per approved unit from real task timings, the town's dated minimum wage, and the rewards page. */
@SpringBootTest
@AutoConfigureMockMvc
class EffectiveRewardTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JobFixtures fixtures;
    @Autowired
    Jobs jobs;
    @Autowired
    Tasks tasks;
    @Autowired
    Organizations organizations;
    @Autowired
    Accounts accounts;
    @Autowired
    TokyoClock clock;

    @AfterEach
    void releaseTime() {
        clock.reset();
    }

    /** Claims a task at {@code start}, hands it in {@code seconds} later; approves it when asked. */
    long work(long job, long worker, Instant start, long seconds, boolean approve) {
        clock.setFixed(start);
        long task = tasks.claimNext(worker, Optional.of(job)).orElseThrow().taskId();
        clock.setFixed(start.plusSeconds(seconds));
        assertThat(tasks.submit(worker, task, "k-" + task, JobFixtures.card("山田 太郎")))
                .isInstanceOf(SubmitOutcome.Accepted.class);
        if (approve) {
            tasks.approve(task, fixtures.director());
        }
        return task;
    }

    @Test
    void the_median_counts_approved_units_from_lease_to_submission() throws Exception {
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock.setFixed(t0);
        LocalDate today = clock.today();
        long job = fixtures.openPoolJob(today, 1); // 12 yen per unit
        fixtures.batch(job, 5);
        long worker = fixtures.team(job, 1).get(0);
        assertThat(jobs.unitTime(job)).isEmpty();

        work(job, worker, t0, 60, true);
        work(job, worker, t0.plusSeconds(1000), 300, true);
        work(job, worker, t0.plusSeconds(2000), 120, true);
        work(job, worker, t0.plusSeconds(3000), 10, false); // not approved: not a unit
        UnitTime odd = jobs.unitTime(job).orElseThrow();
        assertThat(odd.units()).isEqualTo(3);
        assertThat(odd.medianSeconds()).isEqualByComparingTo("120");
        assertThat(odd.effectiveHourly(12)).isEqualTo(360);

        work(job, worker, t0.plusSeconds(4000), 240, true);
        UnitTime even = jobs.unitTime(job).orElseThrow();
        assertThat(even.units()).isEqualTo(4);
        // the median of 60, 120, 240, 300 seconds is 180 s = 3.0 minutes: 12 × 60 ÷ 3 = 240 yen an hour
        assertThat(even.medianSeconds()).isEqualByComparingTo("180");
        assertThat(even.medianMinutes()).isEqualByComparingTo("3.0");
        assertThat(even.effectiveHourly(12)).isEqualTo(240);

        // the town's minimum wage is dated data; the rewards page flags the job in words
        long town = fixtures.town();
        assertThat(organizations.recordMinimumWage(town, "９８０", today.minusYears(2).toString(), "テスト用の値（旧）")
                .isValid()).isTrue();
        assertThat(organizations.recordMinimumWage(town, "1,050", today.minusDays(1).toString(), "テスト用の値")
                .isValid()).isTrue();
        assertThat(organizations.minimumWage(town, today)).contains(
                new MinimumWage(town, 1050, today.minusDays(1), "テスト用の値"));
        assertThat(organizations.minimumWage(town, today.minusDays(2)).orElseThrow().yenPerHour()).isEqualTo(980);
        assertThat(organizations.minimumWage(town, today.minusYears(3))).isEmpty();
        assertThat(organizations.recordMinimumWage(town, "abc", "yesterday", " ").errors())
                .extracting(e -> e.field()).containsExactlyInAnyOrder("yenPerHour", "validFrom", "source");

        String email = WorkerFixtures.uniqueEmail("reward-staff");
        accounts.createAccount(email, "報酬 職員", WorkerFixtures.PASSWORD, List.of(Accounts.RoleGrant.of(Role.CONTRACTOR_STAFF)));
        RequestPostProcessor staff = SignIn.as(mvc, email, WorkerFixtures.PASSWORD);
        String page = mvc.perform(get("/payouts/rewards").with(staff)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String row = page.substring(page.indexOf("id=\"reward-row-" + job + "\""));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row).contains("1件12円", "3.0分", "240円", "1,050円", "最低賃金を下回っています");
        mvc.perform(get("/payouts/rewards").with(staff).param("lang", "en"))
                .andExpect(content().string(containsString("Below the minimum wage")));
        // the job's own page says it too (jobs reads the minimum wage from organization, not from payouts)
        mvc.perform(get("/jobs/{id}", job).with(staff)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"job-below-minimum-wage\"")))
                .andExpect(content().string(containsString("3.0分（承認4件から）")))
                .andExpect(content().string(containsString("（最低賃金 1,050円）")));
    }

    @Test
    void the_minimum_wage_is_recorded_on_the_town_form() throws Exception {
        long town = fixtures.town();
        String email = WorkerFixtures.uniqueEmail("wage-admin");
        accounts.createAccount(email, "賃金 管理者", WorkerFixtures.PASSWORD, List.of(Accounts.RoleGrant.of(Role.SYSTEM_ADMIN)));
        RequestPostProcessor admin = SignIn.as(mvc, email, WorkerFixtures.PASSWORD);
        mvc.perform(post("/admin/organizations/municipalities/{id}/minimum-wage", town).with(csrf()).with(admin)
                .param("yenPerHour", "0").param("validFrom", "2024-10-01").param("source", "長野労働局"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"yenPerHour-error\"")));
        mvc.perform(post("/admin/organizations/municipalities/{id}/minimum-wage", town).with(csrf()).with(admin)
                .param("yenPerHour", "998").param("validFrom", "2024-10-01").param("source", "長野労働局の公示"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/admin/organizations/municipalities/{id}/edit", town).with(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("長野労働局の公示")))
                .andExpect(content().string(containsString("998円")));
        assertThat(organizations.minimumWages(town)).extracting(MinimumWage::validFrom).contains(LocalDate.of(2024, 10, 1));
    }
}
