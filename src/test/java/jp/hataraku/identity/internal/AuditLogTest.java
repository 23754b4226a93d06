package jp.hataraku.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import jp.hataraku.identity.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AuditLogTest extends IdentityWebTestBase {

    @Autowired
    AuditLogQuery query;

    private final String type = "t_" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void filters_by_tokyo_date_range_with_both_ends_included() {
        entry("2026-03-31T14:59:59Z", "a@x.jp", "EDIT", "1");  // 2026-03-31 23:59:59 in Tokyo
        entry("2026-03-31T15:00:00Z", "a@x.jp", "EDIT", "2");  // 2026-04-01 00:00 in Tokyo
        entry("2026-04-02T14:59:59Z", "a@x.jp", "EDIT", "3");  // 2026-04-02 23:59:59 in Tokyo
        entry("2026-04-02T15:00:00Z", "a@x.jp", "EDIT", "4");  // 2026-04-03 in Tokyo

        var page = query.search(filter(LocalDate.parse("2026-04-01"), LocalDate.parse("2026-04-02"), null, null, null), 1);

        assertThat(page.entries()).extracting(AuditEntry::targetId).containsExactly("3", "2");
    }

    @Test
    void filters_by_actor_action_and_target() {
        entry("2026-04-01T00:00:00Z", "hanako@town.jp", "EDIT", "1");
        entry("2026-04-01T00:01:00Z", "taro@town.jp", "EDIT", "1");
        entry("2026-04-01T00:02:00Z", "hanako@town.jp", "DELETE", "2");
        entry("2026-04-01T00:03:00Z", "100%_sure@town.jp", "EDIT", "2");

        assertThat(query.search(filter(null, null, "HANAKO", null, null), 1).entries())
                .extracting(AuditEntry::action).containsExactly("DELETE", "EDIT");
        assertThat(query.search(filter(null, null, null, "EDIT", "1"), 1).entries())
                .extracting(AuditEntry::actorName).containsExactly("taro@town.jp", "hanako@town.jp");
        assertThat(query.search(filter(null, null, "0%_", null, null), 1).entries())
                .as("wildcards typed by the user are taken literally")
                .extracting(AuditEntry::actorName).containsExactly("100%_sure@town.jp");
        assertThat(query.search(filter(null, null, "o%t", null, null), 1).entries()).isEmpty();
    }

    @Test
    void pages_fifty_entries_newest_first() {
        Instant start = Instant.parse("2026-04-01T00:00:00Z");
        for (int i = 0; i < 120; i++) {
            entry(start.plusSeconds(i).toString(), "a@x.jp", "EDIT", String.valueOf(i));
        }

        var first = query.search(filter(null, null, null, null, null), 1);
        var third = query.search(filter(null, null, null, null, null), 3);

        assertThat(first.total()).isEqualTo(120);
        assertThat(first.pages()).isEqualTo(3);
        assertThat(first.entries()).hasSize(50).first().extracting(AuditEntry::targetId).isEqualTo("119");
        assertThat(third.entries()).hasSize(20).last().extracting(AuditEntry::targetId).isEqualTo("0");
    }

    @Test
    void the_log_refuses_updates_and_deletes() {
        entry("2026-04-01T00:00:00Z", "a@x.jp", "EDIT", "1");

        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_log SET action = 'FORGED' WHERE target_type = :t")
                .param("t", type).update()).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_log WHERE target_type = :t").param("t", type).update())
                .hasMessageContaining("append-only");
        assertThat(query.search(filter(null, null, null, "EDIT", null), 1).total()).isEqualTo(1);
    }

    @Test
    void a_system_admin_sees_the_filtered_log_and_bad_dates_are_shown_beside_the_field() {
        fixClock(Instant.parse("2026-04-01T00:00:00Z"));
        String email = uniqueEmail("admin");
        long id = account(email, Role.SYSTEM_ADMIN);
        Browser browser = browser();
        browser.signIn(email, PASSWORD);
        browser.get("/login/totp/enrol");
        browser.post("/login/totp/enrol", Map.of("code", currentTotp(id)));
        entry("2026-04-01T00:00:00Z", "hanako@town.jp", "EDIT", "42");

        Browser.Page page = browser.get("/admin/audit?targetType=" + type + "&targetId=42");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("hanako@town.jp").contains("1件");

        Browser.Page bad = browser.get("/admin/audit?from=2026-13-45&actor=hanako");
        assertThat(bad.body()).contains("日付は 2026-04-01 の形式").contains("value=\"hanako\"");
    }

    private AuditLogQuery.Filter filter(LocalDate from, LocalDate to, String actor, String action, String targetId) {
        return new AuditLogQuery.Filter(from, to, actor, action, type, targetId);
    }

    private void entry(String at, String actor, String action, String targetId) {
        jdbc.sql("""
                INSERT INTO audit_log (occurred_at, actor_name, action, target_type, target_id)
                VALUES (:at, :actor, :action, :type, :id)
                """).param("at", Timestamp.from(Instant.parse(at))).param("actor", actor).param("action", action)
                .param("type", type).param("id", targetId).update();
    }
}
