package jp.hataraku.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import jp.hataraku.identity.AccountSummary;
import jp.hataraku.identity.Accounts;
import jp.hataraku.identity.Role;
import org.junit.jupiter.api.Test;

/** What identity offers other modules for accounts they open: a mailed password link, and who holds a role. */
class AccountsForOtherModulesTest extends IdentityWebTestBase {

    @Test
    void an_account_opened_for_someone_gets_a_link_to_choose_a_password() throws Exception {
        String email = uniqueEmail("client");
        accounts.createAccount(email, "山本 一郎", "an unknown random secret value",
                List.of(new Accounts.RoleGrant(Role.CLIENT_USER, 7)));
        int before = MAIL.getReceivedMessages().length;

        accounts.sendPasswordSetupLink(email, Locale.JAPANESE);

        assertThat(MAIL.waitForIncomingEmail(5000, before + 1)).isTrue();
        var mail = MAIL.getReceivedMessages()[before];
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(email);
        assertThat((String) mail.getContent()).contains("/password-reset/");
    }

    @Test
    void holders_of_a_role_are_those_scoped_to_it_or_unscoped_and_enabled() {
        String unscoped = uniqueEmail("staff");
        String scoped = uniqueEmail("staff");
        String elsewhere = uniqueEmail("staff");
        String disabled = uniqueEmail("staff");
        long contractor = 900_000 + (long) (Math.random() * 1000);
        accounts.createAccount(unscoped, "全体", PASSWORD, List.of(Accounts.RoleGrant.of(Role.CONTRACTOR_STAFF)));
        accounts.createAccount(scoped, "当公社", PASSWORD, List.of(new Accounts.RoleGrant(Role.CONTRACTOR_STAFF, contractor)));
        accounts.createAccount(elsewhere, "他公社", PASSWORD,
                List.of(new Accounts.RoleGrant(Role.CONTRACTOR_STAFF, contractor + 1)));
        long off = accounts.createAccount(disabled, "無効", PASSWORD, List.of(Accounts.RoleGrant.of(Role.CONTRACTOR_STAFF)));
        jdbc.sql("UPDATE user_account SET enabled = false WHERE id = :id").param("id", off).update();

        List<String> emails = accounts.holdersOf(Role.CONTRACTOR_STAFF, contractor).stream()
                .map(AccountSummary::email).toList();

        assertThat(emails).contains(unscoped, scoped).doesNotContain(elsewhere, disabled);
        assertThat(accounts.holdersOf(Role.FACILITY_OPERATOR, contractor)).extracting(AccountSummary::email)
                .doesNotContain(unscoped);
    }
}
