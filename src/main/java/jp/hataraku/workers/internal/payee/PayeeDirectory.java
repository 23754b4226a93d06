package jp.hataraku.workers.internal.payee;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jp.hataraku.identity.Audit;
import jp.hataraku.shared.BankAccount;
import jp.hataraku.shared.JapaneseText;
import jp.hataraku.shared.ZenginCharset;
import jp.hataraku.shared.ZenginName;
import jp.hataraku.workers.Payee;
import jp.hataraku.workers.PayeeAccount;
import jp.hataraku.workers.PayeeDetails;
import jp.hataraku.workers.PayeeProblem;
import jp.hataraku.workers.Payees;
import jp.hataraku.workers.internal.bank.Bank;
import jp.hataraku.workers.internal.bank.BankDirectory;
import jp.hataraku.workers.internal.bank.Branch;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link Payees} over {@code worker} and {@code worker_bank_account}. Bank and branch names are
 * taken from the Zengin directory's kana (the stored names are in kanji) and converted to
 * half-width; ids travel as one array parameter so that 100,000 workers are one query.
 */
@Service
class PayeeDirectory implements Payees {

    /** A Zengin data record's bank and branch name fields. */
    static final int NAME_FIELD = 15;

    private final JdbcClient jdbc;
    private final BankDirectory banks;
    private final Audit audit;

    PayeeDirectory(JdbcClient jdbc, BankDirectory banks, Audit audit) {
        this.jdbc = jdbc;
        this.banks = banks;
        this.audit = audit;
    }

    private record Row(PayeeDetails details, String bankCode, String branchCode, Integer accountType,
            String accountNumber, String holderKana) {
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, PayeeDetails> details(Collection<Long> workerIds) {
        Map<Long, PayeeDetails> out = new HashMap<>();
        rows(workerIds).forEach(r -> out.put(r.details.workerId(), r.details));
        return out;
    }

    @Override
    @Transactional
    public Map<Long, Payee> forPayment(Collection<Long> workerIds, ZenginCharset charset, String purpose) {
        Map<Long, Payee> out = new HashMap<>(workerIds.size() * 2);
        Map<String, String> bankNames = new HashMap<>();
        Map<String, String> branchNames = new HashMap<>();
        List<Long> read = new ArrayList<>();
        for (Row r : rows(workerIds)) {
            long id = r.details.workerId();
            if (r.bankCode == null || r.branchCode == null || r.accountType == null || r.accountNumber == null
                    || r.holderKana == null || r.holderKana.isBlank()) {
                out.put(id, new Payee(r.details, Optional.empty(), Optional.of(PayeeProblem.noAccount())));
                continue;
            }
            read.add(id);
            Optional<String> bad = ZenginName.validate(r.holderKana, charset);
            if (bad.isEmpty() && r.holderKana.length() > BankAccount.HOLDER_NAME_MAX) {
                bad = Optional.of(r.holderKana.substring(BankAccount.HOLDER_NAME_MAX, BankAccount.HOLDER_NAME_MAX + 1));
            }
            if (bad.isPresent()) {
                out.put(id, new Payee(r.details, Optional.empty(), Optional.of(PayeeProblem.invalidHolderName(bad.get()))));
                continue;
            }
            String bankName = bankNames.computeIfAbsent(r.bankCode,
                    code -> kana(banks.bank(code).map(Bank::kana), charset));
            String branchName = branchNames.computeIfAbsent(r.bankCode + "-" + r.branchCode,
                    key -> kana(banks.branch(r.bankCode, r.branchCode).map(Branch::kana), charset));
            out.put(id, new Payee(r.details, Optional.of(new PayeeAccount(r.bankCode, bankName, r.branchCode, branchName,
                    r.accountType, r.accountNumber, r.holderKana)), Optional.empty()));
        }
        if (!read.isEmpty()) {
            // One entry per call: a transfer file reads up to 100,000 accounts at once.
            audit.sensitiveRead("bank_account:" + purpose + " workers=" + ranges(read), "worker",
                    read.size() == 1 ? read.get(0) : null);
        }
        return out;
    }

    /** A directory kana name as a Zengin file carries it: half-width, characters the bank refuses dropped, cut to 15. */
    static String kana(Optional<String> fullWidth, ZenginCharset charset) {
        String converted = JapaneseText.toZenginKana(fullWidth.orElse(""), charset);
        StringBuilder out = new StringBuilder();
        converted.codePoints().filter(charset::allows).forEach(out::appendCodePoint);
        String name = out.toString().strip();
        return name.length() > NAME_FIELD ? name.substring(0, NAME_FIELD) : name;
    }

    /** "1-5,9,12-14" for sorted or unsorted ids. */
    static String ranges(List<Long> ids) {
        List<Long> sorted = ids.stream().sorted().distinct().toList();
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (i < sorted.size()) {
            int j = i;
            while (j + 1 < sorted.size() && sorted.get(j + 1) == sorted.get(j) + 1) {
                j++;
            }
            parts.add(i == j ? String.valueOf(sorted.get(i)) : sorted.get(i) + "-" + sorted.get(j));
            i = j + 1;
        }
        return String.join(",", parts);
    }

    private List<Row> rows(Collection<Long> workerIds) {
        if (workerIds.isEmpty()) {
            return List.of();
        }
        String array = workerIds.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
        return jdbc.sql("""
                SELECT w.id, w.municipality_id, w.name, w.name_kana, w.postal_code, w.address,
                       w.invoice_registration_number, b.bank_code, b.branch_code, b.account_type, b.account_number,
                       b.holder_kana
                  FROM worker w LEFT JOIN worker_bank_account b ON b.worker_id = w.id
                 WHERE w.id = ANY (CAST(:ids AS bigint[]))
                """)
                .param("ids", array)
                .query((rs, n) -> new Row(new PayeeDetails(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), Optional.ofNullable(rs.getString(7))),
                        rs.getString(8), rs.getString(9), (Integer) rs.getObject(10, Integer.class), rs.getString(11),
                        rs.getString(12)))
                .list();
    }
}
