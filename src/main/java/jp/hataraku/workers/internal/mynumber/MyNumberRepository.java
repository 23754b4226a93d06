package jp.hataraku.workers.internal.mynumber;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for {@code worker_my_number}: ciphertext and key id only, never the number. */
@Repository
class MyNumberRepository {

    private final JdbcClient jdbc;

    MyNumberRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** True when the row is new. */
    boolean upsert(long workerId, long municipalityId, MyNumberCipher.Sealed sealed, Instant now) {
        boolean existed = exists(workerId);
        jdbc.sql("""
                INSERT INTO worker_my_number (worker_id, municipality_id, ciphertext, key_id, created_at, updated_at)
                VALUES (:workerId, :municipalityId, :ciphertext, :keyId, :now, :now)
                ON CONFLICT (worker_id) DO UPDATE
                   SET municipality_id = EXCLUDED.municipality_id, ciphertext = EXCLUDED.ciphertext,
                       key_id = EXCLUDED.key_id, updated_at = EXCLUDED.updated_at
                """)
                .param("workerId", workerId)
                .param("municipalityId", municipalityId)
                .param("ciphertext", sealed.bytes())
                .param("keyId", sealed.keyId())
                .param("now", Timestamp.from(now))
                .update();
        return !existed;
    }

    Optional<MyNumberCipher.Sealed> find(long workerId) {
        return jdbc.sql("SELECT key_id, ciphertext FROM worker_my_number WHERE worker_id = :workerId")
                .param("workerId", workerId)
                .query((rs, n) -> new MyNumberCipher.Sealed(rs.getString("key_id"), rs.getBytes("ciphertext")))
                .optional();
    }

    boolean exists(long workerId) {
        return jdbc.sql("SELECT count(*) FROM worker_my_number WHERE worker_id = :workerId")
                .param("workerId", workerId).query(Integer.class).single() > 0;
    }

    boolean delete(long workerId) {
        return jdbc.sql("DELETE FROM worker_my_number WHERE worker_id = :workerId")
                .param("workerId", workerId).update() > 0;
    }

    List<Long> workersSealedWithOtherKeys(String currentKeyId) {
        return jdbc.sql("SELECT worker_id FROM worker_my_number WHERE key_id <> :keyId ORDER BY worker_id")
                .param("keyId", currentKeyId).query(Long.class).list();
    }

    void replace(long workerId, MyNumberCipher.Sealed sealed, Instant now) {
        jdbc.sql("""
                UPDATE worker_my_number SET ciphertext = :ciphertext, key_id = :keyId, updated_at = :now
                 WHERE worker_id = :workerId
                """)
                .param("workerId", workerId)
                .param("ciphertext", sealed.bytes())
                .param("keyId", sealed.keyId())
                .param("now", Timestamp.from(now))
                .update();
    }
}
