package jp.hataraku.clients.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import jp.hataraku.clients.ClientType;
import jp.hataraku.clients.Clients;
import jp.hataraku.clients.Clients.AgreementKind;
import jp.hataraku.clients.Clients.NewClient;
import jp.hataraku.identity.Accounts;
import jp.hataraku.identity.Role;
import jp.hataraku.organization.Organizations;
import jp.hataraku.shared.TokyoClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** Mail through a real SMTP server (GreenMail): renewal reminders once, and portal sign-in links. */
class ClientMailTests extends ClientsMailContext {

    @Autowired
    RenewalReminders reminders;
    @Autowired
    Clients clients;
    @Autowired
    Organizations organizations;
    @Autowired
    Accounts accounts;
    @Autowired
    UserDetailsService users;
    @Autowired
    AgreementRepository agreements;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TokyoClock clock;
    @Autowired
    MockMvc mvc;

    String staffEmail;
    long contractor;

    @BeforeEach
    void setUp() {
        // Reminders already due from other tests of this class are sent and out of the way.
        reminders.run();
        contractor = ClientFixtures.contractor(organizations);
        staffEmail = ClientFixtures.uniqueEmail("staff");
        accounts.createAccount(staffEmail, "公社 担当", ClientFixtures.PASSWORD,
                List.of(Accounts.RoleGrant.of(Role.CONTRACTOR_STAFF)));
    }

    private long clientEnding(String name, int daysLeft) {
        long client = clients.create(new NewClient(contractor, name, "かな", ClientType.IN_TOWN, Optional.empty()));
        clients.recordAgreement(client, AgreementKind.SERVICE_CONTRACT, clock.today().minusYears(1),
                clock.today().plusDays(daysLeft));
        return client;
    }

    /** The distinct mails addressed to {@code email} (GreenMail keeps one copy per recipient). */
    private List<MimeMessage> mailsTo(String email) {
        java.util.Map<String, MimeMessage> byId = new java.util.LinkedHashMap<>();
        for (MimeMessage m : MAIL.getReceivedMessages()) {
            if (GreenMailUtil.getAddressList(recipients(m)).contains(email)) {
                byId.putIfAbsent(messageId(m), m);
            }
        }
        return List.copyOf(byId.values());
    }

    private static String messageId(MimeMessage m) {
        try {
            return m.getMessageID();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(MimeMessage m) throws Exception {
        return (String) m.getContent();
    }

    private static jakarta.mail.Address[] recipients(MimeMessage m) {
        try {
            return m.getAllRecipients();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void contractor_staff_are_told_once_about_an_agreement_nearing_its_end() throws Exception {
        clientEnding("更新間近株式会社", 20);
        clientEnding("まだ先株式会社", 90);

        assertThat(reminders.run()).isEqualTo(1);
        assertThat(reminders.run()).as("the second run the same day").isZero();

        List<MimeMessage> mails = mailsTo(staffEmail);
        assertThat(mails).hasSize(1);
        String body = text(mails.get(0));
        assertThat(mails.get(0).getSubject()).contains("更新が近い契約");
        assertThat(body).contains("/clients/renewals").contains("更新間近株式会社").doesNotContain("まだ先株式会社");
    }

    @Test
    void two_instances_running_at_once_send_one_mail() throws Exception {
        clientEnding("同時実行株式会社", 5);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> a = pool.submit(reminders::run);
            Future<Integer> b = pool.submit(reminders::run);
            assertThat(a.get(30, TimeUnit.SECONDS) + b.get(30, TimeUnit.SECONDS)).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(mailsTo(staffEmail)).hasSize(1);
        assertThat(jdbc.sql("""
                SELECT count(*) FROM agreement_reminder_sent s JOIN agreement a ON a.id = s.agreement_id
                WHERE a.contractor_id = :c
                """).param("c", contractor).query(Long.class).single()).as("60, 30 and 7 days all recorded").isEqualTo(3);
    }

    @Test
    void while_another_instance_holds_the_lock_nothing_is_sent() throws Exception {
        clientEnding("ロック中株式会社", 10);
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread holder = new Thread(() -> tx.executeWithoutResult(s -> {
            agreements.tryTransactionLock(RenewalReminders.LOCK_KEY);
            locked.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        holder.start();
        try {
            assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(reminders.run()).isZero();
            assertThat(mailsTo(staffEmail)).isEmpty();
        } finally {
            release.countDown();
            holder.join();
        }
        assertThat(reminders.run()).isEqualTo(1);
    }

    @Test
    void staff_open_a_portal_sign_in_and_the_contact_is_mailed_a_link_not_a_password() throws Exception {
        long client = clientEnding("ポータル株式会社", 300);
        String contactEmail = ClientFixtures.uniqueEmail("contact");
        var staff = ClientFixtures.as(accounts, users, Role.CONTRACTOR_STAFF, 0);
        mvc.perform(post("/clients/" + client + "/contacts/new").with(staff).with(csrf()).param("name", "山本 一郎")
                .param("email", contactEmail)).andExpect(status().is3xxRedirection());
        long contact = jdbc.sql("SELECT id FROM client_contact WHERE client_id = :c").param("c", client)
                .query(Long.class).single();

        mvc.perform(post("/clients/" + client + "/contacts/" + contact + "/portal-account").with(staff).with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(MAIL.waitForIncomingEmail(10_000, 1)).isTrue();
        long deadline = System.currentTimeMillis() + 10_000;
        while (mailsTo(contactEmail).isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        List<MimeMessage> mails = mailsTo(contactEmail);
        assertThat(mails).hasSize(1);
        assertThat(text(mails.get(0))).contains("/password-reset/");
        var principal = users.loadUserByUsername(contactEmail);
        assertThat(principal.getAuthorities()).extracting(Object::toString).contains("ROLE_CLIENT_USER");
        assertThat(jdbc.sql("SELECT scope_id FROM user_role r JOIN user_account a ON a.id = r.user_id WHERE a.email = :e")
                .param("e", contactEmail).query(Long.class).single()).isEqualTo(client);
        assertThat(jdbc.sql("SELECT account_id FROM client_contact WHERE id = :id").param("id", contact)
                .query(Long.class).single()).isNotNull();

        // A second time changes nothing and sends nothing.
        mvc.perform(post("/clients/" + client + "/contacts/" + contact + "/portal-account").with(staff).with(csrf()))
                .andExpect(status().is3xxRedirection());
        Thread.sleep(300);
        assertThat(mailsTo(contactEmail)).hasSize(1);
    }
}
