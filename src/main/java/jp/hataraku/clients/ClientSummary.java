package jp.hataraku.clients;

import java.util.Optional;

/** What other modules may know of a client company. */
public record ClientSummary(long id, long contractorId, String name, String nameKana, ClientType type,
        Optional<String> corporateNumber) {
}
