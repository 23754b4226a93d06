package jp.hataraku.payouts.internal.transfer;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jp.hataraku.organization.Contractor;
import jp.hataraku.payouts.PayPeriodSummary;
import jp.hataraku.shared.Yen;
import jp.hataraku.workers.PayeeAccount;

/**
 * What a transfer for a confirmed period will do, shown before the file is downloaded: the payees
 * and amounts it carries, those who cannot be paid and why, and the transfer date — the period's
 * payment date moved to a bank business day, never later than the legal deadline.
 * {@code blockers} are message codes that stop the file (the contractor has no paying account or
 * no requester code); unpaid payees never do. {@code dateInPast}: the transfer date has already
 * passed (today in Tokyo), which banks refuse — the page warns; the file is still produced for the
 * record.
 */
public record TransferReport(PayPeriodSummary period, Contractor contractor, LocalDate scheduledDate,
        LocalDate transferDate, Optional<LocalDate> legalDeadline, List<Line> payable, List<Unpaid> unpaid,
        Yen total, List<String> blockers, boolean dateInPast) {

    /** One transfer. */
    public record Line(long workerId, String name, String nameKana, PayeeAccount account, Yen amount) {
    }

    /** A payee left out, with the message code of the reason and its argument (the bad character). */
    public record Unpaid(long workerId, String name, Yen amount, Reason reason, String argument) {
    }

    public enum Reason {
        NO_ACCOUNT, HOLDER_NAME_INVALID, NOT_POSITIVE, UNKNOWN_WORKER, AMOUNT_TOO_LARGE;

        public String messageCode() {
            return "transfers.unpaid." + name();
        }
    }

    public boolean dateMoved() {
        return !transferDate.equals(scheduledDate);
    }

    public boolean canDownload() {
        return blockers.isEmpty();
    }
}
