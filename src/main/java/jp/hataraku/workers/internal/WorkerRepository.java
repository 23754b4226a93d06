package jp.hataraku.workers.internal;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.hataraku.shared.JapaneseText;
import jp.hataraku.workers.Circumstance;
import jp.hataraku.workers.Device;
import jp.hataraku.workers.Gender;
import jp.hataraku.workers.HeldRole;
import jp.hataraku.workers.ReferralSource;
import jp.hataraku.workers.TimeBand;
import jp.hataraku.workers.WithdrawalReason;
import jp.hataraku.workers.WorkKind;
import jp.hataraku.workers.WorkPlace;
import jp.hataraku.workers.WorkerId;
import jp.hataraku.workers.WorkerStateOnDate;
import jp.hataraku.workers.WorkerStatus;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for the worker tables. Arrays travel as comma-joined text and are split in SQL. */
@Repository
public class WorkerRepository {

    private final JdbcClient jdbc;

    WorkerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- workers -------------------------------------------------------------------------------

    long insert(Worker w, Instant privacyConsentedAt, Instant circumstancesConsentAt) {
        return jdbc.sql("""
                INSERT INTO worker (municipality_id, name, name_kana, birth_date, gender, postal_code, address, phone,
                                    email, work_kinds, hours_per_week, time_bands, place, devices, accommodations,
                                    circumstances, circumstances_consent_at, referral, privacy_notice_version,
                                    privacy_consented_at, status, period_no, possible_duplicate_of, search_key,
                                    created_at, updated_at)
                VALUES (:town, :name, :kana, :birth, :gender, :postal, :address, :phone, :email,
                        string_to_array(:kinds, ','), :hours, string_to_array(:bands, ','), :place,
                        string_to_array(:devices, ','), :accommodations,
                        CASE WHEN CAST(:circumstancesAt AS timestamptz) IS NULL THEN NULL
                             ELSE string_to_array(:circumstances, ',') END,
                        :circumstancesAt, :referral, :notice, :privacyAt, :status, :period, :duplicate, :searchKey,
                        :privacyAt, :privacyAt)
                RETURNING id
                """)
                .param("town", w.municipalityId()).param("name", w.name()).param("kana", w.nameKana())
                .param("birth", Date.valueOf(w.birthDate())).param("gender", w.gender().name())
                .param("postal", w.postalCode()).param("address", w.address()).param("phone", w.phone())
                .param("email", w.email()).param("kinds", join(w.workKinds())).param("hours", w.hoursPerWeek())
                .param("bands", join(w.timeBands())).param("place", w.place().name())
                .param("devices", join(w.devices())).param("accommodations", w.accommodations())
                .param("circumstances", join(w.circumstances()))
                .param("circumstancesAt", ts(circumstancesConsentAt))
                .param("referral", w.referral() == null ? null : w.referral().name())
                .param("notice", w.privacyNoticeVersion()).param("privacyAt", ts(privacyConsentedAt))
                .param("status", w.status().name()).param("period", w.periodNo())
                .param("duplicate", w.possibleDuplicateOf()).param("searchKey", searchKey(w.name(), w.nameKana(), w.email()))
                .query(Long.class).single();
    }

    Optional<Worker> find(long id) {
        return jdbc.sql("""
                SELECT w.*, (SELECT max(h.effective_on) FROM worker_status_history h WHERE h.worker_id = w.id) AS last_change_on
                FROM worker w WHERE w.id = :id
                """).param("id", id).query(WORKER).optional();
    }

    Optional<Long> municipalityOf(long id) {
        return jdbc.sql("SELECT municipality_id FROM worker WHERE id = :id").param("id", id).query(Long.class)
                .optional();
    }

