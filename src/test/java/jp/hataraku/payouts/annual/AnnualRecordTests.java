package jp.hataraku.payouts.annual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;

import jp.hataraku.identity.Accounts;
import jp.hataraku.identity.Role;
import jp.hataraku.organization.Organizations;
import jp.hataraku.payouts.internal.annual.AnnualRecord;
import jp.hataraku.payouts.internal.annual.AnnualService;
import jp.hataraku.payouts.transfer.TransferFixtures;
import jp.hataraku.workers.SignIn;
import jp.hataraku.workers.WorkKind;
import jp.hataraku.workers.Workers;
import jp.hataraku.workers.internal.mynumber.MyNumber;
import jp.hataraku.workers.internal.mynumber.MyNumberVault;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The annual payment record: the ¥50,000 rule, the e-filing CSV with audited My Numbers, and the slips. */
@SpringBootTest(properties = "hataraku.crypto.my-number-key=MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=")
@AutoConfigureMockMvc
class AnnualRecordTests {

    static final String MY_NUMBER = "123456789011";

    @Autowired
    AnnualService annual;
    @Autowired
    Organizations organizations;
    @Autowired
    Workers workers;
    @Autowired
    Accounts accounts;
    @Autowired
    MyNumberVault vault;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    long town;
    long contractor;
    long over;
    long atThreshold;
    long notSubject;
    String overEmail;
    String atEmail;

