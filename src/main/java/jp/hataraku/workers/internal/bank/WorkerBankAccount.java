package jp.hataraku.workers.internal.bank;

/**
 * A worker's payout account as stored in {@code worker_bank_account}: bank and branch by Zengin
 * code with their names, account type (1 普通, 2 当座, 4 貯蓄, 9 other), 7-digit number and the
 * holder's name in Zengin half-width kana. {@link #toString()} masks the account number.
 */
public record WorkerBankAccount(String bankCode, String bankName, String branchCode, String branchName,
        int accountType, String accountNumber, String holderKana) {

    /** "*****67" style, for screens and logs. */
    public String maskedAccountNumber() {
        return accountNumber == null || accountNumber.length() < 2 ? "*******" : "*****" + accountNumber.substring(accountNumber.length() - 2);
    }

    @Override
    public String toString() {
        return "WorkerBankAccount[" + bankCode + "-" + branchCode + " type " + accountType + " " + maskedAccountNumber() + "]";
    }
}
