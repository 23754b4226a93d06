-- billing: billable work, qualified invoices (適格請求書) to clients, return invoices, payments
-- received. Contractor, client and job ids refer to other modules' records by value (no foreign
-- keys across modules). Money is bigint yen. An issued invoice, its lines and totals are immutable
-- (triggers): corrections are a return invoice or a cancel-and-reissue, never an edit.

-- The contractor's billing settings: how the per-rate consumption tax is rounded (RULES-JP §3).
CREATE TABLE billing_setting (
    contractor_id  bigint      PRIMARY KEY,
    rounding       text        NOT NULL DEFAULT 'DOWN' CHECK (rounding IN ('DOWN','UP','HALF_UP')),
    updated_at     timestamptz NOT NULL DEFAULT now()
);

-- Work a client owes for: recorded once per source (an accepted delivery, a fixed-price job, an
-- approved time log) or typed by staff (MANUAL). Billed when an invoice takes it.
CREATE TABLE billable_line (
    id              bigserial   PRIMARY KEY,
    contractor_id   bigint      NOT NULL,
    client_id       bigint      NOT NULL,
    job_id          bigint,
    source_kind     text        NOT NULL CHECK (source_kind IN ('DELIVERY','JOB_FIXED','TIME','MANUAL')),
    source_id       bigint,
    description     text        NOT NULL,
    quantity        bigint      NOT NULL,
    unit            text        NOT NULL CHECK (unit IN ('ITEM','JOB','MINUTE','ONE')),
    unit_price      bigint      NOT NULL,
    amount          bigint      NOT NULL,
    tax_rate        smallint    NOT NULL CHECK (tax_rate IN (0, 8, 10)),
    work_date       date        NOT NULL,
    invoice_id      bigint,
    created_at      timestamptz NOT NULL DEFAULT now(),
    CHECK ((source_kind = 'MANUAL') = (source_id IS NULL))
);
CREATE UNIQUE INDEX billable_line_source ON billable_line (source_kind, source_id) WHERE source_id IS NOT NULL;
CREATE INDEX billable_line_unbilled ON billable_line (contractor_id, client_id, work_date) WHERE invoice_id IS NULL;

-- The last invoice number given per contractor and fiscal year; the issuing transaction locks the
-- row (UPDATE … RETURNING), so numbers are gap-free: a rolled-back issue gives its number back.
CREATE TABLE invoice_counter (
    contractor_id  bigint  NOT NULL,
    fiscal_year    int     NOT NULL,
    last_number    int     NOT NULL CHECK (last_number >= 0),
    PRIMARY KEY (contractor_id, fiscal_year)
);

CREATE TABLE invoice (
    id                   bigserial   PRIMARY KEY,
    contractor_id        bigint      NOT NULL,
    client_id            bigint      NOT NULL,
    job_id               bigint,
    fiscal_year          int         NOT NULL,
    number               int         NOT NULL CHECK (number > 0),
    kind                 text        NOT NULL CHECK (kind IN ('INVOICE','RETURN')),
    -- a return invoice refunds this invoice; a reissue replaces it
    original_invoice_id  bigint      REFERENCES invoice (id),
    replaces_invoice_id  bigint      REFERENCES invoice (id),
    issued_on            date        NOT NULL,
    transaction_from     date        NOT NULL,
    transaction_to       date        NOT NULL,
    due_on               date        NOT NULL,
    issuer_name          text        NOT NULL,
    issuer_address       text        NOT NULL,
    registration_number  char(14)    NOT NULL CHECK (registration_number ~ '^T[0-9]{13}$'),
    recipient_name       text        NOT NULL,
    rounding             text        NOT NULL CHECK (rounding IN ('DOWN','UP','HALF_UP')),
    amounts_include_tax  boolean     NOT NULL DEFAULT false,
    total_amount         bigint      NOT NULL,
    total_tax            bigint      NOT NULL,
    total                bigint      NOT NULL,
    issued_by            bigint,
    created_at           timestamptz NOT NULL DEFAULT now(),
    UNIQUE (contractor_id, fiscal_year, number),
    CHECK (transaction_from <= transaction_to),
    CHECK ((kind = 'RETURN') = (original_invoice_id IS NOT NULL)),
    CHECK (total = CASE WHEN amounts_include_tax THEN total_amount ELSE total_amount + total_tax END)
);
CREATE INDEX invoice_client ON invoice (client_id, issued_on);
CREATE INDEX invoice_due ON invoice (contractor_id, due_on);

