package jp.hataraku.payouts.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;

import jp.hataraku.organization.Organizations;
import jp.hataraku.payouts.internal.transfer.TransferReport;
import jp.hataraku.payouts.internal.transfer.TransferService;
import jp.hataraku.payouts.internal.transfer.ZenginFile;
import jp.hataraku.payouts.internal.transfer.ZenginParser;
import jp.hataraku.workers.WorkKind;
import jp.hataraku.workers.Workers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The transfer service on PostgreSQL: who is paid, who cannot be and why, the date, the files and their record. */
@SpringBootTest
class TransferServiceTests {

    @Autowired
    TransferService transfers;
    @Autowired
    Organizations organizations;
    @Autowired
    Workers workers;
    @Autowired
    JdbcClient jdbc;

    long contractor;
    long town;
    long paid;
    long noAccount;
    long badHolder;
    long nothingDue;

    @BeforeEach
    void setUp() {
        String tag = Long.toString(System.nanoTime(), 36);
        town = organizations.registerMunicipality("振込町" + tag, "ふりこみちょう", "20", 3000);
        contractor = TransferFixtures.contractor(organizations, town, "8100005012345");
        paid = TransferFixtures.worker(workers, town, "山田 花子", "やまだ はなこ", "paid-" + tag + "@example.jp");
        noAccount = TransferFixtures.worker(workers, town, "佐藤 一郎", "さとう いちろう", "none-" + tag + "@example.jp");
        badHolder = TransferFixtures.worker(workers, town, "鈴木 次郎", "すずき じろう", "bad-" + tag + "@example.jp");
        nothingDue = TransferFixtures.worker(workers, town, "高橋 三郎", "たかはし さぶろう", "zero-" + tag + "@example.jp");
        TransferFixtures.bankAccount(jdbc, paid, "0123456", "ﾔﾏﾀﾞ ﾊﾅｺ");
        // Stored before the rule tightened, or by an import: '/' only some banks take.
        TransferFixtures.bankAccount(jdbc, badHolder, "0654321", "ｽｽﾞｷ/ｼﾞﾛｳ");
        TransferFixtures.bankAccount(jdbc, nothingDue, "0111111", "ﾀｶﾊｼ ｻﾌﾞﾛｳ");
    }

    private long period(LocalDate month, LocalDate paymentDate) {
        return TransferFixtures.confirmedPeriod(jdbc, contractor, month, paymentDate, List.of(
                new TransferFixtures.Pay(paid, town, Map.of(WorkKind.WRITING, 30_000L), 3_063),
                new TransferFixtures.Pay(noAccount, town, Map.of(WorkKind.DATA_ENTRY, 12_000L), 0),
                new TransferFixtures.Pay(badHolder, town, Map.of(WorkKind.DATA_ENTRY, 8_000L), 0),
                new TransferFixtures.Pay(nothingDue, town, Map.of(WorkKind.DATA_ENTRY, 0L), 0)));
    }

    @Test
    void a_worker_who_cannot_be_paid_is_listed_with_the_reason_and_the_rest_are_still_in_the_file() {
        long period = period(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 25));

        TransferReport report = transfers.report(period);

