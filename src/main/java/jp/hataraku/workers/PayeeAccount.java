package jp.hataraku.workers;

/**
 * A worker's payout account ready for a Zengin data record: bank and branch codes with their names
 * in half-width Zengin kana (cut to the record's 15 characters), account type (1 普通, 2 当座,
 * 4 貯蓄, 9 other), 7-digit number and the holder's name in Zengin kana. {@link #toString()} masks
 * the account number.
 */
public record PayeeAccount(String bankCode, String bankNameKana, String branchCode, String branchNameKana,
        int accountType, String accountNumber, String holderKana) {

    @Override
    public String toString() {
        return "PayeeAccount[" + bankCode + "-" + branchCode + " type " + accountType + " *****"
                + (accountNumber == null || accountNumber.length() < 2 ? "" : accountNumber.substring(accountNumber.length() - 2))
                + "]";
    }
}
