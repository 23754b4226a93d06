package jp.hataraku.workers.internal.bank;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class BankSearchControllerTests {

    @Autowired
    MockMvc mvc;

    @Test
    @WithMockUser(roles = "WORKER")
    void lists_matching_banks_as_options() throws Exception {
        mvc.perform(get("/banks/search").param("q", "ﾐｽﾞﾎ"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("data-code=\"0001\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("role=\"listbox\"")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("<html"))));
    }

    @Test
    @WithMockUser(roles = "WORKER")
    void says_when_nothing_matches() throws Exception {
        mvc.perform(get("/banks/search").param("q", "存在しない銀行名").header("Accept-Language", "ja"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("該当する金融機関が見つかりません")));
    }

    @Test
    @WithMockUser(roles = "WORKER")
    void lists_branches_of_a_bank() throws Exception {
        mvc.perform(get("/banks/0001/branches/search").param("q", "とうきょう"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("data-code=\"001\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("東京営業部")));
    }

    @Test
    @WithMockUser(authorities = "FACTOR_PASSWORD_ONLY")
    void staff_who_gave_only_the_password_are_not_served() throws Exception {
        mvc.perform(get("/banks/search").param("q", "みずほ"))
                .andExpect(status().isForbidden());
    }

    @Test
    void anonymous_callers_are_not_served() throws Exception {
        mvc.perform(get("/banks/search").param("q", "みずほ"))
                .andExpect(status().is3xxRedirection());
    }
}
