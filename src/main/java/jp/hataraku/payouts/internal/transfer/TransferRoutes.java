package jp.hataraku.payouts.internal.transfer;

import jp.hataraku.identity.RouteAccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Transfer files and annual payment records: contractor staff and administrators; a worker their own slips. */
@Configuration(proxyBeanMethods = false)
class TransferRoutes {

    @Bean
    RouteAccessRules transferRouteRules() {
        return routes -> routes
                .requestMatchers("/payouts/transfers", "/payouts/transfers/**", "/payouts/annual", "/payouts/annual/**")
                .hasAnyRole("CONTRACTOR_STAFF", "SYSTEM_ADMIN")
                .requestMatchers("/me/payments/annual/**").hasRole("WORKER");
    }
}
