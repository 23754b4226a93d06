package jp.hataraku.workers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Optional;

import jp.hataraku.organization.Organizations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SpringBootTest
@AutoConfigureMockMvc
class WorkerSelfServiceTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Organizations organizations;
    @Autowired
    Workers workers;
    @Autowired
    JdbcClient jdbc;

    long town;
    long id;
    RequestPostProcessor me;

    @BeforeEach
    void setUp() throws Exception {
        town = organizations.registerMunicipality("自分町", "じぶんまち", "20", 5000);
        String email = WorkerFixtures.uniqueEmail("me");
        id = workers.apply(WorkerFixtures.application(town, "佐藤 明美", "さとう あけみ", email), LocalDate.of(2026, 4, 1));
        me = SignIn.as(mvc, email, WorkerFixtures.PASSWORD);
    }

    @Test
    void an_applicant_sees_the_status_but_no_nda_before_the_info_session() throws Exception {
        mvc.perform(get("/me").with(me)).andExpect(status().isOk())
                .andExpect(content().string(containsString("申込み")))
                .andExpect(content().string(not(containsString("id=\"accept-nda\""))));
    }

    @Test
    void a_briefed_worker_who_accepts_the_nda_and_terms_becomes_active_with_the_version_recorded() throws Exception {
        workers.markBriefed(id, LocalDate.of(2026, 4, 10));
        mvc.perform(get("/me").with(me)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"accept-nda\"")))
                .andExpect(content().string(containsString("秘密保持の誓約")));
        mvc.perform(post("/me/terms").with(csrf()).with(me).param("version", Workers.CURRENT_TERMS_VERSION))
                .andExpect(status().is3xxRedirection());
        WorkerSummary w = workers.find(id).orElseThrow();
        assertThat(w.status()).isEqualTo(WorkerStatus.ACTIVE);
        assertThat(w.termsVersion()).isEqualTo(Optional.of(Workers.CURRENT_TERMS_VERSION));
        assertThat(jdbc.sql("SELECT terms_accepted_at IS NOT NULL FROM worker_period WHERE worker_id = :id AND period_no = 1")
                .param("id", id).query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'WORKER_TERMS_ACCEPTED' AND target_id = :id")
                .param("id", String.valueOf(id)).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void accepting_an_outdated_terms_version_changes_nothing() throws Exception {
        workers.markBriefed(id, LocalDate.of(2026, 4, 10));
        mvc.perform(post("/me/terms").with(csrf()).with(me).param("version", "2019-01"))
                .andExpect(status().is3xxRedirection());
        assertThat(workers.find(id).orElseThrow().status()).isEqualTo(WorkerStatus.BRIEFED);
    }

    @Test
    void the_worker_edits_the_profile_and_a_wrong_invoice_number_is_shown_beside_the_field() throws Exception {
        mvc.perform(get("/me/profile").with(me)).andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"invoiceRegistrationNumber\"")));
        mvc.perform(post("/me/profile").with(csrf()).with(me).param("postalCode", "3890111").param("address", "新住所 1")
                        .param("phone", "0268-12-3456").param("workKinds", "WRITING").param("hoursPerWeek", "20")
                        .param("timeBands", "EVENING").param("place", "EITHER").param("skills", "Excel\nタイピング")
                        .param("rolesHeld", "WORKER", "SALES").param("invoiceRegistrationNumber", "T6000012050002"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"新住所 1\"")))
                .andExpect(content().string(containsString("登録番号はTと13桁の数字で")));
        mvc.perform(post("/me/profile").with(csrf()).with(me).param("postalCode", "3890111").param("address", "新住所 1")
                        .param("phone", "0268-12-3456").param("workKinds", "WRITING").param("hoursPerWeek", "20")
                        .param("timeBands", "EVENING").param("place", "EITHER").param("skills", "Excel\nタイピング")
                        .param("rolesHeld", "WORKER", "SALES").param("invoiceRegistrationNumber", "T7000012050002"))
                .andExpect(status().is3xxRedirection());
        WorkerSummary w = workers.find(id).orElseThrow();
        assertThat(w.invoiceRegistrationNumber()).contains("T7000012050002");
        assertThat(w.rolesHeld()).containsExactlyInAnyOrder(HeldRole.WORKER, HeldRole.SALES);
        assertThat(w.workKinds()).containsExactly(WorkKind.WRITING);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'WORKER_PROFILE_UPDATED' AND target_id = :id")
                .param("id", String.valueOf(id)).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void a_withdrawal_request_is_recorded_for_staff_to_confirm_without_changing_the_status() throws Exception {
        mvc.perform(post("/me/requests").with(csrf()).with(me).param("kind", "WITHDRAWAL").param("note", "就職しました"))
                .andExpect(status().is3xxRedirection());
        assertThat(workers.find(id).orElseThrow().status()).isEqualTo(WorkerStatus.APPLIED);
        assertThat(jdbc.sql("SELECT count(*) FROM worker_request WHERE worker_id = :id AND resolved_at IS NULL")
                .param("id", id).query(Integer.class).single()).isEqualTo(1);
        workers.withdraw(id, WithdrawalReason.EMPLOYMENT, null, LocalDate.of(2026, 5, 1));
        assertThat(jdbc.sql("SELECT count(*) FROM worker_request WHERE worker_id = :id AND resolved_at IS NULL")
                .param("id", id).query(Integer.class).single()).isZero();
    }

    @Test
    void staff_pages_are_closed_to_workers() throws Exception {
        mvc.perform(get("/workers/{id}", id).with(me)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/workers").with(me)).andExpect(status().isForbidden());
    }
}
