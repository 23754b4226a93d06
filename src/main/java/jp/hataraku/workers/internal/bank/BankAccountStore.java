package jp.hataraku.workers.internal.bank;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.hataraku.identity.Audit;
import jp.hataraku.shared.BankAccount;
import jp.hataraku.shared.JapaneseText;
import jp.hataraku.shared.Parsed;
import jp.hataraku.shared.TokyoClock;
import jp.hataraku.shared.ZenginCharset;
import jp.hataraku.shared.ZenginName;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Validates and keeps workers' payout accounts ({@code worker_bank_account}). Bank and branch must
 * exist in the {@link BankDirectory} (their names are taken from it); the holder name is converted
 * with {@link ZenginName#parse} in the standard set (at most
 * {@link BankAccount#HOLDER_NAME_MAX} characters) so a Zengin file can carry it. Reading an account is audited as a
 * sensitive read.
 */
@Service
public class BankAccountStore {

    /** A field problem: the form field, a message code of {@code i18n/workerdata}, its arguments. */
    public record FieldError(String field, String code, List<Object> args) {
    }

    /** Either the account to store or the field problems to show. */
    public record Validated(Optional<WorkerBankAccount> account, List<FieldError> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    private final BankDirectory directory;
    private final JdbcClient jdbc;
    private final Audit audit;
    private final TokyoClock clock;

    BankAccountStore(BankDirectory directory, JdbcClient jdbc, Audit audit, TokyoClock clock) {
        this.directory = directory;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    public Validated validate(BankAccountForm form) {
        List<FieldError> errors = new ArrayList<>();
        String bankCode = digits(form.bankCode());
        String branchCode = digits(form.branchCode());
        Optional<Bank> bank = directory.bank(bankCode);
        if (bank.isEmpty()) {
            errors.add(new FieldError("bankCode", "workerdata.bank.code.unknown", List.of(bankCode)));
        }
        Optional<Branch> branch = bank.flatMap(b -> directory.branch(b.code(), branchCode));
        if (bank.isPresent() && branch.isEmpty()) {
            errors.add(new FieldError("branchCode", "workerdata.branch.code.unknown", List.of(branchCode)));
        }
        String typeCode = digits(form.accountType());
        Optional<BankAccount.AccountType> type = typeCode.matches("[0-9]")
                ? BankAccount.AccountType.ofCode(Integer.parseInt(typeCode)) : Optional.empty();
        if (type.isEmpty()) {
            errors.add(new FieldError("accountType", "workerdata.bank.account-type.invalid", List.of()));
        }
        String number = digits(form.accountNumber());
        if (!number.matches("[0-9]{1,7}")) {
            errors.add(new FieldError("accountNumber", "workerdata.bank.account-number.invalid", List.of()));
        } else {
            number = "0".repeat(7 - number.length()) + number;
        }
        String holder = null;
        if (form.holderName() == null || form.holderName().isBlank()) {
            errors.add(new FieldError("holderName", "workerdata.bank.holder-kana.required", List.of()));
        } else {
            Parsed<String> kana = ZenginName.parse(form.holderName(), ZenginCharset.STANDARD, BankAccount.HOLDER_NAME_MAX);
            if (kana.isValid()) {
                holder = kana.get();
            } else if ("shared.zengin.char".equals(kana.errorCode())) {
                errors.add(new FieldError("holderName", "workerdata.bank.holder-kana.invalid", List.copyOf(kana.errorArgs())));
            } else {
                errors.add(new FieldError("holderName", kana.errorCode(), List.copyOf(kana.errorArgs())));
            }
        }
        if (!errors.isEmpty()) {
            return new Validated(Optional.empty(), List.copyOf(errors));
        }
        return new Validated(Optional.of(new WorkerBankAccount(bank.get().code(), bank.get().name(), branch.get().code(),
                branch.get().name(), type.get().code(), number, holder)), List.of());
    }

    @Transactional
    public void save(long workerId, long municipalityId, WorkerBankAccount account) {
        jdbc.sql("""
                INSERT INTO worker_bank_account (worker_id, municipality_id, bank_code, bank_name, branch_code, branch_name,
                                                 account_type, account_number, holder_kana, updated_at)
                VALUES (:workerId, :municipalityId, :bankCode, :bankName, :branchCode, :branchName,
                        :accountType, :accountNumber, :holderKana, :now)
                ON CONFLICT (worker_id) DO UPDATE
                   SET municipality_id = EXCLUDED.municipality_id, bank_code = EXCLUDED.bank_code,
                       bank_name = EXCLUDED.bank_name, branch_code = EXCLUDED.branch_code,
                       branch_name = EXCLUDED.branch_name, account_type = EXCLUDED.account_type,
                       account_number = EXCLUDED.account_number, holder_kana = EXCLUDED.holder_kana,
                       updated_at = EXCLUDED.updated_at
                """)
                .param("workerId", workerId)
                .param("municipalityId", municipalityId)
                .param("bankCode", account.bankCode())
                .param("bankName", account.bankName())
                .param("branchCode", account.branchCode())
                .param("branchName", account.branchName())
                .param("accountType", account.accountType())
                .param("accountNumber", account.accountNumber())
                .param("holderKana", account.holderKana())
                .param("now", Timestamp.from(clock.now()))
                .update();
        // The audit keeps which bank and branch, never the account number itself.
        audit.change("BANK_ACCOUNT_SAVED", "worker", workerId, null,
                Map.of("bankCode", account.bankCode(), "branchCode", account.branchCode(),
                        "accountNumber", account.maskedAccountNumber()));
    }

    /** The worker's account, audited as a sensitive read with {@code purpose}. */
    @Transactional
    public Optional<WorkerBankAccount> read(long workerId, String purpose) {
        Optional<WorkerBankAccount> account = jdbc.sql("""
                SELECT bank_code, bank_name, branch_code, branch_name, account_type, account_number, holder_kana
                  FROM worker_bank_account WHERE worker_id = :workerId
                """)
                .param("workerId", workerId)
                .query((rs, n) -> new WorkerBankAccount(rs.getString("bank_code"), rs.getString("bank_name"),
                        rs.getString("branch_code"), rs.getString("branch_name"), rs.getInt("account_type"),
                        rs.getString("account_number"), rs.getString("holder_kana")))
                .optional();
        account.ifPresent(a -> audit.sensitiveRead("bank_account:" + purpose, "worker", workerId));
        return account;
    }

    private static String digits(String text) {
        return text == null ? "" : JapaneseText.nfkc(text).replaceAll("[\\s\\-]", "");
    }
}
