-- identity: accounts, roles and the append-only audit log
CREATE TABLE user_account (
    id                   bigserial   PRIMARY KEY,
    email                text        NOT NULL UNIQUE,
    display_name         text        NOT NULL,
    password_hash        text,
    enabled              boolean     NOT NULL DEFAULT true,
    failed_attempts      int         NOT NULL DEFAULT 0,
    locked_until         timestamptz,
    totp_secret          text,
    totp_enabled_at      timestamptz,
    worker_id            bigint,
    municipality_id      bigint,
    created_at           timestamptz NOT NULL DEFAULT now(),
    updated_at           timestamptz NOT NULL DEFAULT now(),
    password_changed_at  timestamptz
);
CREATE UNIQUE INDEX user_account_worker_ux ON user_account (worker_id) WHERE worker_id IS NOT NULL;

-- A role, held for a scope where the role needs one (town, client, facility).
CREATE TABLE user_role (
    user_id   bigint NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
    role      text   NOT NULL CHECK (role IN ('SYSTEM_ADMIN','TOWN_STAFF','CONTRACTOR_STAFF','DIRECTOR','WORKER','CLIENT_USER','FACILITY_OPERATOR')),
    scope_id  bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (user_id, role, scope_id)
);

CREATE TABLE audit_log (
    id           bigserial   PRIMARY KEY,
    occurred_at  timestamptz NOT NULL DEFAULT now(),
    actor_id     bigint,
    actor_name   text,
    action       text        NOT NULL,
    target_type  text,
    target_id    text,
    before_state jsonb,
    after_state  jsonb,
    detail       text,
    remote_addr  text
);
CREATE INDEX audit_log_occurred_ix ON audit_log (occurred_at DESC);
CREATE INDEX audit_log_target_ix ON audit_log (target_type, target_id);
CREATE INDEX audit_log_actor_ix ON audit_log (actor_id);

-- Append-only: the database itself refuses to change or remove an entry.
CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only';
END $$;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only();
