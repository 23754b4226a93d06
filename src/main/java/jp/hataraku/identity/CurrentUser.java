package jp.hataraku.identity;

import java.util.Optional;
import java.util.Set;

/** The signed-in person as other modules need to know them. */
public record CurrentUser(long accountId, String email, String displayName, Set<Role> roles,
        Optional<Long> workerId, Set<Long> municipalityScopes,
        Set<Long> clientScopes, Set<Long> facilityScopes) {

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isStaff() {
        return roles.stream().anyMatch(Role::isStaff);
    }
}
