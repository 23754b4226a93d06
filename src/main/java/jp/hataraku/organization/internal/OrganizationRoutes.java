package jp.hataraku.organization.internal;

import jp.hataraku.identity.Role;
import jp.hataraku.identity.RouteAccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who may call the organization module's pages: the administration of towns and contractors. */
@Configuration(proxyBeanMethods = false)
class OrganizationRoutes {

    @Bean
    RouteAccessRules organizationAdminRoutes() {
        return routes -> routes
                .requestMatchers("/admin/organizations", "/admin/organizations/**")
                .hasRole(Role.SYSTEM_ADMIN.name());
    }
}
