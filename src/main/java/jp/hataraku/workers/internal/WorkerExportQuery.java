package jp.hataraku.workers.internal;

import java.sql.Array;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jp.hataraku.shared.JapaneseText;
import jp.hataraku.workers.WorkKind;
import jp.hataraku.workers.WorkPlace;
import jp.hataraku.workers.WorkerStatus;
import jp.hataraku.workers.internal.WorkerRepository.SearchCriteria;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register rows an export writes: the list's filters and the same town visibility, every page at once
 * (up to {@link #MAX_ROWS}), with the contact details and the date of first application.
 */
@Component
class WorkerExportQuery {

    static final int MAX_ROWS = 50_000;

    record ExportRow(long id, long municipalityId, String name, String nameKana, WorkerStatus status, String email,
            String phone, String postalCode, String address, List<WorkKind> workKinds, WorkPlace place,
            LocalDate appliedOn) {
    }

    private final JdbcClient jdbc;
    private final WorkerAccess access;

    WorkerExportQuery(JdbcClient jdbc, WorkerAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    @Transactional(readOnly = true)
    List<ExportRow> rows(SearchCriteria c) {
        WorkerAccess.Scope scope = access.scope();
        Set<Long> towns = scope.towns();
        String pattern = c.query() == null || c.query().isBlank() ? null
                : "%" + WorkerRepository.escapeLike(JapaneseText.searchKey(c.query())) + "%";
        return jdbc.sql("""
                SELECT w.id, w.municipality_id, w.name, w.name_kana, w.status, w.email, w.phone, w.postal_code, w.address,
                       w.work_kinds, w.place,
                       (SELECT min(p.started_on) FROM worker_period p WHERE p.worker_id = w.id) AS applied_on
                  FROM worker w
                 WHERE (:all OR w.municipality_id = ANY(string_to_array(:towns, ',')::bigint[]))
                   AND (CAST(:q AS text) IS NULL OR w.search_key LIKE :q ESCAPE '\\')
                   AND (CAST(:status AS text) IS NULL OR w.status = :status)
                   AND (CAST(:town AS bigint) IS NULL OR w.municipality_id = :town)
                   AND (CAST(:kind AS text) IS NULL OR :kind = ANY(w.work_kinds))
                 ORDER BY w.name_kana, w.id
                 LIMIT :limit
                """)
                .param("all", scope.allTowns())
                .param("towns", towns.stream().map(String::valueOf).collect(Collectors.joining(",")))
                .param("q", pattern)
                .param("status", c.status() == null ? null : c.status().name())
                .param("town", c.municipalityId())
                .param("kind", c.workKind() == null ? null : c.workKind().name())
                .param("limit", MAX_ROWS)
                .query((rs, n) -> new ExportRow(rs.getLong("id"), rs.getLong("municipality_id"), rs.getString("name"),
                        rs.getString("name_kana"), WorkerStatus.valueOf(rs.getString("status")), rs.getString("email"),
                        rs.getString("phone"), rs.getString("postal_code"), rs.getString("address"),
                        kinds(rs.getArray("work_kinds")), WorkPlace.valueOf(rs.getString("place")),
                        rs.getObject("applied_on", LocalDate.class)))
                .list();
    }

    private static List<WorkKind> kinds(Array array) throws SQLException {
        List<WorkKind> kinds = new ArrayList<>();
        if (array != null) {
            for (Object o : (Object[]) array.getArray()) {
                kinds.add(WorkKind.valueOf((String) o));
            }
        }
        kinds.sort(null);
        return kinds;
    }
}
