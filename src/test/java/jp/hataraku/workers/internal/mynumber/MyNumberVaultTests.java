package jp.hataraku.workers.internal.mynumber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import jp.hataraku.identity.Audit;
import jp.hataraku.shared.TokyoClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest(properties = "hataraku.crypto.my-number-key=" + MyNumberVaultTests.KEY)
class MyNumberVaultTests {

    static final String KEY = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";
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
    MyNumberVault vault;
    @Autowired
    MyNumberRepository repository;
    @Autowired
    Audit audit;
    @Autowired
    TokyoClock clock;
    @Autowired
    JdbcClient jdbc;

    private final MyNumber number = MyNumber.parse("123456789011").orElseThrow();

    private int auditEntries(String action, long workerId) {
        return jdbc.sql("SELECT count(*) FROM audit_log WHERE action = :action AND target_type = 'worker' AND target_id = :id")
                .param("action", action).param("id", String.valueOf(workerId)).query(Integer.class).single();
    }

    @Test
    void stores_only_ciphertext_and_reads_the_number_back() {
        long worker = newWorker();
        vault.store(worker, 1, number);
        byte[] stored = jdbc.sql("SELECT ciphertext FROM worker_my_number WHERE worker_id = :id")
                .param("id", worker).query(byte[].class).single();
        assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("123456789011");
        assertThat(vault.isStored(worker)).isTrue();
        assertThat(vault.read(worker, "payment-record")).contains(number);
        assertThat(auditEntries("MY_NUMBER_STORED", worker)).isEqualTo(1);
    }

    @Test
    void every_read_writes_an_audit_entry_with_its_purpose() {
        long worker = newWorker();
        vault.store(worker, 1, number);
        vault.read(worker, "payment-record");
        vault.read(worker, "payment-record");
        assertThat(auditEntries("READ_SENSITIVE", worker)).isEqualTo(2);
        String detail = jdbc.sql("SELECT detail FROM audit_log WHERE action = 'READ_SENSITIVE' AND target_id = :id LIMIT 1")
                .param("id", String.valueOf(worker)).query(String.class).single();
        assertThat(detail).isEqualTo("my_number:payment-record").doesNotContain("123456789011");
    }

    @Test
    void a_worker_without_a_number_reads_as_empty_without_an_audit_entry() {
        long worker = newWorker();
        assertThat(vault.read(worker, "payment-record")).isEmpty();
        assertThat(vault.isStored(worker)).isFalse();
        assertThat(auditEntries("READ_SENSITIVE", worker)).isZero();
    }

    @Test
    void a_tampered_row_is_refused() {
        long worker = newWorker();
        vault.store(worker, 1, number);
        jdbc.sql("UPDATE worker_my_number SET ciphertext = overlay(ciphertext placing '\\x00'::bytea from 20 for 1) WHERE worker_id = :id")
                .param("id", worker).update();
        assertThatThrownBy(() -> vault.read(worker, "payment-record")).isInstanceOf(MyNumberCipher.SealBroken.class);
    }

    @Test
    void replacing_and_deleting_are_audited() {
        long worker = newWorker();
        vault.store(worker, 1, number);
        vault.store(worker, 1, MyNumber.parse("000000000019").orElseThrow());
        assertThat(auditEntries("MY_NUMBER_REPLACED", worker)).isEqualTo(1);
        assertThat(vault.delete(worker)).isTrue();
        assertThat(vault.isStored(worker)).isFalse();
        assertThat(auditEntries("MY_NUMBER_DELETED", worker)).isEqualTo(1);
    }

    @Test
    void numbers_sealed_with_an_old_key_are_reencrypted_under_the_new_one() {
        long worker = newWorker();
        vault.store(worker, 1, number);
        String newKey = MyNumberCipherTest.newKey();
        MyNumberVault rotated = new MyNumberVault(repository, audit, clock, MyNumberCipher.fromBase64(newKey, List.of(KEY)));
        assertThat(rotated.reencryptAll().reencrypted()).isGreaterThanOrEqualTo(1);
        String keyId = jdbc.sql("SELECT key_id FROM worker_my_number WHERE worker_id = :id").param("id", worker)
                .query(String.class).single();
        assertThat(keyId).isEqualTo(MyNumberCipher.fromBase64(newKey, List.of()).currentKeyId().orElseThrow());
        assertThat(rotated.read(worker, "test")).contains(number);
        MyNumberVault back = new MyNumberVault(repository, audit, clock, MyNumberCipher.fromBase64(KEY, List.of(newKey)));
        back.reencryptAll();
    }

    @Test
    void without_a_key_the_vault_says_it_is_disabled() {
        MyNumberVault off = new MyNumberVault(repository, audit, clock, MyNumberCipher.fromBase64(null, List.of()));
        assertThat(off.enabled()).isFalse();
        assertThatThrownBy(() -> off.store(ids.incrementAndGet(), 1, number)).isInstanceOf(MyNumberStorageDisabled.class);
        assertThatThrownBy(() -> off.read(1, "x")).isInstanceOf(MyNumberStorageDisabled.class);
    }
}
