package jp.hataraku.billing;

import jp.hataraku.shared.InvoiceTax;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jp.hataraku.billing.Invoices.IssueRequest;
import jp.hataraku.billing.Invoices.ManualLine;
import jp.hataraku.billing.Invoices.ReturnLine;
import jp.hataraku.clients.ClientType;
import jp.hataraku.shared.Checked;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Payments received, return invoices, cancel-and-reissue and the overdue list on real PostgreSQL. */
@SpringBootTest
class ReceivablesTests {

    static final LocalDate ISSUED = LocalDate.of(2026, 11, 20);

    @Autowired
    Invoices invoices;
    @Autowired
    BillingFixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    long client;
    long invoice;

    @BeforeEach
    void anInvoiceOf11000Yen() {
        long contractor = fixtures.contractor();
        client = fixtures.client(contractor, ClientType.IN_PREFECTURE);
        invoice = invoices.issue(new IssueRequest(client, Optional.empty(), List.of(),
                List.of(new ManualLine("データ入力", 6_000, 10, ISSUED), new ManualLine("校正", 4_000, 10, ISSUED)),
                ISSUED)).get();
    }

    @Test
    void partial_payments_reduce_the_balance_until_settled() {
        assertThat(invoices.receivable(invoice).orElseThrow().outstanding()).isEqualTo(11_000);
        invoices.recordPayment(invoice, ISSUED.plusDays(10), 5_000, "一部").get();
        assertThat(invoices.receivable(invoice).orElseThrow().outstanding()).isEqualTo(6_000);
        invoices.recordPayment(invoice, ISSUED.plusDays(20), 6_000, "").get();
        Receivable settled = invoices.receivable(invoice).orElseThrow();
        assertThat(settled.paid()).isEqualTo(11_000);
        assertThat(settled.outstanding()).isZero();
        assertThat(settled.settled()).isTrue();
        assertThat(invoices.payments(invoice)).extracting(Payment::amount).containsExactly(5_000L, 6_000L);
    }

    @Test
    void a_payment_above_the_balance_is_refused() {
        Checked<Long> refused = invoices.recordPayment(invoice, ISSUED, 11_001, "");
        assertThat(refused.errors()).extracting(e -> e.field() + " " + e.code())
                .containsExactly("amount billing.error.overpaid");
        assertThat(invoices.payments(invoice)).isEmpty();
    }

    @Test
    void the_overdue_list_holds_unpaid_invoices_after_their_due_date() {
        LocalDate due = invoices.find(invoice).orElseThrow().dueOn();
        assertThat(invoices.overdue(due)).extracting(Receivable::invoiceId).doesNotContain(invoice);
        Receivable late = invoices.overdue(due.plusDays(3)).stream().filter(r -> r.invoiceId() == invoice)
                .findFirst().orElseThrow();
        assertThat(late.daysOverdue(due.plusDays(3))).isEqualTo(3);
        invoices.recordPayment(invoice, due.plusDays(3), 11_000, "").get();
        assertThat(invoices.overdue(due.plusDays(3))).extracting(Receivable::invoiceId).doesNotContain(invoice);
    }

    @Test
    void a_return_invoice_refunds_with_negative_amounts_and_its_own_number() {
        long ret = invoices.issueReturn(invoice, List.of(new ReturnLine(1, 1_000)), ISSUED.plusDays(5)).get();
        Invoice r = invoices.find(ret).orElseThrow();
        assertThat(r.kind()).isEqualTo(InvoiceKind.RETURN);
        assertThat(r.originalInvoiceId()).contains(invoice);
        assertThat(r.number()).isEqualTo(2);
        assertThat(r.byRate()).containsExactly(new InvoiceTax.RateTotal(10, -1_000, -100));
        assertThat(r.total()).isEqualTo(-1_100);
        Receivable balance = invoices.receivable(invoice).orElseThrow();
        assertThat(balance.returned()).isEqualTo(-1_100);
        assertThat(balance.outstanding()).isEqualTo(9_900);
        assertThat(invoices.find(invoice).orElseThrow().total()).as("the original is unchanged").isEqualTo(11_000);
    }

    @Test
    void no_line_is_refunded_beyond_its_amount() {
        invoices.issueReturn(invoice, List.of(new ReturnLine(2, 3_000)), ISSUED).get();
        Checked<Long> refused = invoices.issueReturn(invoice, List.of(new ReturnLine(2, 1_001)), ISSUED);
        assertThat(refused.errors()).extracting(e -> e.field() + " " + e.code() + " " + e.args())
                .containsExactly("lines[0].amount billing.error.returnAmount [1000]");
    }

    @Test
    void cancel_and_reissue_marks_the_old_invoice_superseded_without_editing_it() {
        long fresh = invoices.reissue(invoice, List.of(new ManualLine("データ入力（訂正）", 7_000, 10, ISSUED)),
                ISSUED.plusDays(1), "単価の誤り").get();
        Invoice old = invoices.find(invoice).orElseThrow();
        Invoice replacement = invoices.find(fresh).orElseThrow();
        assertThat(old.supersededBy()).contains(fresh);
        assertThat(old.total()).isEqualTo(11_000);
        assertThat(replacement.replacesInvoiceId()).contains(invoice);
        assertThat(replacement.number()).isEqualTo(2);
        assertThat(replacement.total()).isEqualTo(7_700);
        assertThat(invoices.receivable(invoice).orElseThrow().outstanding()).as("the replacement is owed").isZero();
        assertThat(invoices.receivable(fresh).orElseThrow().outstanding()).isEqualTo(7_700);
        assertThat(invoices.reissue(invoice, List.of(new ManualLine("x", 1, 10, ISSUED)), ISSUED, "again").errors())
                .extracting(e -> e.code()).containsExactly("billing.error.superseded");
    }

    @Test
    void a_paid_invoice_is_corrected_by_a_return_invoice_not_a_reissue() {
        invoices.recordPayment(invoice, ISSUED, 1_000, "").get();
        assertThat(invoices.reissue(invoice, List.of(new ManualLine("x", 1, 10, ISSUED)), ISSUED, "r").errors())
                .extracting(e -> e.code()).containsExactly("billing.error.reissueSettled");
    }

    @Test
    void payments_and_supersessions_cannot_be_edited() {
        invoices.recordPayment(invoice, ISSUED, 1_000, "").get();
        assertThatThrownBy(() -> jdbc.sql("UPDATE invoice_payment SET amount = 1 WHERE invoice_id = :i")
                .param("i", invoice).update()).isInstanceOf(DataAccessException.class);
    }
}
