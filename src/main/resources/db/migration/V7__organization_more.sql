-- organization: contractor contact and the settings its Zengin transfer files need (RULES-JP §4)
ALTER TABLE contractor
    ADD COLUMN phone                   text,
    ADD COLUMN bank_name_kana          text,
    ADD COLUMN branch_name_kana        text,
    ADD COLUMN zengin_requester_code   char(10) CHECK (zengin_requester_code ~ '^[0-9]{10}$'),
    ADD COLUMN zengin_extended_charset boolean NOT NULL DEFAULT false,
    ADD CONSTRAINT contractor_bank_complete CHECK (
        (bank_code IS NULL AND branch_code IS NULL AND account_type IS NULL AND account_number IS NULL
             AND account_holder_kana IS NULL)
        OR (bank_code ~ '^[0-9]{4}$' AND branch_code ~ '^[0-9]{3}$' AND account_type IS NOT NULL
             AND account_number ~ '^[0-9]{7}$' AND account_holder_kana IS NOT NULL));

ALTER TABLE municipality
    ADD CONSTRAINT municipality_name_present CHECK (length(btrim(name)) > 0);

CREATE INDEX contractor_municipality_by_town ON contractor_municipality (municipality_id);

-- Optimistic locking: an edit saves only if nobody saved the record since it was read.
ALTER TABLE contractor ADD COLUMN version bigint NOT NULL DEFAULT 0;
ALTER TABLE municipality ADD COLUMN version bigint NOT NULL DEFAULT 0;