    /** A worker who may be the same person: same e-mail, or same name and birth date. */
    Optional<Long> findPossibleDuplicate(String email, String name, LocalDate birthDate) {
        return jdbc.sql("""
                SELECT id FROM worker
                WHERE lower(email) = lower(:email)
                   OR (birth_date = :birth AND regexp_replace(name, '[[:space:]　]', '', 'g') = :name)
                ORDER BY id LIMIT 1
                """).param("email", email).param("birth", Date.valueOf(birthDate))
                .param("name", name.replaceAll("[\\s\u3000]", ""))
                .query(Long.class).optional();
    }

    void clearDuplicateFlag(long id, Instant at) {
        jdbc.sql("UPDATE worker SET possible_duplicate_of = NULL, updated_at = :at WHERE id = :id")
                .param("at", ts(at)).param("id", id).update();
    }

    /** Moves the worker only if it is still in {@code from} (two staff acting at once); false otherwise. */
    boolean updateStatus(long id, WorkerStatus from, WorkerStatus to, int periodNo, Instant at) {
        return jdbc.sql("""
                UPDATE worker SET status = :to, period_no = :period, updated_at = :at
                WHERE id = :id AND status = :from
                """).param("to", to.name()).param("period", periodNo).param("at", ts(at)).param("id", id)
                .param("from", from.name())
                .update() == 1;
    }

    void updateProfile(long id, ProfileUpdate p, Instant at) {
        jdbc.sql("""
                UPDATE worker SET postal_code = :postal, address = :address, phone = :phone,
                       work_kinds = string_to_array(:kinds, ','), hours_per_week = :hours,
                       time_bands = string_to_array(:bands, ','), place = :place,
                       devices = string_to_array(:devices, ','), accommodations = :accommodations,
                       skills = CASE WHEN :skills = '' THEN '{}'::text[] ELSE string_to_array(:skills, E'\\n') END,
                       roles_held = string_to_array(:roles, ','), invoice_registration_number = :invoice,
                       updated_at = :at
                WHERE id = :id
                """)
                .param("postal", p.postalCode()).param("address", p.address()).param("phone", p.phone())
                .param("kinds", join(p.workKinds())).param("hours", p.hoursPerWeek())
                .param("bands", join(p.timeBands())).param("place", p.place().name())
                .param("devices", join(p.devices())).param("accommodations", p.accommodations())
                .param("skills", String.join("\n", p.skills())).param("roles", join(p.rolesHeld()))
                .param("invoice", p.invoiceRegistrationNumber()).param("at", ts(at)).param("id", id)
                .update();
    }

    // --- periods and history ------------------------------------------------------------------

    void openPeriod(StatusChange c) {
        jdbc.sql("""
                INSERT INTO worker_period (worker_id, municipality_id, period_no, started_on, briefed_on)
                VALUES (:worker, :town, :period, :on, :briefed)
                """).param("worker", c.workerId()).param("town", c.municipalityId()).param("period", c.periodNo())
                .param("on", Date.valueOf(c.effectiveOn()))
                .param("briefed", c.to() == WorkerStatus.BRIEFED ? Date.valueOf(c.effectiveOn()) : null)
                .update();
    }

    void periodBriefed(long workerId, int periodNo, LocalDate on) {
        jdbc.sql("UPDATE worker_period SET briefed_on = :on WHERE worker_id = :w AND period_no = :p")
                .param("on", Date.valueOf(on)).param("w", workerId).param("p", periodNo).update();
    }

    void periodTermsAccepted(long workerId, int periodNo, String version, Instant at) {
        jdbc.sql("""
                UPDATE worker_period SET terms_version = :version, terms_accepted_at = :at
                WHERE worker_id = :w AND period_no = :p
                """).param("version", version).param("at", ts(at)).param("w", workerId).param("p", periodNo).update();
    }

    void periodEnded(long workerId, int periodNo, LocalDate on, WithdrawalReason reason, String note) {
        jdbc.sql("""
                UPDATE worker_period SET ended_on = :on, withdrawal_reason = :reason, withdrawal_note = :note
                WHERE worker_id = :w AND period_no = :p
                """).param("on", Date.valueOf(on)).param("reason", reason.name()).param("note", note)
                .param("w", workerId).param("p", periodNo).update();
    }

