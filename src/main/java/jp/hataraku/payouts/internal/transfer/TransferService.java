package jp.hataraku.payouts.internal.transfer;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.hataraku.identity.Accounts;
import jp.hataraku.identity.Audit;
import jp.hataraku.identity.CurrentUser;
import jp.hataraku.organization.Contractor;
import jp.hataraku.organization.ContractorBanking;
import jp.hataraku.organization.Organizations;
import jp.hataraku.payouts.PayPeriodSummary;
import jp.hataraku.payouts.Payouts;
import jp.hataraku.payouts.PeriodStatus;
import jp.hataraku.payouts.WorkerPayout;
import jp.hataraku.shared.BankCalendar;
import jp.hataraku.shared.JapaneseText;
import jp.hataraku.shared.TokyoClock;
import jp.hataraku.shared.Yen;
import jp.hataraku.shared.ZenginCharset;
import jp.hataraku.shared.ZenginName;
import jp.hataraku.workers.Payee;
import jp.hataraku.workers.PayeeAccount;
import jp.hataraku.workers.PayeeProblem;
import jp.hataraku.workers.Payees;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk transfers for a confirmed pay period (RULES-JP §4): the validation report, the Zengin file
 * and its CSV variant. Each file produced is recorded in {@code transfer_file} and audited.
 */
@Service
public class TransferService {

    /** A Zengin data record's amount field is 10 digits. */
    static final long MAX_AMOUNT = 9_999_999_999L;
    static final int REQUESTER_NAME = 40;
    static final int BANK_NAME = 15;

    /**
     * The CSV variant's columns, in order (UTF-8 with BOM, one row per payee paid): worker id, name,
     * kana, bank code, bank kana, branch code, branch kana, account type (1 普通 2 当座 4 貯蓄 9 other),
     * account number, holder kana, amount in yen, transfer date (ISO).
     */
    public static final List<String> CSV_COLUMNS = List.of("worker_id", "name", "name_kana", "bank_code",
            "bank_name_kana", "branch_code", "branch_name_kana", "account_type", "account_number", "holder_kana",
            "amount", "transfer_date");

    public enum Format { ZENGIN, CSV }

    /** A file produced: its name, bytes and what it carries. */
    public record Generated(String filename, String contentType, byte[] bytes, String sha256, int count, Yen total) {
    }

    /** No such period, or one not confirmed: there is nothing to transfer yet. */
    public static final class NoSuchPeriod extends RuntimeException {
        NoSuchPeriod() {
            super("no confirmed pay period", null, false, false);
        }
    }

    /** The report has blockers; the page shows them instead. */
    public static final class NotReady extends RuntimeException {
        NotReady() {
            super("transfer file cannot be produced", null, false, false);
        }
    }

    private final Payouts payouts;
    private final Payees payees;
    private final Organizations organizations;
    private final Accounts accounts;
    private final Audit audit;
    private final JdbcClient jdbc;
    private final ZenginWriter.LineEnding lineEnding;
    private final TokyoClock clock;

    TransferService(Payouts payouts, Payees payees, Organizations organizations, Accounts accounts, Audit audit,
            JdbcClient jdbc, TokyoClock clock,
            @Value("${hataraku.zengin.line-ending:CRLF}") ZenginWriter.LineEnding lineEnding) {
        this.clock = clock;
        this.payouts = payouts;
        this.payees = payees;
        this.organizations = organizations;
        this.accounts = accounts;
        this.audit = audit;
        this.jdbc = jdbc;
        this.lineEnding = lineEnding;
    }

    /** A contractor's confirmed periods with the contractor, for the list page. */
    public List<PayPeriodSummary> confirmedPeriods(long contractorId) {
        return payouts.confirmedPeriods(contractorId);
    }

    public List<Contractor> contractors() {
        return organizations.contractors();
    }

    @Transactional
    public TransferReport report(long periodId) {
        return build(periodId).report;
    }

    /** The Zengin file or the CSV; recorded in {@code transfer_file} and audited. */
    @Transactional
    public Generated generate(long periodId, Format format) {
        Plan plan = build(periodId);
        TransferReport report = plan.report;
        if (!report.canDownload()) {
            throw new NotReady();
        }
        String stem = "transfer-" + report.contractor().id() + "-" + report.period().month();
        byte[] bytes;
        Generated generated;
        if (format == Format.ZENGIN) {
            bytes = new ZenginWriter(plan.charset, lineEnding).write(zengin(plan));
            generated = new Generated(stem + ".txt", "text/plain; charset=Shift_JIS", bytes, sha256(bytes),
                    report.payable().size(), report.total());
        } else {
            bytes = csv(report);
            generated = new Generated(stem + ".csv", "text/csv; charset=UTF-8", bytes, sha256(bytes),
                    report.payable().size(), report.total());
        }
        record(report, format, generated);
        return generated;
    }

