-- reports: pre-computed council reports (ReportSnapshots). One row per scope (town, contractor;
-- 0 = every town / every contractor), fiscal year and locale. report is the serialized
-- CouncilReport.Report (NULL while the first computation runs), report_date the date it was
-- computed on (NULL for a year not begun). stale is set by the reports module's listeners when a
-- change to the figures' data commits (stale_since = when the first such change was seen);
-- version is raised by each change seen while the row is fresh or being refreshed and by each
-- refresh claim, so that a refresh whose data may predate a change never marks the row fresh.
-- last_read_on: the background refresher keeps only recently read snapshots up to date.
-- definition: the figures (section and figure ids) of the application that computed the report;
-- a snapshot of another definition (an older or newer release) is never served.
CREATE TABLE report_snapshot (
    town_id       bigint      NOT NULL,
    contractor_id bigint      NOT NULL,
    fiscal_year   int         NOT NULL,
    locale        text        NOT NULL,
    report        text,
    report_date   date,
    computed_at   timestamptz,
    compute_ms    int,
    stale         boolean     NOT NULL DEFAULT true,
    stale_since   timestamptz,
    refreshing    boolean     NOT NULL DEFAULT false,
    version       bigint      NOT NULL DEFAULT 1,
    last_read_on  date        NOT NULL,
    definition    text        NOT NULL DEFAULT '',
    PRIMARY KEY (town_id, contractor_id, fiscal_year, locale)
);
-- what the background refresher looks for
CREATE INDEX report_snapshot_stale ON report_snapshot (stale_since) WHERE stale;
