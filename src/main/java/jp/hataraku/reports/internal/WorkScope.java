package jp.hataraku.reports.internal;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import jp.hataraku.organization.Contractor;
import jp.hataraku.organization.Organizations;

/**
 * Which contractors' work a scope covers, for figures of work recorded per contractor (orders,
 * jobs, tasks, time logs), which carry no town: with a town, the work of the contractors serving
 * that town (all of their work, whoever did it); with a contractor too, that contractor's work if it
 * serves the town, otherwise none; with a contractor only, its work; with neither, every
 * contractor's ({@link Optional#empty()}). Payouts and reward lines carry the worker's town, so
 * their figures follow the town directly (the town's residents) — see {@link WorkFigures}.
 */
final class WorkScope {

    private WorkScope() {
    }

    static Optional<Set<Long>> contractors(ReportScope scope, Organizations organizations) {
        if (scope.town().isEmpty()) {
            return scope.contractor().map(Set::of);
        }
        Set<Long> serving = new LinkedHashSet<>();
        for (Contractor c : organizations.contractorsServing(scope.town().get())) {
            serving.add(c.id());
        }
        scope.contractor().ifPresent(c -> serving.retainAll(Set.of(c)));
        return Optional.of(Set.copyOf(serving));
    }
}