    List<PeriodRow> periods(long workerId) {
        return jdbc.sql("SELECT * FROM worker_period WHERE worker_id = :w ORDER BY period_no")
                .param("w", workerId)
                .query((rs, n) -> new PeriodRow(rs.getInt("period_no"), date(rs, "started_on"), date(rs, "briefed_on"),
                        rs.getString("terms_version"), instant(rs, "terms_accepted_at"), date(rs, "ended_on"),
                        enumOf(WithdrawalReason.class, rs.getString("withdrawal_reason")),
                        rs.getString("withdrawal_note")))
                .list();
    }

    Optional<String> termsVersion(long workerId, int periodNo) {
        return jdbc.sql("SELECT terms_version FROM worker_period WHERE worker_id = :w AND period_no = :p")
                .param("w", workerId).param("p", periodNo).query(String.class).optional()
                .flatMap(Optional::ofNullable);
    }

    void insertHistory(StatusChange c, Instant recordedAt, Long actorId) {
        jdbc.sql("""
                INSERT INTO worker_status_history (worker_id, municipality_id, from_status, to_status, effective_on,
                                                   recorded_at, actor_id, reason, note, period_no)
                VALUES (:worker, :town, :from, :to, :on, :at, :actor, :reason, :note, :period)
                """).param("worker", c.workerId()).param("town", c.municipalityId())
                .param("from", c.from() == null ? null : c.from().name()).param("to", c.to().name())
                .param("on", Date.valueOf(c.effectiveOn())).param("at", ts(recordedAt)).param("actor", actorId)
                .param("reason", c.reason() == null ? null : c.reason().name()).param("note", c.note())
                .param("period", c.periodNo())
                .update();
    }

    List<HistoryRow> history(long workerId) {
        return jdbc.sql("""
                SELECT * FROM worker_status_history WHERE worker_id = :w ORDER BY effective_on, id
                """).param("w", workerId)
                .query((rs, n) -> new HistoryRow(enumOf(WorkerStatus.class, rs.getString("from_status")),
                        WorkerStatus.valueOf(rs.getString("to_status")), date(rs, "effective_on"),
                        instant(rs, "recorded_at"), nullableLong(rs, "actor_id"),
                        enumOf(WithdrawalReason.class, rs.getString("reason")), rs.getString("note"),
                        rs.getInt("period_no")))
                .list();
    }

    /** Each worker's last recorded state with an effective date on or before {@code date}. */
    List<WorkerStateOnDate> statusOn(LocalDate date, Optional<Long> municipalityId) {
        return jdbc.sql("""
                SELECT DISTINCT ON (h.worker_id) h.worker_id, h.municipality_id, h.to_status, h.period_no,
                       w.gender, w.birth_date, w.work_kinds, w.circumstances
                FROM worker_status_history h JOIN worker w ON w.id = h.worker_id
                WHERE h.effective_on <= :date
                  AND (CAST(:town AS bigint) IS NULL OR h.municipality_id = :town)
                ORDER BY h.worker_id, h.effective_on DESC, h.id DESC
                """).param("date", Date.valueOf(date)).param("town", municipalityId.orElse(null))
                .query((rs, n) -> new WorkerStateOnDate(WorkerId.of(rs.getLong("worker_id")),
                        rs.getLong("municipality_id"), WorkerStatus.valueOf(rs.getString("to_status")),
                        rs.getInt("period_no"), Gender.valueOf(rs.getString("gender")), date(rs, "birth_date"),
                        enums(WorkKind.class, rs.getArray("work_kinds")),
                        enums(Circumstance.class, rs.getArray("circumstances"))))
                .list();
    }

    // --- council report aggregates ------------------------------------------------------------

