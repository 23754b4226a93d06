package jp.hataraku.payouts.transfer;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jp.hataraku.organization.ContractorDetails;
import jp.hataraku.organization.Organizations;
import jp.hataraku.workers.Application;
import jp.hataraku.workers.Circumstance;
import jp.hataraku.workers.Device;
import jp.hataraku.workers.Gender;
import jp.hataraku.workers.ReferralSource;
import jp.hataraku.workers.TimeBand;
import jp.hataraku.workers.WorkKind;
import jp.hataraku.workers.WorkPlace;
import jp.hataraku.workers.Workers;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Data for the transfer and payment-record tests: a contractor with a paying account, workers with
 * or without bank accounts, and confirmed pay periods written straight into the V12 tables (the
 * closing that fills them is another part of the application): the period is inserted under
 * review, its payouts added, and only then confirmed, because confirmed rows are locked.
 */
public final class TransferFixtures {

    public static final String PASSWORD = "transfer-tests-Secret-2026";

    private TransferFixtures() {
    }

    /** A contractor whose bank is 0005 (三菱UFJ) branch 001, requester code 1234567890. */
    public static long contractor(Organizations organizations, long town, String corporateNumber) {
        return organizations.createContractor(new ContractorDetails("一般財団法人しらかば振興公社",
                "イッパンザイダンホウジン シラカバシンコウコウシャ", corporateNumber, "T" + corporateNumber, "〒399-4511",
                "長野県上伊那郡白樺村1-2-3", "0265-12-3456", "0005", "001", "1", "1234567", "ザイ）シラカバシンコウコウシャ",
                "ミツビシユーエフジエイ", "ホンテン", "1234567890", false, List.of(town))).get();
    }

    public static long worker(Workers workers, long town, String name, String kana, String email) {
        return workers.apply(new Application(name, kana, LocalDate.of(1985, 6, 1), Gender.FEMALE, town, "3994511",
                "長野県上伊那郡白樺村2-3-4", "090-1234-5678", email, java.util.Set.of(WorkKind.WRITING), 10,
                java.util.Set.of(TimeBand.MORNING), WorkPlace.HOME, java.util.Set.of(Device.PC), null,
                java.util.Set.<Circumstance>of(), false, ReferralSource.SEMINAR, Workers.CURRENT_PRIVACY_NOTICE_VERSION,
                PASSWORD), LocalDate.of(2026, 4, 1));
    }

    /** A payout account at 0001 みずほ 001 東京営業部, ordinary. */
    public static void bankAccount(JdbcClient jdbc, long workerId, String number, String holderKana) {
        jdbc.sql("""
                INSERT INTO worker_bank_account (worker_id, municipality_id, bank_code, bank_name, branch_code, branch_name,
                                                 account_type, account_number, holder_kana)
                SELECT id, municipality_id, '0001', 'みずほ', '001', '東京営業部', 1, :n, :h FROM worker WHERE id = :w
                """).param("w", workerId).param("n", number).param("h", holderKana).update();
    }

    /** One worker's payout in a period: gross by kind (withholding on the subject kinds as the rule says). */
    public record Pay(long workerId, long municipalityId, Map<WorkKind, Long> grossByKind, long withholding) {
    }

    /** A confirmed pay period for {@code month} (first day) paying on {@code paymentDate}. */
    public static long confirmedPeriod(JdbcClient jdbc, long contractorId, LocalDate month, LocalDate paymentDate,
            List<Pay> pays) {
        return confirmedPeriod(jdbc, contractorId, month, paymentDate, paymentDate.plusDays(20), pays);
    }

    /** As above, with the Freelance Act deadline of the earliest work in each payout. */
    public static long confirmedPeriod(JdbcClient jdbc, long contractorId, LocalDate month, LocalDate paymentDate,
            LocalDate earliestDeadline, List<Pay> pays) {
        long period = jdbc.sql("""
                INSERT INTO pay_period (contractor_id, month, status, payment_date)
                VALUES (:c, :m, 'REVIEW', :d) RETURNING id""")
                .param("c", contractorId).param("m", month).param("d", paymentDate).query(Long.class).single();
        long totalGross = 0;
        long totalWithholding = 0;
        long totalNet = 0;
        for (Pay p : pays) {
            long gross = p.grossByKind().values().stream().mapToLong(Long::longValue).sum();
            long base = p.grossByKind().entrySet().stream().filter(e -> e.getKey().withholding())
                    .mapToLong(Map.Entry::getValue).sum();
            long net = gross - p.withholding();
            jdbc.sql("""
                    INSERT INTO worker_payout (period_id, worker_id, contractor_id, municipality_id, gross, consumption_tax_rate,
                        consumption_tax, withholding_base, withholding, net, payment_date, earliest_deadline)
                    VALUES (:p, :w, :c, :m, :g, 0, 0, :b, :wh, :n, :d, :dl)""")
                    .param("p", period).param("w", p.workerId()).param("c", contractorId).param("m", p.municipalityId())
                    .param("g", gross).param("b", base).param("wh", p.withholding()).param("n", net)
                    .param("d", paymentDate).param("dl", earliestDeadline).update();
            long left = p.withholding();
            for (Map.Entry<WorkKind, Long> e : p.grossByKind().entrySet()) {
                long wh = e.getKey().withholding() ? left : 0;
                left -= wh;
                jdbc.sql("""
                        INSERT INTO worker_payout_kind (period_id, worker_id, work_kind, gross, subject, withholding)
                        VALUES (:p, :w, :k, :g, :s, :wh)""")
                        .param("p", period).param("w", p.workerId()).param("k", e.getKey().name()).param("g", e.getValue())
                        .param("s", e.getKey().withholding()).param("wh", wh).update();
            }
            totalGross += gross;
            totalWithholding += p.withholding();
            totalNet += net;
        }
        jdbc.sql("""
                UPDATE pay_period SET status = 'CONFIRMED', confirmed_at = :at, worker_count = :n, total_gross = :g,
                       total_withholding = :wh, total_net = :net WHERE id = :p""")
                .param("at", Timestamp.from(Instant.now())).param("n", pays.size()).param("g", totalGross)
                .param("wh", totalWithholding).param("net", totalNet).param("p", period).update();
        return period;
    }

    public static long municipalityOf(JdbcClient jdbc, long workerId) {
        return jdbc.sql("SELECT municipality_id FROM worker WHERE id = :w").param("w", workerId).query(Long.class).single();
    }
}
