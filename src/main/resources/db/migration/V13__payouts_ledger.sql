-- payouts: the reward ledger (one row per reward source), the contractor's payout settings, the
-- background closing runs and the workers a closing carried to a later period.

-- What a closing needs to know of a worker, refreshed each time a line is recorded for them
-- (the closing of 100,000 workers cannot ask the workers module one by one).
CREATE TABLE payee (
    worker_id            bigint      PRIMARY KEY,
    municipality_id      bigint      NOT NULL,
    registration_number  text,
    refreshed_at         timestamptz NOT NULL DEFAULT now()
);

-- One reward source: an approved task (TASK), approved logged time (TIME) or a staff adjustment or
-- bonus (ADJUSTMENT, with a reason). amount is yen before consumption tax, negative for a deduction.
-- received_on starts the Freelance Act's 60-day clock. period_id is set when a CONFIRMED period
-- includes the line; from then on the line is immutable.
CREATE TABLE reward_line (
    id               bigserial   PRIMARY KEY,
    contractor_id    bigint      NOT NULL REFERENCES contractor (id),
    municipality_id  bigint      NOT NULL,
    worker_id        bigint      NOT NULL,
    job_id           bigint,
    work_kind        text        NOT NULL,
    amount           bigint      NOT NULL,
    received_on      date        NOT NULL,
    approved_on      date        NOT NULL,
    source           text        NOT NULL CHECK (source IN ('TASK','TIME','ADJUSTMENT')),
    source_id        bigint,
    units            int,
    reason           text,
    created_by       bigint,
    period_id        bigint      REFERENCES pay_period (id),
    created_at       timestamptz NOT NULL DEFAULT now(),
    UNIQUE (source, source_id),
    CHECK ((source = 'ADJUSTMENT') = (source_id IS NULL)),
    CHECK (source <> 'ADJUSTMENT' OR length(btrim(reason)) > 0)
);
-- the closing's scan: a contractor's lines not yet in a confirmed period
CREATE INDEX reward_line_open_ix ON reward_line (contractor_id, approved_on) WHERE period_id IS NULL;
CREATE INDEX reward_line_worker_ix ON reward_line (worker_id, approved_on);
CREATE INDEX reward_line_period_ix ON reward_line (period_id, worker_id) WHERE period_id IS NOT NULL;

CREATE FUNCTION reward_line_settled_is_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'reward line % belongs to confirmed pay period % and cannot change', OLD.id, OLD.period_id
        USING ERRCODE = 'check_violation';
END $$;
CREATE TRIGGER reward_line_locked BEFORE UPDATE OR DELETE ON reward_line
    FOR EACH ROW WHEN (OLD.period_id IS NOT NULL) EXECUTE FUNCTION reward_line_settled_is_immutable();

-- Per contractor: payment day of the month after the closing month (1..29 keeps every month-end
-- closing inside the 60-day limit) and consumption tax for workers not registered for invoices.
CREATE TABLE payout_settings (
    contractor_id   bigint      PRIMARY KEY REFERENCES contractor (id),
    payment_day     smallint    NOT NULL DEFAULT 25 CHECK (payment_day BETWEEN 1 AND 29),
    unregistered_tax text       NOT NULL DEFAULT 'ADD_STANDARD_RATE' CHECK (unregistered_tax IN ('ADD_STANDARD_RATE','NONE')),
    version         int         NOT NULL DEFAULT 0,
    updated_at      timestamptz NOT NULL DEFAULT now()
);

-- Per contractor and work kind: an override of the kind's default withholding flag.
CREATE TABLE payout_kind_withholding (
    contractor_id  bigint  NOT NULL REFERENCES contractor (id),
    work_kind      text    NOT NULL,
    subject        boolean NOT NULL,
    PRIMARY KEY (contractor_id, work_kind)
);

-- One background run of a closing, its progress and outcome. high_water is the highest reward line
-- id the run saw: confirm marks only lines up to it.
CREATE TABLE closing_run (
    id             bigserial   PRIMARY KEY,
    period_id      bigint      NOT NULL REFERENCES pay_period (id),
    status         text        NOT NULL CHECK (status IN ('RUNNING','DONE','FAILED')),
    phase          text        NOT NULL DEFAULT 'QUEUED',
    previous_status text       NOT NULL,
    total_workers  int         NOT NULL DEFAULT 0,
    done_workers   int         NOT NULL DEFAULT 0,
    high_water     bigint,
    error          text,
    started_by     bigint,
    started_at     timestamptz NOT NULL DEFAULT now(),
    finished_at    timestamptz
);
CREATE INDEX closing_run_period_ix ON closing_run (period_id, id DESC);
CREATE UNIQUE INDEX closing_run_one_running ON closing_run (period_id) WHERE status = 'RUNNING';

-- Workers whose lines summed to less than zero: not paid, their lines carried to a later period.
CREATE TABLE closing_carried (
    period_id   bigint NOT NULL REFERENCES pay_period (id),
    worker_id   bigint NOT NULL,
    amount      bigint NOT NULL,
    PRIMARY KEY (period_id, worker_id)
);
CREATE TRIGGER closing_carried_locked BEFORE UPDATE OR DELETE ON closing_carried
    FOR EACH ROW EXECUTE FUNCTION payout_of_confirmed_is_immutable();

-- The worker's invoice registration number the closing used (the notice is a purchase statement
-- for registered workers), and the objection period the notice states.
ALTER TABLE worker_payout ADD COLUMN invoice_registration text;
ALTER TABLE payout_settings ADD COLUMN objection_days smallint NOT NULL DEFAULT 14 CHECK (objection_days BETWEEN 1 AND 60);
