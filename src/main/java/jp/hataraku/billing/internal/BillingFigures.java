package jp.hataraku.billing.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jp.hataraku.billing.Invoices.OrderAmounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Aggregates of {@code billable_line} for the council report, summed in the database. */
@Repository
class BillingFigures {

    private final JdbcClient jdbc;

    BillingFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    OrderAmounts orderAmounts(LocalDate from, LocalDate to, Optional<Set<Long>> contractorIds) {
        if (contractorIds.isPresent() && contractorIds.get().isEmpty()) {
            return OrderAmounts.none();
        }
        Map<String, Object> params = new LinkedHashMap<>(Map.of("from", from, "to", to));
        String where = "";
        if (contractorIds.isPresent()) {
            where = " AND contractor_id IN (:contractors)";
            params.put("contractors", List.copyOf(contractorIds.get()));
        }
        Map<Long, Long> byClient = new HashMap<>();
        Map<Long, Long> byJob = new HashMap<>();
        long[] withoutJob = {0};
        jdbc.sql("""
                SELECT client_id, job_id, sum(amount) FROM billable_line
                WHERE work_date BETWEEN :from AND :to""" + where + """

                GROUP BY client_id, job_id""")
                .params(params)
                .query((rs, n) -> {
                    long client = rs.getLong(1);
                    long job = rs.getLong(2);
                    boolean noJob = rs.wasNull();
                    long amount = rs.getLong(3);
                    byClient.merge(client, amount, Long::sum);
                    if (noJob) {
                        withoutJob[0] += amount;
                    } else {
                        byJob.merge(job, amount, Long::sum);
                    }
                    return amount;
                })
                .list();
        long total = byClient.values().stream().mapToLong(Long::longValue).sum();
        return new OrderAmounts(total, byClient, byJob, withoutJob[0]);
    }
}
