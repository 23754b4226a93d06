-- Council report exports that run in the background (issue 5): one row per requested file, owned by
-- the account that asked for it. The finished file is kept in the row and deleted after 7 days.
CREATE TABLE report_export_job (
    id              bigserial PRIMARY KEY,
    account_id      bigint      NOT NULL,
    kind            text        NOT NULL CHECK (kind IN ('XLSX', 'PDF', 'CSV')),
    town_id         bigint,
    contractor_id   bigint,
    from_year       int         NOT NULL CHECK (from_year BETWEEN 2000 AND 2100),
    to_year         int         NOT NULL CHECK (to_year BETWEEN 2000 AND 2100),
    locale          text        NOT NULL,
    status          text        NOT NULL DEFAULT 'QUEUED' CHECK (status IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    done            int         NOT NULL DEFAULT 0 CHECK (done >= 0),
    total           int         NOT NULL CHECK (total > 0),
    file            bytea,
    file_name       text,
    error_code      text,
    created_at      timestamptz NOT NULL DEFAULT now(),
    started_at      timestamptz,
    heartbeat_at    timestamptz NOT NULL DEFAULT now(),
    finished_at     timestamptz,
    CHECK (from_year <= to_year),
    CHECK (done <= total),
    CHECK (status <> 'DONE' OR (file IS NOT NULL AND file_name IS NOT NULL)),
    CHECK (status <> 'FAILED' OR error_code IS NOT NULL)
);

CREATE INDEX report_export_job_account ON report_export_job (account_id, created_at DESC);
CREATE INDEX report_export_job_open ON report_export_job (status) WHERE status IN ('QUEUED', 'RUNNING');
CREATE INDEX report_export_job_finished ON report_export_job (finished_at) WHERE finished_at IS NOT NULL;
