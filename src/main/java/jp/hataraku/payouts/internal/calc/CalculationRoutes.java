package jp.hataraku.payouts.internal.calc;

import jp.hataraku.identity.RouteAccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * The calculations API answers contractor staff (and administrators), by session or API token; the
 * transitional credit schedule is read by them and corrected by administrators only.
 */
@Configuration(proxyBeanMethods = false)
class CalculationRoutes {

    @Bean
    RouteAccessRules calculationRouteRules() {
        return routes -> routes
                .requestMatchers("/api/v1/calculations/**").hasAnyRole("CONTRACTOR_STAFF", "SYSTEM_ADMIN")
                .requestMatchers(HttpMethod.GET, "/payouts/credit").hasAnyRole("CONTRACTOR_STAFF", "SYSTEM_ADMIN")
                .requestMatchers(HttpMethod.POST, "/payouts/credit").hasRole("SYSTEM_ADMIN");
    }
}
