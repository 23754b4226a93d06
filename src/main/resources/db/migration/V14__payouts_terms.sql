-- payouts: the Freelance Act's written terms (RULES-JP §1 Art. 3) issued to each worker for each
-- job they join and each task assigned to them. A document is immutable once issued: every item is
-- snapshotted (item_keys/item_labels/item_values in the order the document states them), with the rendered
-- text and its SHA-256. The one change allowed is recording the worker's acceptance, once. Changed
-- terms are a new version; the latest version of (worker, job, task) is the one in force.
CREATE TABLE terms_document (
    id              bigserial   PRIMARY KEY,
    contractor_id   bigint      NOT NULL,
    municipality_id bigint      NOT NULL,
    worker_id       bigint      NOT NULL,
    job_id          bigint      NOT NULL,
    task_id         bigint,
    version         int         NOT NULL CHECK (version >= 1),
    reason          text        NOT NULL CHECK (reason IN ('JOINED','ASSIGNED','CHANGED','REISSUED')),
    order_date      date        NOT NULL,
    issued_at       timestamptz NOT NULL DEFAULT now(),
    item_keys       text[]      NOT NULL,
    item_labels     text[]      NOT NULL,
    item_values     text[]      NOT NULL,
    rendered_text   text        NOT NULL,
    content_sha256  char(64)    NOT NULL CHECK (content_sha256 ~ '^[0-9a-f]{64}$'),
    accepted_at     timestamptz,
    accepted_by     bigint,
    CHECK (cardinality(item_keys) = cardinality(item_values) AND cardinality(item_keys) = cardinality(item_labels)),
    CHECK ((accepted_at IS NULL) = (accepted_by IS NULL))
);
CREATE UNIQUE INDEX terms_document_version_ux ON terms_document (worker_id, job_id, COALESCE(task_id, 0), version);
CREATE INDEX terms_document_job_ix ON terms_document (job_id, worker_id);

CREATE FUNCTION terms_document_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('DELETE', 'TRUNCATE') THEN
        RAISE EXCEPTION 'terms documents are immutable: they cannot be deleted' USING ERRCODE = 'P0001';
    END IF;
    IF OLD.accepted_at IS NULL AND NEW.accepted_at IS NOT NULL
       AND (to_jsonb(NEW) - 'accepted_at' - 'accepted_by') = (to_jsonb(OLD) - 'accepted_at' - 'accepted_by') THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'terms documents are immutable: % may only record its acceptance, once', OLD.id
        USING ERRCODE = 'P0001';
END $$;

CREATE TRIGGER terms_document_immutable BEFORE UPDATE OR DELETE ON terms_document
    FOR EACH ROW EXECUTE FUNCTION terms_document_immutable();
CREATE TRIGGER terms_document_no_truncate BEFORE TRUNCATE ON terms_document
    FOR EACH STATEMENT EXECUTE FUNCTION terms_document_immutable();
