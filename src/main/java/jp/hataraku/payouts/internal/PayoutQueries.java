package jp.hataraku.payouts.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.hataraku.payouts.AnnualPayment;
import jp.hataraku.payouts.PayPeriodSummary;
import jp.hataraku.payouts.Payouts;
import jp.hataraku.payouts.PeriodStatus;
import jp.hataraku.payouts.WorkerPayout;
import jp.hataraku.shared.Yen;
import jp.hataraku.workers.WorkKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link Payouts} over {@code pay_period}, {@code worker_payout} and {@code worker_payout_kind}. */
@Service
@Transactional(readOnly = true)
class PayoutQueries implements Payouts {

    private static final String PERIOD_COLUMNS = """
            id, contractor_id, month, status, payment_date, worker_count, total_gross, total_withholding, total_net""";

    private final JdbcClient jdbc;

    PayoutQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<PayPeriodSummary> confirmedPeriods(long contractorId) {
        return jdbc.sql("SELECT " + PERIOD_COLUMNS
                + " FROM pay_period WHERE contractor_id = :c AND status = 'CONFIRMED' ORDER BY month DESC")
                .param("c", contractorId).query(PayoutQueries::period).list();
    }

    @Override
    public Optional<PayPeriodSummary> period(long periodId) {
        return jdbc.sql("SELECT " + PERIOD_COLUMNS + " FROM pay_period WHERE id = :id")
                .param("id", periodId).query(PayoutQueries::period).optional();
    }

    @Override
    public List<WorkerPayout> payoutsOf(long periodId) {
        Map<Long, Map<WorkKind, Yen>> kinds = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT k.worker_id, k.work_kind, k.gross FROM worker_payout_kind k
                JOIN pay_period p ON p.id = k.period_id AND p.status = 'CONFIRMED'
                WHERE k.period_id = :p""")
                .param("p", periodId)
                .query((rs, n) -> kinds.computeIfAbsent(rs.getLong(1), w -> new EnumMap<>(WorkKind.class))
                        .put(WorkKind.valueOf(rs.getString(2)), Yen.of(rs.getLong(3))))
                .list();
        List<WorkerPayout> payouts = new ArrayList<>();
        jdbc.sql("""
                SELECT w.period_id, w.worker_id, w.municipality_id, w.gross, w.consumption_tax_rate, w.consumption_tax,
                       w.withholding_base, w.withholding, w.net, w.payment_date, w.earliest_deadline
                FROM worker_payout w JOIN pay_period p ON p.id = w.period_id AND p.status = 'CONFIRMED'
                WHERE w.period_id = :p ORDER BY w.worker_id""")
                .param("p", periodId)
                .query((rs, n) -> payouts.add(new WorkerPayout(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                        kinds.getOrDefault(rs.getLong(2), Map.of()), Yen.of(rs.getLong(4)), rs.getInt(5),
                        Yen.of(rs.getLong(6)), Yen.of(rs.getLong(7)), Yen.of(rs.getLong(8)), Yen.of(rs.getLong(9)),
                        rs.getObject(10, LocalDate.class), rs.getObject(11, LocalDate.class))))
                .list();
        return payouts;
    }

    @Override
    public List<AnnualPayment> paidIn(long contractorId, Year year) {
        return jdbc.sql("""
                SELECT k.worker_id, k.work_kind, k.subject, sum(k.gross), sum(k.withholding)
                FROM worker_payout w
                JOIN pay_period p ON p.id = w.period_id AND p.status = 'CONFIRMED'
                JOIN worker_payout_kind k ON k.period_id = w.period_id AND k.worker_id = w.worker_id
                WHERE w.contractor_id = :c AND w.payment_date BETWEEN :from AND :to
                GROUP BY k.worker_id, k.work_kind, k.subject ORDER BY k.worker_id, k.work_kind, k.subject""")
                .param("c", contractorId).param("from", year.atDay(1)).param("to", year.atMonth(12).atEndOfMonth())
                .query((rs, n) -> new AnnualPayment(rs.getLong(1), WorkKind.valueOf(rs.getString(2)),
                        rs.getBoolean(3), Yen.of(rs.getLong(4)), Yen.of(rs.getLong(5))))
                .list();
    }

    static PayPeriodSummary period(ResultSet rs, int row) throws SQLException {
        return new PayPeriodSummary(rs.getLong("id"), rs.getLong("contractor_id"),
                YearMonth.from(rs.getObject("month", LocalDate.class)), PeriodStatus.valueOf(rs.getString("status")),
                rs.getObject("payment_date", LocalDate.class), rs.getInt("worker_count"),
                Yen.of(rs.getLong("total_gross")), Yen.of(rs.getLong("total_withholding")),
                Yen.of(rs.getLong("total_net")));
    }
}
