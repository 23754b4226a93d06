package jp.hataraku.workers.internal.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class BankAccountStoreTests {

    private static final AtomicLong ids = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    @Autowired
    jp.hataraku.workers.Workers workers;
    @Autowired
    jp.hataraku.organization.Organizations organizations;

    /** A registered worker: the private-data tables refer to worker(id) (V8). */
    private long newWorker() {
        long town = organizations.registerMunicipality("丙町" + ids.incrementAndGet(), "へいちょう", "20", 1000);
        return workers.apply(jp.hataraku.workers.WorkerFixtures.application(town));
    }

    @Autowired
    BankAccountStore store;
    @Autowired
    JdbcClient jdbc;

    @Test
    void a_valid_form_takes_names_from_the_directory_pads_the_number_and_converts_the_holder() {
        BankAccountStore.Validated result = store.validate(new BankAccountForm("０００１", "001", "1", "12345", "やまだ　はなこ"));
        assertThat(result.ok()).isTrue();
        assertThat(result.account()).get().isEqualTo(
                new WorkerBankAccount("0001", "みずほ", "001", "東京営業部", 1, "0012345", "ﾔﾏﾀﾞ ﾊﾅｺ"));
        assertThat(result.account().get().toString()).doesNotContain("12345");
    }

    @Test
    void problems_are_reported_per_field_naming_the_character_zengin_cannot_carry() {
        BankAccountStore.Validated result = store.validate(new BankAccountForm("0001", "999", "3", "12345678", "山田はなこ"));
        assertThat(result.ok()).isFalse();
        assertThat(result.errors()).extracting(BankAccountStore.FieldError::field, BankAccountStore.FieldError::code)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("branchCode", "workerdata.branch.code.unknown"),
                        org.assertj.core.groups.Tuple.tuple("accountType", "workerdata.bank.account-type.invalid"),
                        org.assertj.core.groups.Tuple.tuple("accountNumber", "workerdata.bank.account-number.invalid"),
                        org.assertj.core.groups.Tuple.tuple("holderName", "workerdata.bank.holder-kana.invalid"));
        assertThat(result.errors().get(3).args()).containsExactly("山");
        assertThat(store.validate(new BankAccountForm("0000", "001", "1", "1", "ｱ")).errors())
                .extracting(BankAccountStore.FieldError::code).containsExactly("workerdata.bank.code.unknown");
        assertThat(store.validate(new BankAccountForm("9900", "018", "1", "1", "ア".repeat(31))).errors())
                .extracting(BankAccountStore.FieldError::field, BankAccountStore.FieldError::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("holderName", "shared.zengin.tooLong"));
        assertThat(store.validate(new BankAccountForm("9900", "018", "1", "1", "ｱ＆ｲ")).errors().get(0).args())
                .containsExactly("＆");
    }

    @Test
    void saving_then_reading_is_audited_without_the_account_number() {
        long worker = newWorker();
        WorkerBankAccount account = store.validate(new BankAccountForm("9900", "018", "1", "1234567", "スズキ イチロウ"))
                .account().orElseThrow();
        store.save(worker, 1, account);
        store.save(worker, 1, account);
        assertThat(store.read(worker, "payout")).contains(account);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'READ_SENSITIVE' AND target_id = :id")
                .param("id", String.valueOf(worker)).query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT after_state::text FROM audit_log WHERE action = 'BANK_ACCOUNT_SAVED' AND target_id = :id LIMIT 1")
                .param("id", String.valueOf(worker)).query(String.class).single()).doesNotContain("1234567");
        assertThat(store.read(ids.incrementAndGet(), "payout")).isEmpty();
    }
}
