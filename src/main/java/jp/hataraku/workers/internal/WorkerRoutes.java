package jp.hataraku.workers.internal;

import jp.hataraku.identity.RouteAccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who may call the workers module's routes; visibility per town is checked in the handlers. */
@Configuration(proxyBeanMethods = false)
class WorkerRoutes {

    static final String[] STAFF = {"TOWN_STAFF", "CONTRACTOR_STAFF", "DIRECTOR", "SYSTEM_ADMIN"};

    @Bean
    RouteAccessRules workerRouteRules() {
        return routes -> routes
                .requestMatchers("/apply", "/apply/**").permitAll()
                .requestMatchers("/workers", "/workers/**").hasAnyRole(STAFF)
                .requestMatchers("/me", "/me/**").hasRole("WORKER")
                .requestMatchers("/api/v1/workers", "/api/v1/workers/**").hasAnyRole(STAFF);
    }
}
