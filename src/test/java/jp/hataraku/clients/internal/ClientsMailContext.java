package jp.hataraku.clients.internal;

import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jp.hataraku.clients.PortalSection;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The one application context of the clients tests that need more than the shared ones: a real
 * SMTP server (GreenMail) and a portal section contributed the way another module would. One
 * context for all of them, so that the test run holds as few database pools as it can.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(ClientsMailContext.TestSection.class)
abstract class ClientsMailContext {

    static final GreenMail MAIL = start();

    private static GreenMail start() {
        GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mail.start();
        return mail;
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
    }

    /** A portal section as the jobs module will add one. */
    @TestConfiguration
    static class TestSection {
        @Bean
        PortalSection testSection() {
            return new PortalSection() {
                @Override
                public String template() {
                    return "clientstest/portal";
                }

                @Override
                public Map<String, Object> model(long clientId) {
                    return Map.of("heading", "進行中の業務", "text", "顧客 " + clientId + " の業務");
                }
            };
        }
    }
}
