package jp.hataraku.workers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SpringBootTest
@AutoConfigureMockMvc
class WorkerBankAccountPagesTests {

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

    long town;
    long worker;
    RequestPostProcessor asWorker;

    @BeforeEach
    void setUp() throws Exception {
        town = organizations.registerMunicipality("丁町" + System.nanoTime(), "ていちょう", "20", 2000);
        String email = WorkerFixtures.uniqueEmail("bank");
        worker = workers.apply(WorkerFixtures.application(town, "山田 花子", "やまだ はなこ", email));
        asWorker = SignIn.as(mvc, email, WorkerFixtures.PASSWORD);
    }

    private RequestPostProcessor staff(Role role) throws Exception {
        String email = WorkerFixtures.uniqueEmail(role.name().toLowerCase());
        accounts.createAccount(email, "職員", WorkerFixtures.PASSWORD, List.of(new Accounts.RoleGrant(role,
                role == Role.TOWN_STAFF ? town : 0)));
        return SignIn.as(mvc, email, WorkerFixtures.PASSWORD);
    }

    private MockHttpServletRequestBuilder saveForm(String bank, String branch, String number, String holder) {
        return post("/me/bank").with(csrf()).with(asWorker).header("Accept-Language", "ja").param("bankCode", bank)
                .param("branchCode", branch).param("accountType", "1").param("accountNumber", number)
                .param("holderName", holder);
    }

    private int audits(String action) {
        return jdbc.sql("SELECT count(*) FROM audit_log WHERE action = :a AND target_id = :id")
                .param("a", action).param("id", String.valueOf(worker)).query(Integer.class).single();
    }

    @Test
    void a_worker_saves_an_account_by_codes_and_sees_it_masked() throws Exception {
        mvc.perform(saveForm("0001", "001", "12345", "やまだ はなこ")).andExpect(redirectedUrl("/me/bank"));
        mvc.perform(get("/me/bank").with(asWorker).header("Accept-Language", "ja")).andExpect(status().isOk())
                .andExpect(content().string(containsString("*****45")))
                .andExpect(content().string(containsString("ﾔﾏﾀﾞ ﾊﾅｺ")))
                .andExpect(content().string(not(containsString("0012345"))));
        assertThat(jdbc.sql("SELECT holder_kana FROM worker_bank_account WHERE worker_id = :id").param("id", worker)
                .query(String.class).single()).isEqualTo("ﾔﾏﾀﾞ ﾊﾅｺ");
        assertThat(audits("BANK_ACCOUNT_SAVED")).isEqualTo(1);
    }

    @Test
    void a_holder_name_with_a_character_banks_refuse_is_named_in_the_message_and_nothing_is_saved() throws Exception {
        mvc.perform(saveForm("0001", "001", "12345", "山田はなこ")).andExpect(status().isOk())
                .andExpect(content().string(containsString("「山」")))
                .andExpect(content().string(containsString("id=\"holderName-error\"")))
                .andExpect(content().string(containsString("value=\"12345\"")));
        assertThat(jdbc.sql("SELECT count(*) FROM worker_bank_account WHERE worker_id = :id").param("id", worker)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void a_refused_change_keeps_the_saved_account_and_still_shows_it_masked() throws Exception {
        mvc.perform(saveForm("0001", "001", "12345", "ﾔﾏﾀﾞ ﾊﾅｺ"));
        mvc.perform(saveForm("0001", "001", "99999", "山田")).andExpect(status().isOk())
                .andExpect(content().string(containsString("*****45")));
        assertThat(jdbc.sql("SELECT account_number FROM worker_bank_account WHERE worker_id = :id").param("id", worker)
                .query(String.class).single()).isEqualTo("0012345");
    }

    @Test
    void an_unknown_bank_code_is_shown_beside_the_field() throws Exception {
        mvc.perform(saveForm("9998", "001", "12345", "ﾔﾏﾀﾞ ﾊﾅｺ")).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"bankCode-error\"")));
    }

    @Test
    void the_form_offers_the_bank_search_without_inline_script() throws Exception {
        mvc.perform(get("/me/bank").with(asWorker)).andExpect(status().isOk())
                .andExpect(content().string(containsString("hx-get=\"/banks/search\"")))
                .andExpect(content().string(containsString("/js/workers/bank-picker.js")))
                .andExpect(content().string(not(containsString("onclick"))))
                .andExpect(content().string(not(containsString("style="))));
    }

    @Test
    void back_office_staff_see_the_full_account_and_the_read_is_audited() throws Exception {
        mvc.perform(saveForm("0001", "001", "12345", "ﾔﾏﾀﾞ ﾊﾅｺ"));
        int before = audits("READ_SENSITIVE");
        mvc.perform(get("/workers/" + worker + "/bank").with(staff(Role.CONTRACTOR_STAFF))).andExpect(status().isOk())
                .andExpect(content().string(containsString("0012345")));
        assertThat(audits("READ_SENSITIVE")).isEqualTo(before + 1);
    }

    @Test
    void town_staff_and_directors_may_not_see_bank_details() throws Exception {
        mvc.perform(get("/workers/" + worker + "/bank").with(staff(Role.TOWN_STAFF))).andExpect(status().isForbidden());
        mvc.perform(get("/workers/" + worker + "/bank").with(staff(Role.DIRECTOR))).andExpect(status().isForbidden());
    }

    @Test
    void town_staff_and_directors_may_not_see_my_numbers() throws Exception {
        mvc.perform(get("/workers/" + worker + "/my-number").with(staff(Role.TOWN_STAFF))).andExpect(status().isForbidden());
        mvc.perform(post("/workers/" + worker + "/my-number/reveal").with(csrf()).with(staff(Role.DIRECTOR)))
                .andExpect(status().isForbidden());
    }

    @Test
    void with_no_key_configured_the_my_number_page_says_storage_is_off() throws Exception {
        mvc.perform(get("/workers/" + worker + "/my-number").with(staff(Role.SYSTEM_ADMIN)).header("Accept-Language", "ja"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("マイナンバーを保管しない設定です")))
                .andExpect(content().string(not(containsString("id=\"my-number-form\""))));
    }
}
