package jp.hataraku.jobs.internal.work;

import jp.hataraku.identity.RouteAccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may call the worker's side of jobs: their work list, task pages and the task API. Whether
 * the worker is on the task's team is checked by {@code Tasks} (NotOnTeam → 403, audited).
 */
@Configuration(proxyBeanMethods = false)
class WorkRoutes {

    static final String[] DIRECTORS = {"DIRECTOR", "CONTRACTOR_STAFF", "SYSTEM_ADMIN"};

    @Bean
    RouteAccessRules workRouteRules() {
        return routes -> routes
                .requestMatchers("/me/work", "/me/work/**").hasRole("WORKER")
                .requestMatchers("/tasks/*", "/tasks/*/draft", "/tasks/*/lease", "/tasks/*/submit",
                        "/tasks/*/time/**", "/tasks/*/results", "/tasks/*/attachments/**", "/tasks/*/file/page.png").hasRole("WORKER")
                .requestMatchers("/jobs/*/assignments", "/jobs/*/assignments/**").hasAnyRole(DIRECTORS)
                // named one by one: quality's staff API lives under /api/v1/tasks/{id}/... too
                .requestMatchers("/api/v1/tasks/claim", "/api/v1/tasks/*", "/api/v1/tasks/*/draft",
                        "/api/v1/tasks/*/lease", "/api/v1/tasks/*/submission").hasRole("WORKER");
    }
}
