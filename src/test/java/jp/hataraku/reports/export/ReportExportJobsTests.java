package jp.hataraku.reports.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jp.hataraku.identity.Accounts;
import jp.hataraku.identity.Role;
import jp.hataraku.organization.Organizations;
import jp.hataraku.reports.internal.export.ExportJobs;
import jp.hataraku.workers.SignIn;
import jp.hataraku.workers.WorkerFixtures;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Access rules of the dashboard's contractor filter and of background exports: town staff choose only
 * contractors serving their towns (another is 403, an unknown one an empty state); an export job is
 * its requester's (anyone else gets 404 for its page, progress and file); a finished job's file is a
 * valid workbook of every year asked for; a job left running by a crash ends FAILED at start-up, and
 * old files are deleted.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportExportJobsTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Organizations organizations;
    @Autowired
    Accounts accounts;
    @Autowired
    ExportJobs jobs;
    @Autowired
    JdbcClient jdbc;

    long town;
    long otherTown;
    long serving;
    long notServing;

    @BeforeAll
    void data() {
        long n = System.nanoTime();
        town = organizations.registerMunicipality("書出町" + n, "かきだしまち", "20", 6000);
        otherTown = organizations.registerMunicipality("隣町" + n, "となりまち", "20", 6000);
        serving = organizations.registerContractor(new Organizations.NewContractor("書出公社" + n, "かきだしこうしゃ",
                "6100005001234", "T6100005001234", "3990000", "長野県書出町1-1"));
        notServing = organizations.registerContractor(new Organizations.NewContractor("隣公社" + n, "となりこうしゃ",
                "6100005001234", "T6100005001234", "3990000", "長野県隣町1-1"));
        organizations.serve(serving, town);
        organizations.serve(notServing, otherTown);
    }

    private RequestPostProcessor staff(Role role, long scope) throws Exception {
        String email = WorkerFixtures.uniqueEmail(role.name().toLowerCase());
        accounts.createAccount(email, "職員", WorkerFixtures.PASSWORD, List.of(new Accounts.RoleGrant(role, scope)));
        return SignIn.as(mvc, email, WorkerFixtures.PASSWORD);
    }

    @Test
    void town_staff_choose_only_contractors_serving_their_towns() throws Exception {
        RequestPostProcessor townStaff = staff(Role.TOWN_STAFF, town);
        mvc.perform(get("/reports").with(townStaff).locale(Locale.JAPANESE))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("書出公社")))
                .andExpect(content().string(not(containsString("隣公社"))));
        mvc.perform(get("/reports").param("contractor", String.valueOf(serving)).with(townStaff).locale(Locale.JAPANESE))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"report-contractor\">書出公社")));
        mvc.perform(get("/reports").param("contractor", String.valueOf(notServing)).with(townStaff))
                .andExpect(status().isForbidden());
        mvc.perform(get("/reports/workbook.xlsx").param("contractor", String.valueOf(notServing))
                .param("year", "2024").with(townStaff))
                .andExpect(status().isForbidden());
        mvc.perform(post("/reports/exports").with(csrf()).with(townStaff).param("contractor", String.valueOf(notServing))
                .param("kind", "XLSX").param("from", "2024").param("to", "2024"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/reports").param("contractor", "999999999").with(townStaff).locale(Locale.JAPANESE))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("その受託事業者は見つかりません")));

        // contractor staff see every contractor
        RequestPostProcessor contractorStaff = staff(Role.CONTRACTOR_STAFF, 0);
        mvc.perform(get("/reports").param("contractor", String.valueOf(notServing)).with(contractorStaff))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("隣公社")));
    }

    @Test
    void an_export_job_is_its_requesters_and_makes_a_workbook_of_every_year() throws Exception {
        RequestPostProcessor owner = staff(Role.CONTRACTOR_STAFF, 0);
        RequestPostProcessor other = staff(Role.CONTRACTOR_STAFF, 0);
        MvcResult started = mvc.perform(post("/reports/exports").with(csrf()).with(owner).locale(Locale.JAPANESE)
                .param("town", String.valueOf(town)).param("contractor", String.valueOf(serving))
                .param("kind", "XLSX").param("from", "2021").param("to", "2023"))
                .andExpect(status().is3xxRedirection()).andReturn();
        String page = started.getResponse().getRedirectedUrl();
        assertThat(page).matches("/reports/exports/\\d+");
        long id = Long.parseLong(page.substring(page.lastIndexOf('/') + 1));

        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        String html;
        do {
            Thread.sleep(200);
            html = mvc.perform(get(page).with(owner).locale(Locale.JAPANESE)).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
        } while (!html.contains("data-status=\"DONE\"") && !html.contains("data-status=\"FAILED\"")
                && Instant.now().isBefore(deadline));
        assertThat(html).contains("data-status=\"DONE\"", "<progress id=\"job-bar\" max=\"100\" value=\"100\"",
                "id=\"job-percent\">100%", "id=\"job-download\"", "2021年度（令和3年度） – 2023年度（令和5年度）");

        byte[] file = mvc.perform(get(page + "/file").with(owner)).andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            List<String> sheets = new ArrayList<>();
            book.forEach(s -> sheets.add(s.getSheetName()));
            assertThat(sheets).anyMatch(s -> s.endsWith("-2021")).anyMatch(s -> s.endsWith("-2022"))
                    .anyMatch(s -> s.endsWith("-2023"));
            assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
                    .contains("書出公社", "2021年度", "2023年度");
        }

        // the owner finds it on the dashboard and polls its progress; someone else's job does not exist for them
        mvc.perform(get("/reports").with(owner).locale(Locale.JAPANESE))
                .andExpect(content().string(containsString("href=\"/reports/exports/" + id + "\"")));
        mvc.perform(get(page + "/progress").with(owner).locale(Locale.JAPANESE)).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-status=\"DONE\"")))
                .andExpect(content().string(not(containsString("hx-trigger"))));
        mvc.perform(get("/reports").with(other))
                .andExpect(content().string(not(containsString("href=\"/reports/exports/" + id + "\""))));
        mvc.perform(get(page).with(other)).andExpect(status().isNotFound());
        mvc.perform(get(page + "/progress").with(other)).andExpect(status().isNotFound());
        mvc.perform(get(page + "/file").with(other)).andExpect(status().isNotFound());
        assertThat(jobs.find(id, 0)).isEmpty();
    }

    @Test
    void a_pdf_or_csv_holds_one_year_and_the_refusal_is_shown_on_the_dashboard() throws Exception {
        RequestPostProcessor owner = staff(Role.CONTRACTOR_STAFF, 0);
        mvc.perform(post("/reports/exports").with(csrf()).with(owner).param("town", String.valueOf(town))
                .param("kind", "PDF").param("from", "2021").param("to", "2023"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("exportError", "reports.job.error.range"));
        mvc.perform(post("/reports/exports").with(csrf()).with(owner).param("town", String.valueOf(town))
                .param("kind", "XLSX").param("from", "2023").param("to", "2021"))
                .andExpect(flash().attribute("exportError", "reports.job.error.order"));
        mvc.perform(post("/reports/exports").with(owner).param("kind", "XLSX").param("to", "2021"))
                .andExpect(status().isForbidden()); // no CSRF token
    }

    @Test
    void a_job_left_running_by_a_crash_ends_failed_at_start_up_and_old_files_go() {
        long account = 424242L;
        long running = jdbc.sql("""
                INSERT INTO report_export_job (account_id, kind, from_year, to_year, locale, status, total, heartbeat_at)
                VALUES (:a, 'XLSX', 2024, 2024, 'ja', 'RUNNING', 2, now() - interval '3 minutes') RETURNING id""")
                .param("a", account).query(Long.class).single();
        // another instance's job, its heartbeat still beating: not this start-up's to end
        long alive = jdbc.sql("""
                INSERT INTO report_export_job (account_id, kind, from_year, to_year, locale, status, total, heartbeat_at)
                VALUES (:a, 'XLSX', 2024, 2024, 'ja', 'RUNNING', 2, now() - interval '20 seconds') RETURNING id""")
                .param("a", account).query(Long.class).single();
        long old = jdbc.sql("""
                INSERT INTO report_export_job (account_id, kind, from_year, to_year, locale, status, total, done, file,
                    file_name, finished_at)
                VALUES (:a, 'CSV', 2024, 2024, 'ja', 'DONE', 2, 2, '\\x00', 'x.csv', now() - interval '8 days')
                RETURNING id""")
                .param("a", account).query(Long.class).single();
        long recent = jdbc.sql("""
                INSERT INTO report_export_job (account_id, kind, from_year, to_year, locale, status, total, done, file,
                    file_name, finished_at)
                VALUES (:a, 'CSV', 2024, 2024, 'ja', 'DONE', 2, 2, '\\x00', 'x.csv', now() - interval '6 days')
                RETURNING id""")
                .param("a", account).query(Long.class).single();

        jobs.recoverInterrupted();

        ExportJobs.Job job = jobs.find(running, account).orElseThrow();
        assertThat(job.status()).isEqualTo(ExportJobs.Status.FAILED);
        assertThat(job.errorCode()).isEqualTo("reports.job.error.interrupted");
        assertThat(jobs.find(alive, account).orElseThrow().status()).isEqualTo(ExportJobs.Status.RUNNING);
        assertThat(jobs.find(old, account)).isEmpty();
        assertThat(jobs.find(recent, account)).isPresent();
        // a failed job never runs again
        jobs.run(running);
        assertThat(jobs.find(running, account).orElseThrow().status()).isEqualTo(ExportJobs.Status.FAILED);
    }
}
