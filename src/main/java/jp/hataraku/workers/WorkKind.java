package jp.hataraku.workers;

/**
 * The kinds of work (DOMAIN.md "Work kinds"). {@code withholding} is the default of RULES-JP §2;
 * an administrator may later override it per kind.
 */
public enum WorkKind {
    ACCOUNTING(false),
    PURCHASING(false),
    FACILITY_ADMIN(false),
    ANNOTATION(false),
    SALES_SUPPORT(false),
    PHONE_SALES(false),
    WEB_DESIGN(true),
    PRINT_DESIGN(true),
    WRITING(true),
    PHOTOGRAPHY(true),
    TRANSCRIPTION(false),
    PROOFREADING(true),
    DATA_ENTRY(false),
    DIRECT_MAIL(false),
    MAILING(false),
    OTHER(false);

    private final boolean withholding;

    WorkKind(boolean withholding) {
        this.withholding = withholding;
    }

    /** Whether rewards for this kind are subject to withholding income tax by default. */
    public boolean withholding() {
        return withholding;
    }
}
