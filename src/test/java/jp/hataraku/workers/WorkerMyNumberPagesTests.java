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
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SpringBootTest(properties = "hataraku.crypto.my-number-key=MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=")
@AutoConfigureMockMvc
class WorkerMyNumberPagesTests {

    static final String VALID = "123456789011";

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

    long worker;
    RequestPostProcessor backOffice;

    @BeforeEach
    void setUp() throws Exception {
        long town = organizations.registerMunicipality("戊町" + System.nanoTime(), "ぼちょう", "20", 2000);
        worker = workers.apply(WorkerFixtures.application(town));
        String email = WorkerFixtures.uniqueEmail("backoffice");
        accounts.createAccount(email, "事務局", WorkerFixtures.PASSWORD, List.of(Accounts.RoleGrant.of(Role.CONTRACTOR_STAFF)));
        backOffice = SignIn.as(mvc, email, WorkerFixtures.PASSWORD);
    }

    private int audits(String action) {
        return jdbc.sql("SELECT count(*) FROM audit_log WHERE action = :a AND target_id = :id")
                .param("a", action).param("id", String.valueOf(worker)).query(Integer.class).single();
    }

    @Test
    void a_stored_number_is_shown_masked_until_revealed_and_the_reveal_is_audited() throws Exception {
        mvc.perform(post("/workers/" + worker + "/my-number").with(csrf()).with(backOffice).param("number", "1234 5678 9011"))
                .andExpect(redirectedUrl("/workers/" + worker + "/my-number"));
        mvc.perform(get("/workers/" + worker + "/my-number").with(backOffice)).andExpect(status().isOk())
                .andExpect(content().string(containsString("************")))
                .andExpect(content().string(not(containsString(VALID))));
        int before = audits("READ_SENSITIVE");
        mvc.perform(post("/workers/" + worker + "/my-number/reveal").with(csrf()).with(backOffice))
                .andExpect(status().isOk()).andExpect(content().string(containsString(VALID)));
        assertThat(audits("READ_SENSITIVE")).isEqualTo(before + 1);
        assertThat(audits("MY_NUMBER_STORED")).isEqualTo(1);
    }

    @Test
    void a_number_with_a_wrong_check_digit_is_refused_beside_the_field_and_not_stored() throws Exception {
        mvc.perform(post("/workers/" + worker + "/my-number").with(csrf()).with(backOffice).param("number", "123456789012")
                .header("Accept-Language", "ja"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"number-error\"")))
                .andExpect(content().string(containsString("チェックデジット")));
        assertThat(jdbc.sql("SELECT count(*) FROM worker_my_number WHERE worker_id = :id").param("id", worker)
                .query(Integer.class).single()).isZero();
    }
}
