package jp.hataraku.billing;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import jp.hataraku.clients.ClientType;
import jp.hataraku.clients.Clients;
import jp.hataraku.identity.Accounts;
import jp.hataraku.identity.Role;
import jp.hataraku.organization.Organizations;
import jp.hataraku.shared.CorporateNumber;
import jp.hataraku.workers.WorkerFixtures;
import org.springframework.stereotype.Component;

/** Builds what billing tests need through the modules' public APIs: a registered contractor of its own per test, its clients, staff. */
@Component
public class BillingFixtures {

    private final Organizations organizations;
    private final Clients clients;
    private final Accounts accounts;

    BillingFixtures(Organizations organizations, Clients clients, Accounts accounts) {
        this.organizations = organizations;
        this.clients = clients;
        this.accounts = accounts;
    }

    /** A fresh corporate number with a valid check digit. */
    public static String corporateNumber() {
        StringBuilder twelve = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            twelve.append(ThreadLocalRandom.current().nextInt(i == 0 ? 1 : 0, 10));
        }
        return CorporateNumber.checkDigit(twelve.toString()) + twelve.toString();
    }

    /** A contractor of its own (so its invoice numbers start at 1) with a registration number; answers its id. */
    public long contractor() {
        String corporate = corporateNumber();
        return organizations.registerContractor(new Organizations.NewContractor("請求テスト公社", "せいきゅうてすとこうしゃ",
                corporate, "T" + corporate, "3990000", "長野県請求町1-1"));
    }

    /** The contractor's registration number as printed. */
    public String registrationNumber(long contractorId) {
        return organizations.contractor(contractorId).orElseThrow().registrationNumber().orElseThrow();
    }

    public long client(long contractorId, ClientType type) {
        return clients.create(new Clients.NewClient(contractorId, "株式会社請求先", "かぶしきがいしゃせいきゅうさき", type,
                Optional.empty()));
    }

    /** A contractor staff account; answers its e-mail (password {@link WorkerFixtures#PASSWORD}). */
    public String staff() {
        String email = WorkerFixtures.uniqueEmail("billing-staff");
        accounts.createAccount(email, "請求 担当", WorkerFixtures.PASSWORD, List.of(Accounts.RoleGrant.of(Role.CONTRACTOR_STAFF)));
        return email;
    }
}
