package jp.hataraku.clients.internal;

import jp.hataraku.identity.RouteAccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may call the clients module's routes. Client data is the contractor's: its staff, directors
 * and administrators; town staff get none. A client user reaches the portal and the API for their
 * own company only (checked in the handlers: 403 for another company).
 */
@Configuration(proxyBeanMethods = false)
class ClientRoutes {

    static final String[] STAFF = {"CONTRACTOR_STAFF", "DIRECTOR", "SYSTEM_ADMIN"};
    static final String[] STAFF_AND_CLIENT = {"CONTRACTOR_STAFF", "DIRECTOR", "SYSTEM_ADMIN", "CLIENT_USER"};

    @Bean
    RouteAccessRules clientRouteRules() {
        return routes -> routes
                .requestMatchers("/clients", "/clients/**", "/leads", "/leads/**").hasAnyRole(STAFF)
                .requestMatchers("/portal", "/portal/**").hasRole("CLIENT_USER")
                .requestMatchers(HttpMethod.GET, "/api/v1/clients", "/api/v1/clients/**").hasAnyRole(STAFF_AND_CLIENT)
                .requestMatchers("/api/v1/clients", "/api/v1/clients/**").hasAnyRole(STAFF);
    }
}
