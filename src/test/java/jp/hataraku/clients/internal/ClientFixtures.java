package jp.hataraku.clients.internal;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.List;
import java.util.UUID;

import jp.hataraku.identity.Accounts;
import jp.hataraku.identity.Role;
import jp.hataraku.organization.Organizations;
import jp.hataraku.organization.Organizations.NewContractor;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Small builders for the clients tests: a contractor, people with a role, signed in as the app's own principal. */
final class ClientFixtures {

    static final String PASSWORD = "clients-test-Secret-2026";

    private ClientFixtures() {
    }

    static String uniqueEmail(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@clients.test";
    }

    static long contractor(Organizations organizations) {
        return organizations.registerContractor(new NewContractor("一般財団法人テスト振興公社", "てすとしんこうこうしゃ",
                "6100005001234", "T6100005001234", "3990000", "長野県テスト町1-1"));
    }

    /** A person holding {@code role} (for {@code scope}), signed in past the second factor. */
    static RequestPostProcessor as(Accounts accounts, UserDetailsService users, Role role, long scope) {
        String email = uniqueEmail(role.name().toLowerCase());
        accounts.createAccount(email, "テスト " + role, PASSWORD, List.of(new Accounts.RoleGrant(role, scope)));
        return user(users.loadUserByUsername(email));
    }
}
