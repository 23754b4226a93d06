package jp.hataraku.identity.internal;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jp.hataraku.identity.Accounts;
import jp.hataraku.identity.Role;
import jp.hataraku.shared.TokyoClock;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One application on a known port (so WebAuthn origins and e-mailed links match), with a real
 * SMTP server, shared by all identity web tests so that Spring starts it once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
abstract class IdentityWebTestBase {

    static final int PORT = freePort();
    static final String PASSWORD = "a long and unusual passphrase";

    /**
     * One SMTP server for the whole run, like the one cached application context that points at
     * it (a per-class GreenMailExtension would come back on another port after the first class).
     */
    static final GreenMail MAIL = startMail();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("hataraku.base-url", () -> "http://localhost:" + PORT);
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
    }

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TokyoClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    Browser browser() {
        return new Browser(PORT);
    }

    static String uniqueEmail(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.jp";
    }

    long account(String email, Role... roles) {
        return accounts.createAccount(email, "テスト 太郎", PASSWORD,
                java.util.Arrays.stream(roles).map(r -> new Accounts.RoleGrant(r, r == Role.TOWN_STAFF ? 1 : 0)).toList());
    }

    String currentTotp(long accountId) {
        String secret = jdbc.sql("SELECT totp_secret FROM user_account WHERE id = :id").param("id", accountId)
                .query(String.class).single();
        return Totp.code(Base32.decode(secret), Totp.step(clock.now()));
    }

    void fixClock(Instant at) {
        clock.setFixed(at);
    }

    List<String> auditActions(String detail) {
        return jdbc.sql("SELECT action FROM audit_log WHERE detail = :d ORDER BY id").param("d", detail)
                .query(String.class).list();
    }

    private static GreenMail startMail() {
        GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mail.start();
        return mail;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
