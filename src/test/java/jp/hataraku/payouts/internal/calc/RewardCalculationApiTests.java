package jp.hataraku.payouts.internal.calc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import jp.hataraku.identity.Accounts;
import jp.hataraku.identity.Accounts.RoleGrant;
import jp.hataraku.identity.Role;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SpringBootTest
@AutoConfigureMockMvc
class RewardCalculationApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;

    RequestPostProcessor staff;

    @BeforeEach
    void signIn() {
        staff = tokenFor(Role.CONTRACTOR_STAFF);
    }

    RequestPostProcessor tokenFor(Role role) {
        String email = "calc-" + UUID.randomUUID() + "@example.jp";
        long id = accounts.createAccount(email, "計算 担当", "calc-Secret-2026-" + UUID.randomUUID(),
                List.of(RoleGrant.of(role)));
        String token = "calc-" + UUID.randomUUID();
        accounts.registerApiToken(id, "calc", token);
        return request -> {
            request.addHeader("Authorization", "Bearer " + token);
            return request;
        };
    }

    ResultActions call(String json) throws Exception {
        return mvc.perform(post("/api/v1/calculations/reward").with(staff).contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    @Test
    void answers_the_issue_example_in_integer_yen_with_the_legal_deadline() throws Exception {
        call("""
                {"lines":[{"workKind":"WRITING","amount":30000},{"workKind":"DATA_ENTRY","amount":12000}],
                 "consumptionTaxRate":10,"receivedOn":"2026-11-10"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.gross").value(42000))
                .andExpect(jsonPath("$.consumptionTax").value(4200))
                .andExpect(jsonPath("$.withholdingBase").value(30000))
                .andExpect(jsonPath("$.withholding").value(3063))
                .andExpect(jsonPath("$.net").value(43137))
                .andExpect(jsonPath("$.legalPaymentDeadline").value("2027-01-08"));
    }

    @Test
    void above_one_million_yen_the_excess_is_withheld_at_the_higher_rate() throws Exception {
        call("""
                {"lines":[{"workKind":"PRINT_DESIGN","amount":1500000}],"consumptionTaxRate":0,"receivedOn":"2026-11-10"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.consumptionTax").value(0))
                .andExpect(jsonPath("$.withholding").value(204200))
                .andExpect(jsonPath("$.net").value(1295800));
    }

    @Test
    void every_bad_field_is_named_in_problem_details() throws Exception {
        call("""
                {"lines":[{"workKind":"WRITING","amount":100},{"workKind":"SINGING","amount":12.5}],
                 "consumptionTaxRate":7,"receivedOn":"2026-13-01"}""")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.errors[*].field", Matchers.containsInAnyOrder(
                        "lines[1].workKind", "lines[1].amount", "consumptionTaxRate", "receivedOn")))
                .andExpect(jsonPath("$.errors[0].message").isNotEmpty());
    }

    @Test
    void a_string_amount_and_missing_lines_are_refused() throws Exception {
        call("""
                {"lines":[{"workKind":"WRITING","amount":"30000"}],"consumptionTaxRate":10,"receivedOn":"2026-11-10"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("lines[0].amount"));
        call("""
                {"consumptionTaxRate":10,"receivedOn":"2026-11-10"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("lines"));
    }

    @Test
    void a_negative_total_is_refused() throws Exception {
        call("""
                {"lines":[{"workKind":"WRITING","amount":-100}],"consumptionTaxRate":10,"receivedOn":"2026-11-10"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("money.api.negative"));
    }

    @Test
    void the_openapi_description_documents_it() throws Exception {
        mvc.perform(get("/api/v1/openapi")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("/api/v1/calculations/reward")))
                .andExpect(content().string(Matchers.containsString("legalPaymentDeadline")));
    }

    @Test
    void an_unknown_contractor_is_named() throws Exception {
        call("""
                {"lines":[{"workKind":"WRITING","amount":100}],"consumptionTaxRate":10,"receivedOn":"2026-11-10",
                 "contractorId":987654321}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("contractorId"));
    }

    @Test
    void a_worker_may_not_use_it() throws Exception {
        mvc.perform(post("/api/v1/calculations/reward").with(tokenFor(Role.WORKER))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden());
    }
}
