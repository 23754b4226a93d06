-- workers: resident workers, their registration periods, the full status history and requests.
-- History is never deleted; council reports count people by their state on a date from it.
CREATE TABLE worker (
    id                       bigserial   PRIMARY KEY,
    municipality_id          bigint      NOT NULL REFERENCES municipality (id),
    name                     text        NOT NULL,
    name_kana                text        NOT NULL,
    birth_date               date        NOT NULL,
    gender                   text        NOT NULL CHECK (gender IN ('FEMALE','MALE','OTHER','UNDISCLOSED')),
    postal_code              char(7)     NOT NULL CHECK (postal_code ~ '^[0-9]{7}$'),
    address                  text        NOT NULL,
    phone                    text        NOT NULL,
    email                    text        NOT NULL,
    work_kinds               text[]      NOT NULL DEFAULT '{}',
    hours_per_week           int         CHECK (hours_per_week BETWEEN 1 AND 60),
    time_bands               text[]      NOT NULL DEFAULT '{}',
    place                    text        NOT NULL CHECK (place IN ('HOME','TELEWORK_CENTRE','EITHER')),
    devices                  text[]      NOT NULL DEFAULT '{}',
    accommodations           text,
    -- special care-required data: only with explicit consent (consent time kept with it)
    circumstances            text[],
    circumstances_consent_at timestamptz,
    referral                 text,
    privacy_notice_version   text        NOT NULL,
    privacy_consented_at     timestamptz NOT NULL,
    skills                   text[]      NOT NULL DEFAULT '{}',
    roles_held               text[]      NOT NULL DEFAULT '{WORKER}',
    invoice_registration_number char(14) CHECK (invoice_registration_number ~ '^T[0-9]{13}$'),
    status                   text        NOT NULL CHECK (status IN ('APPLIED','BRIEFED','ACTIVE','PAUSED','WITHDRAWN')),
    period_no                int         NOT NULL DEFAULT 1,
    possible_duplicate_of    bigint      REFERENCES worker (id),
    search_key               text        NOT NULL,
    created_at               timestamptz NOT NULL DEFAULT now(),
    updated_at               timestamptz NOT NULL DEFAULT now(),
    CHECK (circumstances IS NULL OR circumstances_consent_at IS NOT NULL)
);
CREATE INDEX worker_municipality_ix ON worker (municipality_id, status);
CREATE INDEX worker_email_ix ON worker (lower(email));
CREATE INDEX worker_birth_ix ON worker (birth_date);

-- One row per registration period; a withdrawn worker who registers again opens a new one.
CREATE TABLE worker_period (
    worker_id          bigint      NOT NULL REFERENCES worker (id),
    municipality_id    bigint      NOT NULL REFERENCES municipality (id),
    period_no          int         NOT NULL,
    started_on         date        NOT NULL,
    briefed_on         date,
    terms_version      text,
    terms_accepted_at  timestamptz,
    ended_on           date,
    withdrawal_reason  text        CHECK (withdrawal_reason IN ('EMPLOYMENT','MOVED','OTHER')),
    withdrawal_note    text,
    PRIMARY KEY (worker_id, period_no),
    CHECK (withdrawal_reason <> 'OTHER' OR withdrawal_note IS NOT NULL)
);

CREATE TABLE worker_status_history (
    id               bigserial   PRIMARY KEY,
    worker_id        bigint      NOT NULL REFERENCES worker (id),
    municipality_id  bigint      NOT NULL REFERENCES municipality (id),
    from_status      text,
    to_status        text        NOT NULL,
    effective_on     date        NOT NULL,
    recorded_at      timestamptz NOT NULL DEFAULT now(),
    actor_id         bigint,
    reason           text,
    note             text,
    period_no        int         NOT NULL
);
CREATE INDEX worker_status_history_ix ON worker_status_history (worker_id, effective_on, id);
CREATE INDEX worker_status_history_town_ix ON worker_status_history (municipality_id, effective_on);

-- A worker's request to pause or withdraw; staff confirm it by making the change.
CREATE TABLE worker_request (
    id               bigserial   PRIMARY KEY,
    worker_id        bigint      NOT NULL REFERENCES worker (id),
    municipality_id  bigint      NOT NULL REFERENCES municipality (id),
    kind             text        NOT NULL CHECK (kind IN ('PAUSE','WITHDRAWAL')),
    note             text,
    requested_at     timestamptz NOT NULL DEFAULT now(),
    resolved_at      timestamptz,
    resolved_by      bigint
);
CREATE INDEX worker_request_open_ix ON worker_request (worker_id) WHERE resolved_at IS NULL;
