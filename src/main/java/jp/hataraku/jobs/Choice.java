package jp.hataraku.jobs;

/** One option of a choice field: a stable code (kept in results) and the label a worker sees. */
public record Choice(String code, String label) {

    public Choice {
        if (code == null || !code.matches("[A-Za-z0-9_-]{1,40}")) {
            throw new IllegalArgumentException("choice code must be 1-40 of A-Z a-z 0-9 _ -: " + code);
        }
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("choice label is required");
        }
    }
}
