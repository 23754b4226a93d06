package jp.hataraku.platform;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the database is. With no {@code url} an embedded PostgreSQL is started whose data
 * directory persists under {@code dataDir}; in {@code test} mode every application context gets
 * a fresh database, on {@code HATARAKU_TEST_DB_URL} when set or else on an embedded server.
 */
@ConfigurationProperties("hataraku.db")
public record DatabaseSettings(String url, String username, String password, Path dataDir, Mode mode,
        String testUrl) {

    public enum Mode { AUTO, TEST }

    public DatabaseSettings {
        mode = mode == null ? Mode.AUTO : mode;
        dataDir = dataDir == null ? Path.of(System.getProperty("user.home"), ".hataraku") : dataDir;
    }

    boolean external() {
        return url != null && !url.isBlank();
    }
}
