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
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

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

    /** {@code AND} conditions on a table alias for the optional town and contractor, with their parameters. */
    private static String scope(String alias, Optional<Long> municipalityId, Optional<Long> contractorId,
            Map<String, Object> params) {
        StringBuilder where = new StringBuilder();
        municipalityId.ifPresent(m -> {
            where.append(" AND ").append(alias).append(".municipality_id = :town");
            params.put("town", m);
        });
        contractorId.ifPresent(c -> {
            where.append(" AND ").append(alias).append(".contractor_id = :contractor");
            params.put("contractor", c);
        });
        return where.toString();
    }

    @Override
    public PaidTotals paidTotals(LocalDate from, LocalDate to, Optional<Long> municipalityId,
            Optional<Long> contractorId) {
        Map<String, Object> params = new LinkedHashMap<>(Map.of("from", from, "to", to));
        String where = scope("w", municipalityId, contractorId, params);
        return jdbc.sql("""
                SELECT count(*), count(DISTINCT w.worker_id), coalesce(sum(w.gross), 0), coalesce(sum(w.consumption_tax), 0),
                       coalesce(sum(w.withholding), 0), coalesce(sum(w.net), 0),
                       count(*) FILTER (WHERE w.payment_date <= w.earliest_deadline)
                FROM worker_payout w JOIN pay_period p ON p.id = w.period_id AND p.status = 'CONFIRMED'
                WHERE w.payment_date BETWEEN :from AND :to""" + where)
                .params(params)
                .query((rs, n) -> new PaidTotals(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6), rs.getLong(7)))
                .single();
    }

    @Override
    public RewardSpread monthlyRewardSpread(LocalDate from, LocalDate to, Optional<Long> municipalityId,
            Optional<Long> contractorId) {
        Map<String, Object> params = new LinkedHashMap<>(Map.of("from", from, "to", to));
        String where = scope("w", municipalityId, contractorId, params);
        return jdbc.sql("""
                WITH monthly AS (
                    SELECT w.worker_id, p.month, sum(w.gross) AS gross
                    FROM worker_payout w JOIN pay_period p ON p.id = w.period_id AND p.status = 'CONFIRMED'
                    WHERE w.payment_date BETWEEN :from AND :to""" + where + """

                    GROUP BY w.worker_id, p.month
                )
                SELECT count(*), count(DISTINCT worker_id),
                       coalesce(percentile_disc(0.25) WITHIN GROUP (ORDER BY gross), 0),
                       coalesce(percentile_disc(0.5) WITHIN GROUP (ORDER BY gross), 0),
                       coalesce(percentile_disc(0.75) WITHIN GROUP (ORDER BY gross), 0)
                FROM monthly""")
                .params(params)
                .query((rs, n) -> new RewardSpread(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5)))
                .single();
    }

    @Override
    public SortedMap<YearMonth, Long> activeWorkersByMonth(LocalDate from, LocalDate to,
            Optional<Long> municipalityId, Optional<Long> contractorId) {
        SortedMap<YearMonth, Long> months = new TreeMap<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            months.put(m, 0L);
        }
        Map<String, Object> params = new LinkedHashMap<>(Map.of("from", from, "to", to));
        String where = scope("r", municipalityId, contractorId, params);
        jdbc.sql("""
                SELECT CAST(date_trunc('month', r.approved_on) AS date), count(DISTINCT r.worker_id)
                FROM reward_line r
                WHERE r.approved_on BETWEEN :from AND :to AND r.source IN ('TASK','TIME')""" + where + """

                GROUP BY 1""")
                .params(params)
                .query((rs, n) -> months.put(YearMonth.from(rs.getObject(1, LocalDate.class)), rs.getLong(2)))
                .list();
        return months;
    }

    @Override
    public Map<WorkKind, Long> approvedRewardsByKind(LocalDate from, LocalDate to, Optional<Set<Long>> contractorIds) {
        Map<WorkKind, Long> kinds = new EnumMap<>(WorkKind.class);
        if (contractorIds.isPresent() && contractorIds.get().isEmpty()) {
            return kinds;
        }
        Map<String, Object> params = new LinkedHashMap<>(Map.of("from", from, "to", to));
        String where = "";
        if (contractorIds.isPresent()) {
            where = " AND r.contractor_id IN (:contractors)";
            params.put("contractors", List.copyOf(contractorIds.get()));
        }
        jdbc.sql("""
                SELECT r.work_kind, sum(r.amount) FROM reward_line r
                WHERE r.approved_on BETWEEN :from AND :to AND r.source IN ('TASK','TIME')""" + where + """

                GROUP BY r.work_kind""")
                .params(params)
                .query((rs, n) -> kinds.put(WorkKind.valueOf(rs.getString(1)), rs.getLong(2)))
                .list();
        return kinds;
    }
}
