package jp.hataraku.billing;

import jp.hataraku.shared.InvoiceTax;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jp.hataraku.billing.Invoices.IssueRequest;
import jp.hataraku.billing.Invoices.ManualLine;
import jp.hataraku.clients.ClientType;
import jp.hataraku.shared.Checked;
import jp.hataraku.shared.FiscalYear;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Issuing qualified invoices on real PostgreSQL: numbers, totals, due dates and immutability. */
@SpringBootTest
class InvoiceIssuingTests {

    static final LocalDate ISSUED = LocalDate.of(2026, 11, 20);

    @Autowired
    Invoices invoices;
    @Autowired
    BillingFixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    static List<ManualLine> ntaLines() {
        return List.of(new ManualLine("小麦粉", 5_000, 8, ISSUED), new ManualLine("牛肉", 35_000, 8, ISSUED),
                new ManualLine("キッチンペーパー", 2_000, 10, ISSUED), new ManualLine("割りばし", 78_000, 10, ISSUED));
    }

    long issue(long client, LocalDate on, List<ManualLine> lines) {
        return invoices.issue(new IssueRequest(client, Optional.empty(), List.of(), lines, on)).get();
    }

    @Test
    void an_invoice_carries_the_registration_number_and_tax_once_per_rate() {
        long contractor = fixtures.contractor();
        long client = fixtures.client(contractor, ClientType.IN_PREFECTURE);
        Invoice invoice = invoices.find(issue(client, ISSUED, ntaLines())).orElseThrow();

        assertThat(invoice.registrationNumber()).isEqualTo(fixtures.registrationNumber(contractor)).startsWith("T");
        assertThat(invoice.issuerName()).isEqualTo("請求テスト公社");
        assertThat(invoice.recipientName()).isEqualTo("株式会社請求先");
        assertThat(invoice.byRate()).containsExactly(new InvoiceTax.RateTotal(10, 80_000, 8_000),
                new InvoiceTax.RateTotal(8, 40_000, 3_200));
        assertThat(invoice.total()).isEqualTo(131_200);
        assertThat(invoice.numberLabel()).isEqualTo("2026-000001");
        assertThat(invoice.lines()).filteredOn(InvoiceLine::reduced).hasSize(2);
        assertThat(invoice.dueOn()).as("end of the following month").isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void the_contractors_rounding_applies_to_each_rate_once() {
        long contractor = fixtures.contractor();
        long client = fixtures.client(contractor, ClientType.IN_PREFECTURE);
        List<ManualLine> lines = List.of(new ManualLine("a", 105, 10, ISSUED), new ManualLine("b", 105, 10, ISSUED),
                new ManualLine("c", 105, 10, ISSUED));
        assertThat(invoices.find(issue(client, ISSUED, lines)).orElseThrow().totalTax()).isEqualTo(31);
        invoices.setRounding(contractor, InvoiceTax.Rounding.UP);
        Invoice up = invoices.find(issue(client, ISSUED, lines)).orElseThrow();
        assertThat(up.totalTax()).isEqualTo(32);
        assertThat(up.rounding()).isEqualTo(InvoiceTax.Rounding.UP);
    }

    @Test
    void public_bodies_pay_within_30_days_of_the_invoice() {
        long contractor = fixtures.contractor();
        long town = fixtures.client(contractor, ClientType.MUNICIPALITY);
        long council = fixtures.client(contractor, ClientType.WELFARE_COUNCIL);
        assertThat(invoices.find(issue(town, ISSUED, ntaLines())).orElseThrow().dueOn()).isEqualTo(ISSUED.plusDays(30));
        assertThat(invoices.find(issue(council, ISSUED, ntaLines())).orElseThrow().dueOn()).isEqualTo(ISSUED.plusDays(30));
    }

    @Test
    void numbers_restart_at_one_each_fiscal_year_per_contractor() {
        long contractor = fixtures.contractor();
        long other = fixtures.contractor();
        long client = fixtures.client(contractor, ClientType.IN_PREFECTURE);
        long otherClient = fixtures.client(other, ClientType.IN_PREFECTURE);
        Invoice march = invoices.find(issue(client, LocalDate.of(2027, 3, 31), ntaLines())).orElseThrow();
        Invoice march2 = invoices.find(issue(client, LocalDate.of(2027, 3, 31), ntaLines())).orElseThrow();
        Invoice april = invoices.find(issue(client, LocalDate.of(2027, 4, 1), ntaLines())).orElseThrow();
        Invoice others = invoices.find(issue(otherClient, LocalDate.of(2027, 3, 31), ntaLines())).orElseThrow();
        assertThat(march.fiscalYear()).isEqualTo(FiscalYear.of(2026));
        assertThat(List.of(march.number(), march2.number())).containsExactly(1, 2);
        assertThat(april.fiscalYear()).isEqualTo(FiscalYear.of(2027));
        assertThat(april.number()).isEqualTo(1);
        assertThat(others.number()).as("another contractor counts on its own").isEqualTo(1);
    }

    @Test
    void parallel_issues_take_numbers_one_to_n_without_gap_or_duplicate() throws Exception {
        int n = 24;
        long contractor = fixtures.contractor();
        long client = fixtures.client(contractor, ClientType.IN_PREFECTURE);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Long>> runs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            runs.add(pool.submit(() -> {
                start.await();
                return issue(client, ISSUED, ntaLines());
            }));
        }
        start.countDown();
        List<Integer> numbers = new ArrayList<>();
        for (Future<Long> run : runs) {
            numbers.add(invoices.find(run.get(2, TimeUnit.MINUTES)).orElseThrow().number());
        }
        pool.shutdown();
        assertThat(numbers).containsExactlyInAnyOrderElementsOf(java.util.stream.IntStream.rangeClosed(1, n).boxed().toList());
        int counter = jdbc.sql("SELECT last_number FROM invoice_counter WHERE contractor_id = :c AND fiscal_year = 2026")
                .param("c", contractor).query(Integer.class).single();
        assertThat(counter).isEqualTo(n);
    }

