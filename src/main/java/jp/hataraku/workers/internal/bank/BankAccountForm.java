package jp.hataraku.workers.internal.bank;

/** What a person enters for a payout account; {@link BankAccountStore#validate} turns it into a {@link WorkerBankAccount}. */
public record BankAccountForm(String bankCode, String branchCode, String accountType, String accountNumber, String holderName) {
}
