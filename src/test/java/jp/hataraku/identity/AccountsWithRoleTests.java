package jp.hataraku.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class AccountsWithRoleTests {

    @Autowired
    Accounts accounts;

    @Test
    void lists_the_accounts_holding_a_role_and_no_others() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long director = accounts.createAccount("dir-" + tag + "@example.jp", "監督 " + tag, "a long enough pass 2026",
                List.of(Accounts.RoleGrant.of(Role.DIRECTOR), Accounts.RoleGrant.of(Role.WORKER)));
        long staff = accounts.createAccount("staff-" + tag + "@example.jp", "職員 " + tag, "a long enough pass 2026",
                List.of(Accounts.RoleGrant.of(Role.CONTRACTOR_STAFF)));

        List<AccountSummary> directors = accounts.withRole(Role.DIRECTOR);

        assertThat(directors).extracting(AccountSummary::accountId).contains(director).doesNotContain(staff);
        assertThat(directors).filteredOn(a -> a.accountId() == director).singleElement()
                .satisfies(a -> {
                    assertThat(a.displayName()).isEqualTo("監督 " + tag);
                    assertThat(a.email()).isEqualTo("dir-" + tag + "@example.jp");
                });
    }
}
