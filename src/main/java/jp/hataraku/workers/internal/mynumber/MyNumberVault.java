package jp.hataraku.workers.internal.mynumber;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jp.hataraku.identity.Audit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import jp.hataraku.shared.TokyoClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps workers' My Numbers encrypted (RULES-JP §6). The only way to the number is
 * {@link #read(long, String)}, which writes an audit entry naming who read whose number and why.
 * Storage is off unless {@code hataraku.crypto.my-number-key} (env {@code HATARAKU_MY_NUMBER_KEY})
 * holds base64 of 32 bytes; then every method but {@link #enabled()} and {@link #isStored(long)}
 * throws {@link MyNumberStorageDisabled}. Callers check the back-office role before calling.
 */
@Service
public class MyNumberVault {

    private static final Logger log = LoggerFactory.getLogger(MyNumberVault.class);
    static final String TARGET_TYPE = "worker";

    private final MyNumberRepository repository;
    private final MyNumberCipher cipher;
    private final Audit audit;
    private final TokyoClock clock;

    @Autowired
    MyNumberVault(MyNumberRepository repository, Audit audit, TokyoClock clock,
            @Value("${hataraku.crypto.my-number-key:${HATARAKU_MY_NUMBER_KEY:}}") String key,
            @Value("${hataraku.crypto.my-number-old-keys:}") List<String> oldKeys) {
        this(repository, audit, clock, MyNumberCipher.fromBase64(key, oldKeys));
        if (cipher.enabled()) {
            log.info("My Number storage enabled, current key id {}", cipher.currentKeyId().orElseThrow());
        } else {
            log.info("My Number storage disabled: no hataraku.crypto.my-number-key (HATARAKU_MY_NUMBER_KEY) configured");
        }
    }

    MyNumberVault(MyNumberRepository repository, Audit audit, TokyoClock clock, MyNumberCipher cipher) {
        this.repository = repository;
        this.cipher = cipher;
        this.audit = audit;
        this.clock = clock;
    }

    /** False when no key is configured: pages then say that My Numbers are not kept here. */
    public boolean enabled() {
        return cipher.enabled();
    }

    /** Whether a number is on file, without decrypting it (no audit entry). */
    public boolean isStored(long workerId) {
        return repository.exists(workerId);
    }

    @Transactional
    public void store(long workerId, long municipalityId, MyNumber number) {
        MyNumberCipher.Sealed sealed = cipher.seal(workerId, number.digits());
        boolean created = repository.upsert(workerId, municipalityId, sealed, clock.now());
        audit.change(created ? "MY_NUMBER_STORED" : "MY_NUMBER_REPLACED", TARGET_TYPE, workerId, null, null);
    }

    /**
     * The decrypted number, audited as a sensitive read with {@code purpose} (e.g. "payment-record").
     *
     * @throws MyNumberCipher.SealBroken when the stored value was tampered with or its key is gone
     */
    @Transactional
    public Optional<MyNumber> read(long workerId, String purpose) {
        if (!cipher.enabled()) {
            throw new MyNumberStorageDisabled();
        }
        Optional<MyNumberCipher.Sealed> sealed = repository.find(workerId);
        if (sealed.isEmpty()) {
            return Optional.empty();
        }
        audit.sensitiveRead("my_number:" + purpose, TARGET_TYPE, workerId);
        String digits = cipher.open(workerId, sealed.get());
        return Optional.of(MyNumber.parse(digits)
                .orElseThrow(() -> new MyNumberCipher.SealBroken("Stored value is not a My Number", null)));
    }

    /** Deletes the number when it is no longer needed; true when there was one. */
    @Transactional
    public boolean delete(long workerId) {
        boolean deleted = repository.delete(workerId);
        if (deleted) {
            audit.change("MY_NUMBER_DELETED", TARGET_TYPE, workerId, null, null);
        }
        return deleted;
    }

    /** What a re-encryption did: how many values moved to the current key, and which could not be opened. */
    public record Rekeyed(int reencrypted, List<Long> unreadableWorkerIds) {
    }

    /**
     * Re-seals every number sealed with an old key under the current key. A value that does not open
     * (tampered, or its key no longer configured) is left as it is and named in the result.
     */
    @Transactional
    public Rekeyed reencryptAll() {
        String current = cipher.currentKeyId().orElseThrow(MyNumberStorageDisabled::new);
        int done = 0;
        List<Long> unreadable = new ArrayList<>();
        for (long workerId : repository.workersSealedWithOtherKeys(current)) {
            MyNumberCipher.Sealed old = repository.find(workerId).orElseThrow();
            try {
                repository.replace(workerId, cipher.seal(workerId, cipher.open(workerId, old)), clock.now());
                done++;
            } catch (MyNumberCipher.SealBroken e) {
                unreadable.add(workerId);
            }
        }
        audit.event("MY_NUMBER_REKEYED", done + " values re-encrypted under key " + current
                + (unreadable.isEmpty() ? "" : ", unreadable for workers " + unreadable));
        return new Rekeyed(done, List.copyOf(unreadable));
    }
}
