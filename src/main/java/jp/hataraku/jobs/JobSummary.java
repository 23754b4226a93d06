package jp.hataraku.jobs;

/** A job as other modules and pages see it: its details, state and version. */
public record JobSummary(long id, JobDetails details, JobStatus status, int version) {

    public long contractorId() {
        return details.contractorId();
    }

    public long clientId() {
        return details.clientId();
    }

    public String title() {
        return details.title();
    }
}
