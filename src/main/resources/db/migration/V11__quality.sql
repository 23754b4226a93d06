-- quality: double entry comparisons and adjudications, gold scores, review inspections, acceptance
-- sampling of batches and the evidence behind each worker's quality score. job, item, task,
-- submission and worker ids are the jobs and workers modules' ids (no foreign keys across modules).

-- A job's own normalisation of a field for double entry and gold (default: the field type's).
CREATE TABLE quality_field_setting (
    job_id        bigint      NOT NULL,
    field_name    text        NOT NULL,
    contractor_id bigint      NOT NULL,
    normalisation text[]      NOT NULL,
    PRIMARY KEY (job_id, field_name)
);

-- One comparison of an item's N results. The submissions compared make it unique, so an event
-- delivered twice compares once; an item redone after a return is compared again.
CREATE TABLE quality_comparison (
    id              bigserial   PRIMARY KEY,
    job_id          bigint      NOT NULL,
    contractor_id   bigint      NOT NULL,
    batch_id        bigint      NOT NULL,
    item_id         bigint      NOT NULL,
    submission_ids  text        NOT NULL,
    -- [{"taskId":…,"workerId":…,"values":{…}}, …] in submission order, for kappa and the record
    results         jsonb       NOT NULL,
    fields_compared int         NOT NULL,
    fields_agreed   int         NOT NULL,
    agreed          boolean     NOT NULL,
    compared_at     timestamptz NOT NULL DEFAULT now(),
    UNIQUE (item_id, submission_ids)
);
CREATE INDEX quality_comparison_job_ix ON quality_comparison (job_id);

-- An item whose results disagree, waiting for (or decided by) an adjudicator.
CREATE TABLE quality_adjudication (
    id             bigserial   PRIMARY KEY,
    comparison_id  bigint      NOT NULL UNIQUE REFERENCES quality_comparison (id),
    job_id         bigint      NOT NULL,
    contractor_id  bigint      NOT NULL,
    batch_id       bigint      NOT NULL,
    item_id        bigint      NOT NULL,
    fields         text[]      NOT NULL,
    status         text        NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN','DECIDED')),
    final_values   jsonb,
    decided_by     bigint,
    decided_at     timestamptz,
    created_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX quality_adjudication_job_ix ON quality_adjudication (job_id, status);
CREATE UNIQUE INDEX quality_adjudication_open_ux ON quality_adjudication (item_id) WHERE status = 'OPEN';

-- A gold task's score against the answer key, once per submission.
CREATE TABLE quality_gold_score (
    submission_id  bigint      PRIMARY KEY,
    task_id        bigint      NOT NULL,
    job_id         bigint      NOT NULL,
    contractor_id  bigint      NOT NULL,
    item_id        bigint      NOT NULL,
    worker_id      bigint      NOT NULL,
    work_kind      text        NOT NULL,
    scored         int         NOT NULL,
    correct        int         NOT NULL,
    wrong_fields   text[]      NOT NULL DEFAULT '{}',
    scored_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX quality_gold_score_job_ix ON quality_gold_score (job_id, worker_id);

-- The evidence behind quality scores, one row per thing observed; source_key makes every
-- observation count once ("gold:<submission>", "agree:<comparison>:<worker>", "review:<submission>"...).
CREATE TABLE quality_evidence (
    id              bigserial   PRIMARY KEY,
    source_key      text        NOT NULL UNIQUE,
    job_id          bigint      NOT NULL,
    contractor_id   bigint      NOT NULL,
    worker_id       bigint      NOT NULL,
    work_kind       text        NOT NULL,
    gold_scored     int         NOT NULL DEFAULT 0,
    gold_correct    int         NOT NULL DEFAULT 0,
    tasks_reviewed  int         NOT NULL DEFAULT 0,
    tasks_returned  int         NOT NULL DEFAULT 0,
    fields_compared int         NOT NULL DEFAULT 0,
    fields_agreed   int         NOT NULL DEFAULT 0,
    recorded_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX quality_evidence_worker_ix ON quality_evidence (worker_id, work_kind);
CREATE INDEX quality_evidence_job_ix ON quality_evidence (job_id);

-- Items a person inspected (one review, or one item of a sample) and whether it was defective:
-- the job's error rate. Lots approved on a sample's strength are not inspections.
CREATE TABLE quality_inspection (
    id             bigserial   PRIMARY KEY,
    job_id         bigint      NOT NULL,
    contractor_id  bigint      NOT NULL,
    batch_id       bigint,
    item_id        bigint,
    task_id        bigint,
    via            text        NOT NULL CHECK (via IN ('REVIEW','SAMPLE')),
    action         text        NOT NULL CHECK (action IN ('APPROVE','RETURN','REJECT','OK','DEFECTIVE')),
    defective      boolean     NOT NULL,
    comment        text,
    inspector      bigint      NOT NULL,
    inspected_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX quality_inspection_job_ix ON quality_inspection (job_id);

-- Acceptance sampling of a batch's settled items (ISO 2859-1 single sampling, normal, level II).
-- The lot and the seed are kept, so the same sample is shown again and can be drawn again.
CREATE TABLE quality_sampling (
    id             bigserial   PRIMARY KEY,
    job_id         bigint      NOT NULL,
    contractor_id  bigint      NOT NULL,
    batch_id       bigint      NOT NULL,
    lot_item_ids   bigint[]    NOT NULL,
    aql            text        NOT NULL,
    code_letter    text        NOT NULL,
    sample_size    int         NOT NULL,
    accept_number  int         NOT NULL,
    reject_number  int         NOT NULL,
    seed           bigint      NOT NULL,
    status         text        NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN','ACCEPTED','REJECTED')),
    defects        int,
    created_by     bigint      NOT NULL,
    created_at     timestamptz NOT NULL DEFAULT now(),
    decided_by     bigint,
    decided_at     timestamptz
);
CREATE INDEX quality_sampling_batch_ix ON quality_sampling (batch_id, id);
CREATE UNIQUE INDEX quality_sampling_open_ux ON quality_sampling (batch_id) WHERE status = 'OPEN';

CREATE TABLE quality_sample_item (
    sampling_id    bigint      NOT NULL REFERENCES quality_sampling (id),
    item_id        bigint      NOT NULL,
    verdict        text        CHECK (verdict IN ('OK','DEFECTIVE')),
    comment        text,
    PRIMARY KEY (sampling_id, item_id)
);
