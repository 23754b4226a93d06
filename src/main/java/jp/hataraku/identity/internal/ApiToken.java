package jp.hataraku.identity.internal;

import java.time.Instant;

/** A personal API token as its owner sees it (never the token itself). Public for the templates. */
public record ApiToken(long id, String name, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {

    public boolean isActive() {
        return revokedAt == null;
    }
}
