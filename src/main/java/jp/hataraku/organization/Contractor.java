package jp.hataraku.organization;

import java.util.Optional;

/** The corporation that contracts with clients and pays the workers of the towns it serves. */
public record Contractor(long id, String legalName, String legalNameKana, String corporateNumber,
        Optional<String> registrationNumber, String postalCode, String address) {
}
