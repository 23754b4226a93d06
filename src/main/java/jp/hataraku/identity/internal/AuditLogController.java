package jp.hataraku.identity.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import jp.hataraku.identity.Role;
import jp.hataraku.identity.RouteAccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit log for system administrators: filter by dates, actor, action and target; 50 a page. */
@Controller
class AuditLogController {

    private final AuditLogQuery query;

    AuditLogController(AuditLogQuery query) {
        this.query = query;
    }

    @Bean
    static RouteAccessRules auditLogRoutes() {
        return routes -> routes.requestMatchers("/admin/audit").hasRole(Role.SYSTEM_ADMIN.name());
    }

    @GetMapping("/admin/audit")
    String auditLog(@RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to,
            @RequestParam(defaultValue = "") String actor, @RequestParam(defaultValue = "") String action,
            @RequestParam(defaultValue = "") String targetType, @RequestParam(defaultValue = "") String targetId,
            @RequestParam(defaultValue = "1") String page, Model model) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate fromDate = date(from, "from", errors);
        LocalDate toDate = date(to, "to", errors);
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            errors.put("to", "audit.error.toBeforeFrom");
        }
        Map<String, String> filter = new LinkedHashMap<>();
        filter.put("from", from.strip());
        filter.put("to", to.strip());
        filter.put("actor", actor.strip());
        filter.put("action", action.strip());
        filter.put("targetType", targetType.strip());
        filter.put("targetId", targetId.strip());
        model.addAttribute("filter", filter);
        model.addAttribute("errors", errors);
        if (errors.isEmpty()) {
            int pageNumber = page.matches("\\d{1,6}") ? Integer.parseInt(page) : 1;
            model.addAttribute("result", query.search(new AuditLogQuery.Filter(fromDate, toDate, actor, action,
                    targetType, targetId), pageNumber));
        }
        return "identity/audit-log";
    }

    private static LocalDate date(String text, String field, Map<String, String> errors) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.put(field, "audit.error.date");
            return null;
        }
    }
}
