package jp.hataraku.workers;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
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
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SpringBootTest
@AutoConfigureMockMvc
class WorkerApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Organizations organizations;
    @Autowired
    Accounts accounts;
    @Autowired
    Workers workers;

    long townA;
    long mine;
    long theirs;
    RequestPostProcessor staff;

    @BeforeEach
    void setUp() throws Exception {
        townA = organizations.registerMunicipality("API町", "えーぴーあいちょう", "20", 7000);
        long townB = organizations.registerMunicipality("API村", "えーぴーあいむら", "20", 3000);
        mine = workers.apply(WorkerFixtures.application(townA), LocalDate.of(2026, 4, 1));
        workers.markBriefed(mine, LocalDate.of(2026, 4, 5));
        theirs = workers.apply(WorkerFixtures.application(townB), LocalDate.of(2026, 4, 1));
        String email = WorkerFixtures.uniqueEmail("api-staff");
        accounts.createAccount(email, "API 職員", WorkerFixtures.PASSWORD,
                List.of(new Accounts.RoleGrant(Role.TOWN_STAFF, townA)));
        staff = SignIn.as(mvc, email, WorkerFixtures.PASSWORD);
    }

    @Test
    void the_list_shows_only_workers_of_the_staff_members_towns() throws Exception {
        mvc.perform(get("/api/v1/workers").with(staff).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id").value(hasItem((int) mine)))
                .andExpect(jsonPath("$.items[*].id").value(not(hasItem((int) theirs))))
                .andExpect(jsonPath("$.total").value(1));
    }

    @Test
    void one_worker_comes_with_periods_and_history() throws Exception {
        mvc.perform(get("/api/v1/workers/{id}", mine).with(staff).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("BRIEFED"))
                .andExpect(jsonPath("$.periods[0].briefedOn").value("2026-04-05"))
                .andExpect(jsonPath("$.history.length()").value(2))
                .andExpect(jsonPath("$.circumstances").doesNotExist());
    }

    @Test
    void an_unknown_id_is_a_404_problem_detail() throws Exception {
        mvc.perform(get("/api/v1/workers/{id}", 987_654_321L).with(staff).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404));
    }

    @Test
    void a_worker_of_another_town_is_a_403_problem_detail() throws Exception {
        mvc.perform(get("/api/v1/workers/{id}", theirs).with(staff).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(403));
    }
}
