package jp.hataraku.jobs.internal.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Optional;

import jp.hataraku.platform.DetectedType;
import jp.hataraku.platform.FileStore;
import jp.hataraku.platform.StoredFile;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * An uploaded batch file goes to the {@link FileStore} first (streamed, checksummed, typed by its
 * bytes) and is checked from there; only a CSV (text) or an XLSX (zip) is taken.
 */
@Component
public class BatchUploads {

    private final FileStore files;
    private final BatchImports imports;

    BatchUploads(FileStore files, BatchImports imports) {
        this.files = files;
        this.imports = imports;
    }

    /** What the preview remembers until the person confirms (kept in the session, so serialisable). */
    public record Pending(String token, long jobId, String sha256, long size, String type, String fileName,
            long rowsTotal, long rowsValid, boolean clean) implements Serializable {

        public StoredFile file() {
            return new StoredFile(sha256, size, DetectedType.valueOf(type));
        }
    }

    /** An upload and what its check found, or the one problem that refuses it before reading. */
    public record Upload(Optional<StoredFile> file, Optional<BatchFile.Check> check, Optional<RowProblem> refused) {
        static Upload refused(String code, Object... args) {
            return new Upload(Optional.empty(), Optional.empty(), Optional.of(RowProblem.file(code, args)));
        }
    }

    public Upload receive(JobFacts job, MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return Upload.refused("jobio.file.required");
        }
        StoredFile stored;
        try (InputStream in = file.getInputStream()) {
            stored = files.put(in, BatchImports.MAX_BYTES);
        } catch (FileStore.TooLarge e) {
            return Upload.refused("jobio.file.too-large", BatchImports.MAX_BYTES / (1024 * 1024));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (stored.type() != DetectedType.UNKNOWN && stored.type() != DetectedType.ZIP) {
            return Upload.refused("jobio.file.type");
        }
        return new Upload(Optional.of(stored), Optional.of(imports.check(job, stored)), Optional.empty());
    }
}
