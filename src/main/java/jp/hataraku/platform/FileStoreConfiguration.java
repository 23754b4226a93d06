package jp.hataraku.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The file store lives in {@code hataraku.files.dir} (default: {@code files} beside the embedded
 * database's data). In test mode each application context gets its own temporary directory.
 */
@Configuration(proxyBeanMethods = false)
class FileStoreConfiguration {

    @Bean
    FileStore fileStore(DatabaseSettings db, @Value("${hataraku.files.dir:}") String dir) {
        if (dir != null && !dir.isBlank()) {
            return new FileStore(Path.of(dir));
        }
        if (db.mode() == DatabaseSettings.Mode.TEST) {
            try {
                return new FileStore(Files.createTempDirectory("hataraku-files"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new FileStore(db.dataDir().resolve("files"));
    }
}
