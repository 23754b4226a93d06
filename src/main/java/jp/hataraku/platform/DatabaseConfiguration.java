package jp.hataraku.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One SQL dialect everywhere: an external PostgreSQL when configured, else an embedded one.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(DatabaseSettings settings) throws IOException, SQLException {
        HikariConfig config = new HikariConfig();
        config.setPoolName("hataraku");
        config.setMaximumPoolSize(Integer.getInteger("hataraku.db.pool-size", 20));
        if (settings.mode() == DatabaseSettings.Mode.TEST) {
            return testDatabase(settings, config);
        }
        if (settings.external()) {
            config.setJdbcUrl(settings.url());
            config.setUsername(settings.username());
            config.setPassword(settings.password());
            log.info("Using external PostgreSQL at {}", settings.url());
        } else {
            EmbeddedPostgres pg = EmbeddedServer.persistent(settings.dataDir().resolve("pgdata"));
            config.setJdbcUrl(pg.getJdbcUrl("postgres", "postgres"));
            // The server stops after the pool, when the context closes: with its own JVM shutdown
            // hook it died while the context still needed it, and every stop took 30 s.
            try {
                return new HikariDataSource(config) {
                    @Override
                    public void close() {
                        try {
                            super.close();
                        } finally {
                            EmbeddedServer.stopPersistent();
                        }
                    }
                };
            } catch (RuntimeException e) {
                EmbeddedServer.stopPersistent();
                throw e;
            }
        }
        return new HikariDataSource(config);
    }

    private static HikariDataSource testDatabase(DatabaseSettings settings, HikariConfig config)
            throws IOException, SQLException {
        String name = "hataraku_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        String adminUrl;
        String user;
        if (settings.testUrl() != null && !settings.testUrl().isBlank()) {
            adminUrl = settings.testUrl();
            user = settings.username() == null || settings.username().isBlank() ? "postgres" : settings.username();
        } else {
            adminUrl = EmbeddedServer.forTests().getJdbcUrl("postgres", "postgres");
            user = "postgres";
        }
        try (Connection c = DriverManager.getConnection(adminUrl, user, settings.password());
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name + " TEMPLATE template0 ENCODING 'UTF8'");
        }
        config.setJdbcUrl(replaceDatabase(adminUrl, name));
        config.setUsername(user);
        config.setPassword(settings.password());
        config.setMaximumPoolSize(10);
        // Many cached test contexts share one PostgreSQL (max_connections 100 on CI): an idle
        // context keeps one connection, not ten, so a full run no longer hits "too many clients".
        config.setMinimumIdle(1);
        // The embedded test server stops in its own JVM shutdown hook, racing the context's close;
        // a short timeout keeps Modulith's last registry query from holding every test JVM for 30 s.
        config.setConnectionTimeout(3_000);
        log.info("Test database {} created", name);
        String finalAdminUrl = adminUrl;
        String finalUser = user;
        return new HikariDataSource(config) {
            @Override
            public void close() {
                super.close();
                dropQuietly(finalAdminUrl, finalUser, settings.password(), name);
            }
        };
    }

    /** A test database lives as long as its application context; nothing is left behind. */
    private static void dropQuietly(String adminUrl, String user, String password, String name) {
        try (Connection c = DriverManager.getConnection(adminUrl, user, password);
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            log.warn("Could not drop test database {}: {}", name, e.getMessage());
        }
    }

    static String replaceDatabase(String jdbcUrl, String database) {
        int start = jdbcUrl.indexOf('/', "jdbc:postgresql://".length());
        int query = jdbcUrl.indexOf('?');
        String rest = query < 0 ? "" : jdbcUrl.substring(query);
        return jdbcUrl.substring(0, start + 1) + database + rest;
    }

    /** The embedded servers this JVM started; at most one persistent and one for tests. */
    static final class EmbeddedServer {
        private static EmbeddedPostgres persistent;
        private static EmbeddedPostgres test;

        static synchronized EmbeddedPostgres persistent(Path dataDir) throws IOException {
            if (persistent == null) {
                Files.createDirectories(dataDir);
                log.info("Starting embedded PostgreSQL with data in {}", dataDir);
                persistent = start(dataDir, false, false);
            }
            return persistent;
        }

        static synchronized void stopPersistent() {
            if (persistent != null) {
                try {
                    persistent.close();
                } catch (IOException e) {
                    log.warn("Embedded PostgreSQL did not stop cleanly", e);
                }
                persistent = null;
            }
        }

        static synchronized EmbeddedPostgres forTests() throws IOException {
            if (test == null) {
                Path dir = Files.createTempDirectory("hataraku-test-pg");
                test = start(dir, true, true);
            }
            return test;
        }

        private static EmbeddedPostgres start(Path dataDir, boolean clean, boolean stopOnJvmExit)
                throws IOException {
            return EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(clean)
                    .setRegisterShutdownHook(stopOnJvmExit)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setLocaleConfig("locale", "C")
                    .setLocaleConfig("encoding", "UTF8")
                    .setServerConfig("max_connections", "200")
                    .start();
        }
    }
}
