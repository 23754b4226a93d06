package jp.hataraku.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import jp.hataraku.clients.ClientType;
import jp.hataraku.platform.SpreadsheetRows;
import jp.hataraku.workers.SignIn;
import jp.hataraku.workers.WorkerFixtures;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The billing pages: issue through the form, then the invoice page, its PDF and XLSX, payments and field errors. */
@SpringBootTest
@AutoConfigureMockMvc
class BillingPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    BillingFixtures fixtures;
    @Autowired
    Invoices invoices;

    RequestPostProcessor staff;
    long contractor;
    long client;

    @BeforeEach
    void setUp() throws Exception {
        staff = SignIn.as(mvc, fixtures.staff(), WorkerFixtures.PASSWORD);
        contractor = fixtures.contractor();
        client = fixtures.client(contractor, ClientType.IN_PREFECTURE);
    }

    long issueThroughTheForm() throws Exception {
        MvcResult r = mvc.perform(post("/billing/issue").with(staff).with(csrf())
                        .param("clientId", String.valueOf(client)).param("issuedOn", "2026-11-20")
                        .param("manual[0].description", "データ入力").param("manual[0].amount", "80,000")
                        .param("manual[0].taxRate", "10")
                        .param("manual[1].description", "お茶菓子").param("manual[1].amount", "40000")
                        .param("manual[1].taxRate", "8"))
                .andExpect(status().is3xxRedirection()).andReturn();
        String target = r.getResponse().getRedirectedUrl();
        assertThat(target).startsWith("/billing/invoices/");
        return Long.parseLong(target.substring("/billing/invoices/".length()));
    }

    @Test
    void an_invoice_issued_on_the_page_shows_registration_number_and_tax_by_rate() throws Exception {
        long id = issueThroughTheForm();
        String registration = fixtures.registrationNumber(contractor);
        mvc.perform(get("/billing/invoices/{id}", id).with(staff).header("Accept-Language", "ja"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(registration)))
                .andExpect(content().string(Matchers.containsString("消費税 8,000円")))
                .andExpect(content().string(Matchers.containsString("消費税 3,200円")))
                .andExpect(content().string(Matchers.containsString("2026-000001")));
        mvc.perform(get("/billing").with(staff)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("2026-000001")));
    }

    @Test
    void the_pdf_carries_the_items_of_a_qualified_invoice() throws Exception {
        long id = issueThroughTheForm();
        byte[] pdf = mvc.perform(get("/billing/invoices/{id}/pdf", id).with(staff).header("Accept-Language", "ja"))
                .andExpect(status().isOk()).andExpect(content().contentType("application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = Normalizer.normalize(new PDFTextStripper().getText(doc), Normalizer.Form.NFKC);
            assertThat(text).contains("登録番号 " + fixtures.registrationNumber(contractor))
                    .contains("10%対象").contains("消費税 8,000円")
                    .contains("8%対象").contains("消費税 3,200円")
                    .contains("131,200円").contains("株式会社請求先 御中").contains("※");
        }
    }

    @Test
    void the_xlsx_has_the_same_items() throws Exception {
        long id = issueThroughTheForm();
        byte[] xlsx = mvc.perform(get("/billing/invoices/{id}/xlsx", id).with(staff).header("Accept-Language", "ja"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<List<String>> rows = new ArrayList<>();
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(xlsx))) {
            SpreadsheetRows.readFirstSheet(pkg, false, (n, cells) -> rows.add(cells));
        }
        assertThat(rows).anySatisfy(r -> assertThat(r).containsExactly("登録番号", fixtures.registrationNumber(contractor)));
        assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("10%", "80,000", "8,000"));
        assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("8% ※", "40,000", "3,200"));
        assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("税込合計", "131,200"));
    }

    @Test
    void a_refused_form_names_each_field_and_issues_nothing() throws Exception {
        mvc.perform(post("/billing/issue").with(staff).with(csrf()).header("Accept-Language", "ja")
                        .param("clientId", String.valueOf(client)).param("issuedOn", "2026-11-20")
                        .param("manual[0].description", "").param("manual[0].amount", "12x")
                        .param("manual[0].taxRate", "10"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"manual-0-amount-error\"")))
                .andExpect(content().string(Matchers.containsString("id=\"manual-0-description-error\"")));
        assertThat(invoices.listForClient(client)).isEmpty();
    }

    @Test
    void a_payment_is_recorded_on_the_invoice_page() throws Exception {
        long id = issueThroughTheForm();
        mvc.perform(post("/billing/invoices/{id}/payments", id).with(staff).with(csrf())
                        .param("receivedOn", "2026-12-10").param("amount", "100,000").param("note", "一部入金"))
                .andExpect(status().is3xxRedirection());
        assertThat(invoices.receivable(id).orElseThrow().outstanding()).isEqualTo(31_200);
        mvc.perform(post("/billing/invoices/{id}/payments", id).with(staff).with(csrf()).header("Accept-Language", "ja")
                        .param("receivedOn", "2026-12-11").param("amount", "40,000"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("31200")));
        mvc.perform(post("/billing/invoices/{id}/return", id).with(staff).with(csrf())
                        .param("issuedOn", "2026-12-12").param("lines[0].lineNo", "1").param("lines[0].amount", "1000"))
                .andExpect(status().is3xxRedirection());
        assertThat(invoices.receivable(id).orElseThrow().outstanding()).isEqualTo(30_100);
    }

    @Autowired
    jp.hataraku.identity.Accounts accounts;

    @Test
    void a_client_user_sees_only_their_own_companys_invoices_on_the_portal() throws Exception {
        long mine = issueThroughTheForm();
        long otherClient = fixtures.client(contractor, ClientType.IN_TOWN);
        long theirs = invoices.issue(new Invoices.IssueRequest(otherClient, java.util.Optional.empty(), List.of(),
                InvoiceIssuingTests.ntaLines(), InvoiceIssuingTests.ISSUED)).get();
        String email = WorkerFixtures.uniqueEmail("billing-portal");
        accounts.createAccount(email, "請求先 担当", WorkerFixtures.PASSWORD,
                List.of(new jp.hataraku.identity.Accounts.RoleGrant(jp.hataraku.identity.Role.CLIENT_USER, client)));
        RequestPostProcessor clientUser = SignIn.as(mvc, email, WorkerFixtures.PASSWORD);
        String mineLabel = invoices.find(mine).orElseThrow().numberLabel();
        mvc.perform(get("/portal/invoices").with(clientUser)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("/portal/invoices/" + mine + "/pdf")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("/portal/invoices/" + theirs + "/pdf"))))
                .andExpect(content().string(Matchers.containsString(mineLabel)));
        mvc.perform(get("/portal").with(clientUser).header("Accept-Language", "ja")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("請求書 1件、未収残高 131,200円")));
        mvc.perform(get("/portal/invoices/{id}/pdf", mine).with(clientUser)).andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"));
        mvc.perform(get("/portal/invoices/{id}/pdf", theirs).with(clientUser)).andExpect(status().isNotFound());
        mvc.perform(get("/billing").with(clientUser)).andExpect(status().isForbidden());
    }

    @Test
    void pages_answer_for_staff() throws Exception {
        issueThroughTheForm();
        for (String path : List.of("/billing/unbilled", "/billing/overdue", "/billing/settings", "/billing/issue",
                "/billing/issue?clientId=" + client)) {
            mvc.perform(get(path).with(staff)).andExpect(status().isOk());
        }
        mvc.perform(get("/billing/invoices/{id}", 987_654_321L).with(staff)).andExpect(status().isNotFound());
    }
}
