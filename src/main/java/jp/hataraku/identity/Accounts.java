package jp.hataraku.identity;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What other modules may ask of identity. */
public interface Accounts {

    /** The signed-in person of the current request, if any. */
    Optional<CurrentUser> current();

    /**
     * Problems with a password chosen by a person (NIST SP 800-63B: length, common passwords,
     * not the e-mail itself), as message codes; empty when it is acceptable.
     */
    List<String> passwordProblems(String email, String rawPassword);

    /** Whether an account already uses this e-mail address. */
    boolean emailTaken(String email);

    /** The id of the account with this e-mail address (demo data, administration). */
    Optional<Long> accountIdOf(String email);

    /**
     * Creates a sign-in for a resident worker (role WORKER) linked to their worker record.
     * The password must have passed {@link #passwordProblems}.
     */
    long createWorkerAccount(long workerId, String email, String displayName, String rawPassword);

    /** Creates a staff or other account with the given roles (demo data, administration). */
    long createAccount(String email, String displayName, String rawPassword, List<RoleGrant> roles);

    /**
     * Gives the account a personal API token with this clear-text value (demo data: the demo
     * contractor staff's {@code demo-staff-token}); only its SHA-256 is stored.
     */
    void registerApiToken(long accountId, String name, String rawToken);

    /**
     * Gives the account with this e-mail address one more role (一人多役: a worker who became a
     * director keeps working). Audited. Unknown addresses are refused.
     */
    void grant(String email, RoleGrant grant);

    /**
     * Enrols a TOTP authenticator with a known Base32 secret (RFC 6238, SHA-1, 30 s, 6 digits),
     * for demo data and browser tests that sign staff in: they compute the codes from the secret.
     * Without it, staff enrol on their first sign-in.
     */
    void enrolTotp(long accountId, String base32Secret);

    /** The enabled accounts holding {@code role} (any scope), by display name. */
    List<AccountSummary> withRole(Role role);

    /**
     * Mails the enabled account with this address a single-use link to choose its password (the
     * password-reset link, valid 30 minutes), so that staff who open an account for someone never
     * know or send a password. Unknown addresses are ignored silently, as for a reset request.
     */
    void sendPasswordSetupLink(String email, Locale locale);

    /**
     * The enabled accounts that hold {@code role} for {@code scopeId} or without a scope (0):
     * whom to tell, e.g. contractor staff about agreements to renew.
     */
    List<AccountSummary> holdersOf(Role role, long scopeId);

    /** A role held for a scope (municipality, client or facility id), or 0 for none. */
    record RoleGrant(Role role, long scopeId) {
        public static RoleGrant of(Role role) {
            return new RoleGrant(role, 0);
        }
    }
}
