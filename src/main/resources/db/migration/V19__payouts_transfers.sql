-- payouts: every Zengin transfer file and CSV variant produced for a confirmed pay period, and every
-- annual payment record export (RULES-JP §4, §5): who, when, what it held, and its SHA-256 so a file
-- handed to the bank can be matched to this record. Append-only.
CREATE TABLE transfer_file (
    id             bigserial   PRIMARY KEY,
    contractor_id  bigint      NOT NULL REFERENCES contractor (id),
    period_id      bigint      NOT NULL REFERENCES pay_period (id),
    format         text        NOT NULL CHECK (format IN ('ZENGIN','CSV')),
    transfer_date  date        NOT NULL,
    record_count   int         NOT NULL CHECK (record_count >= 0),
    total_amount   bigint      NOT NULL CHECK (total_amount >= 0),
    unpaid_count   int         NOT NULL CHECK (unpaid_count >= 0),
    byte_size      int         NOT NULL,
    sha256         char(64)    NOT NULL,
    generated_by   bigint,
    generated_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX transfer_file_period_ix ON transfer_file (period_id, generated_at);

CREATE TABLE annual_record_export (
    id             bigserial   PRIMARY KEY,
    contractor_id  bigint      NOT NULL REFERENCES contractor (id),
    year           int         NOT NULL,
    payee_count    int         NOT NULL,
    total_paid     bigint      NOT NULL,
    my_numbers     int         NOT NULL,
    sha256         char(64)    NOT NULL,
    generated_by   bigint,
    generated_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX annual_record_export_ix ON annual_record_export (contractor_id, year);

CREATE FUNCTION payouts_files_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'check_violation';
END $$;
CREATE TRIGGER transfer_file_append_only BEFORE UPDATE OR DELETE ON transfer_file
    FOR EACH ROW EXECUTE FUNCTION payouts_files_append_only();
CREATE TRIGGER annual_record_export_append_only BEFORE UPDATE OR DELETE ON annual_record_export
    FOR EACH ROW EXECUTE FUNCTION payouts_files_append_only();
