package jp.hataraku.clients.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jp.hataraku.identity.AccountSummary;
import jp.hataraku.identity.Accounts;
import jp.hataraku.identity.Role;
import jp.hataraku.shared.JapaneseDates;
import jp.hataraku.shared.TokyoClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every morning, contractor staff get one e-mail per contractor naming the signed agreements that
 * just came within 60, 30 or 7 days of their end. With several instances only one runs (a
 * PostgreSQL advisory lock held for the transaction), and each agreement and threshold is
 * mailed once (a row in {@code agreement_reminder_sent}, written in the same transaction as the
 * mail is sent, so a failed send is tried again the next day).
 */
@Component
class RenewalReminders {

    /** Days before the last day at which a reminder goes out. */
    static final List<Integer> THRESHOLDS = List.of(60, 30, 7);
    /** The advisory lock key of this job (any fixed number unique in the application). */
    static final long LOCK_KEY = 0x4841_5441_0009_0001L;

    private static final Logger log = LoggerFactory.getLogger(RenewalReminders.class);

    private final AgreementRepository agreements;
    private final ClientRepository clients;
    private final Accounts accounts;
    private final JavaMailSender mail;
    private final MessageSource messages;
    private final JapaneseDates dates;
    private final TokyoClock clock;
    private final String from;
    private final String baseUrl;

    RenewalReminders(AgreementRepository agreements, ClientRepository clients, Accounts accounts, JavaMailSender mail,
            MessageSource messages, JapaneseDates dates, TokyoClock clock, @Value("${hataraku.mail.from}") String from,
            @Value("${hataraku.base-url}") String baseUrl) {
        this.agreements = agreements;
        this.clients = clients;
        this.accounts = accounts;
        this.mail = mail;
        this.messages = messages;
        this.dates = dates;
        this.clock = clock;
        this.from = from;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @Scheduled(cron = "${hataraku.clients.reminder-cron:0 0 8 * * *}", zone = "Asia/Tokyo")
    void daily() {
        try {
            int sent = run();
            if (sent > 0) {
                log.info("Sent {} agreement renewal reminder mail(s)", sent);
            }
        } catch (RuntimeException e) {
            log.warn("Agreement renewal reminders failed; they are tried again tomorrow: {}", e.getMessage());
        }
    }

    /** Sends today's reminders; the number of mails sent (0 when another instance holds the lock). */
    @Transactional
    int run() {
        if (!agreements.tryTransactionLock(LOCK_KEY)) {
            return 0;
        }
        LocalDate today = clock.today();
        int longest = THRESHOLDS.stream().max(Integer::compare).orElseThrow();
        Map<Long, List<Agreement>> due = new LinkedHashMap<>();
        for (Agreement a : agreements.signedEndingBetween(today, today.plusDays(longest))) {
            boolean fresh = false;
            for (int threshold : THRESHOLDS) {
                if (a.daysLeft(today) <= threshold && agreements.markReminded(a, threshold)) {
                    fresh = true;
                }
            }
            if (fresh) {
                due.computeIfAbsent(a.contractorId(), k -> new ArrayList<>()).add(a);
            }
        }
        int mails = 0;
        for (Map.Entry<Long, List<Agreement>> e : due.entrySet()) {
            List<AccountSummary> staff = accounts.holdersOf(Role.CONTRACTOR_STAFF, e.getKey());
            if (staff.isEmpty()) {
                continue;
            }
            mail.send(message(staff, e.getValue(), today));
            mails++;
        }
        return mails;
    }

    private SimpleMailMessage message(List<AccountSummary> to, List<Agreement> ending, LocalDate today) {
        Locale ja = Locale.JAPANESE;
        String lines = ending.stream().map(a -> messages.getMessage("clients.reminder.mail.line", new Object[] {
                clients.find(a.clientId()).map(ClientRecord::name).orElse("#" + a.clientId()),
                messages.getMessage("clients.agreement.kind." + a.kind().name(), null, ja),
                dates.display(a.to(), ja), a.daysLeft(today)}, ja)).collect(Collectors.joining("\n"));
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to.stream().map(AccountSummary::email).toArray(String[]::new));
        message.setSubject(messages.getMessage("clients.reminder.mail.subject", new Object[] {ending.size()}, ja));
        message.setText(messages.getMessage("clients.reminder.mail.body",
                new Object[] {lines, baseUrl + "/clients/renewals"}, ja));
        return message;
    }
}
