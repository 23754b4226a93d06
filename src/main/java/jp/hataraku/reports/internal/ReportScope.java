package jp.hataraku.reports.internal;

import java.util.Optional;

/**
 * Whose figures: one town or every town, and one contractor or every contractor. Worker figures
 * follow the town only (residents register with their town, not with a contractor); work, money
 * and engagement figures follow both.
 */
public record ReportScope(Optional<Long> town, Optional<Long> contractor) {

    public ReportScope {
        town = town == null ? Optional.empty() : town;
        contractor = contractor == null ? Optional.empty() : contractor;
    }

    public static ReportScope everywhere() {
        return new ReportScope(Optional.empty(), Optional.empty());
    }

    public static ReportScope town(long town) {
        return new ReportScope(Optional.of(town), Optional.empty());
    }

    public ReportScope withContractor(long contractor) {
        return new ReportScope(town, Optional.of(contractor));
    }
}
