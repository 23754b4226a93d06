-- workers: the private-data tables of V5 now that worker (V4) exists. Rows for a worker that no longer
-- exists (none are expected) would make this fail loudly rather than be dropped silently.
ALTER TABLE worker_my_number
    ADD CONSTRAINT worker_my_number_worker_fk FOREIGN KEY (worker_id) REFERENCES worker (id);
ALTER TABLE worker_bank_account
    ADD CONSTRAINT worker_bank_account_worker_fk FOREIGN KEY (worker_id) REFERENCES worker (id);
