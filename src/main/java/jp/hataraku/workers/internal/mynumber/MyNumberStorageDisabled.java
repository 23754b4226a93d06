package jp.hataraku.workers.internal.mynumber;

/**
 * My Number storage is off: no key is configured ({@code hataraku.crypto.my-number-key} /
 * {@code HATARAKU_MY_NUMBER_KEY}). Not storing My Numbers is the default (RULES-JP §6): pages
 * check {@link MyNumberVault#enabled()} and say so (message {@link #MESSAGE_CODE}).
 */
public class MyNumberStorageDisabled extends RuntimeException {

    public static final String MESSAGE_CODE = "workerdata.mynumber.disabled";

    public MyNumberStorageDisabled() {
        super("My Number storage is disabled: set hataraku.crypto.my-number-key (HATARAKU_MY_NUMBER_KEY) "
                + "to base64 of 32 random bytes to enable it");
    }
}
