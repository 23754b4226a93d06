-- identity: second factor, recovery codes, password reset, API tokens, passkeys
ALTER TABLE user_account ADD COLUMN totp_last_step bigint;

-- One-time codes for a staff member who lost their authenticator; only their SHA-256 is kept.
CREATE TABLE recovery_code (
    id         bigserial   PRIMARY KEY,
    user_id    bigint      NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
    code_hash  text        NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    used_at    timestamptz
);
CREATE INDEX recovery_code_user_ix ON recovery_code (user_id);

-- E-mailed password-reset links: single use, short-lived, only the SHA-256 of the token kept.
CREATE TABLE password_reset_token (
    token_hash text        PRIMARY KEY,
    user_id    bigint      NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    used_at    timestamptz
);
CREATE INDEX password_reset_token_user_ix ON password_reset_token (user_id);

-- Personal API tokens (Authorization: Bearer), shown once, only the SHA-256 kept.
CREATE TABLE api_token (
    id           bigserial   PRIMARY KEY,
    user_id      bigint      NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
    name         text        NOT NULL,
    token_hash   text        NOT NULL UNIQUE,
    created_at   timestamptz NOT NULL,
    last_used_at timestamptz,
    revoked_at   timestamptz
);
CREATE INDEX api_token_user_ix ON api_token (user_id);

-- Passkeys: the schema Spring Security's JDBC WebAuthn repositories expect (PostgreSQL variant).
CREATE TABLE user_entities (
    id           varchar(1000) NOT NULL PRIMARY KEY,
    name         varchar(100)  NOT NULL,
    display_name varchar(200)
);

CREATE TABLE user_credentials (
    credential_id                varchar(1000) NOT NULL PRIMARY KEY,
    user_entity_user_id          varchar(1000) NOT NULL,
    public_key                   bytea         NOT NULL,
    signature_count              bigint,
    uv_initialized               boolean,
    backup_eligible              boolean       NOT NULL,
    authenticator_transports     varchar(1000),
    public_key_credential_type   varchar(100),
    backup_state                 boolean       NOT NULL,
    attestation_object           bytea,
    attestation_client_data_json bytea,
    created                      timestamp,
    last_used                    timestamp,
    label                        varchar(1000) NOT NULL
);
CREATE INDEX user_credentials_user_ix ON user_credentials (user_entity_user_id);
