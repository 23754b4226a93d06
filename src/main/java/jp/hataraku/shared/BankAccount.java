package jp.hataraku.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A Japanese bank account as a Zengin transfer needs it: bank code (4 digits), branch code (3),
 * account type, account number (7 digits, zero-padded) and the holder's name in Zengin kana.
 */
public record BankAccount(String bankCode, String branchCode, AccountType type, String number, String holderName) {

    /** The longest holder name a Zengin data record carries (RULES-JP §4). */
    public static final int HOLDER_NAME_MAX = 30;

    public enum AccountType {
        ORDINARY(1), CURRENT(2), SAVINGS(4), OTHER(9);

        private final int code;

        AccountType(int code) {
            this.code = code;
        }

        /** The Zengin code: 1 普通, 2 当座, 4 貯蓄, 9 その他. */
        public int code() {
            return code;
        }

        /** The message key of its name on screen. */
        public String messageKey() {
            return "shared.accountType." + name();
        }

        public static Optional<AccountType> ofCode(int code) {
            for (AccountType type : values()) {
                if (type.code == code) {
                    return Optional.of(type);
                }
            }
            return Optional.empty();
        }
    }

    public BankAccount {
        if (bankCode == null || !bankCode.matches("[0-9]{4}")) {
            throw new IllegalArgumentException("bank code is 4 digits");
        }
        if (branchCode == null || !branchCode.matches("[0-9]{3}")) {
            throw new IllegalArgumentException("branch code is 3 digits");
        }
        if (type == null) {
            throw new IllegalArgumentException("account type is required");
        }
        if (number == null || !number.matches("[0-9]{7}")) {
            throw new IllegalArgumentException("account number is 7 digits");
        }
        if (holderName == null || holderName.isBlank() || holderName.length() > HOLDER_NAME_MAX
                || ZenginName.validate(holderName, ZenginCharset.EXTENDED).isPresent()) {
            throw new IllegalArgumentException("holder name must be Zengin kana");
        }
    }

    /** The field names {@link #validate} reports problems under. */
    public static final String BANK_CODE = "bankCode";
    public static final String BRANCH_CODE = "branchCode";
    public static final String ACCOUNT_TYPE = "accountType";
    public static final String ACCOUNT_NUMBER = "accountNumber";
    public static final String HOLDER_NAME = "accountHolderName";

    /**
     * Reads a typed account; every field's problem is reported, under the field names above, with
     * codes {@code shared.bank.*} and {@code shared.zengin.*} (the latter naming the offending
     * character). The holder name is converted to Zengin kana first (やまだ はなこ → ﾔﾏﾀﾞ ﾊﾅｺ).
     */
    public static Checked<BankAccount> parse(String bankCode, String branchCode, String accountType, String number,
            String holderName, ZenginCharset charset) {
        List<FieldError> errors = new ArrayList<>();
        String bank = digits(bankCode);
        if (bank.isEmpty()) {
            errors.add(new FieldError(BANK_CODE, "shared.bank.code.empty", List.of()));
        } else if (!bank.matches("[0-9]{4}")) {
            errors.add(new FieldError(BANK_CODE, "shared.bank.code.format", List.of()));
        }
        String branch = digits(branchCode);
        if (branch.isEmpty()) {
            errors.add(new FieldError(BRANCH_CODE, "shared.bank.branch.empty", List.of()));
        } else if (!branch.matches("[0-9]{3}")) {
            errors.add(new FieldError(BRANCH_CODE, "shared.bank.branch.format", List.of()));
        }
        String typeText = digits(accountType);
        Optional<AccountType> type = typeText.matches("[0-9]") ? AccountType.ofCode(Integer.parseInt(typeText))
                : Optional.empty();
        if (type.isEmpty()) {
            errors.add(new FieldError(ACCOUNT_TYPE, "shared.bank.type.invalid", List.of()));
        }
        String account = digits(number);
        if (account.isEmpty()) {
            errors.add(new FieldError(ACCOUNT_NUMBER, "shared.bank.number.empty", List.of()));
        } else if (!account.matches("[0-9]{1,7}")) {
            errors.add(new FieldError(ACCOUNT_NUMBER, "shared.bank.number.format", List.of()));
        } else {
            account = "0".repeat(7 - account.length()) + account;
        }
        Parsed<String> holder = ZenginName.parse(holderName, charset, HOLDER_NAME_MAX);
        if (!holder.isValid()) {
            errors.add(FieldError.of(HOLDER_NAME, holder));
        }
        if (!errors.isEmpty()) {
            return Checked.invalid(errors);
        }
        return Checked.valid(new BankAccount(bank, branch, type.get(), account, holder.get()));
    }

    private static String digits(String text) {
        return JapaneseText.nfkc(text).replaceAll("[\\s\\-]", "");
    }
}
