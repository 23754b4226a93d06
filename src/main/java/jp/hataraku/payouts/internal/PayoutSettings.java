package jp.hataraku.payouts.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;

import jp.hataraku.shared.BankCalendar;
import jp.hataraku.workers.WorkKind;

/**
 * A contractor's payout settings: the day of the month after the closing month on which workers
 * are paid, the consumption tax added for workers not registered for invoices, the days a worker
 * has to object to a payment notice, and per work kind overrides of the withholding flag.
 */
public record PayoutSettings(long contractorId, int paymentDay, UnregisteredTax unregisteredTax, int objectionDays,
        Map<WorkKind, Boolean> withholdingOverrides, int version) {

    public static final int DEFAULT_PAYMENT_DAY = 25;
    /**
     * The latest payment day that keeps every month-end closing inside the Freelance Act's 60 days:
     * work received on the 1st of a 31-day month followed by a 31-day month (July, December) reaches
     * its 60th day on the 29th of the next month.
     */
    public static final int LATEST_PAYMENT_DAY = 29;
    public static final int STANDARD_RATE = 10;

    public PayoutSettings {
        withholdingOverrides = Map.copyOf(withholdingOverrides);
    }

    public static PayoutSettings defaults(long contractorId) {
        return new PayoutSettings(contractorId, DEFAULT_PAYMENT_DAY, UnregisteredTax.ADD_STANDARD_RATE, 14, Map.of(), 0);
    }

    /** Consumption tax for unregistered workers: the standard 10% added, or none. */
    public enum UnregisteredTax { ADD_STANDARD_RATE, NONE }

    public boolean subjectToWithholding(WorkKind kind) {
        return withholdingOverrides.getOrDefault(kind, kind.withholding());
    }

    /** The rate in percent for a worker: registered workers always 10%, others by the policy. */
    public int consumptionTaxRate(Optional<String> registrationNumber) {
        if (registrationNumber.filter(s -> !s.isBlank()).isPresent()) {
            return STANDARD_RATE;
        }
        return unregisteredTax == UnregisteredTax.ADD_STANDARD_RATE ? STANDARD_RATE : 0;
    }

    /** The payment date of a closing month: the payment day of the next month, moved earlier to a bank business day. */
    public LocalDate paymentDate(YearMonth month) {
        return paymentDate(month, paymentDay);
    }

    public static LocalDate paymentDate(YearMonth month, int paymentDay) {
        YearMonth next = month.plusMonths(1);
        return BankCalendar.japan().onOrBefore(next.atDay(Math.min(paymentDay, next.lengthOfMonth())));
    }
}
