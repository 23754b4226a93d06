package jp.hataraku.billing;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import jp.hataraku.clients.ClientType;

/**
 * When a client must pay an invoice: by the end of the month after the month of issue; public
 * bodies (a town, a social welfare council) within 30 days of a proper invoice (支払遅延防止法 6条,
 * RULES-JP §7).
 */
public final class InvoiceDueDate {

    public static final int PUBLIC_BODY_DAYS = 30;

    private InvoiceDueDate() {
    }

    public static LocalDate of(LocalDate issuedOn, ClientType clientType) {
        if (clientType == ClientType.MUNICIPALITY || clientType == ClientType.WELFARE_COUNCIL) {
            return issuedOn.plusDays(PUBLIC_BODY_DAYS);
        }
        return issuedOn.plusMonths(1).with(TemporalAdjusters.lastDayOfMonth());
    }
}
