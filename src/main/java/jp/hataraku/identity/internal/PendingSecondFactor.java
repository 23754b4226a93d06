package jp.hataraku.identity.internal;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A staff member who gave the right password but not yet the second factor. Its only authority
 * opens the TOTP pages; every other route wants a role, so nothing else is reachable.
 */
record PendingSecondFactor(long accountId, String email) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static final String AUTHORITY = "FACTOR_PASSWORD_ONLY";

    Authentication toAuthentication() {
        return UsernamePasswordAuthenticationToken.authenticated(this, null, List.of(new SimpleGrantedAuthority(AUTHORITY)));
    }

    @Override
    public String toString() {
        return email;
    }
}
