package jp.hataraku.jobs.internal.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import jp.hataraku.jobs.NewItem;
import jp.hataraku.jobs.TaskView;
import jp.hataraku.platform.DetectedType;
import jp.hataraku.platform.FileStore;
import jp.hataraku.platform.StoredFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Items made of files: each image (PNG, JPEG) or audio clip (MP3, WAV, OGG, M4A) is one item, each
 * page of a PDF is one. The type is told by the content, never the name; each kind has its size
 * limit; the checksum is kept with the item. Refused files are named with the reason; the others
 * become one batch (source FILES) written like any import.
 */
@Component
public class FileItems {

    static final long MAX_IMAGE = 10L * 1024 * 1024;
    static final long MAX_PDF = 50L * 1024 * 1024;
    static final long MAX_AUDIO = 100L * 1024 * 1024;
    static final int MAX_PDF_PAGES = 2_000;

    private final FileStore files;
    private final BatchRepository batches;
    private final DataSource dataSource;

    FileItems(FileStore files, BatchRepository batches, DataSource dataSource) {
        this.files = files;
        this.batches = batches;
        this.dataSource = dataSource;
    }

    public record Refusal(String fileName, String code, List<String> args) { }

    public record Outcome(Optional<Long> batchId, long items, List<Refusal> refused) { }

    public Outcome add(JobFacts job, List<MultipartFile> uploads, Optional<Long> by) {
        List<NewItem> items = new ArrayList<>();
        List<Refusal> refused = new ArrayList<>();
        for (MultipartFile upload : uploads) {
            if (upload == null || upload.isEmpty()) {
                continue;
            }
            String name = Optional.ofNullable(upload.getOriginalFilename()).orElse("").replaceAll("[\\\\/]", "_");
            StoredFile stored;
            try (InputStream in = upload.getInputStream()) {
                stored = files.put(in, MAX_AUDIO);
            } catch (FileStore.TooLarge e) {
                refused.add(new Refusal(name, "jobio.files.too-large", List.of(String.valueOf(MAX_AUDIO / (1024 * 1024)))));
                continue;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Optional<Refusal> refusal = check(name, stored);
            if (refusal.isPresent()) {
                refused.add(refusal.get());
                continue;
            }
            if (stored.type() == DetectedType.PDF) {
                int pages = pages(stored);
                if (pages <= 0 || pages > MAX_PDF_PAGES) {
                    refused.add(new Refusal(name, "jobio.files.pdf-unreadable", List.of()));
                    continue;
                }
                for (int page = 1; page <= pages; page++) {
                    items.add(item(name, stored, Optional.of(page)));
                }
            } else {
                items.add(item(name, stored, Optional.empty()));
            }
        }
        if (items.isEmpty()) {
            return new Outcome(Optional.empty(), 0, refused);
        }
        long batchId = batches.create(job.id(), job.contractorId(), items.size() + " files", "FILES",
                List.of("file", "page"), items.size(), 0, by);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (ItemCopyWriter writer = new ItemCopyWriter(connection, job, batchId)) {
                for (NewItem item : items) {
                    writer.add(item);
                }
                writer.flush();
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                batches.failed(batchId);
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        batches.ready(batchId, items.size());
        return new Outcome(Optional.of(batchId), items.size(), refused);
    }

    /** Why a stored file cannot be an item, if it cannot. */
    static Optional<Refusal> check(String name, StoredFile stored) {
        long limit = switch (stored.type()) {
            case PNG, JPEG -> MAX_IMAGE;
            case PDF -> MAX_PDF;
            case MP3, WAV, OGG, M4A -> MAX_AUDIO;
            default -> -1;
        };
        if (limit < 0) {
            return Optional.of(new Refusal(name, "jobio.files.type", List.of()));
        }
        if (stored.size() > limit) {
            return Optional.of(new Refusal(name, "jobio.files.too-large", List.of(String.valueOf(limit / (1024 * 1024)))));
        }
        return Optional.empty();
    }

    private int pages(StoredFile stored) {
        try (InputStream in = files.open(stored.sha256()).orElseThrow();
                PDDocument pdf = Loader.loadPDF(new RandomAccessReadBuffer(in))) {
            return pdf.getNumberOfPages();
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static NewItem item(String name, StoredFile stored, Optional<Integer> page) {
        Map<String, String> source = new LinkedHashMap<>();
        source.put("file", name);
        source.put("page", page.map(String::valueOf).orElse(""));
        return new NewItem(source, Optional.of(new TaskView.ItemFile(stored.sha256(), stored.type().mediaType(), name, page)),
                Optional.empty());
    }
}
