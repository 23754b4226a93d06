package jp.hataraku.jobs.internal.delivery;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jp.hataraku.identity.Audit;
import jp.hataraku.jobs.DeliveryAccepted;
import jp.hataraku.jobs.JobRuleViolation;
import jp.hataraku.jobs.JobStatus;
import jp.hataraku.jobs.internal.JobService;
import jp.hataraku.jobs.internal.delivery.DeliveryRepository.Delivery;
import jp.hataraku.jobs.internal.io.JobFacts;
import jp.hataraku.platform.FileStore;
import jp.hataraku.platform.StoredFile;
import jp.hataraku.shared.TokyoClock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Results out of a job: exports in four formats, deliveries recorded with their file, and the
 * client's acceptance (検収) or rejection. Acceptance publishes {@link DeliveryAccepted} in the
 * same transaction (the Modulith outbox keeps it until billing has handled it).
 */
@Service
public class Deliveries {

    /** A delivery file may be big (a million rows), but not unbounded. */
    static final long MAX_FILE = 2L * 1024 * 1024 * 1024;

    private final DeliveryRepository repository;
    private final JobService jobs;
    private final FileStore files;
    private final Audit audit;
    private final ApplicationEventPublisher events;
    private final TokyoClock clock;

    Deliveries(DeliveryRepository repository, JobService jobs, FileStore files, Audit audit,
            ApplicationEventPublisher events, TokyoClock clock) {
        this.repository = repository;
        this.jobs = jobs;
        this.files = files;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    public ResultTable table(JobFacts job) {
        return new ResultTable(repository.sourceColumns(job.id()), job.template().fieldNames());
    }

    /**
     * Writes the job's approved results to {@code out}. A Shift_JIS export with characters that
     * encoding cannot hold is refused ({@link ResultWriter.NotShiftJis}) before a byte is written.
     */
    @Transactional // not read-only: the export is audited in the same transaction
    public void export(JobFacts job, ExportFormat format, OutputStream out) {
        ResultWriter.write(format, table(job), each -> repository.approvedResults(job.id(), each), out);
        audit.event("jobio.export", "job " + job.id() + " " + format.code());
    }

    /** Checks a Shift_JIS export can be made, before the response is started. */
    @Transactional(readOnly = true)
    public void checkExport(JobFacts job, ExportFormat format) {
        if (format == ExportFormat.CSV_SJIS) {
            ResultWriter.checkShiftJis(table(job), each -> repository.approvedResults(job.id(), each));
        }
    }

    /** Records a delivery of the approved results in {@code format}: IN_PROGRESS → DELIVERED. */
    @Transactional
    public long deliver(JobFacts job, ExportFormat format, Optional<Long> by) {
        if (job.status() != JobStatus.IN_PROGRESS) {
            throw new JobRuleViolation("jobio.delivery.not-in-progress");
        }
        int count = repository.countApproved(job.id());
        if (count == 0) {
            throw new JobRuleViolation("jobio.delivery.nothing");
        }
        StoredFile file = storeExport(job, format);
        LocalDate today = clock.today();
        long id = repository.create(job.id(), job.contractorId(), format.code(), count, file.sha256(), today, by);
        jobs.transition(job.id(), JobStatus.DELIVERED);
        audit.change("jobio.delivery.create", "delivery", id, null,
                Map.of("jobId", job.id(), "format", format.code(), "items", count, "sha256", file.sha256()));
        return id;
    }

    private StoredFile storeExport(JobFacts job, ExportFormat format) {
        Path temp = null;
        try {
            temp = Files.createTempFile("hataraku-delivery", "." + format.extension());
            try (OutputStream out = Files.newOutputStream(temp)) {
                ResultWriter.write(format, table(job), each -> repository.approvedResults(job.id(), each), out);
            }
            try (InputStream in = Files.newInputStream(temp)) {
                return files.put(in, MAX_FILE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FileStore.TooLarge e) {
            throw new JobRuleViolation("jobio.delivery.too-large");
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // a temp file left behind is removed by the system
                }
            }
        }
    }

    public Optional<Delivery> find(long deliveryId) {
        return repository.find(deliveryId);
    }

    public java.util.List<Delivery> forJob(long jobId) {
        return repository.forJob(jobId);
    }

    public Optional<InputStream> file(Delivery delivery) {
        return delivery.fileSha256().flatMap(files::open);
    }

    /** The client accepts (検収) on {@code on}: DELIVERED → ACCEPTED, and billing hears of it. */
    @Transactional
    public void accept(JobFacts job, Delivery delivery, LocalDate on, Optional<Long> by) {
        if (on.isBefore(delivery.deliveredOn())) {
            throw new JobRuleViolation("jobio.acceptance.before-delivery");
        }
        decide(job, delivery, "ACCEPTED", on, by, Optional.empty());
        jobs.transition(job.id(), JobStatus.ACCEPTED);
        events.publishEvent(new DeliveryAccepted(delivery.id(), job.id(), job.contractorId(), job.clientId(),
                delivery.itemCount(), delivery.deliveredOn(), on));
    }

    /** The client refuses the delivery with a note: the job goes back in progress. */
    @Transactional
    public void reject(JobFacts job, Delivery delivery, String note, Optional<Long> by) {
        if (note == null || note.isBlank()) {
            throw new JobRuleViolation("jobio.acceptance.note-required");
        }
        decide(job, delivery, "REJECTED", clock.today(), by, Optional.of(note.strip()));
        jobs.transition(job.id(), JobStatus.IN_PROGRESS);
    }

    private void decide(JobFacts job, Delivery delivery, String status, LocalDate on, Optional<Long> by,
            Optional<String> note) {
        if (delivery.jobId() != job.id() || !repository.decide(delivery.id(), status, on, by, note)) {
            throw new JobRuleViolation("jobio.acceptance.decided");
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", status);
        after.put("on", on.toString());
        note.ifPresent(n -> after.put("note", n));
        audit.change("jobio.delivery.decide", "delivery", delivery.id(), Map.of("status", delivery.status()), after);
    }
}
