package jp.hataraku.payouts.internal;

import java.util.List;
import java.util.Optional;

import jp.hataraku.identity.Accounts;
import jp.hataraku.identity.CurrentUser;
import jp.hataraku.organization.Contractor;
import jp.hataraku.organization.Organizations;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Who is asking: staff (contractor staff, administrators; the routes let nobody else in) choose the
 * contractor whose pay they handle; a worker sees only their own payments (their worker record).
 */
@Component
class PayoutAccess {

    private final Accounts accounts;
    private final Organizations organizations;

    PayoutAccess(Accounts accounts, Organizations organizations) {
        this.accounts = accounts;
        this.organizations = organizations;
    }

    long accountId() {
        return accounts.current().map(CurrentUser::accountId).orElseThrow(NotFound::new);
    }

    /** The signed-in worker's id; a worker account without a worker record sees nothing (404). */
    long workerId() {
        return accounts.current().flatMap(CurrentUser::workerId).orElseThrow(NotFound::new);
    }

    List<Contractor> contractors() {
        return organizations.contractors();
    }

    /** The contractor asked for, or the first one; empty when there is none. */
    Optional<Contractor> contractor(Long requested) {
        if (requested != null) {
            return Optional.of(organizations.contractor(requested).orElseThrow(NotFound::new));
        }
        return organizations.contractors().stream().findFirst();
    }

    Optional<Contractor> find(long contractorId) {
        return organizations.contractor(contractorId);
    }

    /** Nothing to show here (answered 404, also for another worker's notice). */
    @ResponseStatus(HttpStatus.NOT_FOUND)
    static final class NotFound extends RuntimeException {
        NotFound() {
            super("not found", null, false, false);
        }
    }
}