        assertThat(report.payable()).extracting(TransferReport.Line::workerId).containsExactly(paid);
        assertThat(report.total().amount()).isEqualTo(26_937);
        assertThat(report.unpaid()).extracting(TransferReport.Unpaid::workerId, TransferReport.Unpaid::reason,
                TransferReport.Unpaid::argument).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(noAccount, TransferReport.Reason.NO_ACCOUNT, ""),
                        org.assertj.core.groups.Tuple.tuple(badHolder, TransferReport.Reason.HOLDER_NAME_INVALID, "/"),
                        org.assertj.core.groups.Tuple.tuple(nothingDue, TransferReport.Reason.NOT_POSITIVE, ""));
        assertThat(report.canDownload()).isTrue();

        TransferService.Generated file = transfers.generate(period, TransferService.Format.ZENGIN);
        ZenginFile parsed = ZenginParser.parse(file.bytes());
        assertThat(parsed.header().requesterCode()).isEqualTo("1234567890");
        assertThat(parsed.header().requesterName()).isEqualTo("ｻﾞｲ)ｼﾗｶﾊﾞｼﾝｺｳｺｳｼﾔ");
        assertThat(parsed.header().transferDate()).isEqualTo(MonthDay.of(11, 25));
        assertThat(parsed.header().bankCode()).isEqualTo("0005");
        assertThat(parsed.data()).singleElement().satisfies(d -> {
            assertThat(d.bankCode()).isEqualTo("0001");
            assertThat(d.bankName()).isEqualTo("ﾐｽﾞﾎ");
            assertThat(d.branchName()).isEqualTo("ﾄｳｷﾖｳ");
            assertThat(d.accountNumber()).isEqualTo("0123456");
            assertThat(d.recipientName()).isEqualTo("ﾔﾏﾀﾞ ﾊﾅｺ");
            assertThat(d.amount()).isEqualTo(26_937);
            assertThat(d.customerCode1()).isEqualTo(String.valueOf(paid));
        });
        assertThat(parsed.trailer()).isEqualTo(new ZenginFile.Trailer(1, 26_937));
    }

    @Test
    void each_file_produced_is_recorded_with_its_checksum_and_audited_and_bank_reads_are_audited() {
        long period = period(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 23));
        int readsBefore = count("SELECT count(*) FROM audit_log WHERE action = 'READ_SENSITIVE' AND detail LIKE :d",
                "bank_account:zengin-transfer:period-" + period + "%");

        TransferService.Generated file = transfers.generate(period, TransferService.Format.ZENGIN);

        Map<String, Object> row = jdbc.sql("SELECT * FROM transfer_file WHERE period_id = :p").param("p", period)
                .query().singleRow();
        assertThat(row).containsEntry("format", "ZENGIN").containsEntry("record_count", 1)
                .containsEntry("total_amount", 26_937L).containsEntry("unpaid_count", 3)
                .containsEntry("sha256", file.sha256()).containsEntry("byte_size", file.bytes().length);
        assertThat(count("SELECT count(*) FROM audit_log WHERE action = 'TRANSFER_FILE_GENERATED' AND target_id = :d",
                String.valueOf(period))).isEqualTo(1);
        int readsAfter = count("SELECT count(*) FROM audit_log WHERE action = 'READ_SENSITIVE' AND detail LIKE :d",
                "bank_account:zengin-transfer:period-" + period + "%");
        assertThat(readsAfter).isEqualTo(readsBefore + 1);
        String detail = jdbc.sql("SELECT detail FROM audit_log WHERE action = 'READ_SENSITIVE' AND detail LIKE :d ORDER BY id DESC LIMIT 1")
                .param("d", "bank_account:zengin-transfer:period-" + period + "%").query(String.class).single();
        assertThat(detail).contains(String.valueOf(paid)).contains(String.valueOf(badHolder));
        assertThat(transfers.history(period)).hasSize(1);
    }

    @Test
    void the_transfer_date_moves_to_the_previous_bank_business_day() {
        // 2026-11-23 is 勤労感謝の日 (Monday): the bank is closed, so Friday 2026-11-20.
        long period = period(LocalDate.of(2026, 8, 1), LocalDate.of(2026, 11, 23));
        TransferReport report = transfers.report(period);
        assertThat(report.transferDate()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(report.dateMoved()).isTrue();
        ZenginFile parsed = ZenginParser.parse(transfers.generate(period, TransferService.Format.ZENGIN).bytes());
        assertThat(parsed.header().transferDate()).isEqualTo(MonthDay.of(11, 20));
    }

    @Test
    void a_payment_date_past_the_legal_deadline_is_brought_forward_to_a_business_day_before_it() {
        // Scheduled for Friday 2026-12-25, but some work must be paid by Sunday 2026-12-20.
        long period = TransferFixtures.confirmedPeriod(jdbc, contractor, LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 20),
                List.of(new TransferFixtures.Pay(paid, town, Map.of(WorkKind.WRITING, 30_000L), 3_063)));
        TransferReport report = transfers.report(period);
        assertThat(report.legalDeadline()).contains(LocalDate.of(2026, 12, 20));
        assertThat(report.transferDate()).isEqualTo(LocalDate.of(2026, 12, 18));
    }

    @Test
    void the_csv_variant_has_a_bom_documented_columns_and_one_row_per_payee_paid() {
        long period = period(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 8, 25));
        TransferService.Generated csv = transfers.generate(period, TransferService.Format.CSV);
        assertThat(csv.bytes()[0]).isEqualTo((byte) 0xEF);
        String text = new String(csv.bytes(), StandardCharsets.UTF_8).substring(1);
        List<String> lines = text.lines().toList();
        assertThat(lines.get(0)).isEqualTo(String.join(",", TransferService.CSV_COLUMNS));
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).isEqualTo(paid + ",山田 花子,やまだ はなこ,0001,ﾐｽﾞﾎ,001,ﾄｳｷﾖｳ,1,0123456,ﾔﾏﾀﾞ ﾊﾅｺ,26937,2026-08-25");
    }

    @Test
    void a_period_not_confirmed_has_no_transfer() {
        long open = jdbc.sql("INSERT INTO pay_period (contractor_id, month, payment_date) VALUES (:c, '2026-06-01', '2026-07-24') RETURNING id")
                .param("c", contractor).query(Long.class).single();
        assertThatThrownBy(() -> transfers.report(open)).isInstanceOf(TransferService.NoSuchPeriod.class);
    }

    private int count(String sql, String param) {
        return jdbc.sql(sql).param("d", param).query(Integer.class).single();
    }
}
