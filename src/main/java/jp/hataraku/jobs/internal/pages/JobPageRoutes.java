package jp.hataraku.jobs.internal.pages;

import jp.hataraku.identity.RouteAccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may call the staff job pages and the jobs API. Exact paths only: other pages under
 * {@code /jobs/{jobId}/} (progress, activity, batches, export, assignments) belong to other parts of
 * the module and declare their own rules. Which jobs a person sees is checked in the handlers.
 */
@Configuration(proxyBeanMethods = false)
class JobPageRoutes {

    static final String[] JOB_STAFF = {"CONTRACTOR_STAFF", "DIRECTOR", "SYSTEM_ADMIN"};
    static final String[] CREATORS = {"CONTRACTOR_STAFF", "SYSTEM_ADMIN"};
    static final String[] READERS = {"CONTRACTOR_STAFF", "DIRECTOR", "SYSTEM_ADMIN", "CLIENT_USER", "WORKER"};

    private static final String ID = "{jobId:\\d+}";

    @Bean
    RouteAccessRules jobPageRouteRules() {
        return routes -> routes
                .requestMatchers("/jobs/new").hasAnyRole(CREATORS)
                .requestMatchers(HttpMethod.GET, "/jobs", "/jobs/" + ID, "/jobs/" + ID + "/edit",
                        "/jobs/" + ID + "/template", "/jobs/" + ID + "/team").hasAnyRole(JOB_STAFF)
                .requestMatchers(HttpMethod.POST, "/jobs/" + ID + "/edit", "/jobs/" + ID + "/open",
                        "/jobs/" + ID + "/cancel", "/jobs/" + ID + "/close", "/jobs/" + ID + "/template",
                        "/jobs/" + ID + "/template/preview", "/jobs/" + ID + "/team",
                        "/jobs/" + ID + "/team/{workerId:\\d+}/remove").hasAnyRole(JOB_STAFF)
                .requestMatchers(HttpMethod.GET, "/api/v1/jobs", "/api/v1/jobs/" + ID).hasAnyRole(READERS)
                .requestMatchers(HttpMethod.POST, "/api/v1/jobs").hasAnyRole(CREATORS)
                .requestMatchers(HttpMethod.PUT, "/api/v1/jobs/" + ID).hasAnyRole(JOB_STAFF)
                .requestMatchers(HttpMethod.POST, "/api/v1/jobs/" + ID + "/open", "/api/v1/jobs/" + ID + "/cancel",
                        "/api/v1/jobs/" + ID + "/close", "/api/v1/jobs/" + ID + "/team").hasAnyRole(JOB_STAFF)
                .requestMatchers(HttpMethod.GET, "/api/v1/jobs/" + ID + "/team").hasAnyRole(JOB_STAFF)
                .requestMatchers(HttpMethod.DELETE, "/api/v1/jobs/" + ID + "/team/{workerId:\\d+}").hasAnyRole(JOB_STAFF);
    }
}
