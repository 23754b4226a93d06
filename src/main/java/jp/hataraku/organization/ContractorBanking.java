package jp.hataraku.organization;

import java.util.Optional;

import jp.hataraku.shared.BankAccount;
import jp.hataraku.shared.ZenginCharset;

/**
 * What a Zengin bulk-transfer header needs of the paying contractor: its account (the sending
 * account), the bank and branch names in Zengin kana when recorded, the requester code the bank
 * gave it, and which character set its bank accepts in names.
 */
public record ContractorBanking(long contractorId, BankAccount account, Optional<String> bankNameKana,
        Optional<String> branchNameKana, Optional<String> requesterCode, ZenginCharset charset) {
}
