package jp.hataraku.payouts;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The Freelance Act's payment deadline (特定受託事業者に係る取引の適正化等に関する法律 4条, RULES-JP §1):
 * payment no later than 60 days counted from, and including, the day the work is received — the
 * 60th day is {@code receivedOn + 59}. When no payment date was agreed, the day of receipt itself is
 * due; when a later date than the 60th day was agreed, the 60th day is.
 */
public final class PaymentDeadline {

    /** The days counted from and including the day of receipt. */
    public static final int DAYS = 60;

    private PaymentDeadline() {
    }

    /** The last day the law allows for paying work received on {@code receivedOn}. */
    public static LocalDate latestFor(LocalDate receivedOn) {
        return receivedOn.plusDays(DAYS - 1);
    }

    /** The due date of work received on {@code receivedOn} under the agreed payment date, if any. */
    public static LocalDate dueDate(LocalDate receivedOn, Optional<LocalDate> agreed) {
        LocalDate latest = latestFor(receivedOn);
        return agreed.map(date -> date.isAfter(latest) ? latest : date).orElse(receivedOn);
    }

    /** Whether paying on {@code paymentDate} meets the deadline for work received on {@code receivedOn}. */
    public static boolean meets(LocalDate paymentDate, LocalDate receivedOn) {
        return !paymentDate.isAfter(latestFor(receivedOn));
    }
}
