package jp.hataraku.organization;

/**
 * A record as read for editing, with the version it had. Saving with an older version is refused
 * ({@code organization.stale}) so that two people editing at once cannot overwrite each other.
 */
public record Versioned<T>(T value, long version) {
}
