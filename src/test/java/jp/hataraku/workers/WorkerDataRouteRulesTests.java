package jp.hataraku.workers;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SpringBootTest
@AutoConfigureMockMvc
class WorkerDataRouteRulesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Organizations organizations;
    @Autowired
    Accounts accounts;
    @Autowired
    Workers workers;

    long worker;
    RequestPostProcessor asWorker;

    @BeforeEach
    void setUp() throws Exception {
        long town = organizations.registerMunicipality("子町" + System.nanoTime(), "ねちょう", "20", 2000);
        String email = WorkerFixtures.uniqueEmail("routes");
        worker = workers.apply(WorkerFixtures.application(town, "山田 花子", "やまだ はなこ", email));
        asWorker = SignIn.as(mvc, email, WorkerFixtures.PASSWORD);
    }

    private RequestPostProcessor staff(Role role) throws Exception {
        String email = WorkerFixtures.uniqueEmail(role.name().toLowerCase());
        accounts.createAccount(email, "職員", WorkerFixtures.PASSWORD, List.of(Accounts.RoleGrant.of(role)));
        return SignIn.as(mvc, email, WorkerFixtures.PASSWORD);
    }

    @Test
    void anonymous_visitors_are_sent_to_sign_in_for_every_new_page() throws Exception {
        for (String path : List.of("/me/bank", "/workers/" + worker + "/bank", "/workers/" + worker + "/my-number",
                "/workers/export.csv", "/workers/export.xlsx", "/workers/import")) {
            mvc.perform(get(path)).andExpect(status().is3xxRedirection());
        }
    }

    @Test
    void a_worker_may_not_call_staff_pages() throws Exception {
        for (String path : List.of("/workers/" + worker + "/bank", "/workers/" + worker + "/my-number",
                "/workers/export.csv", "/workers/export.xlsx", "/workers/import")) {
            mvc.perform(get(path).with(asWorker)).andExpect(status().isForbidden());
        }
        mvc.perform(post("/workers/import/confirm").with(csrf()).with(asWorker)).andExpect(status().isForbidden());
    }

    @Test
    void staff_have_no_self_service_bank_page() throws Exception {
        mvc.perform(get("/me/bank").with(staff(Role.CONTRACTOR_STAFF))).andExpect(status().isForbidden());
    }

    @Test
    void directors_may_export_the_register_but_not_import() throws Exception {
        RequestPostProcessor director = staff(Role.DIRECTOR);
        mvc.perform(get("/workers/export.csv").with(director)).andExpect(status().isOk());
        mvc.perform(get("/workers/import").with(director)).andExpect(status().isForbidden());
    }

    @Test
    void the_back_office_may_open_both_private_data_pages() throws Exception {
        RequestPostProcessor backOffice = staff(Role.CONTRACTOR_STAFF);
        mvc.perform(get("/workers/" + worker + "/bank").with(backOffice)).andExpect(status().isOk());
        mvc.perform(get("/workers/" + worker + "/my-number").with(backOffice)).andExpect(status().isOk());
    }
}
