package jp.hataraku.bench;

import java.nio.charset.Charset;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jp.hataraku.HatarakuApplication;
import jp.hataraku.organization.ContractorDetails;
import jp.hataraku.organization.Organizations;
import jp.hataraku.payouts.internal.transfer.TransferService;
import jp.hataraku.payouts.internal.transfer.ZenginFile;
import jp.hataraku.payouts.internal.transfer.ZenginParser;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The Zengin file benchmark (bench/zengin.sh drives it; not part of the test suite): in a fresh
 * database, WORKERS workers with bank accounts (bulk SQL; the workers module's own paths are
 * tested elsewhere) and one confirmed pay period paying each of them; then the Zengin file is
 * produced through the real {@link TransferService} — reading the period's payouts, the payees
 * and their accounts (one audited bulk read), validating, writing, recording the file — once to
 * warm up and RUNS times measured. The baseline, in the same run: one plain JDBC query over the same
 * rows and a naive loop formatting each record with {@code String.format} and encoding it with
 * Java's Shift_JIS — what a file written "by hand" would cost.
 * <p>Usage: {@code ZenginBench URL WORKERS RUNS}. Prints {@code RESULT zengin_s=…} and the ratio.
 */
public final class ZenginBench {

    private ZenginBench() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int count = Integer.parseInt(args[1]);
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Map.of("server.port", "0", "hataraku.db.url", url, "hataraku.db.mode", "AUTO", "hataraku.demo.enabled", "false",
                "spring.main.banner-mode", "off", "logging.level.root", "WARN").forEach(System::setProperty);
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(HatarakuApplication.class)
                .web(WebApplicationType.SERVLET).run()) {
            JdbcClient jdbc = ctx.getBean(JdbcClient.class);
            TransferService transfers = ctx.getBean(TransferService.class);
            long t0 = System.nanoTime();
            long period = seed(ctx.getBean(Organizations.class), jdbc, count);
            System.out.printf("seeded %d workers with bank accounts and a confirmed period in %.1f s%n", count,
                    (System.nanoTime() - t0) / 1e9);

            TransferService.Generated file = transfers.generate(period, TransferService.Format.ZENGIN);
            ZenginFile parsed = ZenginParser.parse(file.bytes());
            if (parsed.data().size() != count) {
                throw new IllegalStateException("expected " + count + " records, got " + parsed.data().size());
            }
            System.out.printf("file: %d records, total %d yen, %d bytes, sha256 %s%n", parsed.trailer().count(),
                    parsed.trailer().total(), file.bytes().length, file.sha256());

            double[] service = new double[runs];
            double[] baseline = new double[runs];
            for (int i = 0; i < runs; i++) {
                long s = System.nanoTime();
                transfers.generate(period, TransferService.Format.ZENGIN);
                service[i] = (System.nanoTime() - s) / 1e9;
                s = System.nanoTime();
                int bytes = baseline(jdbc, period);
                baseline[i] = (System.nanoTime() - s) / 1e9;
                System.out.printf("run %d: service %.3f s, baseline %.3f s (%d bytes)%n", i + 1, service[i], baseline[i], bytes);
            }
            breakdown(ctx, period);
            double zengin = median(service);
            double base = median(baseline);
            System.out.printf("RESULT zengin_s=%.3f s (median of %d, %d workers)%n", zengin, runs, count);
            System.out.printf("RESULT zengin_baseline_s=%.3f s (plain query + String.format loop)%n", base);
            System.out.printf("RESULT zengin_ratio_vs_plain_loop=%.2f x%n", zengin / base);
        }
    }

    /** Where the time goes: the payouts read, the payees read, the pure writer. */
    static void breakdown(ConfigurableApplicationContext ctx, long period) {
        jp.hataraku.payouts.Payouts payouts = ctx.getBean(jp.hataraku.payouts.Payouts.class);
        jp.hataraku.workers.Payees payees = ctx.getBean(jp.hataraku.workers.Payees.class);
        long s = System.nanoTime();
        List<jp.hataraku.payouts.WorkerPayout> list = payouts.payoutsOf(period);
        double read = (System.nanoTime() - s) / 1e9;
        s = System.nanoTime();
        Map<Long, jp.hataraku.workers.Payee> found = payees.forPayment(
                list.stream().map(jp.hataraku.payouts.WorkerPayout::workerId).toList(),
                jp.hataraku.shared.ZenginCharset.STANDARD, "bench");
        double accounts = (System.nanoTime() - s) / 1e9;
        ZenginFile.Header header = new ZenginFile.Header("1234567890", "ｻﾞｲ)ﾌｶｼﾝｺｳｺｳｼﾔ", java.time.MonthDay.of(11, 25),
                "0005", "ﾐﾂﾋﾞｼﾕ-ｴﾌｼﾞｴｲ", "001", "ﾎﾝﾃﾝ", 1, "1234567");
        List<ZenginFile.Data> data = new ArrayList<>();
        for (jp.hataraku.payouts.WorkerPayout p : list) {
            jp.hataraku.workers.PayeeAccount a = found.get(p.workerId()).account().orElseThrow();
            data.add(new ZenginFile.Data(a.bankCode(), a.bankNameKana(), a.branchCode(), a.branchNameKana(), "0000",
                    a.accountType(), a.accountNumber(), a.holderKana(), p.net().amount(), 0, "", "", 7, false));
        }
        s = System.nanoTime();
        new jp.hataraku.payouts.internal.transfer.ZenginWriter(jp.hataraku.shared.ZenginCharset.STANDARD,
                jp.hataraku.payouts.internal.transfer.ZenginWriter.LineEnding.CRLF).write(ZenginFile.of(header, data));
        double write = (System.nanoTime() - s) / 1e9;
        System.out.printf("breakdown: payouts read %.3f s, payees+accounts read %.3f s, writer %.3f s%n", read, accounts, write);
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** The same rows, the same bytes' worth of records, written the obvious way. */
    static int baseline(JdbcClient jdbc, long period) {
        Charset sjis = Charset.forName("Shift_JIS");
        List<byte[]> records = new ArrayList<>();
        jdbc.sql("""
                SELECT b.bank_code, b.branch_code, b.account_type, b.account_number, b.holder_kana, p.net, p.worker_id
                  FROM worker_payout p JOIN worker_bank_account b ON b.worker_id = p.worker_id
                 WHERE p.period_id = :p ORDER BY p.worker_id""")
                .param("p", period)
                .query(rs -> {
                    String line = String.format("2%-4s%-15s%-3s%-15s0000%1d%-7s%-30s%010d0%-10s%-10s7 %-7s",
                            rs.getString(1), "ﾐｽﾞﾎ", rs.getString(2), "ﾄｳｷﾖｳ", rs.getInt(3), rs.getString(4),
                            rs.getString(5), rs.getLong(6), rs.getLong(7), "", "");
                    records.add((line + "\r\n").getBytes(sjis));
                });
        return records.stream().mapToInt(r -> r.length).sum();
    }

    static long seed(Organizations organizations, JdbcClient jdbc, int count) {
        long town = organizations.registerMunicipality("負荷町", "ふかちょう", "20", 9000);
        long contractor = organizations.createContractor(new ContractorDetails("一般財団法人負荷振興公社",
                "イッパンザイダンホウジン フカシンコウコウシャ", "8100005012345", "T8100005012345", "〒399-4511", "長野県負荷町1-1",
                "0265-12-3456", "0005", "001", "1", "1234567", "ザイ）フカシンコウコウシャ", "ミツビシユーエフジエイ", "ホンテン",
                "1234567890", false, List.of(town))).get();
        jdbc.sql("""
                INSERT INTO worker (municipality_id, name, name_kana, birth_date, gender, postal_code, address, phone, email,
                                    place, privacy_notice_version, privacy_consented_at, status, search_key)
                SELECT :t, '負荷 太郎' || g, 'ふか たろう', DATE '1985-01-01', 'MALE', '3994511', '長野県負荷町1-' || g,
                       '090-0000-0000', 'w' || g || '@bench.invalid', 'HOME', '2026-04', now(), 'ACTIVE', 'ふかたろう' || g
                  FROM generate_series(1, :n) g""").param("t", town).param("n", count).update();
        jdbc.sql("""
                INSERT INTO worker_bank_account (worker_id, municipality_id, bank_code, bank_name, branch_code, branch_name,
                                                 account_type, account_number, holder_kana)
                SELECT id, municipality_id, '0001', 'みずほ', '001', '東京営業部', 1, lpad((id % 10000000)::text, 7, '0'),
                       'ﾌｶ ﾀﾛｳ'
                  FROM worker WHERE municipality_id = :t""").param("t", town).update();
        LocalDate pay = LocalDate.of(2026, 11, 25);
        long period = jdbc.sql("INSERT INTO pay_period (contractor_id, month, status, payment_date) VALUES (:c, '2026-10-01', 'REVIEW', :d) RETURNING id")
                .param("c", contractor).param("d", pay).query(Long.class).single();
        jdbc.sql("""
                INSERT INTO worker_payout (period_id, worker_id, contractor_id, municipality_id, gross, consumption_tax_rate,
                    consumption_tax, withholding_base, withholding, net, payment_date, earliest_deadline)
                SELECT :p, id, :c, municipality_id, 30000 + id % 1000, 0, 0, 30000 + id % 1000, (30000 + id % 1000) * 1021 / 10000,
                       30000 + id % 1000 - (30000 + id % 1000) * 1021 / 10000, :d, :dl
                  FROM worker WHERE municipality_id = :t""")
                .param("p", period).param("c", contractor).param("t", town).param("d", pay).param("dl", pay.plusDays(20))
                .update();
        jdbc.sql("""
                INSERT INTO worker_payout_kind (period_id, worker_id, work_kind, gross, subject, withholding)
                SELECT period_id, worker_id, 'WRITING', gross, true, withholding FROM worker_payout WHERE period_id = :p""")
                .param("p", period).update();
        jdbc.sql("""
                UPDATE pay_period SET status = 'CONFIRMED', confirmed_at = :at,
                       (worker_count, total_gross, total_withholding, total_net) =
                       (SELECT count(*), sum(gross), sum(withholding), sum(net) FROM worker_payout WHERE period_id = :p)
                 WHERE id = :p""").param("at", Timestamp.from(Instant.now())).param("p", period).update();
        jdbc.sql("ANALYZE").update();
        return period;
    }
}
