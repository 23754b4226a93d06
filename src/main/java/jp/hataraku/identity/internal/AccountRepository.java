package jp.hataraku.identity.internal;

import java.sql.Timestamp;
import java.util.EnumSet;
import java.util.HashSet;
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

    Optional<AccountPrincipal> findById(long id) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Set<Long> towns = new HashSet<>();
        jdbc.sql("SELECT role, scope_id FROM user_role WHERE user_id = :id").param("id", id)
                .query((rs, n) -> {
                    Role role = Role.valueOf(rs.getString("role"));
                    roles.add(role);
                    if (role == Role.TOWN_STAFF) {
                        towns.add(rs.getLong("scope_id"));
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

    static String normaliseEmail(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }
}
