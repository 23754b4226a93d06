package jp.hataraku.jobs.internal.delivery;

import jp.hataraku.identity.RouteAccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/**
 * Who may call the routes of batch imports, task files, exports, deliveries, progress and the
 * client portal. Applied before the jobs module's broader {@code /jobs/**} rules so that these
 * narrower ones win; the handlers check again (a job's client, a task's team).
 */
@Configuration(proxyBeanMethods = false)
class JobIoRoutes {

    static final String[] STAFF = {"CONTRACTOR_STAFF", "DIRECTOR", "SYSTEM_ADMIN"};
    static final String[] STAFF_AND_CLIENT = {"CONTRACTOR_STAFF", "DIRECTOR", "SYSTEM_ADMIN", "CLIENT_USER"};

    @Bean
    @Order(0)
    RouteAccessRules jobIoRouteRules() {
        return routes -> routes
                .requestMatchers("/jobs/*/batches", "/jobs/*/batches/preview", "/jobs/*/batches/confirm", "/jobs/*/batches/files",
                        "/batches/*").hasAnyRole(STAFF)
                .requestMatchers("/jobs/*/export", "/jobs/*/deliveries", "/jobs/*/progress", "/jobs/*/activity")
                .hasAnyRole(STAFF)
                .requestMatchers("/deliveries/*/acceptance").hasAnyRole(STAFF)
                .requestMatchers("/deliveries/*/file").hasAnyRole(STAFF_AND_CLIENT)
                .requestMatchers("/portal/jobs", "/portal/jobs/**").hasRole("CLIENT_USER")
                .requestMatchers("/tasks/*/file").hasRole("WORKER")
                .requestMatchers("/api/v1/jobs/*/batches", "/api/v1/batches/*", "/api/v1/jobs/*/export",
                        "/api/v1/jobs/*/deliveries").hasAnyRole(STAFF)
                .requestMatchers("/api/v1/deliveries/*/acceptance").hasAnyRole(STAFF_AND_CLIENT);
    }
}
