package jp.hataraku.billing;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import jp.hataraku.identity.Accounts;
import jp.hataraku.identity.Role;
import jp.hataraku.workers.SignIn;
import jp.hataraku.workers.WorkerFixtures;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** POST /api/v1/calculations/invoice: the invoice engine's figures, field-named problems, staff only. */
@SpringBootTest
@AutoConfigureMockMvc
class InvoiceCalculationApiTests {

    static final String NTA = """
            {"lines":[{"description":"小麦粉","amount":5000,"taxRate":8},
                      {"description":"牛肉","amount":35000,"taxRate":8},
                      {"description":"キッチンペーパー","amount":2000,"taxRate":10},
                      {"description":"割りばし","amount":78000,"taxRate":10}],
             "amountsIncludeTax":false}
            """;

    @Autowired
    MockMvc mvc;
    @Autowired
    BillingFixtures fixtures;
    @Autowired
    Accounts accounts;

    RequestPostProcessor staff;

    @BeforeEach
    void signIn() throws Exception {
        staff = SignIn.as(mvc, fixtures.staff(), WorkerFixtures.PASSWORD);
    }

    @Test
    void staff_get_the_totals_by_rate_with_tax_once_per_rate() throws Exception {
        mvc.perform(post("/api/v1/calculations/invoice").with(staff).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(NTA))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.byRate.length()").value(2))
                .andExpect(jsonPath("$.byRate[0].taxRate").value(10))
                .andExpect(jsonPath("$.byRate[0].amount").value(80_000))
                .andExpect(jsonPath("$.byRate[0].tax").value(8_000))
                .andExpect(jsonPath("$.byRate[1].taxRate").value(8))
                .andExpect(jsonPath("$.byRate[1].tax").value(3_200))
                .andExpect(jsonPath("$.byRate[1].reduced").value(true))
                .andExpect(jsonPath("$.totalAmount").value(120_000))
                .andExpect(jsonPath("$.totalTax").value(11_200))
                .andExpect(jsonPath("$.total").value(131_200))
                .andExpect(jsonPath("$.rounding").value("DOWN"));
    }

    @Test
    void tax_included_amounts_and_rounding_are_honoured() throws Exception {
        mvc.perform(post("/api/v1/calculations/invoice").with(staff).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"lines":[{"description":"a","amount":1000,"taxRate":8}],"amountsIncludeTax":true,"rounding":"UP"}
                                """))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.byRate[0].tax").value(75))
                .andExpect(jsonPath("$.total").value(1000));
    }

    @Test
    void the_api_gives_the_figures_of_an_issued_invoice() throws Exception {
        long contractor = fixtures.contractor();
        long client = fixtures.client(contractor, jp.hataraku.clients.ClientType.IN_PREFECTURE);
        Invoice issued = invoices.find(invoices.issue(new Invoices.IssueRequest(client, java.util.Optional.empty(),
                List.of(), InvoiceIssuingTests.ntaLines(), InvoiceIssuingTests.ISSUED)).get()).orElseThrow();
        mvc.perform(post("/api/v1/calculations/invoice").with(staff).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(NTA))
                .andExpect(jsonPath("$.totalTax").value((int) issued.totalTax()))
                .andExpect(jsonPath("$.total").value((int) issued.total()));
    }

    @Autowired
    Invoices invoices;

    @Test
    void a_bad_field_is_named_in_problem_details() throws Exception {
        mvc.perform(post("/api/v1/calculations/invoice").with(staff).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"lines":[{"description":"a","amount":1000,"taxRate":10},
                                          {"description":"b","amount":"12x","taxRate":5}]}
                                """))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.containsInAnyOrder("lines[1].amount", "lines[1].taxRate")))
                .andExpect(jsonPath("$.detail").value(Matchers.startsWith("lines[1].")));
    }

    @Test
    void missing_lines_and_wrong_types_are_named() throws Exception {
        mvc.perform(post("/api/v1/calculations/invoice").with(staff).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"amountsIncludeTax\":\"yes\",\"rounding\":\"SIDEWAYS\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.containsInAnyOrder("lines", "amountsIncludeTax",
                        "rounding")));
    }

    @Test
    void malformed_json_is_a_problem_too() throws Exception {
        mvc.perform(post("/api/v1/calculations/invoice").with(staff).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"lines\":["))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void a_bearer_token_of_contractor_staff_works() throws Exception {
        String email = WorkerFixtures.uniqueEmail("billing-api");
        long account = accounts.createAccount(email, "API 担当", WorkerFixtures.PASSWORD,
                List.of(Accounts.RoleGrant.of(Role.CONTRACTOR_STAFF)));
        String token = "billing-api-" + UUID.randomUUID();
        accounts.registerApiToken(account, "test", token);
        mvc.perform(post("/api/v1/calculations/invoice").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content(NTA))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalTax").value(11_200));
    }

    @Test
    void anonymous_callers_and_workers_are_refused() throws Exception {
        mvc.perform(post("/api/v1/calculations/invoice").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(NTA))
                .andExpect(status().isUnauthorized());
        String email = WorkerFixtures.uniqueEmail("billing-director");
        long account = accounts.createAccount(email, "ディレクター", WorkerFixtures.PASSWORD,
                List.of(Accounts.RoleGrant.of(Role.DIRECTOR)));
        String token = "billing-dir-" + UUID.randomUUID();
        accounts.registerApiToken(account, "test", token);
        mvc.perform(post("/api/v1/calculations/invoice").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content(NTA))
                .andExpect(status().isForbidden());
    }

    @Test
    void the_endpoint_is_in_the_openapi_document() throws Exception {
        mvc.perform(get("/api/v1/openapi"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/calculations/invoice'].post").exists());
    }
}
