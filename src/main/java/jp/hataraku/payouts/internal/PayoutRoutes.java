package jp.hataraku.payouts.internal;

import jp.hataraku.identity.RouteAccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may call the closing, ledger, settings, notice and deadline pages: contractor staff and
 * administrators (directors do not handle pay); a worker only their own payments under /me/payments,
 * which the handlers restrict to the worker's own record.
 */
@Configuration(proxyBeanMethods = false)
class PayoutRoutes {

    static final String[] PAY_STAFF = {"CONTRACTOR_STAFF", "SYSTEM_ADMIN"};

    @Bean
    RouteAccessRules payoutRouteRules() {
        return routes -> routes
                .requestMatchers("/payouts", "/payouts/periods", "/payouts/periods/*", "/payouts/periods/*/progress",
                        "/payouts/periods/*/run", "/payouts/periods/*/confirm", "/payouts/periods/*/payment-date",
                        "/payouts/periods/*/workers/*",
                        "/payouts/periods/*/workers/*/pdf", "/payouts/settings", "/payouts/lines",
                        "/payouts/deadlines").hasAnyRole(PAY_STAFF)
                .requestMatchers("/me/payments", "/me/payments/*").hasRole("WORKER");
    }
}