    @BeforeEach
    void setUp() {
        String tag = Long.toString(System.nanoTime(), 36);
        town = organizations.registerMunicipality("調書町" + tag, "ちょうしょちょう", "20", 3000);
        contractor = TransferFixtures.contractor(organizations, town, "8100005012345");
        overEmail = "over-" + tag + "@example.jp";
        atEmail = "at-" + tag + "@example.jp";
        over = active(TransferFixtures.worker(workers, town, "山田 花子", "やまだ はなこ", overEmail));
        atThreshold = active(TransferFixtures.worker(workers, town, "佐藤 一郎", "さとう いちろう", atEmail));
        notSubject = TransferFixtures.worker(workers, town, "鈴木 次郎", "すずき じろう", "ns-" + tag + "@example.jp");
        vault.store(over, town, MyNumber.parse(MY_NUMBER).orElseThrow());
        // Two periods paid in 2026: 60,000 of writing for one payee, exactly 50,000 for another,
        // and 100,000 of data entry (not subject to withholding) for a third.
        TransferFixtures.confirmedPeriod(jdbc, contractor, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 24), List.of(
                new TransferFixtures.Pay(over, town, Map.of(WorkKind.WRITING, 40_000L), 4_084),
                new TransferFixtures.Pay(atThreshold, town, Map.of(WorkKind.PROOFREADING, 50_000L), 5_105),
                new TransferFixtures.Pay(notSubject, town, Map.of(WorkKind.DATA_ENTRY, 60_000L), 0)));
        TransferFixtures.confirmedPeriod(jdbc, contractor, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 5, 25), List.of(
                new TransferFixtures.Pay(over, town, Map.of(WorkKind.WRITING, 20_000L), 2_042),
                new TransferFixtures.Pay(notSubject, town, Map.of(WorkKind.DATA_ENTRY, 40_000L), 0)));
        // Paid in 2025: not in the 2026 record.
        TransferFixtures.confirmedPeriod(jdbc, contractor, LocalDate.of(2025, 11, 1), LocalDate.of(2025, 12, 25), List.of(
                new TransferFixtures.Pay(atThreshold, town, Map.of(WorkKind.WRITING, 90_000L), 9_189)));
    }

    private long active(long worker) {
        workers.markBriefed(worker, LocalDate.of(2026, 4, 2));
        workers.acceptTerms(worker, Workers.CURRENT_TERMS_VERSION, LocalDate.of(2026, 4, 3));
        return worker;
    }

    @Test
    void payees_whose_subject_fees_exceed_50000_yen_are_filed_and_the_others_listed_for_information() {
        AnnualRecord record = annual.record(contractor, Year.of(2026));
        assertThat(record.filed()).singleElement().satisfies(p -> {
            assertThat(p.details().workerId()).isEqualTo(over);
            assertThat(p.subjectPaid().amount()).isEqualTo(60_000);
            assertThat(p.withheld().amount()).isEqualTo(6_126);
        });
        assertThat(record.belowThreshold()).extracting(p -> p.details().workerId())
                .containsExactlyInAnyOrder(atThreshold, notSubject);
        assertThat(record.belowThreshold()).filteredOn(p -> p.details().workerId() == notSubject)
                .singleElement().satisfies(p -> {
                    assertThat(p.subjectPaid().amount()).isZero();
                    assertThat(p.allPaid().amount()).isEqualTo(100_000);
                });
    }

    @Test
    void the_filing_deadline_is_january_31_or_the_next_business_day() {
        // 2027-01-31 is a Sunday.
        assertThat(AnnualService.filingDeadline(Year.of(2026))).isEqualTo(LocalDate.of(2027, 2, 1));
        // 2025-01-31 is a Friday.
        assertThat(AnnualService.filingDeadline(Year.of(2024))).isEqualTo(LocalDate.of(2025, 1, 31));
    }

    @Test
    void the_csv_follows_the_309_field_order_carries_the_my_number_and_every_read_is_audited() throws Exception {
        int before = readsOfMyNumber(over);

        AnnualService.Export export = annual.export(contractor, Year.of(2026));

        List<CSVRecord> rows = CSVFormat.RFC4180.parse(new StringReader(new String(export.bytes(), "windows-31j"))).getRecords();
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.get(0)).isEqualTo("309");
            assertThat(r.get(3)).isEqualTo("長野県上伊那郡白樺村1-2-3");
            assertThat(r.get(4)).isEqualTo("一般財団法人しらかば振興公社");
            assertThat(r.get(9)).isEqualTo("0");
            assertThat(r.get(10)).isEqualTo("08");
            assertThat(r.get(11)).isEqualTo("長野県上伊那郡白樺村2-3-4");
            assertThat(r.get(13)).isEqualTo("山田 花子");
            assertThat(r.get(15)).isEqualTo("原稿料");
            assertThat(r.get(17)).isEqualTo("60000");
            assertThat(r.get(19)).isEqualTo("6126");
            assertThat(r.get(22)).isEqualTo(MY_NUMBER);
            assertThat(r.get(23)).isEqualTo("8100005012345");
        });
        assertThat(export.myNumbers()).isEqualTo(1);
        assertThat(readsOfMyNumber(over)).isEqualTo(before + 1);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'PAYMENT_RECORD_EXPORTED' AND target_id = :c")
                .param("c", String.valueOf(contractor)).query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT my_numbers FROM annual_record_export WHERE contractor_id = :c")
                .param("c", contractor).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void staff_download_the_csv_from_the_page_and_the_page_states_the_threshold() throws Exception {
        String email = "staff-" + System.nanoTime() + "@example.jp";
        accounts.createAccount(email, "事務局", TransferFixtures.PASSWORD, List.of(Accounts.RoleGrant.of(Role.CONTRACTOR_STAFF)));
        RequestPostProcessor staff = SignIn.as(mvc, email, TransferFixtures.PASSWORD);
        String html = mvc.perform(get("/payouts/annual").param("contractorId", String.valueOf(contractor)).param("year", "2026")
                .header("Accept-Language", "ja").with(staff)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(html).contains("5万円を超える").contains("filed-" + over).contains("below-" + notSubject)
                .doesNotContain(MY_NUMBER);
        byte[] csv = mvc.perform(post("/payouts/annual/" + contractor + "/2026/records").with(csrf()).with(staff))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(csv, "windows-31j")).startsWith("309,").contains(MY_NUMBER);
    }

    @Test
    void a_worker_sees_their_own_slip_without_my_number_and_cannot_read_another_workers() throws Exception {
        RequestPostProcessor worker = SignIn.as(mvc, overEmail, TransferFixtures.PASSWORD);
        String page = mvc.perform(get("/me/payments/annual/2026").with(worker).header("Accept-Language", "ja"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("一般財団法人しらかば振興公社").contains("slip-" + contractor);

        byte[] pdf = mvc.perform(get("/me/payments/annual/2026/" + contractor + "/slip").with(worker)
                .header("Accept-Language", "ja")).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            text = java.text.Normalizer.normalize(new PDFTextStripper().getText(doc), java.text.Normalizer.Form.NFKC);
        }
        assertThat(text).contains("山田 花子").contains("原稿料").contains("60,000").contains("6,126").contains("〒399-4511")
                .doesNotContain(MY_NUMBER).doesNotContain("1234 5678 9011");

        // The staff route for another worker's slip is closed to workers…
        mvc.perform(get("/payouts/annual/" + contractor + "/2026/workers/" + atThreshold + "/slip").with(worker))
                .andExpect(status().isForbidden());
        // …and the worker's own route only ever answers for the signed-in worker: the other worker,
        // paid nothing subject in 2026 by this contractor, has no slip for it.
        RequestPostProcessor other = SignIn.as(mvc, atEmail, TransferFixtures.PASSWORD);
        String otherPage = mvc.perform(get("/me/payments/annual/2026").with(other)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(otherPage).doesNotContain("山田 花子").doesNotContain("60,000");
        byte[] otherPdf = mvc.perform(get("/me/payments/annual/2026/" + contractor + "/slip").with(other))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(otherPdf)) {
            assertThat(java.text.Normalizer.normalize(new PDFTextStripper().getText(doc), java.text.Normalizer.Form.NFKC)).contains("佐藤 一郎").doesNotContain("山田 花子");
        }
    }

    private int readsOfMyNumber(long worker) {
        return jdbc.sql("""
                SELECT count(*) FROM audit_log WHERE action = 'READ_SENSITIVE' AND target_id = :w AND detail LIKE 'my_number:%'""")
                .param("w", String.valueOf(worker)).query(Integer.class).single();
    }
}
