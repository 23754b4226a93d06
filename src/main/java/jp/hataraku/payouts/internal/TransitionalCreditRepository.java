package jp.hataraku.payouts.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import jp.hataraku.payouts.TransitionalCredit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The transitional credit schedule ({@code transitional_credit_step}) and, per confirmed period of a
 * contractor, the consumption tax it paid to workers without an invoice registration number.
 */
@Repository
class TransitionalCreditRepository {

    /** A confirmed period's consumption tax paid to unregistered workers, and to how many. */
    record UnregisteredTax(long periodId, YearMonth month, LocalDate paymentDate, int workers, long tax) {
    }

    private final JdbcClient jdbc;

    TransitionalCreditRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    TransitionalCredit schedule() {
        return new TransitionalCredit(jdbc.sql("SELECT valid_from, percent, source FROM transitional_credit_step")
                .query((rs, n) -> new TransitionalCredit.Step(rs.getObject(1, LocalDate.class), rs.getInt(2),
                        rs.getString(3)))
                .list());
    }

    Optional<TransitionalCredit.Step> step(LocalDate validFrom) {
        return jdbc.sql("SELECT valid_from, percent, source FROM transitional_credit_step WHERE valid_from = :d")
                .param("d", validFrom)
                .query((rs, n) -> new TransitionalCredit.Step(rs.getObject(1, LocalDate.class), rs.getInt(2),
                        rs.getString(3)))
                .optional();
    }

    /** Records a step, replacing the one of the same day. */
    void save(TransitionalCredit.Step step, long accountId) {
        jdbc.sql("""
                INSERT INTO transitional_credit_step (valid_from, percent, source, recorded_by)
                VALUES (:d, :p, :s, :a)
                ON CONFLICT (valid_from) DO UPDATE SET percent = EXCLUDED.percent, source = EXCLUDED.source,
                    recorded_by = EXCLUDED.recorded_by, recorded_at = now()""")
                .param("d", step.validFrom()).param("p", step.percent()).param("s", step.source())
                .param("a", accountId).update();
    }

    List<UnregisteredTax> unregisteredTax(long contractorId) {
        return jdbc.sql("""
                SELECT p.id, p.month, p.payment_date, count(w.worker_id), coalesce(sum(w.consumption_tax), 0)
                FROM pay_period p
                LEFT JOIN worker_payout w ON w.period_id = p.id AND w.invoice_registration IS NULL
                WHERE p.contractor_id = :c AND p.status = 'CONFIRMED'
                GROUP BY p.id, p.month, p.payment_date ORDER BY p.month DESC""")
                .param("c", contractorId)
                .query((rs, n) -> new UnregisteredTax(rs.getLong(1), YearMonth.from(rs.getObject(2, LocalDate.class)),
                        rs.getObject(3, LocalDate.class), rs.getInt(4), rs.getLong(5)))
                .list();
    }
}