    /** A file produced earlier, as the report lists it (times in Asia/Tokyo). */
    public record FileRecord(String format, LocalDate transferDate, int count, long total, int unpaid, String sha256,
            java.time.LocalDateTime generatedAt) {
    }

    /** Previously produced files of a period, newest first. */
    public List<FileRecord> history(long periodId) {
        return jdbc.sql("""
                SELECT f.format, f.transfer_date, f.record_count, f.total_amount, f.unpaid_count, f.sha256, f.generated_at
                  FROM transfer_file f WHERE f.period_id = :p ORDER BY f.generated_at DESC, f.id DESC""")
                .param("p", periodId)
                .query((rs, n) -> new FileRecord(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getInt(3),
                        rs.getLong(4), rs.getInt(5), rs.getString(6),
                        rs.getTimestamp(7).toInstant().atZone(jp.hataraku.shared.TokyoClock.ZONE).toLocalDateTime()))
                .list();
    }

    // --- building -------------------------------------------------------------------------------

    private record Plan(TransferReport report, ContractorBanking banking, ZenginCharset charset) {
    }

    private Plan build(long periodId) {
        PayPeriodSummary period = payouts.period(periodId)
                .filter(p -> p.status() == PeriodStatus.CONFIRMED).orElseThrow(NoSuchPeriod::new);
        Contractor contractor = organizations.contractor(period.contractorId()).orElseThrow(NoSuchPeriod::new);
        Optional<ContractorBanking> banking = organizations.contractorBanking(contractor.id());
        ZenginCharset charset = banking.map(ContractorBanking::charset).orElse(ZenginCharset.STANDARD);
        List<String> blockers = new ArrayList<>();
        if (banking.isEmpty()) {
            blockers.add("transfers.blocker.noAccount");
        } else if (banking.get().requesterCode().filter(c -> c.matches("[0-9]{1,10}")).isEmpty()) {
            blockers.add("transfers.blocker.noRequesterCode");
        }
        List<WorkerPayout> list = payouts.payoutsOf(periodId);
        Map<Long, Payee> found = payees.forPayment(list.stream().map(WorkerPayout::workerId).toList(), charset,
                "zengin-transfer:period-" + periodId);
        List<TransferReport.Line> payable = new ArrayList<>(list.size());
        List<TransferReport.Unpaid> unpaid = new ArrayList<>();
        long total = 0;
        Optional<LocalDate> deadline = list.stream().map(WorkerPayout::earliestDeadline).min(Comparator.naturalOrder());
        for (WorkerPayout p : list) {
            Payee payee = found.get(p.workerId());
            String name = payee == null ? "" : payee.details().name();
            if (payee == null) {
                unpaid.add(new TransferReport.Unpaid(p.workerId(), name, p.net(), TransferReport.Reason.UNKNOWN_WORKER, ""));
            } else if (p.net().amount() <= 0) {
                unpaid.add(new TransferReport.Unpaid(p.workerId(), name, p.net(), TransferReport.Reason.NOT_POSITIVE, ""));
            } else if (p.net().amount() > MAX_AMOUNT) {
                unpaid.add(new TransferReport.Unpaid(p.workerId(), name, p.net(), TransferReport.Reason.AMOUNT_TOO_LARGE, ""));
            } else if (payee.problem().isPresent()) {
                PayeeProblem problem = payee.problem().get();
                TransferReport.Reason reason = problem.kind() == PayeeProblem.Kind.NO_ACCOUNT
                        ? TransferReport.Reason.NO_ACCOUNT : TransferReport.Reason.HOLDER_NAME_INVALID;
                unpaid.add(new TransferReport.Unpaid(p.workerId(), name, p.net(), reason, problem.character().orElse("")));
            } else {
                payable.add(new TransferReport.Line(p.workerId(), name, payee.details().nameKana(), payee.account().get(), p.net()));
                total += p.net().amount();
            }
        }
        LocalDate scheduled = period.paymentDate();
        LocalDate latest = deadline.filter(d -> d.isBefore(scheduled)).orElse(scheduled);
        LocalDate transferDate = BankCalendar.japan().onOrBefore(latest);
        TransferReport report = new TransferReport(period, contractor, scheduled, transferDate, deadline,
                List.copyOf(payable), List.copyOf(unpaid), Yen.of(total), List.copyOf(blockers),
                transferDate.isBefore(clock.today()));
        return new Plan(report, banking.orElse(null), charset);
    }

