package jp.hataraku.payouts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import jp.hataraku.identity.Accounts;
import jp.hataraku.identity.Role;
import jp.hataraku.payouts.PeriodStatus;
import jp.hataraku.platform.PdfRenderer;
import jp.hataraku.workers.WorkKind;
import jp.hataraku.workers.WorkerFixtures;
import jp.hataraku.workers.Workers;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SpringBootTest
@AutoConfigureMockMvc
class PayoutPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    PayoutFixtures fixtures;
    @Autowired
    RewardLedger ledger;
    @Autowired
    ClosingQueries queries;
    @Autowired
    Accounts accounts;
    @Autowired
    Workers workers;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PdfRenderer pdf;

    PayoutFixtures.Place place;
    RequestPostProcessor staff;
    final YearMonth month = YearMonth.of(2026, 10);
    final LocalDate received = LocalDate.of(2026, 10, 5);

    RequestPostProcessor account(Role role) {
        String email = WorkerFixtures.uniqueEmail(role.name().toLowerCase());
        accounts.createAccount(email, "支払 " + role, WorkerFixtures.PASSWORD, List.of(Accounts.RoleGrant.of(role)));
        return user(users.loadUserByUsername(email));
    }

    RequestPostProcessor as(long worker) {
        return user(users.loadUserByUsername(workers.find(worker).orElseThrow().email()));
    }

    @Autowired
    jp.hataraku.shared.TokyoClock clock;

    @BeforeEach
    void setUp() {
        place = fixtures.place();
        staff = account(Role.CONTRACTOR_STAFF);
        // before October's payment date (25 November), so that October can be confirmed
        clock.setFixed(ClosingTests.NOVEMBER_10);
    }

    @org.junit.jupiter.api.AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void staff_choose_an_earlier_payment_date_that_meets_every_deadline() throws Exception {
        long late = fixtures.worker(place.town());
        // received 20 September, approved 9 October: its deadline is 18 November, before the 25th
        ledger.taskApproved(PayoutFixtures.task(place, late, WorkKind.DATA_ENTRY, 2_000, LocalDate.of(2026, 9, 20),
                LocalDate.of(2026, 10, 9)));
        long period = closeThroughThePage();
        mvc.perform(get("/payouts/periods/{id}", period).with(staff).locale(Locale.ENGLISH))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"deadline-warnings\"")))
                .andExpect(content().string(containsString("id=\"latest-payable\"")))
                .andExpect(content().string(containsString("value=\"2026-11-18\"")))
                .andExpect(content().string(containsString("min=\"2026-11-10\"")))
                .andExpect(content().string(containsString("max=\"2026-11-25\"")));
        // a refused date comes back on the page, at its field
        mvc.perform(post("/payouts/periods/{id}/payment-date", period).param("paymentDate", "2026-11-14")
                        .with(staff).with(csrf()).locale(Locale.JAPANESE))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2026-11-14 は銀行営業日ではありません")))
                .andExpect(content().string(containsString("id=\"paymentDate-error\"")))
                .andExpect(content().string(containsString("value=\"2026-11-14\"")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")));
        mvc.perform(post("/payouts/periods/{id}/payment-date", period).param("paymentDate", "2026-11-18")
                        .with(staff).with(csrf()))
                .andExpect(redirectedUrl("/payouts/periods/" + period));
        assertThat(queries.period(period).orElseThrow().paymentDate()).isEqualTo(LocalDate.of(2026, 11, 18));
        mvc.perform(get("/payouts/periods/{id}", period).with(staff).locale(Locale.ENGLISH))
                .andExpect(content().string(not(containsString("id=\"deadline-warnings\""))));
        mvc.perform(post("/payouts/periods/{id}/confirm", period).with(staff).with(csrf()))
                .andExpect(redirectedUrl("/payouts/periods/" + period));
        assertThat(queries.period(period).orElseThrow().status()).isEqualTo(PeriodStatus.CONFIRMED);

        // once the date is gone, the page and confirm say so
        long other = fixtures.worker(place.town());
        ledger.addAdjustment(new RewardLedger.AdjustmentForm(place.contractor(), other, null, WorkKind.OTHER, 900L, "賞与"), 0);
        MvcResult r = mvc.perform(post("/payouts/periods").param("contractor", String.valueOf(place.contractor()))
                .param("month", "2026-11").with(staff).with(csrf())).andReturn();
        long november = Long.parseLong(r.getResponse().getRedirectedUrl().replaceAll("\\D", ""));
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (queries.period(november).orElseThrow().status() != PeriodStatus.REVIEW && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        clock.setFixed(java.time.OffsetDateTime.of(2026, 12, 28, 9, 0, 0, 0, java.time.ZoneOffset.ofHours(9)).toInstant());
        mvc.perform(get("/payouts/periods/{id}", november).with(staff).locale(Locale.ENGLISH))
                .andExpect(content().string(containsString("id=\"payment-date-passed\"")));
        mvc.perform(post("/payouts/periods/{id}/confirm", november).with(staff).with(csrf()).locale(Locale.ENGLISH))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("error", containsString("過ぎている")));
        assertThat(queries.period(november).orElseThrow().status()).isEqualTo(PeriodStatus.REVIEW);
    }

    /** Starts the closing through the page and waits for the background run. */
    private long closeThroughThePage() throws Exception {
        MvcResult r = mvc.perform(post("/payouts/periods").param("contractor", String.valueOf(place.contractor()))
                .param("month", month.toString()).with(staff).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        long period = Long.parseLong(r.getResponse().getRedirectedUrl().replaceAll("\\D", ""));
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (queries.period(period).orElseThrow().status() != PeriodStatus.REVIEW && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(queries.period(period).orElseThrow().status()).isEqualTo(PeriodStatus.REVIEW);
        return period;
    }

    @Test
    void staff_close_review_and_confirm_and_the_worker_sees_only_their_own_notice() throws Exception {
        long registered = fixtures.registeredWorker(place.town());
        long plain = fixtures.worker(place.town());
        ledger.taskApproved(PayoutFixtures.task(place, registered, WorkKind.WRITING, 30_000, received, received.plusDays(2)));
        ledger.taskApproved(PayoutFixtures.task(place, plain, WorkKind.DATA_ENTRY, 8_000, received, received.plusDays(2)));

        mvc.perform(get("/payouts").param("contractor", String.valueOf(place.contractor())).with(staff).locale(Locale.JAPANESE))
                .andExpect(status().isOk()).andExpect(content().string(containsString("月次締め")));
        long period = closeThroughThePage();
        mvc.perform(get("/payouts/periods/{id}/progress", period).with(staff))
                .andExpect(status().isOk()).andExpect(header().string("HX-Redirect", "/payouts/periods/" + period));
        mvc.perform(get("/payouts/periods/{id}", period).with(staff).locale(Locale.JAPANESE))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"total-gross\">38,000<")))
                // 30,000 × 10.21% = 3,063 withheld from the writer only
                .andExpect(content().string(containsString("id=\"total-withholding\">3,063<")))
                .andExpect(content().string(containsString("id=\"confirm\"")));
        mvc.perform(post("/payouts/periods/{id}/confirm", period).with(staff).with(csrf()))
                .andExpect(redirectedUrl("/payouts/periods/" + period));
        mvc.perform(post("/payouts/periods/{id}/confirm", period).with(staff).with(csrf()).locale(Locale.JAPANESE))
                .andExpect(redirectedUrl("/payouts/periods/" + period));
        mvc.perform(get("/payouts/periods/{id}", period).with(staff).locale(Locale.JAPANESE)
                        .flashAttr("error", "x"))
                .andExpect(content().string(containsString("id=\"locked\"")))
                .andExpect(content().string(not(containsString("id=\"confirm\""))));

        // the registered worker's notice is a purchase statement
        mvc.perform(get("/payouts/periods/{p}/workers/{w}", period, registered).with(staff).locale(Locale.JAPANESE))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("仕入明細書")))
                .andExpect(content().string(containsString("T8100005012345")))
                .andExpect(content().string(containsString("T6100005001234")))
                .andExpect(content().string(containsString("id=\"notice-tax\">3,000<")))
                .andExpect(content().string(containsString("id=\"notice-net\">29,937<")));
        mvc.perform(get("/me/payments").with(as(registered)).locale(Locale.JAPANESE))
                .andExpect(status().isOk()).andExpect(content().string(containsString("/me/payments/" + period)));
        mvc.perform(get("/me/payments/{p}", period).with(as(registered)).locale(Locale.JAPANESE))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"purchase-statement\"")));
        // the unregistered worker's notice makes no such claim
        mvc.perform(get("/me/payments/{p}", period).with(as(plain)).locale(Locale.JAPANESE))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"not-registered\"")))
                .andExpect(content().string(not(containsString("id=\"purchase-statement\""))));
        // another worker's notice does not exist for them
        long stranger = fixtures.worker(place.town());
        mvc.perform(get("/me/payments/{p}", period).with(as(stranger))).andExpect(status().isNotFound());
        mvc.perform(get("/me/payments/{p}.pdf", period).with(as(stranger))).andExpect(status().isNotFound());
        mvc.perform(get("/me/payments").with(as(stranger)).locale(Locale.JAPANESE))
                .andExpect(content().string(containsString("id=\"no-payments\"")));

        MvcResult file = mvc.perform(get("/me/payments/{p}.pdf", period).with(as(registered)).locale(Locale.JAPANESE))
                .andReturn();
        if (pdf.available()) {
            assertThat(file.getResponse().getContentType()).isEqualTo("application/pdf");
            java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"));
            java.nio.file.Files.write(java.nio.file.Path.of("target", "payment-notice-sample.pdf"),
                    file.getResponse().getContentAsByteArray());
            try (var doc = Loader.loadPDF(file.getResponse().getContentAsByteArray())) {
                String text = java.text.Normalizer.normalize(new PDFTextStripper().getText(doc), java.text.Normalizer.Form.NFKC);
                assertThat(text).contains("T8100005012345").contains("29,937").contains("仕入明細書");
            }
        } else {
            assertThat(file.getResponse().getStatus()).isEqualTo(503);
        }
    }

    @Test
    void directors_and_workers_do_not_handle_pay() throws Exception {
        mvc.perform(get("/payouts").with(account(Role.DIRECTOR))).andExpect(status().isForbidden());
        long w = fixtures.worker(place.town());
        mvc.perform(get("/payouts/deadlines").with(as(w))).andExpect(status().isForbidden());
        mvc.perform(get("/me/payments").with(staff)).andExpect(status().isForbidden());
    }

    @Test
    void a_payment_day_that_could_miss_the_deadline_is_refused_with_the_reason() throws Exception {
        mvc.perform(post("/payouts/settings").param("contractor", String.valueOf(place.contractor()))
                        .param("paymentDay", "31").param("unregisteredTax", "NONE").param("objectionDays", "14")
                        .with(staff).with(csrf()).locale(Locale.JAPANESE))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"paymentDay-error\"")))
                .andExpect(content().string(containsString("翌月29日より後")));
        mvc.perform(post("/payouts/settings").param("contractor", String.valueOf(place.contractor()))
                        .param("paymentDay", "20").param("unregisteredTax", "NONE").param("objectionDays", "10")
                        .param("withholding", "WRITING", "TRANSCRIPTION")
                        .with(staff).with(csrf()))
                .andExpect(redirectedUrl("/payouts/settings?contractor=" + place.contractor()));
        PayoutSettings s = new PayoutSettingsRepository(jdbc).find(place.contractor());
        assertThat(s.paymentDay()).isEqualTo(20);
        assertThat(s.unregisteredTax()).isEqualTo(PayoutSettings.UnregisteredTax.NONE);
        assertThat(s.subjectToWithholding(WorkKind.TRANSCRIPTION)).isTrue();
        assertThat(s.subjectToWithholding(WorkKind.WEB_DESIGN)).isFalse();
        assertThat(s.consumptionTaxRate(java.util.Optional.empty())).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'payouts.settings' AND target_id = :c")
                .param("c", String.valueOf(place.contractor())).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void adjustments_are_added_with_a_reason_and_shown_on_the_ledger_and_the_deadline_board() throws Exception {
        long w = fixtures.worker(place.town());
        mvc.perform(post("/payouts/lines").param("contractor", String.valueOf(place.contractor()))
                        .param("workerId", String.valueOf(w)).param("kind", "OTHER").param("amount", "５,０００")
                        .param("reason", "").with(staff).with(csrf()).locale(Locale.JAPANESE))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"reason-error\"")));
        mvc.perform(post("/payouts/lines").param("contractor", String.valueOf(place.contractor()))
                        .param("workerId", String.valueOf(w)).param("kind", "OTHER").param("amount", "５,０００")
                        .param("reason", "繁忙期の賞与").with(staff).with(csrf()))
                .andExpect(redirectedUrl("/payouts/lines?contractor=" + place.contractor()));
        mvc.perform(get("/payouts/lines").param("contractor", String.valueOf(place.contractor())).with(staff))
                .andExpect(status().isOk()).andExpect(content().string(containsString("繁忙期の賞与")))
                .andExpect(content().string(containsString("5,000")));
        ledger.taskApproved(PayoutFixtures.task(place, w, WorkKind.DATA_ENTRY, 100, LocalDate.of(2026, 8, 1),
                LocalDate.of(2026, 8, 3)));
        mvc.perform(get("/payouts/deadlines").param("contractor", String.valueOf(place.contractor())).with(staff)
                        .locale(Locale.JAPANESE))
                .andExpect(status().isOk()).andExpect(content().string(containsString("deadline-OVERDUE")));
    }

    @Test
    void the_review_pages_through_the_workers() throws Exception {
        // 120 payees with one line each, straight into the ledger (the closing needs no more of a worker)
        jdbc.sql("INSERT INTO payee (worker_id, municipality_id) SELECT 8000000 + g, :m FROM generate_series(1, 120) g")
                .param("m", place.town()).update();
        jdbc.sql("""
                INSERT INTO reward_line (contractor_id, municipality_id, worker_id, work_kind, amount, received_on,
                    approved_on, source, reason)
                SELECT :c, :m, 8000000 + g, 'DATA_ENTRY', 100 * g, :d, :d, 'ADJUSTMENT', 'ページ送りの確認'
                FROM generate_series(1, 120) g""")
                .param("c", place.contractor()).param("m", place.town()).param("d", received).update();
        long period = closeThroughThePage();
        mvc.perform(get("/payouts/periods/{id}", period).param("page", "2").with(staff).locale(Locale.JAPANESE))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("3 / 3 ページ(全 120 人)")))
                .andExpect(content().string(containsString(">8000120<")))
                .andExpect(content().string(not(containsString(">8000050<"))))
                .andExpect(content().string(containsString("id=\"total-gross\">726,000<")));
    }
}