    /** What counts as a registration and a withdrawal, as SQL filters on worker_status_history h. */
    private static final String MOVEMENT_COUNTS = """
            count(*) FILTER (WHERE h.to_status = 'ACTIVE' AND h.from_status = 'BRIEFED') AS registrations,
            count(*) FILTER (WHERE h.to_status = 'WITHDRAWN' AND h.from_status IN ('ACTIVE', 'PAUSED')
                             AND coalesce(h.reason, 'OTHER') = 'EMPLOYMENT') AS employment,
            count(*) FILTER (WHERE h.to_status = 'WITHDRAWN' AND h.from_status IN ('ACTIVE', 'PAUSED')
                             AND h.reason = 'MOVED') AS moved,
            count(*) FILTER (WHERE h.to_status = 'WITHDRAWN' AND h.from_status IN ('ACTIVE', 'PAUSED')
                             AND coalesce(h.reason, 'OTHER') = 'OTHER') AS other
            """;

    private static jp.hataraku.workers.RegisterMovements movements(ResultSet rs) throws SQLException {
        return new jp.hataraku.workers.RegisterMovements(rs.getLong("registrations"), java.util.Map.of(
                WithdrawalReason.EMPLOYMENT, rs.getLong("employment"), WithdrawalReason.MOVED, rs.getLong("moved"),
                WithdrawalReason.OTHER, rs.getLong("other")));
    }

    java.util.SortedMap<java.time.YearMonth, jp.hataraku.workers.RegisterMovements> movementsByMonth(LocalDate from,
            LocalDate to, Optional<Long> municipalityId) {
        java.util.SortedMap<java.time.YearMonth, jp.hataraku.workers.RegisterMovements> out = new java.util.TreeMap<>();
        for (var m = java.time.YearMonth.from(from); !m.isAfter(java.time.YearMonth.from(to)); m = m.plusMonths(1)) {
            out.put(m, jp.hataraku.workers.RegisterMovements.none());
        }
        jdbc.sql("SELECT CAST(date_trunc('month', h.effective_on) AS date) AS month, " + MOVEMENT_COUNTS + """
                FROM worker_status_history h
                WHERE h.effective_on BETWEEN :from AND :to
                  AND (CAST(:town AS bigint) IS NULL OR h.municipality_id = :town)
                GROUP BY 1
                """).param("from", Date.valueOf(from)).param("to", Date.valueOf(to))
                .param("town", municipalityId.orElse(null))
                .query((rs, n) -> java.util.Map.entry(java.time.YearMonth.from(date(rs, "month")), movements(rs)))
                .list().forEach(e -> out.put(e.getKey(), e.getValue()));
        return java.util.Collections.unmodifiableSortedMap(out);
    }

    jp.hataraku.workers.RegisterMovements movementsUntil(LocalDate date, Optional<Long> municipalityId) {
        return jdbc.sql("SELECT " + MOVEMENT_COUNTS + """
                FROM worker_status_history h
                WHERE h.effective_on <= :date
                  AND (CAST(:town AS bigint) IS NULL OR h.municipality_id = :town)
                """).param("date", Date.valueOf(date)).param("town", municipalityId.orElse(null))
                .query((rs, n) -> movements(rs)).single();
    }

