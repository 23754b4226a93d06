-- organization: towns taking part, the contracting corporations, and which towns each serves
CREATE TABLE municipality (
    id               bigserial PRIMARY KEY,
    name             text      NOT NULL,
    name_kana        text      NOT NULL,
    prefecture_code  char(2)   NOT NULL CHECK (prefecture_code ~ '^(0[1-9]|[1-3][0-9]|4[0-7])$'),
    population       int       NOT NULL CHECK (population >= 0),
    population_as_of date,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE contractor (
    id                    bigserial PRIMARY KEY,
    legal_name            text    NOT NULL,
    legal_name_kana       text,
    corporate_number      char(13) CHECK (corporate_number ~ '^[0-9]{13}$'),
    registration_number   char(14) CHECK (registration_number ~ '^T[0-9]{13}$'),
    postal_code           char(7),
    address               text,
    bank_code             char(4),
    branch_code           char(3),
    account_type          smallint CHECK (account_type IN (1, 2, 4, 9)),
    account_number        char(7),
    account_holder_kana   text,
    created_at            timestamptz NOT NULL DEFAULT now(),
    updated_at            timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE contractor_municipality (
    contractor_id   bigint NOT NULL REFERENCES contractor (id) ON DELETE CASCADE,
    municipality_id bigint NOT NULL REFERENCES municipality (id) ON DELETE CASCADE,
    PRIMARY KEY (contractor_id, municipality_id)
);
