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
import java.util.List;

import jp.hataraku.identity.Accounts;
import jp.hataraku.identity.Role;
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
class WorkerStaffPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Organizations organizations;
    @Autowired
    Accounts accounts;
    @Autowired
    Workers workers;
    @Autowired
    JdbcClient jdbc;

    long townA;
    long townB;
    long hanako;
    long otherTownWorker;
    RequestPostProcessor townStaffA;

    @BeforeEach
    void setUp() throws Exception {
        townA = organizations.registerMunicipality("甲町", "こうまち", "20", 7000);
        townB = organizations.registerMunicipality("乙村", "おつむら", "20", 3000);
        hanako = workers.apply(WorkerFixtures.application(townA, "山田 花子", "やまだ はなこ", WorkerFixtures.uniqueEmail("h")),
                LocalDate.of(2026, 4, 1));
        otherTownWorker = workers.apply(WorkerFixtures.application(townB, "山田 次郎", "やまだ じろう",
                WorkerFixtures.uniqueEmail("j")), LocalDate.of(2026, 4, 1));
        String staffEmail = WorkerFixtures.uniqueEmail("staff");
        accounts.createAccount(staffEmail, "甲町 職員", WorkerFixtures.PASSWORD,
                List.of(new Accounts.RoleGrant(Role.TOWN_STAFF, townA)));
        townStaffA = SignIn.as(mvc, staffEmail, WorkerFixtures.PASSWORD);
    }

    @Test
    void a_katakana_search_finds_a_name_written_in_hiragana() throws Exception {
        mvc.perform(get("/workers").param("q", "ヤマダ").with(townStaffA)).andExpect(status().isOk())
                .andExpect(content().string(containsString("山田 花子")));
    }

    @Test
    void a_half_width_katakana_search_finds_a_name_written_in_hiragana() throws Exception {
        mvc.perform(get("/workers").param("q", "ﾊﾅｺ").with(townStaffA)).andExpect(status().isOk())
                .andExpect(content().string(containsString("山田 花子")));
    }

    @Test
    void town_staff_do_not_see_workers_of_another_town_in_the_list() throws Exception {
        mvc.perform(get("/workers").param("q", "やまだ").with(townStaffA)).andExpect(status().isOk())
                .andExpect(content().string(containsString("山田 花子")))
                .andExpect(content().string(not(containsString("山田 次郎"))));
    }

    @Test
    void town_staff_opening_a_worker_of_another_town_are_refused_with_403() throws Exception {
        mvc.perform(get("/workers/{id}", otherTownWorker).with(townStaffA)).andExpect(status().isForbidden());
        mvc.perform(post("/workers/{id}/brief", otherTownWorker).with(csrf()).with(townStaffA).param("date", "2026-04-10"))
                .andExpect(status().isForbidden());
        assertThat(workers.find(otherTownWorker)).get().extracting(WorkerSummary::status).isEqualTo(WorkerStatus.APPLIED);
    }

    @Test
    void an_unknown_worker_is_404() throws Exception {
        mvc.perform(get("/workers/{id}", 999_999_999L).with(townStaffA)).andExpect(status().isNotFound());
    }

    @Test
    void anonymous_visitors_and_workers_cannot_open_the_register() throws Exception {
        mvc.perform(get("/workers")).andExpect(status().is3xxRedirection());
        String email = WorkerFixtures.uniqueEmail("self");
        workers.apply(WorkerFixtures.application(townA, "自分 確認", "じぶん かくにん", email));
        mvc.perform(get("/workers").with(SignIn.as(mvc, email, WorkerFixtures.PASSWORD))).andExpect(status().isForbidden());
    }

    @Test
    void marking_the_info_session_changes_the_status_and_is_audited() throws Exception {
        mvc.perform(post("/workers/{id}/brief", hanako).with(csrf()).with(townStaffA).param("date", "2026-04-10"))
                .andExpect(status().is3xxRedirection());
        assertThat(workers.find(hanako)).get().extracting(WorkerSummary::status).isEqualTo(WorkerStatus.BRIEFED);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'WORKER_BRIEFED' AND target_id = :id")
                .param("id", String.valueOf(hanako)).query(Integer.class).single()).isEqualTo(1);
        mvc.perform(get("/workers/{id}", hanako).with(townStaffA)).andExpect(status().isOk())
                .andExpect(content().string(containsString("2026-04-10")))
                .andExpect(content().string(containsString("id=\"action-withdraw\"")));
    }

    @Test
    void withdrawal_for_another_reason_without_a_note_is_refused_and_nothing_changes() throws Exception {
        mvc.perform(post("/workers/{id}/withdraw", hanako).with(csrf()).with(townStaffA).param("reason", "OTHER")
                .param("date", "2026-05-01")).andExpect(status().is3xxRedirection());
        assertThat(workers.find(hanako)).get().extracting(WorkerSummary::status).isEqualTo(WorkerStatus.APPLIED);
    }

    @Test
    void a_withdrawn_worker_can_be_registered_again_from_the_detail_page() throws Exception {
        workers.withdraw(hanako, WithdrawalReason.MOVED, null, LocalDate.of(2026, 5, 1));
        mvc.perform(get("/workers/{id}", hanako).with(townStaffA))
                .andExpect(content().string(containsString("id=\"action-reregister\"")));
        mvc.perform(post("/workers/{id}/reregister", hanako).with(csrf()).with(townStaffA).param("date", "2026-06-01")
                .param("startAs", "BRIEFED")).andExpect(status().is3xxRedirection());
        assertThat(workers.find(hanako)).get().extracting(WorkerSummary::status, WorkerSummary::periodNo)
                .containsExactly(WorkerStatus.BRIEFED, 2);
    }

    @Test
    void a_live_search_from_htmx_gets_only_the_results_fragment() throws Exception {
        mvc.perform(get("/workers").param("q", "はなこ").header("HX-Request", "true").with(townStaffA))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"results\"")))
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    void a_possible_duplicate_is_flagged_on_the_detail_page() throws Exception {
        long again = workers.apply(WorkerFixtures.application(townA, "山田 花子", "やまだ はなこ",
                WorkerFixtures.uniqueEmail("again")));
        mvc.perform(get("/workers/{id}", again).with(townStaffA))
                .andExpect(content().string(containsString("id=\"duplicate-flag\"")));
    }

    @Test
    void staff_can_clear_a_duplicate_flag_after_review_and_it_is_audited() throws Exception {
        long again = workers.apply(WorkerFixtures.application(townA, "山田 花子", "やまだ はなこ",
                WorkerFixtures.uniqueEmail("again2")));
        mvc.perform(post("/workers/{id}/duplicate-cleared", again).with(csrf()).with(townStaffA))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/workers/{id}", again).with(townStaffA))
                .andExpect(content().string(not(containsString("id=\"duplicate-flag\""))));
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'WORKER_DUPLICATE_CLEARED' AND target_id = :id")
                .param("id", String.valueOf(again)).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void staff_record_the_roles_a_worker_holds_and_cannot_edit_workers_of_another_town() throws Exception {
        mvc.perform(get("/workers/{id}/profile", hanako).with(townStaffA)).andExpect(status().isOk())
                .andExpect(content().string(containsString("action=\"/workers/" + hanako + "/profile\"")));
        mvc.perform(post("/workers/{id}/profile", hanako).with(csrf()).with(townStaffA).param("postalCode", "3890111")
                        .param("address", "甲町 1").param("phone", "0268-12-3456").param("workKinds", "DATA_ENTRY")
                        .param("hoursPerWeek", "15").param("timeBands", "MORNING").param("place", "HOME")
                        .param("rolesHeld", "WORKER", "DIRECTOR"))
                .andExpect(status().is3xxRedirection());
        assertThat(workers.find(hanako).orElseThrow().rolesHeld()).containsExactlyInAnyOrder(HeldRole.WORKER, HeldRole.DIRECTOR);
        mvc.perform(get("/workers/{id}/profile", otherTownWorker).with(townStaffA)).andExpect(status().isForbidden());
    }
}
