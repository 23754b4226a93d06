package jp.hataraku.identity.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jp.hataraku.identity.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AccountRepository {

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<AccountPrincipal> findByEmail(String email) {
        return jdbc.sql("SELECT id FROM user_account WHERE email = :email")
                .param("email", normaliseEmail(email))
                .query(Long.class).optional()
                .flatMap(this::findById);
    }

    java.util.List<jp.hataraku.identity.AccountSummary> withRole(Role role) {
        return jdbc.sql("""
                SELECT DISTINCT a.id, a.email, a.display_name FROM user_account a
                JOIN user_role r ON r.user_id = a.id
                WHERE r.role = :role AND a.enabled
                ORDER BY a.display_name, a.id
                """).param("role", role.name())
                .query(AccountRepository::summary)
                .list();
    }

    private static jp.hataraku.identity.AccountSummary summary(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new jp.hataraku.identity.AccountSummary(rs.getLong("id"), rs.getString("email"), rs.getString("display_name"));
    }

    Optional<AccountPrincipal> findById(long id) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Set<Long> towns = new HashSet<>();
        Set<Long> clients = new HashSet<>();
        Set<Long> facilities = new HashSet<>();
        jdbc.sql("SELECT role, scope_id FROM user_role WHERE user_id = :id").param("id", id)
                .query((rs, n) -> {
                    Role role = Role.valueOf(rs.getString("role"));
                    roles.add(role);
                    switch (role) {
                        case TOWN_STAFF -> towns.add(rs.getLong("scope_id"));
                        case CLIENT_USER -> clients.add(rs.getLong("scope_id"));
                        case FACILITY_OPERATOR -> facilities.add(rs.getLong("scope_id"));
                        default -> { }
                    }
                    return role;
                }).list();
        return jdbc.sql("""
                SELECT id, email, display_name, password_hash, enabled, locked_until, worker_id, totp_enabled_at
                FROM user_account WHERE id = :id
                """).param("id", id)
                .query((rs, n) -> {
                    Timestamp locked = rs.getTimestamp("locked_until");
                    long workerId = rs.getLong("worker_id");
                    Long worker = rs.wasNull() ? null : workerId;
                    return new AccountPrincipal(rs.getLong("id"), rs.getString("email"), rs.getString("display_name"),
                            rs.getString("password_hash"), rs.getBoolean("enabled"),
                            locked == null ? null : locked.toInstant(), Set.copyOf(roles), worker, Set.copyOf(towns),
                            Set.copyOf(clients), Set.copyOf(facilities),
                            rs.getTimestamp("totp_enabled_at") != null);
                }).optional();
    }

    long create(String email, String displayName, String passwordHash, Long workerId) {
        return jdbc.sql("""
                INSERT INTO user_account (email, display_name, password_hash, worker_id, password_changed_at)
                VALUES (:email, :name, :hash, :worker, now()) RETURNING id
                """)
                .param("email", normaliseEmail(email))
                .param("name", displayName)
                .param("hash", passwordHash)
                .param("worker", workerId)
                .query(Long.class).single();
    }

    void grant(long accountId, Role role, long scopeId) {
        jdbc.sql("""
                INSERT INTO user_role (user_id, role, scope_id) VALUES (:id, :role, :scope)
                ON CONFLICT DO NOTHING
                """).param("id", accountId).param("role", role.name()).param("scope", scopeId).update();
    }

    boolean emailTaken(String email) {
        return jdbc.sql("SELECT count(*) FROM user_account WHERE email = :email")
                .param("email", normaliseEmail(email)).query(Integer.class).single() > 0;
    }

    /**
     * Counts one more failed sign-in; the fifth in a row locks the account until {@code lockUntil}
     * and starts the count again. Returns the lock end when this failure locked the account.
     */
    Optional<Instant> recordFailure(String email, int maxFailures, Instant lockUntil) {
        return jdbc.sql("""
                UPDATE user_account
                SET failed_attempts = CASE WHEN failed_attempts + 1 >= :max THEN 0 ELSE failed_attempts + 1 END,
                    locked_until = CASE WHEN failed_attempts + 1 >= :max THEN :until ELSE locked_until END,
                    updated_at = now()
                WHERE email = :email
                RETURNING CASE WHEN failed_attempts = 0 THEN locked_until END AS locked
                """)
                .param("email", normaliseEmail(email))
                .param("max", maxFailures)
                .param("until", Timestamp.from(lockUntil))
                .query((rs, n) -> Optional.ofNullable(rs.getTimestamp("locked")).map(Timestamp::toInstant))
                .optional().flatMap(o -> o);
    }

    Optional<Instant> lockedUntil(String email) {
        return jdbc.sql("SELECT locked_until FROM user_account WHERE email = :email")
                .param("email", normaliseEmail(email))
                .query((rs, n) -> Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant))
                .optional().flatMap(o -> o);
    }

    void recordSuccess(long accountId) {
        jdbc.sql("UPDATE user_account SET failed_attempts = 0, locked_until = NULL WHERE id = :id AND (failed_attempts <> 0 OR locked_until IS NOT NULL)")
                .param("id", accountId).update();
    }

    Optional<String> totpSecret(long accountId) {
        return jdbc.sql("SELECT totp_secret FROM user_account WHERE id = :id").param("id", accountId)
                .query((rs, n) -> Optional.ofNullable(rs.getString(1))).optional().flatMap(o -> o);
    }

    void setPendingTotpSecret(long accountId, String base32Secret) {
        jdbc.sql("UPDATE user_account SET totp_secret = :s, totp_enabled_at = NULL, totp_last_step = NULL, updated_at = now() WHERE id = :id")
                .param("s", base32Secret).param("id", accountId).update();
    }

    void enableTotp(long accountId, Instant at) {
        jdbc.sql("UPDATE user_account SET totp_enabled_at = :at, updated_at = now() WHERE id = :id")
                .param("at", Timestamp.from(at)).param("id", accountId).update();
    }

    /** Records that the code of {@code step} was used; false when it (or a later one) already was. */
    boolean useTotpStep(long accountId, long step) {
        return jdbc.sql("""
                UPDATE user_account SET totp_last_step = :step
                WHERE id = :id AND (totp_last_step IS NULL OR totp_last_step < :step)
                """).param("step", step).param("id", accountId).update() == 1;
    }

    void changePassword(long accountId, String passwordHash) {
        jdbc.sql("""
                UPDATE user_account SET password_hash = :hash, password_changed_at = now(), failed_attempts = 0,
                       locked_until = NULL, updated_at = now()
                WHERE id = :id
                """).param("hash", passwordHash).param("id", accountId).update();
    }

    static String normaliseEmail(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    List<jp.hataraku.identity.AccountSummary> holdersOf(Role role, long scopeId) {
        return jdbc.sql("""
                SELECT DISTINCT a.id, a.email, a.display_name FROM user_account a JOIN user_role r ON r.user_id = a.id
                WHERE a.enabled AND r.role = :role AND r.scope_id IN (0, :scope)
                ORDER BY a.email
                """)
                .param("role", role.name()).param("scope", scopeId)
                .query(AccountRepository::summary).list();
    }
}
