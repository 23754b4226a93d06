package jp.hataraku.payouts.internal;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jp.hataraku.identity.Accounts;
import jp.hataraku.identity.Role;
import jp.hataraku.workers.WorkerFixtures;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The transitional credit page: the schedule with its sources, the estimate per confirmed month, admin corrections. */
@SpringBootTest
@AutoConfigureMockMvc
class TransitionalCreditPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    PayoutFixtures fixtures;
    @Autowired
    Accounts accounts;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;

    RequestPostProcessor account(Role role) {
        String email = WorkerFixtures.uniqueEmail(role.name().toLowerCase());
        accounts.createAccount(email, "経過措置 " + role, WorkerFixtures.PASSWORD, List.of(Accounts.RoleGrant.of(role)));
        return user(users.loadUserByUsername(email));
    }

    long confirmedPeriod(long contractor, long town, LocalDate month, LocalDate paid) {
        long period = jdbc.sql("""
                INSERT INTO pay_period (contractor_id, month, payment_date, status) VALUES (:c, :m, :p, 'REVIEW') RETURNING id""")
                .param("c", contractor).param("m", month).param("p", paid).query(Long.class).single();
        // two unregistered workers paid ¥12,340 + ¥5,000 of tax, one registered worker ¥9,999 (not counted)
        payout(period, 1, contractor, town, 123_400, null, paid);
        payout(period, 2, contractor, town, 50_000, null, paid);
        payout(period, 3, contractor, town, 99_990, "T8100005012345", paid);
        jdbc.sql("UPDATE pay_period SET status = 'CONFIRMED', confirmed_at = now() WHERE id = :p").param("p", period).update();
        return period;
    }

    void payout(long period, long worker, long contractor, long town, long gross, String registration, LocalDate paid) {
        long tax = gross / 10;
        jdbc.sql("""
                INSERT INTO worker_payout (period_id, worker_id, contractor_id, municipality_id, gross, consumption_tax_rate,
                    consumption_tax, withholding_base, withholding, net, payment_date, earliest_deadline, invoice_registration)
                VALUES (:p, :w, :c, :t, :g, 10, :tax, 0, 0, :net, :paid, :paid, :r)""")
                .param("p", period).param("w", worker).param("c", contractor).param("t", town).param("g", gross)
                .param("tax", tax).param("net", gross + tax).param("paid", paid).param("r", registration).update();
    }

    @Test
    void staff_see_the_schedule_with_its_sources_and_the_creditable_share_of_each_confirmed_month() throws Exception {
        PayoutFixtures.Place place = fixtures.place();
        long september = confirmedPeriod(place.contractor(), place.town(), LocalDate.of(2026, 8, 1), LocalDate.of(2026, 9, 25));
        long october = confirmedPeriod(place.contractor(), place.town(), LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 23));

        String page = mvc.perform(get("/payouts/credit").param("contractor", String.valueOf(place.contractor()))
                        .with(account(Role.CONTRACTOR_STAFF)).locale(Locale.JAPANESE))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("令和8年度税制改正大綱")))
                .andExpect(content().string(containsString("附則52条")))
                .andExpect(content().string(not(containsString("id=\"credit-form\""))))
                .andReturn().getResponse().getContentAsString();
        // ¥17,340 of tax paid to unregistered workers: 80% before 2026-10-01 (13,872), 70% from it (12,138)
        Assertions.assertThat(row(page, september)).contains("17,340").contains("80%").contains("13,872");
        Assertions.assertThat(row(page, october)).contains("17,340").contains("70%").contains("12,138");
    }

    @Test
    void an_administrator_corrects_a_step_and_bad_input_changes_nothing() throws Exception {
        RequestPostProcessor admin = account(Role.SYSTEM_ADMIN);
        mvc.perform(post("/payouts/credit").with(admin).with(csrf()).locale(Locale.JAPANESE)
                        .param("validFrom", "2026-10-32").param("percent", "120").param("source", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"validFrom-error\"")))
                .andExpect(content().string(containsString("id=\"percent-error\"")))
                .andExpect(content().string(containsString("id=\"source-error\"")));
        Assertions.assertThat(percentOn("2026-10-01")).isEqualTo(70);

        mvc.perform(post("/payouts/credit").with(admin).with(csrf())
                        .param("validFrom", "2026-10-01").param("percent", "50").param("source", "改正法が成立しなかった場合の法定割合"))
                .andExpect(status().is3xxRedirection());
        Assertions.assertThat(percentOn("2026-10-01")).isEqualTo(50);
        Assertions.assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'payouts.credit.step'")
                .query(Long.class).single()).isPositive();
        // put the seeded figure back for the other tests of this database
        mvc.perform(post("/payouts/credit").with(admin).with(csrf())
                        .param("validFrom", "2026-10-01").param("percent", "70").param("source", "令和8年度税制改正大綱（2025-12-19）"))
                .andExpect(status().is3xxRedirection());
    }

    private int percentOn(String date) {
        return jdbc.sql("SELECT percent FROM transitional_credit_step WHERE valid_from = CAST(:d AS date)").param("d", date)
                .query(Integer.class).single();
    }

    private static String row(String page, long period) {
        int start = page.indexOf("id=\"credit-" + period + "\"");
        Assertions.assertThat(start).as("row of period " + period).isPositive();
        return page.substring(start, page.indexOf("</tr>", start));
    }
}
