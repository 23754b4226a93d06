package jp.hataraku.billing.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jp.hataraku.billing.Invoice;
import jp.hataraku.billing.Invoices;
import jp.hataraku.billing.Receivable;
import jp.hataraku.identity.Accounts;
import jp.hataraku.identity.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The client portal's invoices: a client user sees the invoices of their own companies only. */
@Controller
class PortalInvoiceController {

    private final Invoices invoices;
    private final Accounts accounts;
    private final InvoiceDocuments documents;

    PortalInvoiceController(Invoices invoices, Accounts accounts, InvoiceDocuments documents) {
        this.invoices = invoices;
        this.accounts = accounts;
        this.documents = documents;
    }

    record Row(Invoice invoice, Receivable balance) {
    }

    private Set<Long> ownCompanies() {
        return accounts.current().map(CurrentUser::clientScopes).orElse(Set.of());
    }

    @GetMapping("/portal/invoices")
    String list(Model model) {
        List<Row> rows = new ArrayList<>();
        for (long client : ownCompanies().stream().sorted().toList()) {
            for (Invoice i : invoices.listForClient(client)) {
                rows.add(new Row(i, invoices.receivable(i.id()).orElse(null)));
            }
        }
        model.addAttribute("rows", rows);
        return "billing/portal";
    }

    /** Another company's invoice answers 404, as if it did not exist. */
    @GetMapping("/portal/invoices/{id:\\d+}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, Locale locale) {
        Invoice invoice = invoices.find(id).filter(i -> ownCompanies().contains(i.clientId()))
                .orElseThrow(BillingController.NotFound::new);
        return documents.pdfResponse(invoice, locale);
    }
}
