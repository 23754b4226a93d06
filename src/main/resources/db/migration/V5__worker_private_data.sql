-- workers: private data kept apart from the profile. My Number only as AES-GCM ciphertext (RULES-JP §6);
-- the bank account for payouts. The foreign keys to worker(id) follow once V4 (worker) is merged.
CREATE TABLE worker_my_number (
    worker_id       bigint      PRIMARY KEY,
    municipality_id bigint      NOT NULL,
    ciphertext      bytea       NOT NULL,
    key_id          text        NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX worker_my_number_municipality_ix ON worker_my_number (municipality_id);
CREATE INDEX worker_my_number_key_ix ON worker_my_number (key_id);

CREATE TABLE worker_bank_account (
    worker_id       bigint      PRIMARY KEY,
    municipality_id bigint      NOT NULL,
    bank_code       char(4)     CHECK (bank_code ~ '^[0-9]{4}$'),
    bank_name       text,
    branch_code     char(3)     CHECK (branch_code ~ '^[0-9]{3}$'),
    branch_name     text,
    account_type    smallint    CHECK (account_type IN (1, 2, 4, 9)),
    account_number  char(7)     CHECK (account_number ~ '^[0-9]{7}$'),
    holder_kana     text,
    updated_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX worker_bank_account_municipality_ix ON worker_bank_account (municipality_id);
