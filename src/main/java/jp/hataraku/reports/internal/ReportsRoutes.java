package jp.hataraku.reports.internal;

import jp.hataraku.identity.RouteAccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may open the council dashboard and its exports: town staff (their own towns, checked by the
 * handler), contractor staff, administrators. An export job is its requester's only (checked by the handler).
 */
@Configuration(proxyBeanMethods = false)
class ReportsRoutes {

    @Bean
    RouteAccessRules reportsRouteRules() {
        return routes -> routes.requestMatchers("/reports", "/reports/workbook.xlsx", "/reports/opendata.csv", "/reports/report.pdf",
                "/reports/exports", "/reports/exports/**").hasAnyRole("TOWN_STAFF", "CONTRACTOR_STAFF", "SYSTEM_ADMIN");
    }
}
