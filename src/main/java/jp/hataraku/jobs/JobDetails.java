package jp.hataraku.jobs;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jp.hataraku.workers.WorkKind;

/**
 * Everything a job is made of that staff set when they create or edit it. The template, overlap,
 * gold rate, lease, quality threshold and daily cap shape pool work; {@code aql} (percent, e.g.
 * "1.0") chooses the acceptance sampling plan.
 */
public record JobDetails(long contractorId, long clientId, String title, WorkKind workKind, JobMode mode,
        String description, String deliverableFormat, LocalDate dueDate, PriceModel priceModel,
        long clientUnitPrice, RewardRule reward, Set<String> qualifications, Confidentiality confidentiality,
        TaskTemplate template, int overlap, int goldRatePercent, int leaseMinutes, int qualityThreshold,
        Optional<Integer> dailyCap, Optional<String> aql, Optional<Long> directorAccountId) {

    public JobDetails {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("title is required");
        }
        if (overlap < 1 || overlap > 5) {
            throw new IllegalArgumentException("overlap must be 1 to 5");
        }
        if (goldRatePercent < 0 || goldRatePercent > 50) {
            throw new IllegalArgumentException("gold rate must be 0 to 50 percent");
        }
        if (leaseMinutes < 1 || leaseMinutes > 480) {
            throw new IllegalArgumentException("lease must be 1 to 480 minutes");
        }
        if (qualityThreshold < 0 || qualityThreshold > 100) {
            throw new IllegalArgumentException("quality threshold must be 0 to 100");
        }
        qualifications = qualifications == null ? Set.of() : Set.copyOf(qualifications);
        template = template == null ? TaskTemplate.empty() : template;
        dailyCap = dailyCap == null ? Optional.empty() : dailyCap;
        dailyCap.ifPresent(c -> {
            if (c < 1) {
                throw new IllegalArgumentException("daily cap must be positive");
            }
        });
        aql = aql == null ? Optional.empty() : aql;
        directorAccountId = directorAccountId == null ? Optional.empty() : directorAccountId;
        description = description == null ? "" : description;
        deliverableFormat = deliverableFormat == null ? "" : deliverableFormat;
    }

    /** A pool job with the defaults a data-entry job starts from (demo data and tests). */
    public static JobDetails pool(long contractorId, long clientId, String title, WorkKind kind, LocalDate due,
            TaskTemplate template, int overlap, long unitPrice, long rewardPerUnit) {
        return new JobDetails(contractorId, clientId, title, kind, JobMode.POOL, "", "CSV", due, PriceModel.PER_UNIT,
                unitPrice, new RewardRule(PriceModel.PER_UNIT, rewardPerUnit), Set.of(), Confidentiality.CONFIDENTIAL,
                template, overlap, 0, 30, 0, Optional.empty(), Optional.empty(), Optional.empty());
    }

    public List<String> fieldNames() {
        return template.fieldNames();
    }
}
