package jp.hataraku.clients.internal;

import java.util.Optional;

import jp.hataraku.clients.ClientSummary;
import jp.hataraku.clients.ClientType;

/** A client company as the staff pages show it. */
record ClientRecord(long id, long contractorId, String name, String nameKana, Optional<String> corporateNumber,
        ClientType type, String address, String note) {

    ClientSummary summary() {
        return new ClientSummary(id, contractorId, name, nameKana, type, corporateNumber);
    }
}
