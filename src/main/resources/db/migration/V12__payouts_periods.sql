-- payouts: pay periods (one calendar month of approved work per contractor) and the payouts a
-- closing computes for each worker. A confirmed period and its payouts are immutable (triggers):
-- corrections are adjustments in a later period (DOMAIN.md invariants).
CREATE TABLE pay_period (
    id                 bigserial   PRIMARY KEY,
    contractor_id      bigint      NOT NULL REFERENCES contractor (id),
    month              date        NOT NULL CHECK (extract(day FROM month) = 1),
    status             text        NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN','CLOSING','REVIEW','CONFIRMED')),
    payment_date       date        NOT NULL,
    worker_count       int         NOT NULL DEFAULT 0,
    total_gross        bigint      NOT NULL DEFAULT 0,
    total_withholding  bigint      NOT NULL DEFAULT 0,
    total_net          bigint      NOT NULL DEFAULT 0,
    confirmed_at       timestamptz,
    confirmed_by       bigint,
    version            int         NOT NULL DEFAULT 0,
    created_at         timestamptz NOT NULL DEFAULT now(),
    updated_at         timestamptz NOT NULL DEFAULT now(),
    UNIQUE (contractor_id, month),
    CHECK ((status = 'CONFIRMED') = (confirmed_at IS NOT NULL))
);

-- One row per worker and period: the figures of RewardCalculator. net = gross + consumption_tax - withholding.
CREATE TABLE worker_payout (
    period_id             bigint   NOT NULL REFERENCES pay_period (id),
    worker_id             bigint   NOT NULL,
    contractor_id         bigint   NOT NULL,
    municipality_id       bigint   NOT NULL,
    gross                 bigint   NOT NULL CHECK (gross >= 0),
    consumption_tax_rate  smallint NOT NULL CHECK (consumption_tax_rate BETWEEN 0 AND 100),
    consumption_tax       bigint   NOT NULL CHECK (consumption_tax >= 0),
    withholding_base      bigint   NOT NULL CHECK (withholding_base >= 0),
    withholding           bigint   NOT NULL CHECK (withholding >= 0 AND withholding <= withholding_base),
    net                   bigint   NOT NULL,
    payment_date          date     NOT NULL,
    earliest_deadline     date     NOT NULL,
    PRIMARY KEY (period_id, worker_id),
    CHECK (net = gross + consumption_tax - withholding)
);
CREATE INDEX worker_payout_worker_ix ON worker_payout (worker_id, period_id);
CREATE INDEX worker_payout_year_ix ON worker_payout (contractor_id, payment_date);

-- Gross per work kind; withholding is the payout's withholding allocated to the subject kinds in
-- proportion to their amounts (fractions cut off, the remainder on the largest), for the annual record.
CREATE TABLE worker_payout_kind (
    period_id    bigint  NOT NULL,
    worker_id    bigint  NOT NULL,
    work_kind    text    NOT NULL,
    gross        bigint  NOT NULL,
    subject      boolean NOT NULL,
    withholding  bigint  NOT NULL DEFAULT 0 CHECK (withholding >= 0),
    PRIMARY KEY (period_id, worker_id, work_kind),
    FOREIGN KEY (period_id, worker_id) REFERENCES worker_payout (period_id, worker_id) ON DELETE CASCADE
);

CREATE FUNCTION pay_period_confirmed_is_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.status = 'CONFIRMED' THEN
        RAISE EXCEPTION 'pay period % is confirmed and cannot change', OLD.id USING ERRCODE = 'check_violation';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;
CREATE TRIGGER pay_period_locked BEFORE UPDATE OR DELETE ON pay_period
    FOR EACH ROW EXECUTE FUNCTION pay_period_confirmed_is_immutable();

CREATE FUNCTION payout_of_confirmed_is_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    s text;
BEGIN
    SELECT status INTO s FROM pay_period WHERE id = OLD.period_id;
    IF s = 'CONFIRMED' THEN
        RAISE EXCEPTION 'payouts of confirmed pay period % cannot change', OLD.period_id USING ERRCODE = 'check_violation';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;
CREATE TRIGGER worker_payout_locked BEFORE UPDATE OR DELETE ON worker_payout
    FOR EACH ROW EXECUTE FUNCTION payout_of_confirmed_is_immutable();
CREATE TRIGGER worker_payout_kind_locked BEFORE UPDATE OR DELETE ON worker_payout_kind
    FOR EACH ROW EXECUTE FUNCTION payout_of_confirmed_is_immutable();
