package jp.hataraku.clients.internal;

import java.util.Set;

import jp.hataraku.identity.Accounts;
import jp.hataraku.identity.CurrentUser;
import jp.hataraku.identity.Role;
import org.springframework.stereotype.Component;

/**
 * Whose client data the current user may see: contractor staff, directors and administrators all
 * clients; a client user only the companies they hold their role for.
 */
@Component
class ClientAccess {

    private final Accounts accounts;
    private final ClientRepository clients;

    ClientAccess(Accounts accounts, ClientRepository clients) {
        this.accounts = accounts;
        this.clients = clients;
    }

    CurrentUser user() {
        return accounts.current().orElseThrow(NotVisible::new);
    }

    static boolean isStaff(CurrentUser user) {
        return user.has(Role.CONTRACTOR_STAFF) || user.has(Role.DIRECTOR) || user.has(Role.SYSTEM_ADMIN);
    }

    /** The client companies of a client user (empty for staff, who see all). */
    Set<Long> ownCompanies() {
        return user().clientScopes();
    }

    /** The client, if the current user may see it: {@link NotVisible} (403) or {@link ClientService.NotFound} (404). */
    ClientRecord visible(long clientId) {
        CurrentUser user = user();
        if (!isStaff(user) && !(user.has(Role.CLIENT_USER) && user.clientScopes().contains(clientId))) {
            throw new NotVisible();
        }
        return clients.find(clientId).orElseThrow(ClientService.NotFound::new);
    }

    /** The current user may not see this client (answered 403). */
    static final class NotVisible extends RuntimeException {
        NotVisible() {
            super("not visible", null, false, false);
        }
    }
}
