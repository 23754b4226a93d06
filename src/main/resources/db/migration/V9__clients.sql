-- clients: leads, clients, contacts, sales activity, quotes, service contracts and NDAs.
-- Every table carries contractor_id (the tenant key); owner and "by whom" ids refer to other
-- modules' records (workers, accounts) by value, without foreign keys across modules.

CREATE TABLE client (
    id                bigserial   PRIMARY KEY,
    contractor_id     bigint      NOT NULL,
    name              text        NOT NULL,
    name_kana         text        NOT NULL,
    corporate_number  char(13),
    type              text        NOT NULL CHECK (type IN ('LISTED_COMPANY','OUTSIDE_PREFECTURE','IN_PREFECTURE',
                                                            'IN_TOWN','MUNICIPALITY','WELFARE_COUNCIL','INDIVIDUAL')),
    address           text        NOT NULL DEFAULT '',
    note              text        NOT NULL DEFAULT '',
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX client_contractor ON client (contractor_id, name_kana);

CREATE TABLE lead (
    id                bigserial   PRIMARY KEY,
    contractor_id     bigint      NOT NULL,
    company_name      text        NOT NULL,
    company_kana      text        NOT NULL DEFAULT '',
    source            text        NOT NULL CHECK (source IN ('SEMINAR','WEB_INQUIRY','WORKTRIP_VISIT','REFERRAL','SALES_CALL')),
    stage             text        NOT NULL CHECK (stage IN ('NEW','CONTACTED','PROPOSAL','WON','LOST')),
    owner_worker_id   bigint,
    note              text        NOT NULL DEFAULT '',
    received_on       date        NOT NULL,
    -- the client this lead became: reports follow visit/lead → client → order
    client_id         bigint      REFERENCES client (id),
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now(),
    CHECK ((stage = 'WON') = (client_id IS NOT NULL))
);
CREATE INDEX lead_contractor ON lead (contractor_id, stage);
CREATE UNIQUE INDEX lead_client ON lead (client_id) WHERE client_id IS NOT NULL;

CREATE TABLE client_contact (
    id                bigserial   PRIMARY KEY,
    contractor_id     bigint      NOT NULL,
    client_id         bigint      NOT NULL REFERENCES client (id),
    name              text        NOT NULL,
    name_kana         text        NOT NULL DEFAULT '',
    department        text        NOT NULL DEFAULT '',
    email             text        NOT NULL DEFAULT '',
    phone             text        NOT NULL DEFAULT '',
    -- the sign-in made for this contact (identity's account id), when staff made one
    account_id        bigint,
    created_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX client_contact_client ON client_contact (client_id);

CREATE TABLE sales_activity (
    id                bigserial   PRIMARY KEY,
    contractor_id     bigint      NOT NULL,
    lead_id           bigint      REFERENCES lead (id),
    client_id         bigint      REFERENCES client (id),
    activity_date     date        NOT NULL,
    kind              text        NOT NULL CHECK (kind IN ('VISIT','CALL','MAIL','SEMINAR','OTHER')),
    note              text        NOT NULL DEFAULT '',
    by_account_id     bigint      NOT NULL,
    by_name           text        NOT NULL,
    created_at        timestamptz NOT NULL DEFAULT now(),
    CHECK ((lead_id IS NULL) <> (client_id IS NULL))
);
CREATE INDEX sales_activity_lead ON sales_activity (lead_id);
CREATE INDEX sales_activity_client ON sales_activity (client_id);

CREATE TABLE quote (
    id                bigserial   PRIMARY KEY,
    contractor_id     bigint      NOT NULL,
    client_id         bigint      NOT NULL REFERENCES client (id),
    title             text        NOT NULL,
    issued_on         date        NOT NULL,
    valid_until       date        NOT NULL CHECK (valid_until >= issued_on),
    created_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX quote_client ON quote (client_id);

CREATE TABLE quote_line (
    quote_id          bigint      NOT NULL REFERENCES quote (id) ON DELETE CASCADE,
    line_no           int         NOT NULL,
    contractor_id     bigint      NOT NULL,
    description       text        NOT NULL,
    quantity          bigint      NOT NULL CHECK (quantity > 0),
    unit              text        NOT NULL DEFAULT '',
    unit_price        bigint      NOT NULL CHECK (unit_price >= 0),
    tax_rate          int         NOT NULL CHECK (tax_rate IN (8, 10)),
    PRIMARY KEY (quote_id, line_no)
);

CREATE TABLE agreement (
    id                bigserial   PRIMARY KEY,
    contractor_id     bigint      NOT NULL,
    client_id         bigint      NOT NULL REFERENCES client (id),
    kind              text        NOT NULL CHECK (kind IN ('SERVICE_CONTRACT','NDA')),
    valid_from        date        NOT NULL,
    valid_to          date        NOT NULL CHECK (valid_to >= valid_from),
    status            text        NOT NULL CHECK (status IN ('DRAFT','SIGNED','TERMINATED')),
    file_sha256       char(64),
    file_size         bigint,
    file_name         text,
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX agreement_client ON agreement (client_id, kind, valid_from);
CREATE INDEX agreement_ending ON agreement (valid_to) WHERE status = 'SIGNED';

-- One row per agreement and reminder threshold (days before the end): a reminder goes out once.
CREATE TABLE agreement_reminder_sent (
    agreement_id      bigint      NOT NULL REFERENCES agreement (id),
    threshold_days    int         NOT NULL,
    contractor_id     bigint      NOT NULL,
    sent_at           timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (agreement_id, threshold_days)
);
