-- jobs: a client's order, its team, the items to work on, the tasks workers claim or are given,
-- drafts, submissions, time logs and deliveries. client_id and worker ids are the other modules'
-- ids (no foreign keys across modules: each module could live in its own schema later).

CREATE TABLE job (
    id                     bigserial   PRIMARY KEY,
    contractor_id          bigint      NOT NULL,
    client_id              bigint      NOT NULL,
    title                  text        NOT NULL,
    work_kind              text        NOT NULL,
    mode                   text        NOT NULL CHECK (mode IN ('POOL','ASSIGNED')),
    description            text        NOT NULL DEFAULT '',
    deliverable_format     text        NOT NULL DEFAULT '',
    due_date               date        NOT NULL,
    price_model            text        NOT NULL CHECK (price_model IN ('PER_UNIT','PER_HOUR','FIXED')),
    client_unit_price      bigint      NOT NULL CHECK (client_unit_price >= 0),
    -- the worker's reward as data for the pay module: {"model":"PER_UNIT","yen":12} etc.
    reward_rule            jsonb       NOT NULL,
    qualifications         text[]      NOT NULL DEFAULT '{}',
    confidentiality        text        NOT NULL CHECK (confidentiality IN ('NORMAL','CONFIDENTIAL','STRICT')),
    template               jsonb       NOT NULL DEFAULT '{"fields":[]}',
    overlap                int         NOT NULL DEFAULT 1 CHECK (overlap BETWEEN 1 AND 5),
    gold_rate_percent      int         NOT NULL DEFAULT 0 CHECK (gold_rate_percent BETWEEN 0 AND 50),
    lease_minutes          int         NOT NULL DEFAULT 30 CHECK (lease_minutes BETWEEN 1 AND 480),
    quality_threshold      int         NOT NULL DEFAULT 0 CHECK (quality_threshold BETWEEN 0 AND 100),
    daily_cap              int         CHECK (daily_cap > 0),
    aql                    text,
    director_account_id    bigint,
    status                 text        NOT NULL CHECK (status IN ('DRAFT','OPEN','IN_PROGRESS','DELIVERED','ACCEPTED','CLOSED','CANCELLED')),
    service_contract_id    bigint,
    nda_id                 bigint,
    version                int         NOT NULL DEFAULT 0,
    created_at             timestamptz NOT NULL DEFAULT now(),
    updated_at             timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX job_contractor_ix ON job (contractor_id, status);
CREATE INDEX job_client_ix ON job (client_id);

CREATE TABLE job_status_history (
    id            bigserial   PRIMARY KEY,
    job_id        bigint      NOT NULL REFERENCES job (id),
    contractor_id bigint      NOT NULL,
    from_status   text,
    to_status     text        NOT NULL,
    changed_at    timestamptz NOT NULL DEFAULT now(),
    actor_id      bigint
);
CREATE INDEX job_status_history_ix ON job_status_history (job_id, id);

-- The team: only members see the job's data and claim its tasks. A member whose worker record
-- stops being ACTIVE is deactivated (the workers module's event), not deleted.
CREATE TABLE team_member (
    job_id        bigint      NOT NULL REFERENCES job (id),
    worker_id     bigint      NOT NULL,
    contractor_id bigint      NOT NULL,
    active        boolean     NOT NULL DEFAULT true,
    joined_at     timestamptz NOT NULL DEFAULT now(),
    left_at       timestamptz,
    -- REMOVED by staff, or STATUS when the worker stopped being ACTIVE (back when they resume)
    left_reason   text        CHECK (left_reason IN ('REMOVED','STATUS')),
    PRIMARY KEY (job_id, worker_id)
);
CREATE INDEX team_member_worker_ix ON team_member (worker_id) WHERE active;

-- Quality scores per worker and work kind, kept here by the quality module through Jobs so that a
-- claim needs no call across modules.
CREATE TABLE worker_quality (
    worker_id  bigint      NOT NULL,
    work_kind  text        NOT NULL,
    score      int         NOT NULL CHECK (score BETWEEN 0 AND 100),
    updated_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (worker_id, work_kind)
);

CREATE TABLE batch (
    id             bigserial   PRIMARY KEY,
    job_id         bigint      NOT NULL REFERENCES job (id),
    contractor_id  bigint      NOT NULL,
    name           text        NOT NULL,
    source         text        NOT NULL CHECK (source IN ('CSV','XLSX','FILES','API')),
    status         text        NOT NULL CHECK (status IN ('IMPORTING','READY','FAILED')),
    columns        text[]      NOT NULL DEFAULT '{}',
    rows_total     bigint      NOT NULL DEFAULT 0,
    rows_imported  bigint      NOT NULL DEFAULT 0,
    rows_refused   bigint      NOT NULL DEFAULT 0,
    sampling       text        NOT NULL DEFAULT 'NONE' CHECK (sampling IN ('NONE','ACCEPTED','REJECTED','REWORK')),
    created_by     bigint,
    created_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX batch_job_ix ON batch (job_id);

-- One thing to work on: a row of the imported file, or an uploaded image, PDF page or clip.
-- Gold items carry the known answer; workers cannot tell them apart.
CREATE TABLE item (
    id             bigserial   PRIMARY KEY,
    job_id         bigint      NOT NULL REFERENCES job (id),
    batch_id       bigint      NOT NULL REFERENCES batch (id),
    contractor_id  bigint      NOT NULL,
    seq            bigint      NOT NULL,
    source         jsonb       NOT NULL DEFAULT '{}',
    file_sha256    char(64),
    file_type      text,
    file_name      text,
    file_page      int,
    gold_answer    jsonb,
    status         text        NOT NULL DEFAULT 'OPEN'
                   CHECK (status IN ('OPEN','COMPLETE','ADJUDICATION','CHECKED','APPROVED','REJECTED')),
    results_in     int         NOT NULL DEFAULT 0,
    final_result   jsonb,
    UNIQUE (batch_id, seq)
);
CREATE INDEX item_job_status_ix ON item (job_id, status);
CREATE INDEX item_gold_ix ON item (job_id) WHERE gold_answer IS NOT NULL;

-- A task is one worker's piece of work: one of an item's N overlap slots, a gold check, or an
-- assignment a director gave a named worker. worker_id is the holder (claim) or the assignee.
CREATE TABLE task (
    id               bigserial   PRIMARY KEY,
    job_id           bigint      NOT NULL REFERENCES job (id),
    contractor_id    bigint      NOT NULL,
    kind             text        NOT NULL CHECK (kind IN ('POOL','GOLD','ASSIGNED')),
    item_id          bigint      REFERENCES item (id),
    slot             int,
    due_date         date        NOT NULL,
    status           text        NOT NULL CHECK (status IN ('OPEN','LEASED','SUBMITTED','RETURNED','APPROVED','REJECTED','CANCELLED')),
    worker_id        bigint,
    leased_at        timestamptz,
    lease_until      timestamptz,
    submitted_at     timestamptz,
    approved_at      timestamptz,
    review_comment   text,
    -- assignments
    title            text,
    instructions     text,
    estimated_minutes int,
    version          int         NOT NULL DEFAULT 0,
    CHECK (kind = 'ASSIGNED' OR item_id IS NOT NULL),
    CHECK (status <> 'LEASED' OR (worker_id IS NOT NULL AND lease_until IS NOT NULL))
);
-- The pool: what claim-next reads, earliest due date first.
CREATE INDEX task_pool_ix ON task (job_id, due_date, id) WHERE status = 'OPEN' AND kind = 'POOL';
CREATE INDEX task_lease_ix ON task (lease_until) WHERE status = 'LEASED';
CREATE INDEX task_worker_ix ON task (worker_id, status);
CREATE INDEX task_item_ix ON task (item_id);
-- N results of one item come from N different workers: never two tasks of one item for one worker.
CREATE UNIQUE INDEX task_item_worker_ux ON task (item_id, worker_id) WHERE worker_id IS NOT NULL AND kind <> 'ASSIGNED';

-- Every claim, for the daily cap and for "who is doing what".
CREATE TABLE claim_log (
    worker_id  bigint      NOT NULL,
    job_id     bigint      NOT NULL,
    task_id    bigint      NOT NULL,
    claimed_on date        NOT NULL,
    claimed_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX claim_log_worker_day_ix ON claim_log (worker_id, job_id, claimed_on);

-- A worker's unfinished input, saved as they type: survives a closed tab or a change of device.
CREATE TABLE draft (
    task_id    bigint      NOT NULL REFERENCES task (id),
    worker_id  bigint      NOT NULL,
    data       jsonb       NOT NULL,
    revision   int         NOT NULL DEFAULT 1,
    saved_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (task_id, worker_id)
);

-- What a worker handed in. The submit key makes a retried or double-clicked submit a no-op.
CREATE TABLE submission (
    id            bigserial   PRIMARY KEY,
    task_id       bigint      NOT NULL REFERENCES task (id),
    job_id        bigint      NOT NULL,
    item_id       bigint,
    worker_id     bigint      NOT NULL,
    contractor_id bigint      NOT NULL,
    submit_key    text        NOT NULL,
    result        jsonb       NOT NULL,
    submitted_at  timestamptz NOT NULL DEFAULT now(),
    status        text        NOT NULL DEFAULT 'SUBMITTED' CHECK (status IN ('SUBMITTED','APPROVED','RETURNED','REJECTED')),
    reviewed_by   bigint,
    reviewed_at   timestamptz,
    comment       text,
    UNIQUE (task_id, submit_key)
);
CREATE INDEX submission_job_ix ON submission (job_id, status);
CREATE INDEX submission_item_ix ON submission (item_id);
CREATE INDEX submission_worker_ix ON submission (worker_id, status, reviewed_at);

CREATE TABLE task_file (
    id          bigserial   PRIMARY KEY,
    task_id     bigint      NOT NULL REFERENCES task (id),
    purpose     text        NOT NULL CHECK (purpose IN ('INSTRUCTION','RESULT')),
    sha256      char(64)    NOT NULL,
    media_type  text        NOT NULL,
    name        text        NOT NULL,
    size        bigint      NOT NULL,
    added_by    bigint,
    added_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX task_file_task_ix ON task_file (task_id);

-- Hours on assigned work: start/stop, or typed afterwards with a reason.
CREATE TABLE time_log (
    id            bigserial   PRIMARY KEY,
    task_id       bigint      NOT NULL REFERENCES task (id),
    job_id        bigint      NOT NULL,
    worker_id     bigint      NOT NULL,
    contractor_id bigint      NOT NULL,
    started_at    timestamptz NOT NULL,
    stopped_at    timestamptz,
    minutes       int         CHECK (minutes >= 0),
    manual        boolean     NOT NULL DEFAULT false,
    reason        text,
    status        text        NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN','SUBMITTED','APPROVED','RETURNED')),
    approved_by   bigint,
    approved_at   timestamptz,
    CHECK (NOT manual OR reason IS NOT NULL)
);
CREATE INDEX time_log_task_ix ON time_log (task_id);
CREATE UNIQUE INDEX time_log_running_ux ON time_log (worker_id) WHERE stopped_at IS NULL AND NOT manual;

CREATE TABLE delivery (
    id             bigserial   PRIMARY KEY,
    job_id         bigint      NOT NULL REFERENCES job (id),
    contractor_id  bigint      NOT NULL,
    format         text        NOT NULL,
    item_count     int         NOT NULL,
    file_sha256    char(64),
    delivered_on   date        NOT NULL,
    delivered_by   bigint,
    status         text        NOT NULL DEFAULT 'DELIVERED' CHECK (status IN ('DELIVERED','ACCEPTED','REJECTED')),
    decided_on     date,
    decided_by     bigint,
    note           text,
    created_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX delivery_job_ix ON delivery (job_id);
