package jp.hataraku.workers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jp.hataraku.organization.Organizations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.LinkedMultiValueMap;

import java.util.List;

@SpringBootTest
@AutoConfigureMockMvc
class WorkerApplyTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Organizations organizations;
    @Autowired
    JdbcClient jdbc;

    long town;

    @BeforeEach
    void town() {
        town = organizations.registerMunicipality("申込町", "もうしこみちょう", "20", 7000);
    }

    /** A valid form; {@code overrides} are name/value pairs replacing fields (list fields take one value). */
    private MockHttpServletRequestBuilder validForm(String email, String... overrides) {
        LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("name", "山田 花子");
        form.add("nameKana", "ﾔﾏﾀﾞ ﾊﾅｺ");
        form.add("birthDate", "1990-05-01");
        form.add("gender", "FEMALE");
        form.add("municipalityId", String.valueOf(town));
        form.add("postalCode", "389-0111");
        form.add("address", "長野県申込町1-2-3");
        form.add("phone", "090-1234-5678");
        form.add("email", email);
        form.put("workKinds", List.of("DATA_ENTRY", "ANNOTATION"));
        form.add("hoursPerWeek", "10");
        form.put("timeBands", List.of("MORNING", "NIGHT"));
        form.add("place", "HOME");
        form.put("devices", List.of("PC", "SMARTPHONE"));
        form.add("circumstances", "RAISING_CHILDREN");
        form.add("circumstancesConsent", "true");
        form.add("referral", "SEMINAR");
        form.add("privacyNoticeVersion", "2026-04");
        form.add("privacyConsent", "true");
        form.add("password", WorkerFixtures.PASSWORD);
        for (int i = 0; i < overrides.length; i += 2) {
            form.put(overrides[i], List.of(overrides[i + 1]));
        }
        return post("/apply").with(csrf()).params(form);
    }

    private int workerCount() {
        return jdbc.sql("SELECT count(*) FROM worker").query(Integer.class).single();
    }

    @Test
    void the_form_is_open_to_anyone_and_names_its_fields_like_the_application() throws Exception {
        mvc.perform(get("/apply")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("id=\"apply-submit\""),
                        org.hamcrest.Matchers.containsString("name=\"nameKana\""),
                        org.hamcrest.Matchers.containsString("name=\"workKinds\""),
                        org.hamcrest.Matchers.containsString("住民ワーカー登録申込み"),
                        org.hamcrest.Matchers.containsString("申込町"))));
    }

    @Test
    void a_valid_application_creates_an_applied_worker_with_a_sign_in_and_thanks_the_applicant() throws Exception {
        String email = WorkerFixtures.uniqueEmail("apply");
        mvc.perform(validForm(email)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/apply/thanks"));
        var row = jdbc.sql("SELECT status, name_kana, postal_code, circumstances::text AS c, privacy_notice_version "
                + "FROM worker WHERE email = :e").param("e", email).query().singleRow();
        assertThat(row.get("status")).isEqualTo("APPLIED");
        assertThat(row.get("name_kana")).isEqualTo("ヤマダ ハナコ");
        assertThat(row.get("postal_code")).isEqualTo("3890111");
        assertThat(row.get("c")).isEqualTo("{RAISING_CHILDREN}");
        assertThat(row.get("privacy_notice_version")).isEqualTo("2026-04");
        assertThat(jdbc.sql("SELECT count(*) FROM user_account WHERE email = :e AND worker_id IS NOT NULL")
                .param("e", email).query(Integer.class).single()).isEqualTo(1);
        mvc.perform(get("/apply/thanks")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("ありがとう")));
    }

    @Test
    void an_invalid_application_keeps_what_was_typed_shows_messages_and_writes_nothing() throws Exception {
        int before = workerCount();
        mvc.perform(validForm("not-an-email", "nameKana", "Yamada", "name", "入力保持テスト",
                        "privacyConsent", "false"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("value=\"入力保持テスト\""),
                        org.hamcrest.Matchers.containsString("value=\"not-an-email\""),
                        org.hamcrest.Matchers.containsString("ひらがなまたはカタカナで入力してください。"),
                        org.hamcrest.Matchers.containsString("メールアドレスの形式が正しくありません。"),
                        org.hamcrest.Matchers.containsString("個人情報の取扱いへの同意が必要です"),
                        org.hamcrest.Matchers.containsString("id=\"workKinds-DATA_ENTRY\" name=\"workKinds\" value=\"DATA_ENTRY\" checked"))));
        assertThat(workerCount()).isEqualTo(before);
    }

    @Test
    void messages_follow_the_users_language() throws Exception {
        mvc.perform(validForm("bad", "lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("This is not a valid e-mail address.")));
    }

    @Test
    void a_weak_password_is_refused_beside_the_password_field() throws Exception {
        int before = workerCount();
        mvc.perform(validForm(WorkerFixtures.uniqueEmail("pw"), "password", "short"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("パスワードは8文字以上にしてください。")));
        assertThat(workerCount()).isEqualTo(before);
    }

    @Test
    void the_same_person_applying_again_is_created_but_flagged_for_staff_review() throws Exception {
        mvc.perform(validForm(WorkerFixtures.uniqueEmail("first"), "name", "重複 確認"))
                .andExpect(status().is3xxRedirection());
        String second = WorkerFixtures.uniqueEmail("second");
        mvc.perform(validForm(second, "name", "重複　確認")).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT possible_duplicate_of IS NOT NULL FROM worker WHERE email = :e")
                .param("e", second).query(Boolean.class).single()).isTrue();
    }

    @Test
    void an_e_mail_that_already_signs_in_is_told_to_sign_in_instead() throws Exception {
        String email = WorkerFixtures.uniqueEmail("taken");
        mvc.perform(validForm(email)).andExpect(status().is3xxRedirection());
        int before = workerCount();
        mvc.perform(validForm(email)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("すでに登録されています")));
        assertThat(workerCount()).isEqualTo(before);
    }

    @Test
    void circumstances_ticked_without_the_separate_consent_are_not_stored() throws Exception {
        String email = WorkerFixtures.uniqueEmail("noconsent");
        mvc.perform(validForm(email, "circumstancesConsent", "false")).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT circumstances IS NULL AND circumstances_consent_at IS NULL FROM worker WHERE email = :e")
                .param("e", email).query(Boolean.class).single()).isTrue();
    }
}
