package jp.hataraku.billing.internal;

import jp.hataraku.identity.RouteAccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may call the billing routes: invoices and receivables are the contractor's office work
 * (contractor staff and administrators); a client user sees their own companies' invoices on the
 * portal (checked in the handler).
 */
@Configuration(proxyBeanMethods = false)
class BillingRoutes {

    static final String[] STAFF = {"CONTRACTOR_STAFF", "SYSTEM_ADMIN"};

    @Bean
    RouteAccessRules billingRouteRules() {
        return routes -> routes
                .requestMatchers("/billing", "/billing/**").hasAnyRole(STAFF)
                .requestMatchers(HttpMethod.GET, "/portal/invoices", "/portal/invoices/**").hasRole("CLIENT_USER")
                .requestMatchers(HttpMethod.POST, "/api/v1/calculations/invoice").hasAnyRole(STAFF);
    }
}
