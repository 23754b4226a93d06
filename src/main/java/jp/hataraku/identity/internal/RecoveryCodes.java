package jp.hataraku.identity.internal;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jp.hataraku.shared.TokyoClock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Ten single-use codes for a lost authenticator; only their SHA-256 is stored. */
@Repository
class RecoveryCodes {

    static final int COUNT = 10;
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

    private final JdbcClient jdbc;
    private final TokyoClock clock;
    private final SecureRandom random = new SecureRandom();

    RecoveryCodes(JdbcClient jdbc, TokyoClock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Drops any old codes and returns ten new ones, in clear text for the only time. */
    List<String> replace(long accountId) {
        jdbc.sql("DELETE FROM recovery_code WHERE user_id = :id").param("id", accountId).update();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < COUNT; i++) {
            String code = newCode();
            codes.add(code);
            jdbc.sql("INSERT INTO recovery_code (user_id, code_hash) VALUES (:id, :hash)")
                    .param("id", accountId).param("hash", Hashes.sha256(normalise(code))).update();
        }
        return codes;
    }

    /** Uses the code up; false when it is unknown or already used. */
    boolean use(long accountId, String code) {
        if (code == null || normalise(code).length() != 10) {
            return false;
        }
        return jdbc.sql("""
                UPDATE recovery_code SET used_at = :now
                WHERE id = (SELECT id FROM recovery_code
                            WHERE user_id = :id AND code_hash = :hash AND used_at IS NULL
                            LIMIT 1 FOR UPDATE)
                """)
                .param("now", java.sql.Timestamp.from(clock.now()))
                .param("id", accountId).param("hash", Hashes.sha256(normalise(code))).update() == 1;
    }

    private String newCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            if (i == 5) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    private static String normalise(String code) {
        return code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    }
}
