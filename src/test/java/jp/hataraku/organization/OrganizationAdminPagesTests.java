package jp.hataraku.organization;

import static jp.hataraku.organization.OrganizationFixtures.CORPORATE_NUMBER;
import static jp.hataraku.organization.OrganizationFixtures.contractor;
import static jp.hataraku.organization.OrganizationFixtures.town;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The administration pages: who may open them, what they show, and how they refuse bad input. */
@SpringBootTest
@WithMockUser(roles = "SYSTEM_ADMIN")
class OrganizationAdminPagesTests {

    @Autowired
    WebApplicationContext context;
    @Autowired
    Organizations organizations;
    @Autowired
    JdbcClient jdbc;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        String html = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(html).doesNotContain(" style=\"").doesNotContain("<script>");
        return html;
    }

    private long contractors() {
        return jdbc.sql("SELECT count(*) FROM contractor").query(Long.class).single();
    }

    private MockHttpServletRequestBuilder contractorPost(String url, String corporateNumber, String holder, long town) {
        return post(url).with(csrf())
                .param("legalName", "一般財団法人みどり振興公社").param("legalNameKana", "みどりしんこうこうしゃ")
                .param("corporateNumber", corporateNumber).param("registrationNumber", "")
                .param("postalCode", "399-4511").param("address", "長野県みどり村1-1").param("phone", "")
                .param("bankCode", "0005").param("branchCode", "123").param("accountType", "1")
                .param("accountNumber", "98765").param("accountHolderName", holder)
                .param("bankNameKana", "").param("branchNameKana", "").param("zenginRequesterCode", "")
                .param("_zenginExtendedCharset", "on").param("municipalityIds", String.valueOf(town));
    }

    @Test
    void the_list_shows_towns_and_contractors_in_japanese_by_default() throws Exception {
        long town = organizations.createMunicipality(town("一覧村")).get();
        organizations.createContractor(contractor(List.of(town))).get();

        String html = page(get("/admin/organizations"));

        assertThat(html).contains("自治体・振興公社の管理").contains("一覧村").contains("長野県")
                .contains("一般財団法人しらかば振興公社").contains(CORPORATE_NUMBER).contains("7,000")
                .contains("2025年4月1日（令和7年）現在");
    }

    @Test
    void the_list_speaks_english_on_request() throws Exception {
        organizations.createMunicipality(town("英語村")).get();
        assertThat(page(get("/admin/organizations").locale(Locale.ENGLISH).param("lang", "en")))
                .contains("Towns and contractors").contains("Add a contractor").contains("as of 1 Apr 2025");
    }

    @Test
    void the_contractor_form_labels_every_field_and_groups_them() throws Exception {
        organizations.createMunicipality(town("選択村")).get();
        String html = page(get("/admin/organizations/contractors/new"));
        assertThat(html).contains("<legend>振込元口座</legend>").contains("<legend>担当する自治体</legend>")
                .contains("for=\"corporateNumber\"").contains("id=\"corporateNumber\"")
                .contains("for=\"accountHolderName\"").contains("選択村").contains("<h1>振興公社の登録</h1>");
    }

    @Test
    void invalid_input_is_shown_beside_the_fields_as_typed_and_nothing_is_written() throws Exception {
        long town = organizations.createMunicipality(town("誤入力村")).get();
        long before = contractors();

        String html = page(contractorPost("/admin/organizations/contractors/new", "9100005012345", "緑振興公社", town));

        assertThat(html).contains("法人番号のチェックデジットが一致しません")
                .contains("「緑」は振込データで使えない文字です")
                .contains("id=\"corporateNumber-error\"").contains("aria-invalid=\"true\"")
                .contains("value=\"9100005012345\"").contains("value=\"緑振興公社\"").contains("value=\"98765\"")
                .contains("入力内容を確認してください");
        assertThat(contractors()).isEqualTo(before);
    }

    @Test
    void invalid_input_is_explained_in_english_too() throws Exception {
        long town = organizations.createMunicipality(town("English村")).get();
        String html = page(contractorPost("/admin/organizations/contractors/new", "9100005012345", "ﾐﾄﾞﾘ", town)
                .param("lang", "en"));
        assertThat(html).contains("The corporate number&#39;s check digit does not match");
    }

    @Test
    void valid_input_is_saved_and_the_list_confirms_it() throws Exception {
        long town = organizations.createMunicipality(town("保存村")).get();
        long before = contractors();

        mvc.perform(contractorPost("/admin/organizations/contractors/new", CORPORATE_NUMBER, "ざい）みどりしんこうこうしゃ",
                town)).andExpect(status().isFound()).andExpect(redirectedUrl("/admin/organizations"));

        assertThat(contractors()).isEqualTo(before + 1);
        long newest = jdbc.sql("SELECT max(id) FROM contractor").query(Long.class).single();
        Contractor saved = organizations.contractor(newest).orElseThrow();
        assertThat(saved.legalName()).isEqualTo("一般財団法人みどり振興公社");
        assertThat(organizations.contractorBanking(saved.id()).orElseThrow().account().holderName())
                .isEqualTo("ｻﾞｲ)ﾐﾄﾞﾘｼﾝｺｳｺｳｼﾔ");
        assertThat(organizations.contractorBanking(saved.id()).orElseThrow().account().number()).isEqualTo("0098765");
        assertThat(organizations.municipalitiesServedBy(saved.id())).extracting(Municipality::id).containsExactly(town);
    }

    @Test
    void the_edit_page_shows_the_stored_values_and_saves_changes() throws Exception {
        long town = organizations.createMunicipality(town("編集村")).get();
        long id = organizations.createContractor(contractor(List.of(town))).get();

        String html = page(get("/admin/organizations/contractors/{id}/edit", id));
        assertThat(html).contains("振興公社の編集").contains("value=\"" + CORPORATE_NUMBER + "\"")
                .contains("value=\"ｻﾞｲ)ｼﾗｶﾊﾞｼﾝｺｳｺｳｼﾔ\"");

        assertThat(html).contains("name=\"version\" value=\"0\"");

        mvc.perform(contractorPost("/admin/organizations/contractors/" + id + "/edit", CORPORATE_NUMBER, "ﾐﾄﾞﾘ", town)
                .param("version", "0")).andExpect(status().isFound());
        assertThat(organizations.contractor(id).orElseThrow().legalName()).isEqualTo("一般財団法人みどり振興公社");

        String stale = page(contractorPost("/admin/organizations/contractors/" + id + "/edit", CORPORATE_NUMBER,
                "ﾍﾞﾂ", town).param("version", "0"));
        assertThat(stale).contains("ほかの方がこの内容を変更しました").contains("value=\"ﾍﾞﾂ\"");
        assertThat(organizations.contractorBanking(id).orElseThrow().account().holderName()).isEqualTo("ﾐﾄﾞﾘ");
    }

    @Test
    void unknown_ids_are_not_found() throws Exception {
        mvc.perform(get("/admin/organizations/contractors/999999/edit")).andExpect(status().isNotFound());
        mvc.perform(get("/admin/organizations/municipalities/999999/edit")).andExpect(status().isNotFound());
        mvc.perform(contractorPost("/admin/organizations/contractors/999999/edit", CORPORATE_NUMBER, "ﾐﾄﾞﾘ", 1))
                .andExpect(status().isNotFound());
    }

    @Test
    void a_town_is_refused_with_messages_then_saved() throws Exception {
        String html = page(post("/admin/organizations/municipalities/new").with(csrf()).param("name", "")
                .param("nameKana", "さくらまち").param("prefectureCode", "20").param("population", "七千")
                .param("populationAsOf", "R5.2.30"));
        assertThat(html).contains("自治体名を入力してください").contains("人口は0以上の整数で入力してください")
                .contains("存在しない日付です").contains("value=\"七千\"").contains("value=\"R5.2.30\"");

        mvc.perform(post("/admin/organizations/municipalities/new").with(csrf()).param("name", "桜町")
                .param("nameKana", "さくらまち").param("prefectureCode", "20").param("population", "６，５００")
                .param("populationAsOf", "R7.4.1")).andExpect(status().isFound());
        Municipality saved = organizations.municipalities().stream().filter(m -> m.name().equals("桜町")).findFirst()
                .orElseThrow();
        assertThat(saved.population()).isEqualTo(6500);

        String edit = page(get("/admin/organizations/municipalities/{id}/edit", saved.id()));
        assertThat(edit).contains("value=\"桜町\"").contains("value=\"2025-04-01\"");
    }

    private MockHttpServletRequestBuilder townPost(long id, String networks) {
        return post("/admin/organizations/municipalities/{id}/edit", id).with(csrf()).param("name", "網町")
                .param("nameKana", "あみまち").param("prefectureCode", "20").param("population", "7000")
                .param("populationAsOf", "").param("version", "0").param("centreNetworks", networks);
    }

    @Test
    void the_town_form_takes_the_centre_networks_one_per_line() throws Exception {
        long id = organizations.createMunicipality(town("網町")).get();
        String empty = page(get("/admin/organizations/municipalities/{id}/edit", id));
        assertThat(empty).contains("テレワークセンターのネットワーク").contains("<textarea")
                .contains("id=\"centreNetworks\"").contains("aria-describedby=\"centreNetworks-hint\"");

        mvc.perform(townPost(id, "203.0.113.0/24\r\n\r\n２００１：ｄｂ８：：／４８\r\n"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/admin/organizations"));

        assertThat(organizations.centreNetworks(id).texts()).containsExactly("203.0.113.0/24", "2001:db8::/48");
        assertThat(page(get("/admin/organizations/municipalities/{id}/edit", id)))
                .contains("203.0.113.0/24\n2001:db8::/48</textarea>");
    }

    @Test
    void bad_network_lines_are_explained_beside_the_field_as_typed_and_nothing_is_saved() throws Exception {
        long id = organizations.createMunicipality(town("誤網村")).get();

        String html = page(townPost(id, "203.0.113.0/24\nセンターの回線\n203.0.113.5/24"));

        assertThat(html).contains("2行目「センターの回線」はネットワークとして読めません")
                .contains("3行目「203.0.113.5/24」はネットワークの先頭のアドレスではありません。203.0.113.0/24 のことではありませんか。")
                .contains("id=\"centreNetworks-error\"").contains("aria-invalid=\"true\"")
                .contains("203.0.113.0/24\nセンターの回線\n203.0.113.5/24</textarea>")
                .contains("入力内容を確認してください");
        assertThat(organizations.centreNetworks(id).isEmpty()).isTrue();
        assertThat(organizations.municipality(id).orElseThrow().name()).isEqualTo("誤網村");
        assertThat(organizations.municipalityDetails(id).orElseThrow().version()).isZero();
    }

    @Test
    void bad_network_lines_are_explained_in_english_too() throws Exception {
        long id = organizations.createMunicipality(town("English網村")).get();
        String html = page(townPost(id, "10.0.0.0/40\n0.0.0.0/0").param("lang", "en"));
        assertThat(html).contains("Line 1 &quot;10.0.0.0/40&quot;: the number after &quot;/&quot; must be 0 to 32.")
                .contains("Line 2 &quot;0.0.0.0/0&quot; is far too broad");
        assertThat(organizations.centreNetworks(id).isEmpty()).isTrue();
    }

    private MockHttpServletRequestBuilder codePost(long id, String name, String code) {
        return post("/admin/organizations/municipalities/{id}/edit", id).with(csrf()).param("name", name)
                .param("nameKana", "こーどむら").param("prefectureCode", "20").param("population", "7000")
                .param("populationAsOf", "").param("version", "0").param("centreNetworks", "")
                .param("localGovernmentCode", code);
    }

    @Test
    void the_town_form_takes_the_local_government_code_and_adds_its_check_digit() throws Exception {
        long id = organizations.createMunicipality(town("番号村")).get();
        String empty = page(get("/admin/organizations/municipalities/{id}/edit", id));
        assertThat(empty).contains("全国地方公共団体コード（6桁）").contains("for=\"localGovernmentCode\"")
                .contains("id=\"localGovernmentCode\"").contains("aria-describedby=\"localGovernmentCode-hint\"")
                .contains("5桁だけ入力すれば自動で補います");

        mvc.perform(codePost(id, "番号村", "２０２０５")).andExpect(status().isFound())
                .andExpect(redirectedUrl("/admin/organizations"));

        assertThat(organizations.municipality(id).orElseThrow().localGovernmentCode())
                .contains(new LocalGovernmentCode("202053"));
        assertThat(page(get("/admin/organizations/municipalities/{id}/edit", id)))
                .contains("value=\"202053\"");
        assertThat(page(get("/admin/organizations/municipalities/{id}/edit", id).param("lang", "en")))
                .contains("Local government code (6 digits)");
    }

    @Test
    void a_wrong_code_is_explained_beside_the_field_in_japanese_as_typed_and_nothing_is_saved() throws Exception {
        long holder = organizations.createMunicipality(town("先番村")).get();
        mvc.perform(codePost(holder, "先番村", "202061")).andExpect(status().isFound());
        long id = organizations.createMunicipality(town("誤番村")).get();

        String checkDigit = page(codePost(id, "誤番村改", "202060"));
        assertThat(checkDigit)
                .contains("「202060」は最後の検査数字が合いません。先頭5桁から計算すると検査数字は 1 で、コードは 202061 になります。")
                .contains("id=\"localGovernmentCode-error\"").contains("aria-invalid=\"true\"")
                .contains("aria-describedby=\"localGovernmentCode-hint localGovernmentCode-error\"")
                .contains("value=\"202060\"").contains("入力内容を確認してください");
        assertThat(page(codePost(id, "誤番村改", "131016")))
                .contains("コード 131016 の先頭2桁（13）は都道府県コードで、この自治体の都道府県（20）と一致しません。");
        assertThat(page(codePost(id, "誤番村改", "20206")))
                .contains("コード 202061 はすでに「先番村」に登録されています。");

        assertThat(organizations.municipality(id).orElseThrow().name()).isEqualTo("誤番村");
        assertThat(organizations.municipality(id).orElseThrow().localGovernmentCode()).isEmpty();
        assertThat(organizations.municipalityDetails(id).orElseThrow().version()).isZero();
    }

    @Test
    void a_wrong_code_is_explained_in_english_too() throws Exception {
        long id = organizations.createMunicipality(town("English番村")).get();
        assertThat(page(codePost(id, "English番村", "202079").param("lang", "en")))
                .contains("The check digit of &quot;202079&quot; is wrong: computed from the first five digits it is 0,"
                        + " which makes the code 202070.");
        assertThat(page(codePost(id, "English番村", "131016").param("lang", "en")))
                .contains("The first two digits of code 131016 (13) are a prefecture code and do not match this"
                        + " town&#39;s prefecture (20).");
        assertThat(page(codePost(id, "English番村", "20-2").param("lang", "en")))
                .contains("Enter the local government code as six digits (or five, without the check digit).");
        assertThat(organizations.municipality(id).orElseThrow().localGovernmentCode()).isEmpty();
    }

    @Test
    @WithMockUser(roles = "TOWN_STAFF")
    void other_roles_are_refused() throws Exception {
        mvc.perform(get("/admin/organizations")).andExpect(status().isForbidden());
        mvc.perform(get("/admin/organizations/contractors/new")).andExpect(status().isForbidden());
        mvc.perform(post("/admin/organizations/municipalities/new").with(csrf()).param("name", "x"))
                .andExpect(status().isForbidden());
    }

    @Test
    @WithAnonymousUser
    void anonymous_visitors_are_sent_to_sign_in() throws Exception {
        mvc.perform(get("/admin/organizations")).andExpect(status().isFound())
                .andExpect(redirectedUrl("/login"));
    }
}
