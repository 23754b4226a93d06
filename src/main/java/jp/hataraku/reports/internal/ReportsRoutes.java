package jp.hataraku.reports.internal;

import jp.hataraku.identity.RouteAccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who may open the council dashboard: town staff (their own towns, checked by the handler), contractor staff, administrators. */
@Configuration(proxyBeanMethods = false)
class ReportsRoutes {

    @Bean
    RouteAccessRules reportsRouteRules() {
        return routes -> routes.requestMatchers("/reports", "/reports/workbook.xlsx", "/reports/opendata.csv", "/reports/report.pdf").hasAnyRole("TOWN_STAFF", "CONTRACTOR_STAFF", "SYSTEM_ADMIN");
    }
}
