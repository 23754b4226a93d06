package jp.hataraku.payouts.internal;

import java.util.EnumMap;
import java.util.Map;

import jp.hataraku.workers.WorkKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code payout_settings} and {@code payout_kind_withholding}; a contractor without a row has the defaults. */
@Repository
class PayoutSettingsRepository {

    private final JdbcClient jdbc;

    PayoutSettingsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    PayoutSettings find(long contractorId) {
        Map<WorkKind, Boolean> overrides = new EnumMap<>(WorkKind.class);
        jdbc.sql("SELECT work_kind, subject FROM payout_kind_withholding WHERE contractor_id = :c")
                .param("c", contractorId)
                .query(rs -> {
                    overrides.put(WorkKind.valueOf(rs.getString(1)), rs.getBoolean(2));
                });
        return jdbc.sql("SELECT payment_day, unregistered_tax, objection_days, version FROM payout_settings WHERE contractor_id = :c")
                .param("c", contractorId)
                .query((rs, n) -> new PayoutSettings(contractorId, rs.getInt(1),
                        PayoutSettings.UnregisteredTax.valueOf(rs.getString(2)), rs.getInt(3), overrides, rs.getInt(4)))
                .optional()
                .orElseGet(() -> new PayoutSettings(contractorId, PayoutSettings.DEFAULT_PAYMENT_DAY,
                        PayoutSettings.UnregisteredTax.ADD_STANDARD_RATE, 14, overrides, 0));
    }

    void save(long contractorId, int paymentDay, PayoutSettings.UnregisteredTax tax, int objectionDays) {
        jdbc.sql("""
                INSERT INTO payout_settings (contractor_id, payment_day, unregistered_tax, objection_days)
                VALUES (:c, :d, :t, :o)
                ON CONFLICT (contractor_id) DO UPDATE SET payment_day = :d, unregistered_tax = :t, objection_days = :o,
                    version = payout_settings.version + 1, updated_at = now()""")
                .param("c", contractorId).param("d", paymentDay).param("t", tax.name()).param("o", objectionDays)
                .update();
    }

    void saveWithholding(long contractorId, WorkKind kind, boolean subject) {
        if (subject == kind.withholding()) {
            jdbc.sql("DELETE FROM payout_kind_withholding WHERE contractor_id = :c AND work_kind = :k")
                    .param("c", contractorId).param("k", kind.name()).update();
            return;
        }
        jdbc.sql("""
                INSERT INTO payout_kind_withholding (contractor_id, work_kind, subject) VALUES (:c, :k, :s)
                ON CONFLICT (contractor_id, work_kind) DO UPDATE SET subject = :s""")
                .param("c", contractorId).param("k", kind.name()).param("s", subject).update();
    }
}
