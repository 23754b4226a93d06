package jp.hataraku.identity;

/** An account as other modules may list it (e.g. the directors a job can be given to). */
public record AccountSummary(long accountId, String email, String displayName) {
}