CREATE TABLE invoice_line (
    invoice_id        bigint   NOT NULL REFERENCES invoice (id),
    line_no           int      NOT NULL,
    description       text     NOT NULL,
    transaction_date  date     NOT NULL,
    quantity          bigint   NOT NULL,
    unit              text     NOT NULL,
    unit_price        bigint   NOT NULL,
    amount            bigint   NOT NULL,
    tax_rate          smallint NOT NULL CHECK (tax_rate IN (0, 8, 10)),
    billable_line_id  bigint   REFERENCES billable_line (id),
    -- on a return invoice: the line of the original invoice this line refunds
    original_line_no  int,
    PRIMARY KEY (invoice_id, line_no)
);

CREATE TABLE invoice_rate_total (
    invoice_id  bigint   NOT NULL REFERENCES invoice (id),
    tax_rate    smallint NOT NULL CHECK (tax_rate IN (0, 8, 10)),
    amount      bigint   NOT NULL,
    tax         bigint   NOT NULL,
    PRIMARY KEY (invoice_id, tax_rate)
);

-- An invoice cancelled and reissued: the old one stays as issued, marked here (never edited).
CREATE TABLE invoice_supersession (
    invoice_id     bigint      PRIMARY KEY REFERENCES invoice (id),
    superseded_by  bigint      NOT NULL UNIQUE REFERENCES invoice (id),
    reason         text        NOT NULL,
    created_at     timestamptz NOT NULL DEFAULT now()
);

-- Money received from the client against an invoice; partial payments allowed.
CREATE TABLE invoice_payment (
    id             bigserial   PRIMARY KEY,
    invoice_id     bigint      NOT NULL REFERENCES invoice (id),
    contractor_id  bigint      NOT NULL,
    received_on    date        NOT NULL,
    amount         bigint      NOT NULL CHECK (amount > 0),
    note           text        NOT NULL DEFAULT '',
    recorded_by    bigint,
    created_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX invoice_payment_invoice ON invoice_payment (invoice_id);

CREATE FUNCTION billing_issued_is_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% rows of an issued invoice cannot change', TG_TABLE_NAME USING ERRCODE = 'check_violation';
END $$;
CREATE TRIGGER invoice_immutable BEFORE UPDATE OR DELETE ON invoice
    FOR EACH ROW EXECUTE FUNCTION billing_issued_is_immutable();
CREATE TRIGGER invoice_line_immutable BEFORE UPDATE OR DELETE ON invoice_line
    FOR EACH ROW EXECUTE FUNCTION billing_issued_is_immutable();
CREATE TRIGGER invoice_rate_total_immutable BEFORE UPDATE OR DELETE ON invoice_rate_total
    FOR EACH ROW EXECUTE FUNCTION billing_issued_is_immutable();
CREATE TRIGGER invoice_supersession_immutable BEFORE UPDATE OR DELETE ON invoice_supersession
    FOR EACH ROW EXECUTE FUNCTION billing_issued_is_immutable();
CREATE TRIGGER invoice_payment_immutable BEFORE UPDATE OR DELETE ON invoice_payment
    FOR EACH ROW EXECUTE FUNCTION billing_issued_is_immutable();

-- A billed line is part of an issued invoice: only the step from unbilled to billed is allowed.
CREATE FUNCTION billable_line_billed_is_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.invoice_id IS NOT NULL THEN
        RAISE EXCEPTION 'billable line % is billed and cannot change', OLD.id USING ERRCODE = 'check_violation';
    END IF;
    IF TG_OP = 'UPDATE' AND (NEW.amount, NEW.tax_rate, NEW.quantity, NEW.unit_price, NEW.description, NEW.client_id)
            IS DISTINCT FROM (OLD.amount, OLD.tax_rate, OLD.quantity, OLD.unit_price, OLD.description, OLD.client_id) THEN
        RAISE EXCEPTION 'billable line % can only be billed, not changed', OLD.id USING ERRCODE = 'check_violation';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;
CREATE TRIGGER billable_line_locked BEFORE UPDATE OR DELETE ON billable_line
    FOR EACH ROW EXECUTE FUNCTION billable_line_billed_is_immutable();
