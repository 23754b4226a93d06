package jp.hataraku.jobs.internal.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jp.hataraku.clients.Clients;
import jp.hataraku.identity.Accounts;
import jp.hataraku.identity.Role;
import jp.hataraku.jobs.FieldType;
import jp.hataraku.jobs.Jobs;
import jp.hataraku.jobs.TaskTemplate;
import jp.hataraku.organization.Organizations;
import jp.hataraku.shared.TokyoClock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TemplateBuilderPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Organizations organizations;
    @Autowired
    Clients clients;
    @Autowired
    Accounts accounts;
    @Autowired
    Jobs jobs;
    @Autowired
    TokyoClock clock;

    JobFixtures fx;
    long director;
    RequestPostProcessor staff;

    @BeforeAll
    void setUp() throws Exception {
        fx = new JobFixtures(organizations, clients, clock.today());
        String email = JobFixtures.uniqueEmail("builder-staff");
        JobFixtures.account(accounts, email, "業務 職員", Role.CONTRACTOR_STAFF, 0);
        director = JobFixtures.account(accounts, JobFixtures.uniqueEmail("builder-dir"), "監督", Role.DIRECTOR, 0);
        staff = JobFixtures.signIn(mvc, email);
    }

    @Test
    void the_builder_shows_the_fields_and_a_preview_of_the_workers_form() throws Exception {
        long id = fx.createJob(jobs, "表示", director);
        mvc.perform(get("/jobs/" + id + "/template").with(staff)).andExpect(status().isOk())
                .andExpect(content().string(containsString("入力フォームの作成")))
                .andExpect(content().string(containsString("name=\"fields[1].label\"")))
                .andExpect(content().string(containsString("ワーカーの入力画面（プレビュー）")))
                .andExpect(content().string(containsString("id=\"preview-0\"")));
    }

    @Test
    void saving_a_valid_builder_writes_the_template() throws Exception {
        long id = fx.createJob(jobs, "保存", director);
        mvc.perform(post("/jobs/" + id + "/template").with(csrf()).with(staff).param("version", "0")
                        .param("action", "save")
                        .param("fields[0].name", "company").param("fields[0].label", "会社名").param("fields[0].type", "TEXT")
                        .param("fields[0].required", "true")
                        .param("fields[1].name", "kind").param("fields[1].label", "種別")
                        .param("fields[1].type", "SINGLE_CHOICE").param("fields[1].choices", "A=株式会社\nB=有限会社")
                        .param("fields[2].name", "cards").param("fields[2].label", "枚数").param("fields[2].type", "NUMBER")
                        .param("fields[2].min", "1").param("fields[2].max", "500"))
                .andExpect(redirectedUrl("/jobs/" + id + "/template"));
        TaskTemplate t = jobs.find(id).orElseThrow().details().template();
        assertThat(t.fieldNames()).containsExactly("company", "kind", "cards");
        assertThat(t.field("kind").orElseThrow().type()).isEqualTo(FieldType.SINGLE_CHOICE);
        assertThat(t.field("company").orElseThrow().required()).isTrue();
    }

    @Test
    void invalid_definitions_get_field_messages_and_the_template_is_unchanged() throws Exception {
        long id = fx.createJob(jobs, "誤り", director);
        TaskTemplate before = jobs.find(id).orElseThrow().details().template();
        mvc.perform(post("/jobs/" + id + "/template").with(csrf()).with(staff).param("version", "0")
                        .param("action", "save")
                        .param("fields[0].name", "zip").param("fields[0].label", "郵便番号").param("fields[0].type", "TEXT")
                        .param("fields[0].pattern", "([0-9]")
                        .param("fields[1].name", "zip").param("fields[1].label", "重複").param("fields[1].type", "TEXT")
                        .param("fields[2].name", "n").param("fields[2].label", "数").param("fields[2].type", "NUMBER")
                        .param("fields[2].min", "9").param("fields[2].max", "1")
                        .param("fields[3].name", "c").param("fields[3].label", "選択").param("fields[3].type", "MULTIPLE_CHOICE"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("入力パターンが正規表現として正しくありません。")))
                .andExpect(content().string(containsString("同じ項目名がほかにもあります。")))
                .andExpect(content().string(containsString("最大値は最小値以上にしてください。")))
                .andExpect(content().string(containsString("選択の項目には選択肢を1つ以上入力してください。")))
                .andExpect(content().string(containsString("id=\"fields-0-pattern-error\"")))
                .andExpect(content().string(not(containsString("Exception"))));
        assertThat(jobs.find(id).orElseThrow().details().template()).isEqualTo(before);
        assertThat(jobs.find(id).orElseThrow().version()).isZero();
    }

    @Test
    void the_layout_buttons_work_without_javascript_and_save_nothing() throws Exception {
        long id = fx.createJob(jobs, "並べ替え", director);
        String page = mvc.perform(post("/jobs/" + id + "/template").with(csrf()).with(staff).param("version", "0")
                        .param("action", "up:1")
                        .param("fields[0].name", "company").param("fields[0].label", "会社名").param("fields[0].type", "TEXT")
                        .param("fields[1].name", "person").param("fields[1].label", "氏名").param("fields[1].type", "TEXT"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page.indexOf("value=\"person\"")).isPositive().isLessThan(page.indexOf("value=\"company\""));
        assertThat(jobs.find(id).orElseThrow().details().template().fieldNames()).containsExactly("company", "person");

        mvc.perform(post("/jobs/" + id + "/template").with(csrf()).with(staff).param("version", "0").param("action", "add")
                        .param("fields[0].name", "company").param("fields[0].label", "会社名").param("fields[0].type", "TEXT"))
                .andExpect(content().string(containsString("value=\"field_2\"")));
        mvc.perform(post("/jobs/" + id + "/template").with(csrf()).with(staff).param("version", "0")
                        .param("action", "remove:0")
                        .param("fields[0].name", "company").param("fields[0].label", "会社名").param("fields[0].type", "TEXT"))
                .andExpect(content().string(containsString("まだ項目がありません。")));
    }

    @Test
    void with_htmx_the_builder_answers_only_its_fragment() throws Exception {
        long id = fx.createJob(jobs, "断片", director);
        mvc.perform(post("/jobs/" + id + "/template").with(csrf()).with(staff).header("HX-Request", "true")
                        .param("version", "0").param("action", "add"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"builder\"")))
                .andExpect(content().string(not(containsString("<html"))));
        mvc.perform(post("/jobs/" + id + "/template/preview").with(csrf()).with(staff).header("HX-Request", "true")
                        .param("fields[0].name", "tel").param("fields[0].label", "電話番号").param("fields[0].type", "TEXT"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("電話番号")))
                .andExpect(content().string(containsString("id=\"preview\"")));
    }

    @Test
    void a_stale_builder_saves_nothing() throws Exception {
        long id = fx.createJob(jobs, "古い", director);
        mvc.perform(post("/jobs/" + id + "/template").with(csrf()).with(staff).param("version", "7").param("action", "save")
                        .param("fields[0].name", "x").param("fields[0].label", "X").param("fields[0].type", "TEXT"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("ほかの人がこの業務を変更しました")));
        assertThat(jobs.find(id).orElseThrow().details().template().fieldNames()).containsExactly("company", "person");
    }
}