    private ZenginFile zengin(Plan plan) {
        TransferReport report = plan.report;
        ContractorBanking banking = plan.banking;
        String code = banking.requesterCode().orElseThrow();
        ZenginFile.Header header = new ZenginFile.Header("0".repeat(10 - code.length()) + code,
                requesterName(report.contractor(), plan.charset), MonthDay.from(report.transferDate()),
                banking.account().bankCode(), kana(banking.bankNameKana().orElse(""), plan.charset, BANK_NAME),
                banking.account().branchCode(), kana(banking.branchNameKana().orElse(""), plan.charset, BANK_NAME),
                banking.account().type().code(), banking.account().number());
        List<ZenginFile.Data> data = new ArrayList<>(report.payable().size());
        for (TransferReport.Line line : report.payable()) {
            PayeeAccount a = line.account();
            data.add(new ZenginFile.Data(a.bankCode(), a.bankNameKana(), a.branchCode(), a.branchNameKana(), "0000",
                    a.accountType(), a.accountNumber(), a.holderKana(), line.amount().amount(), 0,
                    customerCode(line.workerId()), "", 7, false));
        }
        return ZenginFile.of(header, data);
    }

    /** The worker id in customer code 1, so that the bank's result file can be matched back. */
    static String customerCode(long workerId) {
        String id = String.valueOf(workerId);
        return id.length() > 10 ? id.substring(id.length() - 10) : id;
    }

    /**
     * The contractor's kana name with its company form abbreviated as banks expect (株式会社 → ｶ)),
     * the form found in the registered kana, or else in the legal name with the rest from the kana.
     */
    public static String requesterName(Contractor contractor, ZenginCharset charset) {
        String fromKana = ZenginName.abbreviateCompanyForm(contractor.legalNameKana(), charset);
        if (!fromKana.equals(JapaneseText.toZenginKana(JapaneseText.nfkc(contractor.legalNameKana()), charset))) {
            return kana(fromKana, charset, REQUESTER_NAME);
        }
        String legal = JapaneseText.nfkc(contractor.legalName());
        String abbreviated = ZenginName.abbreviateCompanyForm(legal, charset);
        String prefix = "";
        String suffix = "";
        int open = abbreviated.indexOf(')');
        int close = abbreviated.lastIndexOf('(');
        if (open > 0 && open <= 4 && !abbreviated.equals(JapaneseText.toZenginKana(legal, charset))) {
            prefix = abbreviated.substring(0, open + 1);
        } else if (close >= 0 && close >= abbreviated.length() - 5
                && !abbreviated.equals(JapaneseText.toZenginKana(legal, charset))) {
            suffix = abbreviated.substring(close);
        }
        String kana = JapaneseText.toZenginKana(contractor.legalNameKana(), charset);
        return kana(prefix + kana + suffix, charset, REQUESTER_NAME);
    }

    /** Zengin kana of a name, characters the bank refuses dropped, cut to the field. */
    static String kana(String text, ZenginCharset charset, int width) {
        String converted = JapaneseText.toZenginKana(text, charset);
        StringBuilder out = new StringBuilder();
        converted.codePoints().filter(charset::allows).forEach(out::appendCodePoint);
        String name = out.toString().strip();
        return name.length() > width ? name.substring(0, width).stripTrailing() : name;
    }

    private static byte[] csv(TransferReport report) {
        StringWriter text = new StringWriter();
        text.write('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.RFC4180.builder().setHeader(CSV_COLUMNS.toArray(String[]::new)).get())) {
            for (TransferReport.Line line : report.payable()) {
                PayeeAccount a = line.account();
                printer.printRecord(line.workerId(), line.name(), line.nameKana(), a.bankCode(), a.bankNameKana(),
                        a.branchCode(), a.branchNameKana(), a.accountType(), a.accountNumber(), a.holderKana(),
                        line.amount().amount(), report.transferDate());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void record(TransferReport report, Format format, Generated file) {
        Long actor = accounts.current().map(CurrentUser::accountId).orElse(null);
        jdbc.sql("""
                INSERT INTO transfer_file (contractor_id, period_id, format, transfer_date, record_count, total_amount,
                                           unpaid_count, byte_size, sha256, generated_by)
                VALUES (:c, :p, :f, :d, :n, :t, :u, :s, :h, :by)""")
                .param("c", report.contractor().id()).param("p", report.period().id()).param("f", format.name())
                .param("d", report.transferDate()).param("n", file.count()).param("t", file.total().amount())
                .param("u", report.unpaid().size()).param("s", file.bytes().length).param("h", file.sha256())
                .param("by", actor)
                .update();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("format", format.name());
        after.put("transferDate", report.transferDate().toString());
        after.put("count", file.count());
        after.put("total", file.total().amount());
        after.put("unpaid", report.unpaid().size());
        after.put("sha256", file.sha256());
        audit.change("TRANSFER_FILE_GENERATED", "pay_period", report.period().id(), null, after);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
