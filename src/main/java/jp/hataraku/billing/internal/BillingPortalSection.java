package jp.hataraku.billing.internal;

import java.util.Map;

import jp.hataraku.billing.InvoiceKind;
import jp.hataraku.billing.Invoices;
import jp.hataraku.billing.Receivable;
import jp.hataraku.clients.PortalSection;
import org.springframework.stereotype.Component;

/** The client portal shows each company its invoices and what it still owes, with a link to the list. */
@Component
class BillingPortalSection implements PortalSection {

    private final Invoices invoices;

    BillingPortalSection(Invoices invoices) {
        this.invoices = invoices;
    }

    @Override
    public String template() {
        return "billing/portal-section";
    }

    @Override
    public int order() {
        return 700;
    }

    @Override
    public Map<String, Object> model(long clientId) {
        long count = invoices.listForClient(clientId).stream().filter(i -> i.kind() == InvoiceKind.INVOICE).count();
        long outstanding = invoices.receivables().stream().filter(r -> r.clientId() == clientId)
                .mapToLong(Receivable::outstanding).filter(o -> o > 0).sum();
        return Map.of("count", count, "outstanding", outstanding);
    }
}
