package jp.hataraku.payouts.internal.annual;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jp.hataraku.identity.Accounts;
import jp.hataraku.identity.Audit;
import jp.hataraku.identity.CurrentUser;
import jp.hataraku.organization.Contractor;
import jp.hataraku.organization.Organizations;
import jp.hataraku.payouts.AnnualPayment;
import jp.hataraku.payouts.Payouts;
import jp.hataraku.shared.BankCalendar;
import jp.hataraku.shared.Yen;
import jp.hataraku.workers.PayeeDetails;
import jp.hataraku.workers.Payees;
import jp.hataraku.workers.PaymentRecordMyNumbers;
import jp.hataraku.workers.WorkKind;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annual payment record (報酬、料金、契約金及び賞金の支払調書, RULES-JP §5) from
 * {@link Payouts#paidIn}: who is filed, the CSV for the tax office's e-filing, and the slips.
 */
@Service
public class AnnualService {

    /** e-Tax CSV files are Shift_JIS (Windows-31J, the e-Tax character set's superset). */
    static final Charset E_TAX = Charset.forName("windows-31j");

    /** 法定資料の種類 of this record. */
    static final String RECORD_KIND = "309";

    /** No such contractor, or nothing paid to this worker by it in the year. */
    public static final class NotFound extends RuntimeException {
        NotFound() {
            super("not found", null, false, false);
        }
    }

    /** The CSV produced, with how many My Numbers it carries. */
    public record Export(String filename, byte[] bytes, int payees, int myNumbers) {
    }

    private final Payouts payouts;
    private final Payees payees;
    private final PaymentRecordMyNumbers myNumbers;
    private final Organizations organizations;
    private final Accounts accounts;
    private final Audit audit;
    private final JdbcClient jdbc;
    private final MessageSource messages;

    AnnualService(Payouts payouts, Payees payees, PaymentRecordMyNumbers myNumbers, Organizations organizations,
            Accounts accounts, Audit audit, JdbcClient jdbc, MessageSource messages) {
        this.payouts = payouts;
        this.payees = payees;
        this.myNumbers = myNumbers;
        this.organizations = organizations;
        this.accounts = accounts;
        this.audit = audit;
        this.jdbc = jdbc;
        this.messages = messages;
    }

    public List<Contractor> contractors() {
        return organizations.contractors();
    }

    public boolean myNumbersStored() {
        return myNumbers.stored();
    }

    /** January 31 of the next year, moved to the next business day when it is not one. */
    public static LocalDate filingDeadline(Year year) {
        return BankCalendar.japan().onOrAfter(LocalDate.of(year.getValue() + 1, 1, 31));
    }

    /**
     * Whether the payment is a subject fee (RULES-JP §2): as the closing treated it — the
     * contractor's withholding flag for the kind when the period was closed — or any tax actually
     * withheld on it.
     */
    static boolean subject(AnnualPayment p) {
        return p.subject() || p.withheld().amount() > 0;
    }

    @Transactional(readOnly = true)
    public AnnualRecord record(long contractorId, Year year) {
        Contractor contractor = organizations.contractor(contractorId).orElseThrow(NotFound::new);
        Map<Long, List<AnnualPayment>> byWorker = new LinkedHashMap<>();
        for (AnnualPayment p : payouts.paidIn(contractorId, year)) {
            byWorker.computeIfAbsent(p.workerId(), w -> new ArrayList<>()).add(p);
        }
        Map<Long, PayeeDetails> details = payees.details(byWorker.keySet());
        List<AnnualRecord.Payee> filed = new ArrayList<>();
        List<AnnualRecord.Payee> below = new ArrayList<>();
        byWorker.forEach((workerId, payments) -> {
            PayeeDetails d = details.get(workerId);
            if (d == null) {
                return;
            }
            AnnualRecord.Payee payee = payee(d, payments);
            (payee.filed() ? filed : below).add(payee);
        });
        Comparator<AnnualRecord.Payee> byKana = Comparator.comparing(p -> p.details().nameKana());
        filed.sort(byKana);
        below.sort(byKana);
        return new AnnualRecord(contractor, year, filingDeadline(year), List.copyOf(filed), List.copyOf(below));
    }

    static AnnualRecord.Payee payee(PayeeDetails d, List<AnnualPayment> payments) {
        List<AnnualRecord.Line> lines = new ArrayList<>();
        Yen subject = Yen.ZERO;
        Yen withheld = Yen.ZERO;
        Yen all = Yen.ZERO;
        for (AnnualPayment p : payments) {
            boolean s = subject(p);
            lines.add(new AnnualRecord.Line(p.kind(), s, p.paid(), p.withheld()));
            all = all.plus(p.paid());
            if (s) {
                subject = subject.plus(p.paid());
                withheld = withheld.plus(p.withheld());
            }
        }
        return new AnnualRecord.Payee(d, List.copyOf(lines), subject, withheld, all);
    }

    /** One worker's year with a contractor, for their slip; {@link NotFound} when no subject fee was paid. */
    @Transactional(readOnly = true)
    public AnnualRecord.Payee slip(long contractorId, Year year, long workerId) {
        organizations.contractor(contractorId).orElseThrow(NotFound::new);
        List<AnnualPayment> payments = payouts.paidIn(contractorId, year).stream()
                .filter(p -> p.workerId() == workerId).toList();
        PayeeDetails d = payees.details(List.of(workerId)).get(workerId);
        if (d == null || payments.stream().noneMatch(AnnualService::subject)) {
            throw new NotFound();
        }
        return payee(d, payments);
    }

    /** The contractors that paid this worker subject fees in the year, with the worker's year at each. */
    @Transactional(readOnly = true)
    public Map<Contractor, AnnualRecord.Payee> slipsOf(long workerId, Year year) {
        Map<Contractor, AnnualRecord.Payee> out = new LinkedHashMap<>();
        PayeeDetails d = payees.details(List.of(workerId)).get(workerId);
        if (d == null) {
            return out;
        }
        for (Contractor c : organizations.contractors()) {
            List<AnnualPayment> payments = payouts.paidIn(c.id(), year).stream()
                    .filter(p -> p.workerId() == workerId).toList();
            if (payments.stream().anyMatch(AnnualService::subject)) {
                out.put(c, payee(d, payments));
            }
        }
        return out;
    }

    /**
     * The CSV for the tax office, one record per filed payee and kind of fee, in the field order of
     * the 報酬、料金、契約金及び賞金の支払調書 record (法定資料の種類 309) of the NTA's
     * "レコードの内容及び記録要領" for 光ディスク等 / e-Tax CSV
     * (https://www.nta.go.jp/taxes/tetsuzuki/shinsei/hoteichosho/06.htm): items 1–11 (種類, 整理番号1,
     * 本支店等区分番号, 提出義務者の住所・氏名・電話番号, 整理番号2, 提出者の住所・氏名, 訂正表示, 年分 in
     * 和暦 two digits) follow the common head those layouts share, seen in the published 375/315
     * layouts; the 309 PDF itself could not be read here, so items 12 on follow the paper form's
     * order (住所, 国外住所表示, 氏名, 役職名, 区分, 細目, 支払金額, 未払金額, 源泉徴収税額, 未納税額, 摘要)
     * with the payee's individual number and the payer's corporate number last. Check against the
     * current NTA layout before the first real filing. Shift_JIS (Windows-31J), no header row.
     * Reading each My Number writes an audit entry; the export itself is recorded and audited.
     */
    @Transactional
    public Export export(long contractorId, Year year) {
        AnnualRecord record = record(contractorId, year);
        Contractor payer = record.contractor();
        List<Long> ids = record.filed().stream().map(p -> p.details().workerId()).toList();
        Map<Long, String> numbers = myNumbers.forPaymentRecord(ids, "payment-record:" + contractorId + ":" + year);
        String era = String.format("%02d", year.getValue() - 2018);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        long total = 0;
        try (CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(bytes, E_TAX), CSVFormat.RFC4180)) {
            for (AnnualRecord.Payee p : record.filed()) {
                for (AnnualRecord.Line line : p.subjectLines()) {
                    total += line.paid().amount();
                    csv.printRecord(RECORD_KIND, "", "", payer.address(), payer.legalName(), "", "", "", "", "0", era,
                            p.details().address(), "0", p.details().name(), "", kubun(line.kind()), saimoku(line.kind()),
                            line.paid().amount(), "", line.withheld().amount(), "", "",
                            numbers.getOrDefault(p.details().workerId(), ""), payer.corporateNumber());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] body = bytes.toByteArray();
        String sha = sha256(body);
        Long actor = accounts.current().map(CurrentUser::accountId).orElse(null);
        jdbc.sql("""
                INSERT INTO annual_record_export (contractor_id, year, payee_count, total_paid, my_numbers, sha256, generated_by)
                VALUES (:c, :y, :n, :t, :m, :h, :by)""")
                .param("c", contractorId).param("y", year.getValue()).param("n", record.filed().size()).param("t", total)
                .param("m", numbers.size()).param("h", sha).param("by", actor).update();
        audit.change("PAYMENT_RECORD_EXPORTED", "contractor", contractorId, null, Map.of("year", year.getValue(),
                "payees", record.filed().size(), "myNumbers", numbers.size(), "sha256", sha));
        return new Export("payment-record-309-" + contractorId + "-" + year + ".csv", body, record.filed().size(),
                numbers.size());
    }

    /** 区分: the name of the fee as the form asks (原稿料, デザイン料 …), from the bundle in Japanese. */
    String kubun(WorkKind kind) {
        return messages.getMessage("annual.kubun." + kind.name(), null, messages.getMessage("annual.kubun.OTHER", null,
                Locale.JAPANESE), Locale.JAPANESE);
    }

    /** 細目: the detail of the fee. */
    String saimoku(WorkKind kind) {
        return messages.getMessage("annual.saimoku." + kind.name(), null, "", Locale.JAPANESE);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static Optional<Year> year(Integer value) {
        return value == null || value < 2000 || value > 2100 ? Optional.empty() : Optional.of(Year.of(value));
    }
}
