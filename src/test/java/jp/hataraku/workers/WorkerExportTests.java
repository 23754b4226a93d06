package jp.hataraku.workers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SpringBootTest
@AutoConfigureMockMvc
class WorkerExportTests {

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
    long townA;
    RequestPostProcessor townStaffA;

    @BeforeEach
    void setUp() throws Exception {
        tag = Long.toString(System.nanoTime(), 36);
        townA = organizations.registerMunicipality("己町" + tag, "きちょう", "20", 7000);
        long townB = organizations.registerMunicipality("庚村" + tag, "こうそん", "20", 3000);
        workers.apply(WorkerFixtures.application(townA, "=HYPERLINK(\"x\")" + tag, "えくすぽーと", WorkerFixtures.uniqueEmail("e")),
                LocalDate.of(2026, 4, 1));
        workers.apply(WorkerFixtures.application(townB, "乙村の人" + tag, "えくすぽーと", WorkerFixtures.uniqueEmail("f")),
                LocalDate.of(2026, 4, 1));
        String email = WorkerFixtures.uniqueEmail("staff");
        accounts.createAccount(email, "職員", WorkerFixtures.PASSWORD, List.of(new Accounts.RoleGrant(Role.TOWN_STAFF, townA)));
        townStaffA = SignIn.as(mvc, email, WorkerFixtures.PASSWORD);
    }

    @Test
    void the_csv_is_utf8_with_a_bom_japanese_headers_only_the_visible_town_and_no_live_formula() throws Exception {
        byte[] body = mvc.perform(get("/workers/export.csv").param("q", tag).with(townStaffA).header("Accept-Language", "ja"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
        String csv = new String(body, StandardCharsets.UTF_8);
        assertThat(csv).contains("氏名", "ふりがな", "状態", "市町村", "申込日", "己町" + tag, "2026");
        assertThat(csv).contains("'=HYPERLINK").doesNotContain(",=HYPERLINK").doesNotContain("乙村の人");
    }

    @Test
    void the_xlsx_carries_the_same_rows_and_filters_and_text_stays_text() throws Exception {
        byte[] body = mvc.perform(get("/workers/export.xlsx").param("q", tag).param("status", "APPLIED").with(townStaffA))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            assertThat(sheet.getRow(1).getCell(1).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
        }
        mvc.perform(get("/workers/export.xlsx").param("q", tag).param("status", "ACTIVE").with(townStaffA))
                .andExpect(status().isOk());
    }

    @Test
    void an_export_is_audited() throws Exception {
        int before = jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'WORKERS_EXPORTED'").query(Integer.class).single();
        mvc.perform(get("/workers/export.csv").with(townStaffA)).andExpect(status().isOk());
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'WORKERS_EXPORTED'").query(Integer.class).single())
                .isEqualTo(before + 1);
    }

    @Test
    void the_list_links_to_both_exports_with_its_filters() throws Exception {
        mvc.perform(get("/workers").param("q", "やまだ").with(townStaffA)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"export-csv\"")))
                .andExpect(content().string(containsString("id=\"export-xlsx\"")))
                .andExpect(content().string(containsString("/workers/export.csv?q=")));
    }
}
