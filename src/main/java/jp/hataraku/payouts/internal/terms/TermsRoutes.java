package jp.hataraku.payouts.internal.terms;

import jp.hataraku.identity.RouteAccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may call the terms and reward pages. A worker sees only their own documents (checked in the
 * handlers); staff see the acceptance of the jobs they run and the effective hourly rewards.
 */
@Configuration(proxyBeanMethods = false)
class TermsRoutes {

    static final String[] STAFF = {"CONTRACTOR_STAFF", "DIRECTOR", "SYSTEM_ADMIN"};
    private static final String ID = "{id:\\d+}";
    private static final String JOB = "{jobId:\\d+}";

    @Bean
    RouteAccessRules termsRouteRules() {
        return routes -> routes
                .requestMatchers(HttpMethod.GET, "/me/terms", "/me/terms/" + ID, "/me/terms/" + ID + "/pdf").hasRole("WORKER")
                .requestMatchers(HttpMethod.POST, "/me/terms/" + ID + "/accept").hasRole("WORKER")
                .requestMatchers(HttpMethod.GET, "/payouts/terms/jobs/" + JOB, "/payouts/rewards").hasAnyRole(STAFF)
                .requestMatchers(HttpMethod.POST, "/payouts/terms/jobs/" + JOB + "/reissue").hasAnyRole(STAFF);
    }
}
