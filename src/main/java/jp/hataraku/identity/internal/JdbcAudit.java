package jp.hataraku.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jp.hataraku.identity.Audit;
import jp.hataraku.shared.TokyoClock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;

@Component
class JdbcAudit implements Audit {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final TokyoClock clock;

    JdbcAudit(JdbcClient jdbc, JsonMapper json, TokyoClock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public void change(String action, String targetType, Object targetId, Object before, Object after) {
        insert(action, targetType, targetId, before, after, null);
    }

    @Override
    public void sensitiveRead(String what, String targetType, Object targetId) {
        insert("READ_SENSITIVE", targetType, targetId, null, null, what);
    }

    @Override
    public void event(String action, String detail) {
        insert(action, null, null, null, null, detail);
    }

    private void insert(String action, String targetType, Object targetId, Object before, Object after, String detail) {
        Actor actor = Actor.current();
        jdbc.sql("""
                INSERT INTO audit_log (occurred_at, actor_id, actor_name, action, target_type, target_id,
                                       before_state, after_state, detail, remote_addr)
                VALUES (:at, :actorId, :actorName, :action, :targetType, :targetId,
                        CAST(:before AS jsonb), CAST(:after AS jsonb), :detail, :addr)
                """)
                .param("at", Timestamp.from(clock.now()))
                .param("actorId", actor.id())
                .param("actorName", actor.name())
                .param("action", action)
                .param("targetType", targetType)
                .param("targetId", targetId == null ? null : String.valueOf(targetId))
                .param("before", toJson(before))
                .param("after", toJson(after))
                .param("detail", detail)
                .param("addr", remoteAddr())
                .update();
    }

    private String toJson(Object value) {
        return value == null ? null : json.writeValueAsString(value);
    }

    private static String remoteAddr() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
            HttpServletRequest request = attrs.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }

    record Actor(Long id, String name) {
        static Actor current() {
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            if (auth != null && auth.getPrincipal() instanceof AccountPrincipal p) {
                return new Actor(p.accountId(), p.getUsername());
            }
            return new Actor(null, auth == null ? "system" : auth.getName());
        }
    }
}
