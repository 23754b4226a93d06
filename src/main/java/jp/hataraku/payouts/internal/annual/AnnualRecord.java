package jp.hataraku.payouts.internal.annual;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;

import jp.hataraku.organization.Contractor;
import jp.hataraku.shared.Yen;
import jp.hataraku.workers.PayeeDetails;
import jp.hataraku.workers.WorkKind;

/**
 * A contractor's annual payment record (支払調書, RULES-JP §5) for a calendar year: the payees whose
 * withholding-subject fees exceeded {@link #THRESHOLD} (filed), the others paid in the year (for
 * information), and the filing deadline (January 31 of the next year, or the next business day).
 */
public record AnnualRecord(Contractor contractor, Year year, LocalDate filingDeadline, List<Payee> filed,
        List<Payee> belowThreshold) {

    /** Filed for a payee whose subject fees in the year exceed this (more than ¥50,000). */
    public static final Yen THRESHOLD = Yen.of(50_000);

    /** One kind of fee paid to a payee in the year. */
    public record Line(WorkKind kind, boolean subject, Yen paid, Yen withheld) {
    }

    /** A payee's year: every kind paid, and the subject fees' totals. */
    public record Payee(PayeeDetails details, List<Line> lines, Yen subjectPaid, Yen withheld, Yen allPaid) {

        public List<Line> subjectLines() {
            return lines.stream().filter(Line::subject).toList();
        }

        public boolean filed() {
            return subjectPaid.compareTo(THRESHOLD) > 0;
        }
    }
}
