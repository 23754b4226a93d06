package jp.hataraku.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jp.hataraku.billing.Invoices;
import jp.hataraku.billing.Invoices.IssueRequest;
import jp.hataraku.billing.Invoices.ManualLine;
import jp.hataraku.clients.ClientSummary;
import jp.hataraku.clients.Clients;
import jp.hataraku.shared.TokyoClock;
import org.springframework.stereotype.Component;

/**
 * Demo invoices through the billing module's API: an older invoice paid in part and now overdue,
 * a recent one with a reduced-rate line, and a return invoice, so that the invoice list,
 * receivables and overdue pages have something to show. Lines of accepted demo deliveries arrive
 * as unbilled work by themselves (the billing listener).
 */
@Component
class DemoBilling {

    private final Invoices invoices;
    private final Clients clients;
    private final TokyoClock clock;

    DemoBilling(Invoices invoices, Clients clients, TokyoClock clock) {
        this.invoices = invoices;
        this.clients = clients;
        this.clock = clock;
    }

    void load(long contractorId) {
        List<ClientSummary> all = clients.list(contractorId);
        if (all.isEmpty()) {
            return;
        }
        ClientSummary client = all.get(0);
        LocalDate today = clock.today();
        LocalDate twoMonthsAgo = today.minusMonths(2).withDayOfMonth(10);
        long older = invoices.issue(new IssueRequest(client.id(), Optional.empty(), List.of(), List.of(
                new ManualLine("名刺データ入力", 48_000, 10, twoMonthsAgo.minusDays(5)),
                new ManualLine("アンケート集計", 26_500, 10, twoMonthsAgo.minusDays(2))), twoMonthsAgo)).get();
        invoices.recordPayment(older, twoMonthsAgo.plusDays(20), 30_000, "一部入金").get();

        LocalDate recent = today.minusDays(3);
        long newer = invoices.issue(new IssueRequest(client.id(), Optional.empty(), List.of(), List.of(
                new ManualLine("文字起こし（会議録）", 36_000, 10, recent.minusDays(7)),
                new ManualLine("作業説明会 茶菓子代", 1_620, 8, recent.minusDays(7))), recent)).get();
        invoices.issueReturn(newer, List.of(new Invoices.ReturnLine(1, 3_000)), recent.plusDays(1)).get();
    }
}
