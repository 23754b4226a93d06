package jp.hataraku.jobs;

/** Someone outside a job's team asked for its data or its work: refused (403) and audited. */
public class NotOnTeam extends RuntimeException {

    public NotOnTeam(long jobId) {
        super("not on the team of job " + jobId);
    }
}
