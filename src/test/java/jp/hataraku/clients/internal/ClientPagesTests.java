package jp.hataraku.clients.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;

import jp.hataraku.clients.ClientType;
import jp.hataraku.clients.Clients;
import jp.hataraku.clients.Clients.AgreementKind;
import jp.hataraku.clients.Clients.NewClient;
import jp.hataraku.clients.Clients.NewLead;
import jp.hataraku.clients.LeadSource;
import jp.hataraku.identity.Accounts;
import jp.hataraku.identity.Role;
import jp.hataraku.organization.Organizations;
import jp.hataraku.shared.TokyoClock;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The staff pages, the portal and the API, through MockMvc with real sign-ins and PostgreSQL. */
@SpringBootTest
@AutoConfigureMockMvc
class ClientPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Clients clients;
    @Autowired
    Organizations organizations;
    @Autowired
    Accounts accounts;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TokyoClock clock;

    long contractor;
    long client;
    long otherClient;
    RequestPostProcessor staff;
    RequestPostProcessor clientUser;

    @BeforeEach
    void setUp() {
        contractor = ClientFixtures.contractor(organizations);
        client = clients.create(new NewClient(contractor, "株式会社みなみ商会", "みなみしょうかい", ClientType.LISTED_COMPANY,
                Optional.empty()));
        otherClient = clients.create(new NewClient(contractor, "株式会社きた物産", "きたぶっさん", ClientType.IN_TOWN,
                Optional.empty()));
        clients.recordAgreement(client, AgreementKind.SERVICE_CONTRACT, clock.today().minusDays(10), clock.today().plusDays(30));
        staff = ClientFixtures.as(accounts, users, Role.CONTRACTOR_STAFF, 0);
        clientUser = ClientFixtures.as(accounts, users, Role.CLIENT_USER, client);
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }

    @Test
    void staff_create_a_client_through_the_form() throws Exception {
        String location = mvc.perform(post("/clients/new").with(staff).with(csrf())
                        .param("contractorId", String.valueOf(contractor)).param("name", "合同会社やまびこ")
                        .param("nameKana", "やまびこ").param("type", "IN_TOWN").param("corporateNumber", "２０１０００１０００００５"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).with(staff)).andExpect(status().isOk())
                .andExpect(content().string(containsString("合同会社やまびこ")))
                .andExpect(content().string(containsString("2010001000005")))
                .andExpect(content().string(containsString("町内企業")));
        mvc.perform(get("/clients").with(staff)).andExpect(content().string(containsString("合同会社やまびこ")));
    }

    @Test
    void bad_client_input_shows_japanese_field_messages_and_writes_nothing() throws Exception {
        long before = count("client");
        mvc.perform(post("/clients/new").with(staff).with(csrf()).param("contractorId", "x").param("name", " ")
                        .param("type", "NOPE").param("corporateNumber", "1234567890123"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"name-error\"")))
                .andExpect(content().string(containsString("入力してください。")))
                .andExpect(content().string(containsString("選択肢から選んでください。")))
                .andExpect(content().string(containsString("法人番号のチェックデジットが一致しません")))
                .andExpect(content().string(containsString("id=\"contractorId-error\"")))
                .andExpect(content().string(not(containsString("Exception"))));
        assertThat(count("client")).isEqualTo(before);
    }

    @Test
    void bad_input_speaks_english_on_request() throws Exception {
        mvc.perform(post("/clients/new").param("lang", "en").with(staff).with(csrf()).param("name", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Please fill this in.")))
                .andExpect(content().string(containsString("Please choose one of the options.")));
    }

    @Test
    void town_staff_and_client_users_may_not_open_the_staff_pages() throws Exception {
        RequestPostProcessor town = ClientFixtures.as(accounts, users, Role.TOWN_STAFF, 1);
        mvc.perform(get("/clients").with(town)).andExpect(status().isForbidden());
        mvc.perform(get("/clients/" + client).with(clientUser)).andExpect(status().isForbidden());
        mvc.perform(get("/leads").with(clientUser)).andExpect(status().isForbidden());
    }

    @Test
    void a_client_user_sees_only_their_own_company_in_the_portal_and_the_api() throws Exception {
        mvc.perform(get("/portal").with(clientUser)).andExpect(status().isOk())
                .andExpect(content().string(containsString("株式会社みなみ商会")))
                .andExpect(content().string(containsString("業務委託契約")))
                .andExpect(content().string(not(containsString("株式会社きた物産"))));
        mvc.perform(get("/api/v1/clients/" + client).with(clientUser)).andExpect(status().isOk())
                .andExpect(content().string(containsString("株式会社みなみ商会")));
        mvc.perform(get("/api/v1/clients/" + otherClient).with(clientUser)).andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/clients").with(clientUser)).andExpect(status().isOk())
                .andExpect(content().string(containsString("株式会社みなみ商会")))
                .andExpect(content().string(not(containsString("株式会社きた物産"))));
        mvc.perform(post("/api/v1/clients").with(clientUser).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{}")).andExpect(status().isForbidden());
    }

    @Test
    void staff_create_clients_through_the_api_and_bad_fields_are_problems() throws Exception {
        long before = count("client");
        mvc.perform(post("/api/v1/clients").with(staff).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"contractorId\":" + contractor + ",\"name\":\"\",\"type\":\"IN_TOWN\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("\"field\":\"name\"")))
                .andExpect(content().string(containsString("\"field\":\"nameKana\"")));
        assertThat(count("client")).isEqualTo(before);
        mvc.perform(post("/api/v1/clients").with(staff).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"contractorId\":" + contractor + ",\"name\":\"API株式会社\",\"nameKana\":\"えーぴーあい\",\"type\":\"MUNICIPALITY\"}"))
                .andExpect(status().isCreated()).andExpect(header().exists("Location"))
                .andExpect(content().string(containsString("API株式会社")));
        mvc.perform(get("/api/v1/clients/999999999").with(staff)).andExpect(status().isNotFound());
    }

    @Test
    void a_signed_copy_must_be_a_pdf_by_its_content() throws Exception {
        long before = count("agreement");
        MockMultipartFile fake = new MockMultipartFile("upload", "contract.pdf", "application/pdf",
                "MZ not a pdf".getBytes(StandardCharsets.US_ASCII));
        mvc.perform(multipart("/clients/" + client + "/agreements/new").file(fake).with(staff).with(csrf())
                        .param("kind", "NDA").param("validFrom", "2026/4/1").param("validTo", "2027/3/31")
                        .param("status", "SIGNED"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"file-error\"")))
                .andExpect(content().string(containsString("ファイルの中身がPDFではありません")));
        assertThat(count("agreement")).isEqualTo(before);

        byte[] pdf = "%PDF-1.4\n% a signed contract\n".getBytes(StandardCharsets.US_ASCII);
        mvc.perform(multipart("/clients/" + client + "/agreements/new").with(staff).with(csrf())
                        .file(new MockMultipartFile("upload", "nda.pdf", "application/pdf", pdf))
                        .param("kind", "NDA").param("validFrom", "令和8年4月1日").param("validTo", "2027-03-31")
                        .param("status", "SIGNED"))
                .andExpect(status().is3xxRedirection());
        long id = jdbc.sql("SELECT max(id) FROM agreement WHERE client_id = :c AND kind = 'NDA'").param("c", client)
                .query(Long.class).single();
        byte[] downloaded = mvc.perform(get("/clients/" + client + "/agreements/" + id + "/signed-copy").with(staff))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(downloaded).isEqualTo(pdf);
        assertThat(clients.agreementsOn(client, LocalDate.of(2026, 12, 1)).ndaId()).contains(id);
    }

    @Test
    void bad_agreement_dates_are_field_messages() throws Exception {
        long before = count("agreement");
        mvc.perform(multipart("/clients/" + client + "/agreements/new").with(staff).with(csrf())
                        .param("kind", "").param("validFrom", "2027/4/1").param("validTo", "2026/4/1").param("status", "SIGNED"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("終了日は開始日以降の日付にしてください。")))
                .andExpect(content().string(containsString("id=\"kind-error\"")));
        mvc.perform(multipart("/clients/" + client + "/agreements/new").with(staff).with(csrf())
                        .param("kind", "NDA").param("validFrom", "そのうち").param("validTo", "").param("status", "SIGNED"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"validFrom-error\"")))
                .andExpect(content().string(containsString("id=\"validTo-error\"")));
        assertThat(count("agreement")).isEqualTo(before);
    }

    @Test
    void a_quote_shows_tax_per_rate_and_downloads_as_a_japanese_pdf() throws Exception {
        String location = mvc.perform(post("/clients/" + client + "/quotes/new").with(staff).with(csrf())
                        .param("title", "名刺データ入力").param("issuedOn", "2026/11/24").param("validUntil", "2026/12/24")
                        .param("lines[0].description", "名刺入力").param("lines[0].quantity", "3").param("lines[0].unit", "枚")
                        .param("lines[0].unitPrice", "105").param("lines[0].taxRate", "10")
                        .param("lines[1].description", "お茶菓子").param("lines[1].quantity", "1")
                        .param("lines[1].unitPrice", "1,000").param("lines[1].taxRate", "8"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        // 10%: 315 → 31 (not 3 × 10); 8%: 1,000 → 80; total 1,315 + 111 = 1,426
        mvc.perform(get(location).with(staff)).andExpect(status().isOk())
                .andExpect(content().string(containsString("31円")))
                .andExpect(content().string(containsString("1,426円")));
        byte[] pdf = mvc.perform(get(location + "/pdf").with(staff)).andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF)).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = java.text.Normalizer.normalize(new PDFTextStripper().getText(document),
                    java.text.Normalizer.Form.NFKC);
            assertThat(text).contains("御見積書").contains("株式会社みなみ商会").contains("名刺入力").contains("1,426");
        }
    }

    @Test
    void bad_quote_lines_are_field_messages_and_nothing_is_written() throws Exception {
        long before = count("quote");
        mvc.perform(post("/clients/" + client + "/quotes/new").with(staff).with(csrf())
                        .param("title", "").param("validUntil", "2020/1/1")
                        .param("lines[0].description", "入力").param("lines[0].quantity", "0")
                        .param("lines[0].unitPrice", "-5").param("lines[0].taxRate", "5"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"lines0.quantity-error\"")))
                .andExpect(content().string(containsString("数量は1以上の整数で入力してください。")))
                .andExpect(content().string(containsString("単価は0円以上")))
                .andExpect(content().string(containsString("有効期限は発行日以降の日付にしてください。")))
                .andExpect(content().string(containsString("id=\"title-error\"")));
        mvc.perform(post("/clients/" + client + "/quotes/new").with(staff).with(csrf()).param("title", "空")
                        .param("validUntil", "2099/1/1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("明細を1行以上入力してください。")));
        assertThat(count("quote")).isEqualTo(before);
    }

    @Test
    void a_lead_is_recorded_followed_up_and_converted_into_a_client() throws Exception {
        String location = mvc.perform(post("/leads/new").with(staff).with(csrf())
                        .param("contractorId", String.valueOf(contractor)).param("companyName", "株式会社ワーケーション")
                        .param("source", "WORKTRIP_VISIT").param("receivedOn", "2026/11/1"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long lead = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(post(location + "/activities").with(staff).with(csrf()).param("kind", "VISIT").param("note", "合宿の下見"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(location + "/stage").with(staff).with(csrf()).param("stage", "WON"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("actionError", "clients.error.transition"));
        mvc.perform(post(location + "/stage").with(staff).with(csrf()).param("stage", "CONTACTED"));
        String clientPage = mvc.perform(post(location + "/convert").with(staff).with(csrf())
                        .param("name", "株式会社ワーケーション").param("nameKana", "わーけーしょん").param("type", "OUTSIDE_PREFECTURE"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(clientPage).with(staff)).andExpect(content().string(containsString("WORK TRIPでの来訪")));
        mvc.perform(get(location).with(staff)).andExpect(content().string(containsString("合宿の下見")))
                .andExpect(content().string(containsString("受注（顧客化）")));
        assertThat(jdbc.sql("SELECT client_id FROM lead WHERE id = :id").param("id", lead).query(Long.class).single())
                .isNotNull();
    }

    @Test
    void bad_lead_and_activity_input_are_field_messages() throws Exception {
        long before = count("lead");
        mvc.perform(post("/leads/new").with(staff).with(csrf()).param("contractorId", String.valueOf(contractor))
                        .param("companyName", "").param("source", "").param("ownerWorkerId", "999999999"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"companyName-error\"")))
                .andExpect(content().string(containsString("id=\"source-error\"")));
        mvc.perform(post("/leads/new").with(staff).with(csrf()).param("contractorId", String.valueOf(contractor))
                        .param("companyName", "幽霊担当株式会社").param("source", "SEMINAR").param("ownerWorkerId", "999999999"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"ownerWorkerId-error\"")));
        assertThat(count("lead")).isEqualTo(before);
        long activities = count("sales_activity");
        mvc.perform(post("/clients/" + client + "/activities").with(staff).with(csrf()).param("kind", "").param("note", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"note-error\"")))
                .andExpect(content().string(containsString("id=\"kind-error\"")));
        assertThat(count("sales_activity")).isEqualTo(activities);
    }

    @Test
    void the_renewal_page_lists_agreements_ending_within_sixty_days() throws Exception {
        mvc.perform(get("/clients/renewals").with(staff)).andExpect(status().isOk())
                .andExpect(content().string(containsString("株式会社みなみ商会")))
                .andExpect(content().string(containsString("あと30日")));
    }

    @Test
    void contacts_with_bad_input_are_refused_with_messages() throws Exception {
        long before = count("client_contact");
        mvc.perform(post("/clients/" + client + "/contacts/new").with(staff).with(csrf()).param("name", "")
                        .param("email", "not-mail").param("phone", "12"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("メールアドレスの形式が正しくありません")))
                .andExpect(content().string(containsString("電話番号は0から始まる")));
        assertThat(count("client_contact")).isEqualTo(before);
    }

    @Test
    void the_client_api_is_in_the_openapi_description() throws Exception {
        mvc.perform(get("/api/v1/openapi")).andExpect(status().isOk())
                .andExpect(content().string(containsString("/api/v1/clients/{id}")))
                .andExpect(content().string(containsString("Create a client")));
    }

    @Test
    void unknown_records_are_not_found_pages() throws Exception {
        mvc.perform(get("/clients/999999999").with(staff)).andExpect(status().isNotFound());
        mvc.perform(get("/leads/999999999").with(staff)).andExpect(status().isNotFound());
        mvc.perform(get("/clients/" + client + "/quotes/999999999").with(staff)).andExpect(status().isNotFound());
        mvc.perform(get("/clients/" + otherClient + "/agreements/999999999/signed-copy").with(staff))
                .andExpect(status().isNotFound());
    }

}
