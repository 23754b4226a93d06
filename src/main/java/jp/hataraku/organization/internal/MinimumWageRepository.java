package jp.hataraku.organization.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jp.hataraku.organization.MinimumWage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table minimum_wage: each town's minimum wage as dated entries. */
@Repository
class MinimumWageRepository {

    private static final String COLUMNS = "municipality_id, yen_per_hour, valid_from, source ";

    private final JdbcClient jdbc;

    MinimumWageRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<MinimumWage> on(long municipalityId, LocalDate date) {
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM minimum_wage WHERE municipality_id = :m AND valid_from <= :d
                 ORDER BY valid_from DESC LIMIT 1""").param("m", municipalityId).param("d", date)
                .query(MinimumWageRepository::map).optional();
    }

    List<MinimumWage> all(long municipalityId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM minimum_wage WHERE municipality_id = :m ORDER BY valid_from DESC")
                .param("m", municipalityId).query(MinimumWageRepository::map).list();
    }

    void put(long municipalityId, long yenPerHour, LocalDate validFrom, String source, Long recordedBy) {
        jdbc.sql("""
                INSERT INTO minimum_wage (municipality_id, yen_per_hour, valid_from, source, recorded_by)
                VALUES (:m, :y, :d, :s, :by)
                ON CONFLICT (municipality_id, valid_from) DO UPDATE SET yen_per_hour = EXCLUDED.yen_per_hour,
                    source = EXCLUDED.source, recorded_by = EXCLUDED.recorded_by, recorded_at = now()
                """).param("m", municipalityId).param("y", yenPerHour).param("d", validFrom).param("s", source)
                .param("by", recordedBy).update();
    }

    private static MinimumWage map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new MinimumWage(rs.getLong("municipality_id"), rs.getLong("yen_per_hour"),
                rs.getObject("valid_from", LocalDate.class), rs.getString("source"));
    }
}
