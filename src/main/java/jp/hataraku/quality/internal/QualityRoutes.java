package jp.hataraku.quality.internal;

import jp.hataraku.identity.RouteAccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may call the quality module's routes: contractor staff, administrators and directors; a
 * director only for the jobs they direct, which the handlers check ({@link JobAccess}).
 */
@Configuration(proxyBeanMethods = false)
class QualityRoutes {

    static final String[] REVIEWERS = {"DIRECTOR", "CONTRACTOR_STAFF", "SYSTEM_ADMIN"};

    @Bean
    RouteAccessRules qualityRouteRules() {
        return routes -> routes
                .requestMatchers("/jobs/*/adjudication", "/jobs/*/adjudication/**", "/jobs/*/review",
                        "/jobs/*/review/**", "/jobs/*/batches/*/sampling", "/jobs/*/batches/*/sampling/**",
                        "/jobs/*/quality", "/jobs/*/quality/**").hasAnyRole(REVIEWERS)
                .requestMatchers("/api/v1/jobs/*/quality", "/api/v1/tasks/*/approval", "/api/v1/tasks/*/return",
                        "/api/v1/tasks/*/rejection", "/api/v1/items/*/adjudication").hasAnyRole(REVIEWERS);
    }
}
