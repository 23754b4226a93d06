package jp.hataraku.clients;

import java.util.Optional;

/**
 * The service contract and the NDA in force between the contractor and a client on one date
 * (empty when none). A job may open only when both are.
 */
public record Agreements(Optional<Long> serviceContractId, Optional<Long> ndaId) {

    public boolean inForce() {
        return serviceContractId.isPresent() && ndaId.isPresent();
    }
}
