package jp.hataraku.jobs.internal.pages;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import jp.hataraku.clients.ClientType;
import jp.hataraku.clients.Clients;
import jp.hataraku.identity.Accounts;
import jp.hataraku.identity.Role;
import jp.hataraku.jobs.FieldType;
import jp.hataraku.jobs.JobDetails;
import jp.hataraku.jobs.Jobs;
import jp.hataraku.jobs.TaskTemplate;
import jp.hataraku.jobs.TemplateField;
import jp.hataraku.organization.Organizations;
import jp.hataraku.workers.Application;
import jp.hataraku.workers.Circumstance;
import jp.hataraku.workers.Device;
import jp.hataraku.workers.Gender;
import jp.hataraku.workers.ReferralSource;
import jp.hataraku.workers.TimeBand;
import jp.hataraku.workers.WorkKind;
import jp.hataraku.workers.WorkPlace;
import jp.hataraku.workers.Workers;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** A contractor with a client under contract and NDA, staff, directors and workers, for the job page tests. */
final class JobFixtures {

    static final String PASSWORD = "correct horse battery staple";
    static final LocalDate DUE = LocalDate.of(2030, 3, 31);

    final long contractor;
    final long town;
    final long client;
    final long clientWithoutAgreements;

    JobFixtures(Organizations organizations, Clients clients, LocalDate today) {
        town = organizations.registerMunicipality("業務町", "ぎょうむちょう", "20", 7000);
        contractor = organizations.registerContractor(new Organizations.NewContractor("業務テスト振興公社",
                "ぎょうむてすとしんこうこうしゃ", "8100005012345", "T8100005012345", "3990000", "長野県業務町1-1"));
        organizations.serve(contractor, town);
        client = clients.create(new Clients.NewClient(contractor, "株式会社あおぞら商事", "あおぞらしょうじ",
                ClientType.LISTED_COMPANY, Optional.empty()));
        clients.recordAgreement(client, Clients.AgreementKind.SERVICE_CONTRACT, today.minusDays(30), today.plusYears(1));
        clients.recordAgreement(client, Clients.AgreementKind.NDA, today.minusDays(30), today.plusYears(1));
        clientWithoutAgreements = clients.create(new Clients.NewClient(contractor, "有限会社みどり", "みどり",
                ClientType.IN_PREFECTURE, Optional.empty()));
    }

    static String uniqueEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.jp";
    }

    /** A new account with one role; returns its id. */
    static long account(Accounts accounts, String email, String name, Role role, long scope) {
        return accounts.createAccount(email, name, PASSWORD, List.of(new Accounts.RoleGrant(role, scope)));
    }

    /** An active worker (applied, briefed, terms accepted); returns the worker id. */
    long activeWorker(Workers workers, String name, String kana) {
        long id = applicant(workers, name, kana);
        workers.markBriefed(id, LocalDate.of(2026, 4, 5));
        workers.acceptTerms(id, Workers.CURRENT_TERMS_VERSION, LocalDate.of(2026, 4, 6));
        return id;
    }

    long applicant(Workers workers, String name, String kana) {
        Application a = new Application(name, kana, LocalDate.of(1990, 5, 1), Gender.FEMALE, town, "3890000",
                "長野県業務町1-2-3", "090-1234-5678", uniqueEmail("w"), Set.of(WorkKind.DATA_ENTRY), 10,
                Set.of(TimeBand.MORNING), WorkPlace.HOME, Set.of(Device.PC), null, Set.of(Circumstance.RAISING_CHILDREN),
                true, ReferralSource.SEMINAR, Workers.CURRENT_PRIVACY_NOTICE_VERSION, PASSWORD);
        return workers.apply(a, LocalDate.of(2026, 4, 1));
    }

    static TaskTemplate cardTemplate() {
        return new TaskTemplate(List.of(TemplateField.of("company", "会社名", FieldType.TEXT, true),
                TemplateField.of("person", "氏名", FieldType.TEXT, true)));
    }

    JobDetails job(String title, Long director) {
        JobDetails base = JobDetails.pool(contractor, client, title, WorkKind.DATA_ENTRY, DUE, cardTemplate(), 2, 30, 12);
        return withDirector(base, director);
    }

    static JobDetails withDirector(JobDetails d, Long director) {
        return new JobDetails(d.contractorId(), d.clientId(), d.title(), d.workKind(), d.mode(), d.description(),
                d.deliverableFormat(), d.dueDate(), d.priceModel(), d.clientUnitPrice(), d.reward(), d.qualifications(),
                d.confidentiality(), d.template(), d.overlap(), d.goldRatePercent(), d.leaseMinutes(),
                d.qualityThreshold(), d.dailyCap(), d.aql(), Optional.ofNullable(director));
    }

    long createJob(Jobs jobs, String title, Long director) {
        return jobs.create(job(title, director));
    }

    /** Signs in through the real form; staff continue as their own principal after the password step. */
    static RequestPostProcessor signIn(MockMvc mvc, String email) throws Exception {
        MvcResult result = mvc.perform(post("/login").with(csrf()).param("username", email).param("password", PASSWORD))
                .andReturn();
        String target = result.getResponse().getRedirectedUrl();
        if (target == null || target.contains("error")) {
            throw new IllegalStateException("sign-in failed for " + email);
        }
        Cookie[] cookies = result.getResponse().getCookies();
        RequestPostProcessor session = request -> {
            request.setCookies(cookies);
            return request;
        };
        if (target.contains("/login/totp")) {
            UserDetailsService accounts = mvc.getDispatcherServlet().getWebApplicationContext()
                    .getBean(UserDetailsService.class);
            RequestPostProcessor principal = user(accounts.loadUserByUsername(email));
            return request -> principal.postProcessRequest(session.postProcessRequest(request));
        }
        return session;
    }
}
