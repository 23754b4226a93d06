package jp.hataraku.workers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.hataraku.identity.Accounts;
import jp.hataraku.identity.Role;
import jp.hataraku.organization.Organizations;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SpringBootTest
@AutoConfigureMockMvc
class WorkerImportTests {

    private static final Charset SJIS = Charset.forName("windows-31j");

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

    String tag;
    long town;
    long otherTown;
    RequestPostProcessor townStaff;

    @BeforeEach
    void setUp() throws Exception {
        tag = Long.toString(System.nanoTime(), 36);
        town = organizations.registerMunicipality("辛町" + tag, "しんちょう", "20", 7000);
        otherTown = organizations.registerMunicipality("壬村" + tag, "じんそん", "20", 3000);
        townStaff = staff(Role.TOWN_STAFF, town);
    }

    private RequestPostProcessor staff(Role role, long scope) throws Exception {
        String email = WorkerFixtures.uniqueEmail(role.name().toLowerCase());
        accounts.createAccount(email, "職員", WorkerFixtures.PASSWORD, List.of(new Accounts.RoleGrant(role, scope)));
        return SignIn.as(mvc, email, WorkerFixtures.PASSWORD);
    }

    private String csv() {
        return "氏名,ふりがな,生年月日,郵便番号,住所,電話番号,メールアドレス,性別,申込日,NDA同意日\r\n"
                + "佐藤 一郎" + tag + ",さとう いちろう,1980/1/2,389-0111,長野県辛町1-1,090-1111-2222,ichiro-" + tag + "@example.jp,男性,2023/4/1,R5.4.10\r\n"
                + "鈴木 花子" + tag + ",すずき はなこ,S60.5.6,3890112,長野県辛町2-2,0267-11-2222,hanako-" + tag + "@example.jp,女,R5.5.1,\r\n"
                + "田中 三郎" + tag + ",Tanaka,1990/2/30,12345,長野県辛町3-3,090-3333-4444,not-an-email,,,\r\n";
    }

    private long workersNamed(String part) {
        return jdbc.sql("SELECT count(*) FROM worker WHERE name LIKE :n").param("n", "%" + part + "%").query(Long.class).single();
    }

    private String previewAndToken(MockHttpSession session, MockMultipartFile file, String encoding, long townId)
            throws Exception {
        String html = mvc.perform(multipart("/workers/import/preview").file(file).param("encoding", encoding)
                        .param("municipalityId", String.valueOf(townId)).session(session).with(csrf()).with(townStaff)
                        .header("Accept-Language", "ja"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("name=\"token\" value=\"([^\"]+)\"").matcher(html);
        return m.find() ? m.group(1) + "\n" + html : "\n" + html;
    }

    @Test
    void a_shift_jis_csv_is_previewed_with_each_problem_by_row_and_column_and_nothing_is_written() throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "名簿.csv", "text/csv", csv().getBytes(SJIS));
        String html = previewAndToken(new MockHttpSession(), file, "AUTO", town);
        assertThat(html).contains("全 3 行のうち、登録できる行は 2 行、問題のある行は 1 行です")
                .contains("4 行目: 「ふりがな」の「Tanaka」").contains("「生年月日」の「1990/2/30」を日付として読めません")
                .contains("「郵便番号」の「12345」").contains("「メールアドレス」の「not-an-email」")
                .contains("id=\"import-confirm\"");
        assertThat(workersNamed(tag)).isZero();
    }

