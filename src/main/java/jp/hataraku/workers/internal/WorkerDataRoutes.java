package jp.hataraku.workers.internal;

import jp.hataraku.identity.RouteAccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/**
 * Who may call the routes for workers' private data, export and import. Applied before
 * {@link WorkerRoutes} (whose {@code /workers/**} admits every staff role) so that the narrower rules win.
 * Bank details and My Numbers are for the back office only (RULES-JP §6); the handlers check again.
 */
@Configuration(proxyBeanMethods = false)
class WorkerDataRoutes {

    static final String[] BACK_OFFICE = {"CONTRACTOR_STAFF", "SYSTEM_ADMIN"};
    static final String[] IMPORTERS = {"TOWN_STAFF", "CONTRACTOR_STAFF", "SYSTEM_ADMIN"};

    @Bean
    @Order(0)
    RouteAccessRules workerDataRouteRules() {
        return routes -> routes
                .requestMatchers("/workers/*/bank", "/workers/*/my-number", "/workers/*/my-number/**")
                .hasAnyRole(BACK_OFFICE)
                .requestMatchers("/workers/import", "/workers/import/**").hasAnyRole(IMPORTERS)
                .requestMatchers("/workers/export.csv", "/workers/export.xlsx").hasAnyRole(WorkerRoutes.STAFF)
                .requestMatchers("/me/bank").hasRole("WORKER");
    }
}
