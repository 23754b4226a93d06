package jp.hataraku.identity.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jp.hataraku.shared.TokyoClock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Personal API tokens: shown once when made, only their SHA-256 kept, revocable. */
@Repository
class ApiTokens {

    static final String PREFIX = "htk_";
    static final int MAX_NAME_LENGTH = 100;

    private final JdbcClient jdbc;
    private final AccountRepository accounts;
    private final TokyoClock clock;
    private final java.util.Map<Long, CachedAccount> recent = new java.util.concurrent.ConcurrentHashMap<>();

    /** How often the last use of a token is written. */
    static final java.time.Duration LAST_USE_RESOLUTION = java.time.Duration.ofMinutes(1);
    /** How long an account read for a token is reused (role or enabled changes reach the API within it). */
    static final java.time.Duration ACCOUNT_CACHE = java.time.Duration.ofSeconds(5);

    ApiTokens(JdbcClient jdbc, AccountRepository accounts, TokyoClock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Makes a new token and returns it in clear text, for the only time. */
    String create(long accountId, String name) {
        String raw = PREFIX + Hashes.randomToken();
        register(accountId, name, raw);
        return raw;
    }

    long register(long accountId, String name, String raw) {
        return jdbc.sql("""
                INSERT INTO api_token (user_id, name, token_hash, created_at) VALUES (:user, :name, :hash, :now)
                RETURNING id
                """)
                .param("user", accountId).param("name", name).param("hash", Hashes.sha256(raw))
                .param("now", Timestamp.from(clock.now()))
                .query(Long.class).single();
    }

    List<ApiToken> list(long accountId) {
        return jdbc.sql("""
                SELECT id, name, created_at, last_used_at, revoked_at FROM api_token
                WHERE user_id = :user ORDER BY revoked_at IS NOT NULL, created_at DESC, id DESC
                """)
                .param("user", accountId)
                .query((rs, n) -> new ApiToken(rs.getLong("id"), rs.getString("name"), instant(rs.getTimestamp("created_at")),
                        instant(rs.getTimestamp("last_used_at")), instant(rs.getTimestamp("revoked_at"))))
                .list();
    }

    /** Revokes one of this person's own tokens; false when it is not theirs or already revoked. */
    boolean revoke(long accountId, long tokenId) {
        return jdbc.sql("UPDATE api_token SET revoked_at = :now WHERE id = :id AND user_id = :user AND revoked_at IS NULL")
                .param("now", Timestamp.from(clock.now())).param("id", tokenId).param("user", accountId)
                .update() == 1;
    }

    /**
     * The enabled account an active token belongs to; records the use. Revocation is checked on
     * every request; the last-use time is written at most once a minute and the account (roles,
     * enabled) is re-read at most every {@link #ACCOUNT_CACHE} per instance, so that an API call
     * costs one indexed read instead of a write and its commit.
     */
    Optional<AccountPrincipal> authenticate(String raw) {
        if (raw == null || raw.isBlank() || raw.length() > 200) {
            return Optional.empty();
        }
        Instant now = clock.now();
        record Use(long userId, boolean stale) { }
        Optional<Use> use = jdbc.sql("""
                SELECT user_id, (last_used_at IS NULL OR last_used_at < :stale) AS stale FROM api_token
                WHERE token_hash = :hash AND revoked_at IS NULL
                """)
                .param("stale", Timestamp.from(now.minus(LAST_USE_RESOLUTION))).param("hash", Hashes.sha256(raw.strip()))
                .query((rs, n) -> new Use(rs.getLong("user_id"), rs.getBoolean("stale"))).optional();
        use.filter(Use::stale).ifPresent(u -> jdbc.sql("""
                UPDATE api_token SET last_used_at = :now WHERE token_hash = :hash
                """).param("now", Timestamp.from(now)).param("hash", Hashes.sha256(raw.strip())).update());
        return use.flatMap(u -> account(u.userId(), now)).filter(AccountPrincipal::isEnabled);
    }

    private Optional<AccountPrincipal> account(long id, Instant now) {
        CachedAccount cached = recent.get(id);
        if (cached != null && cached.loadedAt().plus(ACCOUNT_CACHE).isAfter(now) && !cached.loadedAt().isAfter(now)) {
            return Optional.of(cached.account());
        }
        Optional<AccountPrincipal> account = accounts.findById(id);
        if (recent.size() > 10_000) {
            recent.clear();
        }
        account.ifPresentOrElse(a -> recent.put(id, new CachedAccount(a, now)), () -> recent.remove(id));
        return account;
    }

    private record CachedAccount(AccountPrincipal account, Instant loadedAt) { }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