    /**
     * One pass over the history for every date: each worker's last row on or before each date (the
     * greatest (date, id) pair, its status carried as a third element: a hash aggregate, no sort),
     * then every dimension a grouping set of one aggregate per date; the circumstances (consented
     * only: the column is null otherwise) one more scan.
     */
    java.util.Map<LocalDate, jp.hataraku.workers.RegisterProfile> registerProfilesOn(List<LocalDate> dates,
            Optional<Long> municipalityId) {
        List<LocalDate> distinct = dates.stream().distinct().sorted().toList();
        if (distinct.isEmpty()) {
            return java.util.Map.of();
        }
        StringBuilder codes = new StringBuilder();
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < distinct.size(); i++) {
            codes.append(i == 0 ? "" : ",\n").append("""
                    (max(ARRAY[h.effective_on - DATE '2000-01-01', h.id,
                               CASE h.to_status WHEN 'ACTIVE' THEN 1 WHEN 'PAUSED' THEN 2 ELSE 0 END])
                         FILTER (WHERE h.effective_on <= :d%d))[3] AS code%d""".formatted(i, i));
            values.append(i == 0 ? "" : ", ").append("(CAST(:d%d AS date), s.code%d)".formatted(i, i));
        }
        String sql = """
                WITH state AS (
                    SELECT h.worker_id, %s
                    FROM worker_status_history h
                    WHERE h.effective_on <= :last
                      AND (CAST(:town AS bigint) IS NULL OR h.municipality_id = :town)
                    GROUP BY h.worker_id),
                reg AS (
                    SELECT v.on_date, CASE v.code WHEN 1 THEN 'ACTIVE' ELSE 'PAUSED' END AS to_status, w.gender,
                           w.place, w.circumstances,
                           CAST(date_part('year', age(v.on_date, w.birth_date)) AS int) AS age,
                           cardinality(w.roles_held) AS roles
                    FROM state s CROSS JOIN LATERAL (VALUES %s) AS v(on_date, code)
                    JOIN worker w ON w.id = s.worker_id
                    WHERE v.code > 0)
                SELECT on_date,
                       CASE WHEN GROUPING(to_status) = 0 THEN 'status' WHEN GROUPING(gender) = 0 THEN 'gender'
                            WHEN GROUPING(age) = 0 THEN 'age' WHEN GROUPING(place) = 0 THEN 'place'
                            WHEN GROUPING(roles) = 0 THEN 'roles' ELSE 'total' END AS dim,
                       coalesce(to_status, gender, CAST(age AS text), place, CAST(roles AS text), '') AS k,
                       count(*) AS n, count(circumstances) AS consented
                FROM reg
                GROUP BY GROUPING SETS ((on_date, to_status), (on_date, gender), (on_date, age), (on_date, place),
                                        (on_date, roles), (on_date))
                UNION ALL
                SELECT on_date, 'circumstance', c, count(*), 0
                FROM reg CROSS JOIN unnest(circumstances) AS c GROUP BY on_date, c
                """.formatted(codes, values);
        var parts = new java.util.HashMap<LocalDate, ProfileParts>();
        distinct.forEach(d -> parts.put(d, new ProfileParts()));
        // the aggregate of a large history should stay in memory (only inside this transaction)
        jdbc.sql("SET LOCAL work_mem = '64MB'").update();
        var spec = jdbc.sql(sql).param("last", Date.valueOf(distinct.get(distinct.size() - 1)))
                .param("town", municipalityId.orElse(null));
        for (int i = 0; i < distinct.size(); i++) {
            spec = spec.param("d" + i, Date.valueOf(distinct.get(i)));
        }
        spec.query(rs -> {
            ProfileParts p = parts.get(date(rs, "on_date"));
            String k = rs.getString("k");
            long n = rs.getLong("n");
            switch (rs.getString("dim")) {
                case "total" -> {
                    p.registered = n;
                    p.consented = rs.getLong("consented");
                }
                case "status" -> p.statuses.put(WorkerStatus.valueOf(k), n);
                case "gender" -> p.genders.put(Gender.valueOf(k), n);
                case "age" -> p.ages.put(Integer.valueOf(k), n);
                case "place" -> p.places.put(WorkPlace.valueOf(k), n);
                case "roles" -> p.roles.put(Integer.valueOf(k), n);
                case "circumstance" -> p.circumstances.put(Circumstance.valueOf(k), n);
                default -> throw new IllegalStateException(rs.getString("dim"));
            }
        });
        var out = new java.util.HashMap<LocalDate, jp.hataraku.workers.RegisterProfile>();
        parts.forEach((d, p) -> out.put(d, new jp.hataraku.workers.RegisterProfile(p.registered, p.statuses,
                p.genders, p.ages, p.places, p.roles, p.circumstances, p.consented)));
        return java.util.Map.copyOf(out);
    }

    private static final class ProfileParts {
        long registered;
        long consented;
        final java.util.Map<WorkerStatus, Long> statuses = new java.util.EnumMap<>(WorkerStatus.class);
        final java.util.Map<Gender, Long> genders = new java.util.EnumMap<>(Gender.class);
        final java.util.Map<Integer, Long> ages = new java.util.TreeMap<>();
        final java.util.Map<WorkPlace, Long> places = new java.util.EnumMap<>(WorkPlace.class);
        final java.util.Map<Integer, Long> roles = new java.util.TreeMap<>();
        final java.util.Map<Circumstance, Long> circumstances = new java.util.EnumMap<>(Circumstance.class);
    }

    // --- requests ------------------------------------------------------------------------------

    void insertRequest(long workerId, long municipalityId, RequestKind kind, String note, Instant at) {
        jdbc.sql("""
                INSERT INTO worker_request (worker_id, municipality_id, kind, note, requested_at)
                VALUES (:w, :town, :kind, :note, :at)
                """).param("w", workerId).param("town", municipalityId).param("kind", kind.name())
                .param("note", note).param("at", ts(at)).update();
    }

    List<RequestRow> openRequests(long workerId) {
        return jdbc.sql("""
                SELECT id, kind, note, requested_at FROM worker_request
                WHERE worker_id = :w AND resolved_at IS NULL ORDER BY requested_at
                """).param("w", workerId)
                .query((rs, n) -> new RequestRow(rs.getLong("id"), RequestKind.valueOf(rs.getString("kind")),
                        rs.getString("note"), instant(rs, "requested_at")))
                .list();
    }

    void resolveRequests(long workerId, RequestKind kind, Instant at, Long actorId) {
        jdbc.sql("""
                UPDATE worker_request SET resolved_at = :at, resolved_by = :actor
                WHERE worker_id = :w AND kind = :kind AND resolved_at IS NULL
                """).param("at", ts(at)).param("actor", actorId).param("w", workerId).param("kind", kind.name())
                .update();
    }

    // --- search --------------------------------------------------------------------------------

    Page<ListRow> search(SearchCriteria c, Set<Long> visibleTowns, boolean allTowns, int page, int size) {
        String where = """
                WHERE (:all OR municipality_id = ANY(string_to_array(:towns, ',')::bigint[]))
                  AND (CAST(:q AS text) IS NULL OR search_key LIKE :q ESCAPE '\\')
                  AND (CAST(:status AS text) IS NULL OR status = :status)
                  AND (CAST(:town AS bigint) IS NULL OR municipality_id = :town)
                  AND (CAST(:kind AS text) IS NULL OR :kind = ANY(work_kinds))
                """;
        String pattern = c.query() == null || c.query().isBlank() ? null : "%" + escapeLike(JapaneseText.searchKey(c.query())) + "%";
        Function<JdbcClient.StatementSpec, JdbcClient.StatementSpec> params = spec -> spec
                .param("all", allTowns)
                .param("towns", visibleTowns.stream().map(String::valueOf).collect(Collectors.joining(",")))
                .param("q", pattern)
                .param("status", c.status() == null ? null : c.status().name())
                .param("town", c.municipalityId())
                .param("kind", c.workKind() == null ? null : c.workKind().name());
        long total = params.apply(jdbc.sql("SELECT count(*) FROM worker " + where)).query(Long.class).single();
        List<ListRow> rows = params.apply(jdbc.sql("SELECT id, municipality_id, name, name_kana, email, status, "
                        + "work_kinds, possible_duplicate_of FROM worker " + where
                        + " ORDER BY name_kana, id LIMIT :limit OFFSET :offset"))
                .param("limit", size).param("offset", (long) page * size)
                .query((rs, n) -> new ListRow(rs.getLong("id"), rs.getLong("municipality_id"), rs.getString("name"),
                        rs.getString("name_kana"), rs.getString("email"), WorkerStatus.valueOf(rs.getString("status")),
                        enums(WorkKind.class, rs.getArray("work_kinds")), nullableLong(rs, "possible_duplicate_of")))
                .list();
        return new Page<>(rows, page, size, total);
    }

    // --- mapping -------------------------------------------------------------------------------

    private static final RowMapper<Worker> WORKER = (rs, n) -> new Worker(rs.getLong("id"),
            rs.getLong("municipality_id"), rs.getString("name"), rs.getString("name_kana"), date(rs, "birth_date"),
            Gender.valueOf(rs.getString("gender")), rs.getString("postal_code"), rs.getString("address"),
            rs.getString("phone"), rs.getString("email"), enums(WorkKind.class, rs.getArray("work_kinds")),
            nullableInt(rs, "hours_per_week"), enums(TimeBand.class, rs.getArray("time_bands")),
            WorkPlace.valueOf(rs.getString("place")), enums(Device.class, rs.getArray("devices")),
            rs.getString("accommodations"), enums(Circumstance.class, rs.getArray("circumstances")),
            enumOf(ReferralSource.class, rs.getString("referral")), rs.getString("privacy_notice_version"),
            strings(rs.getArray("skills")), enums(HeldRole.class, rs.getArray("roles_held")),
            rs.getString("invoice_registration_number"), WorkerStatus.valueOf(rs.getString("status")),
            rs.getInt("period_no"), nullableLong(rs, "possible_duplicate_of"), instant(rs, "created_at"),
            date(rs, "last_change_on"));

    static String searchKey(String name, String kana, String email) {
        return JapaneseText.searchKey(name) + "|" + JapaneseText.searchKey(kana) + "|" + JapaneseText.searchKey(email);
    }

    static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static String join(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private static <E extends Enum<E>> Set<E> enums(Class<E> type, Array array) throws SQLException {
        Set<E> set = EnumSet.noneOf(type);
        for (String s : strings(array)) {
            if (!s.isEmpty()) {
                set.add(Enum.valueOf(type, s));
            }
        }
        return set;
    }

    private static List<String> strings(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        return new ArrayList<>(Arrays.asList((String[]) array.getArray()));
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String value) {
        return value == null ? null : Enum.valueOf(type, value);
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    private static Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    public enum RequestKind { PAUSE, WITHDRAWAL }

    public record PeriodRow(int periodNo, LocalDate startedOn, LocalDate briefedOn, String termsVersion,
            Instant termsAcceptedAt, LocalDate endedOn, WithdrawalReason withdrawalReason, String withdrawalNote) {
        public String termsAcceptedAtText() {
            return text(termsAcceptedAt);
        }
    }

    public record HistoryRow(WorkerStatus from, WorkerStatus to, LocalDate effectiveOn, Instant recordedAt, Long actorId,
            WithdrawalReason reason, String note, int periodNo) {
        public String recordedAtText() {
            return text(recordedAt);
        }
    }

    public record RequestRow(long id, RequestKind kind, String note, Instant requestedAt) {
        public String requestedAtText() {
            return text(requestedAt);
        }
    }

    private static final java.time.format.DateTimeFormatter MINUTES =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(jp.hataraku.shared.TokyoClock.ZONE);

    static String text(Instant instant) {
        return instant == null ? "" : MINUTES.format(instant);
    }

    public record ListRow(long id, long municipalityId, String name, String nameKana, String email, WorkerStatus status,
            Set<WorkKind> workKinds, Long possibleDuplicateOf) {
    }

    public record SearchCriteria(String query, WorkerStatus status, Long municipalityId, WorkKind workKind) {
    }

    public record ProfileUpdate(String postalCode, String address, String phone, Set<WorkKind> workKinds,
            Integer hoursPerWeek, Set<TimeBand> timeBands, WorkPlace place, Set<Device> devices,
            String accommodations, List<String> skills, Set<HeldRole> rolesHeld, String invoiceRegistrationNumber) {
    }

    public record Page<T>(List<T> items, int page, int size, long total) {
        public int pages() {
            return (int) ((total + size - 1) / size);
        }

        public boolean hasPrevious() {
            return page > 0;
        }

        public boolean hasNext() {
            return page + 1 < pages();
        }
    }
}