    @Autowired
    org.springframework.transaction.support.TransactionTemplate tx;

    @Test
    void a_rolled_back_issue_gives_its_number_back() {
        long contractor = fixtures.contractor();
        long client = fixtures.client(contractor, ClientType.IN_PREFECTURE);
        tx.executeWithoutResult(status -> {
            assertThat(invoices.find(issue(client, ISSUED, ntaLines())).orElseThrow().number()).isEqualTo(1);
            status.setRollbackOnly();
        });
        assertThat(invoices.listForClient(client)).isEmpty();
        assertThat(invoices.find(issue(client, ISSUED, ntaLines())).orElseThrow().number()).isEqualTo(1);
    }

    @Test
    void a_refused_issue_takes_no_number() {
        long contractor = fixtures.contractor();
        long client = fixtures.client(contractor, ClientType.IN_PREFECTURE);
        Checked<Long> refused = invoices.issue(new IssueRequest(client, Optional.empty(), List.of(),
                List.of(new ManualLine("x", 100, 5, ISSUED)), ISSUED));
        assertThat(refused.isValid()).isFalse();
        assertThat(refused.errors()).extracting(e -> e.field()).containsExactly("manualLines[0].taxRate");
        assertThat(invoices.find(issue(client, ISSUED, ntaLines())).orElseThrow().number()).isEqualTo(1);
    }

    @Test
    void a_contractor_without_registration_number_cannot_issue() {
        String corporate = BillingFixtures.corporateNumber();
        long contractor = organizations.registerContractor(new jp.hataraku.organization.Organizations.NewContractor(
                "未登録公社", "みとうろくこうしゃ", corporate, "", "3990000", "長野県1-1"));
        long client = fixtures.client(contractor, ClientType.IN_PREFECTURE);
        Checked<Long> refused = invoices.issue(new IssueRequest(client, Optional.empty(), List.of(), ntaLines(), ISSUED));
        assertThat(refused.errors()).extracting(e -> e.code()).containsExactly("billing.error.noRegistration");
    }

    @Autowired
    jp.hataraku.organization.Organizations organizations;

    @Test
    void an_issued_invoice_cannot_be_changed_or_deleted() {
        long contractor = fixtures.contractor();
        long client = fixtures.client(contractor, ClientType.IN_PREFECTURE);
        long id = issue(client, ISSUED, ntaLines());
        assertThatThrownBy(() -> jdbc.sql("UPDATE invoice SET total = 1 WHERE id = :id").param("id", id).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("cannot change");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM invoice_line WHERE invoice_id = :id").param("id", id).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("cannot change");
        assertThatThrownBy(() -> jdbc.sql("UPDATE invoice_rate_total SET tax = 0 WHERE invoice_id = :id").param("id", id)
                .update()).isInstanceOf(DataAccessException.class);
        assertThat(invoices.find(id).orElseThrow().total()).isEqualTo(131_200);
    }
}
