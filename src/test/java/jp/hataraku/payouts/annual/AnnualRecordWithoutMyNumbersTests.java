package jp.hataraku.payouts.annual;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;

import jp.hataraku.organization.Organizations;
import jp.hataraku.payouts.internal.annual.AnnualService;
import jp.hataraku.payouts.transfer.TransferFixtures;
import jp.hataraku.workers.WorkKind;
import jp.hataraku.workers.Workers;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** With My Number storage off (the default), the export leaves the number blank and reads none. */
@SpringBootTest
class AnnualRecordWithoutMyNumbersTests {

    @Autowired
    AnnualService annual;
    @Autowired
    Organizations organizations;
    @Autowired
    Workers workers;
    @Autowired
    JdbcClient jdbc;

    @Test
    void the_my_number_column_is_blank_and_nothing_is_decrypted() throws Exception {
        String tag = Long.toString(System.nanoTime(), 36);
        long town = organizations.registerMunicipality("無番号町" + tag, "むばんごうちょう", "20", 3000);
        long contractor = TransferFixtures.contractor(organizations, town, "8100005012345");
        long worker = TransferFixtures.worker(workers, town, "山田 花子", "やまだ はなこ", "nomn-" + tag + "@example.jp");
        TransferFixtures.confirmedPeriod(jdbc, contractor, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 6, 25),
                List.of(new TransferFixtures.Pay(worker, town, Map.of(WorkKind.WEB_DESIGN, 80_000L), 8_168)));
        assertThat(annual.myNumbersStored()).isFalse();

        AnnualService.Export export = annual.export(contractor, Year.of(2026));

        List<CSVRecord> rows = CSVFormat.RFC4180.parse(new StringReader(new String(export.bytes(), "windows-31j"))).getRecords();
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.get(13)).isEqualTo("山田 花子");
            assertThat(r.get(15)).isEqualTo("デザイン料");
            assertThat(r.get(17)).isEqualTo("80000");
            assertThat(r.get(19)).isEqualTo("8168");
            assertThat(r.get(22)).isEmpty();
        });
        assertThat(export.myNumbers()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'READ_SENSITIVE' AND target_id = :w")
                .param("w", String.valueOf(worker)).query(Integer.class).single()).isZero();
    }
}