    @Test
    void confirming_imports_the_valid_rows_without_accounts_and_an_nda_date_makes_the_worker_active() throws Exception {
        MockHttpSession session = new MockHttpSession();
        MockMultipartFile file = new MockMultipartFile("file", "roster.csv", "text/csv", csv().getBytes(SJIS));
        String token = previewAndToken(session, file, "SHIFT_JIS", town).split("\n", 2)[0];
        mvc.perform(post("/workers/import/confirm").param("token", token).session(session).with(csrf()).with(townStaff))
                .andExpect(redirectedUrl("/workers/import"));
        assertThat(workersNamed(tag)).isEqualTo(2);
        assertThat(jdbc.sql("SELECT status FROM worker WHERE name = :n").param("n", "佐藤 一郎" + tag).query(String.class).single())
                .isEqualTo("ACTIVE");
        assertThat(jdbc.sql("SELECT status FROM worker WHERE name = :n").param("n", "鈴木 花子" + tag).query(String.class).single())
                .isEqualTo("APPLIED");
        assertThat(jdbc.sql("SELECT started_on FROM worker_period p JOIN worker w ON w.id = p.worker_id WHERE w.name = :n")
                .param("n", "鈴木 花子" + tag).query(LocalDate.class).single()).isEqualTo(LocalDate.of(2023, 5, 1));
        assertThat(accounts.emailTaken("ichiro-" + tag + "@example.jp")).isFalse();
        mvc.perform(post("/workers/import/confirm").param("token", token).session(session).with(csrf()).with(townStaff))
                .andExpect(redirectedUrl("/workers/import"));
        assertThat(workersNamed(tag)).isEqualTo(2);
    }

    @Test
    void an_xlsx_roster_is_read_and_a_registered_person_is_flagged_as_a_possible_duplicate() throws Exception {
        String email = WorkerFixtures.uniqueEmail("dup");
        workers.apply(WorkerFixtures.application(town, "既存 太郎" + tag, "きそん たろう", email));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            var sheet = book.createSheet("名簿");
            String[][] cells = {
                    {"氏名", "フリガナ", "生年月日", "郵便番号", "住所", "電話", "メール"},
                    {"別人 太郎" + tag, "べつじん たろう", "令和元年5月1日", "3890111", "辛町1", "09011112222", email}};
            for (int r = 0; r < cells.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < cells[r].length; c++) {
                    row.createCell(c).setCellValue(cells[r][c]);
                }
            }
            book.write(out);
        }
        MockMultipartFile file = new MockMultipartFile("file", "roster.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", out.toByteArray());
        String html = previewAndToken(new MockHttpSession(), file, "AUTO", town);
        assertThat(html).contains("登録できる行は 1 行").contains("id=\"import-duplicates\"");
    }

    @Test
    void a_file_of_the_wrong_type_gets_a_clear_message_beside_the_field() throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "roster.pdf", "application/pdf", new byte[] {1, 2, 3});
        mvc.perform(multipart("/workers/import/preview").file(file).param("municipalityId", String.valueOf(town))
                        .with(csrf()).with(townStaff).header("Accept-Language", "ja"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"import-file-error\"")))
                .andExpect(content().string(containsString("CSV（.csv）または Excel（.xlsx）")));
    }

    @Test
    void an_oversize_file_is_refused_with_the_limit() throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "big.csv", "text/csv", new byte[6 * 1024 * 1024]);
        mvc.perform(multipart("/workers/import/preview").file(file).param("municipalityId", String.valueOf(town))
                        .with(csrf()).with(townStaff).header("Accept-Language", "ja"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("上限 5 MB")));
    }

    @Test
    void town_staff_may_not_import_into_another_town_and_directors_may_not_import() throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "roster.csv", "text/csv", csv().getBytes(SJIS));
        mvc.perform(multipart("/workers/import/preview").file(file).param("municipalityId", String.valueOf(otherTown))
                        .with(csrf()).with(townStaff))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"municipalityId-error\"")));
        assertThat(workersNamed(tag)).isZero();
        mvc.perform(get("/workers/import").with(staff(Role.DIRECTOR, 0))).andExpect(status().isForbidden());
    }

    @Test
    void the_import_page_has_the_file_input_and_preview_button() throws Exception {
        mvc.perform(get("/workers/import").with(townStaff)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"import-file\"")))
                .andExpect(content().string(containsString("id=\"import-preview\"")));
    }
}
