package jp.hataraku.clients;

/** A client's details (its type among them) were edited. Published in the changing transaction. */
public record ClientChanged(long clientId, long contractorId) {
}
