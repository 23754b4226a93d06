package jp.hataraku.workers.internal;

import java.util.Set;

import jp.hataraku.identity.Accounts;
import jp.hataraku.identity.CurrentUser;
import jp.hataraku.identity.Role;
import org.springframework.stereotype.Component;

/**
 * Which workers a staff member may see: contractor staff, directors and administrators see all
 * towns; town staff only the towns they are scoped to.
 */
@Component
class WorkerAccess {

    private final Accounts accounts;

    WorkerAccess(Accounts accounts) {
        this.accounts = accounts;
    }

    Scope scope() {
        CurrentUser user = accounts.current().orElseThrow(() -> new NotVisible());
        boolean all = user.has(Role.SYSTEM_ADMIN) || user.has(Role.CONTRACTOR_STAFF) || user.has(Role.DIRECTOR);
        if (!all && !user.has(Role.TOWN_STAFF)) {
            throw new NotVisible();
        }
        return new Scope(all, all ? Set.of() : user.municipalityScopes());
    }

    /** The worker's town is visible to the current user, or {@link NotVisible}. */
    void check(long municipalityId) {
        if (!scope().includes(municipalityId)) {
            throw new NotVisible();
        }
    }

    record Scope(boolean allTowns, Set<Long> towns) {
        boolean includes(long municipalityId) {
            return allTowns || towns.contains(municipalityId);
        }
    }

    /** The current user may not see this worker (answered 403). */
    static final class NotVisible extends RuntimeException {
        NotVisible() {
            super("not visible", null, false, false);
        }
    }
}
