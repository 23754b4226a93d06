package jp.hataraku.identity.internal;

import java.io.Serial;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jp.hataraku.identity.CurrentUser;
import jp.hataraku.identity.Role;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The account as Spring Security sees it; kept in the (JDBC) session, so serialisable. */
public record AccountPrincipal(long accountId, String email, String displayName, String passwordHash,
        boolean enabled, Instant lockedUntil, Set<Role> roles, Long workerId, Set<Long> municipalityScopes,
        Set<Long> clientScopes, Set<Long> facilityScopes, boolean totpEnabled) implements UserDetails {

    @Serial
    private static final long serialVersionUID = 1L;

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = roles.stream()
                .map(r -> (GrantedAuthority) new SimpleGrantedAuthority(r.authority()))
                .collect(Collectors.toList());
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isAccountNonLocked() {
        return lockedUntil == null || lockedUntil.isBefore(Instant.now());
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    public boolean isStaff() {
        return roles.stream().anyMatch(Role::isStaff);
    }

    public CurrentUser toCurrentUser() {
        return new CurrentUser(accountId, email, displayName, Set.copyOf(roles), Optional.ofNullable(workerId),
                Set.copyOf(municipalityScopes), Set.copyOf(clientScopes), Set.copyOf(facilityScopes));
    }
}
