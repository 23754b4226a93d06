package jp.hataraku.clients.internal;

import java.time.LocalDate;
import java.util.Optional;

import jp.hataraku.clients.LeadSource;

/** A company that may order: where it came from, how far it got, who follows it, the client it became. */
record Lead(long id, long contractorId, String companyName, String companyKana, LeadSource source, LeadStage stage,
        Optional<Long> ownerWorkerId, String note, LocalDate receivedOn, Optional<Long> clientId) {
}
