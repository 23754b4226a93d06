-- jobs: one composite foreign key where there were two, for cheaper imports and stronger keys.
-- A million-row import (1,000,000 items, 2,000,000 pool tasks) made 6,000,000 row-by-row
-- foreign-key checks, most of the server's work. Now an item's job is its batch's job and a pool or
-- gold task's job is its item's job, each checked by one key: 3,000,000 checks, and a row can no
-- longer name a job other than its batch's or item's. The job still exists for every row (item →
-- batch → job). Assigned tasks have no item: their job is checked through assigned_job_id, which
-- is NULL (nothing to check) for every other task.

ALTER TABLE batch ADD CONSTRAINT batch_id_job_key UNIQUE (id, job_id);
ALTER TABLE item ADD CONSTRAINT item_id_job_key UNIQUE (id, job_id);

ALTER TABLE item
    DROP CONSTRAINT item_job_id_fkey,
    DROP CONSTRAINT item_batch_id_fkey,
    ADD CONSTRAINT item_batch_job_fkey FOREIGN KEY (batch_id, job_id) REFERENCES batch (id, job_id);

ALTER TABLE task
    ADD COLUMN assigned_job_id bigint GENERATED ALWAYS AS (CASE WHEN item_id IS NULL THEN job_id END) STORED
        CONSTRAINT task_assigned_job_fkey REFERENCES job (id);
ALTER TABLE task
    DROP CONSTRAINT task_job_id_fkey,
    DROP CONSTRAINT task_item_id_fkey,
    ADD CONSTRAINT task_item_job_fkey FOREIGN KEY (item_id, job_id) REFERENCES item (id, job_id);

-- "A worker's tasks" needs only tasks that have a worker: the pool's open tasks (two per item at
-- overlap 2) no longer each put a NULL entry in this index. Every query names a worker
-- (worker_id = ...), which implies IS NOT NULL, so the planner uses the partial index as before.
DROP INDEX task_worker_ix;
CREATE INDEX task_worker_ix ON task (worker_id, status) WHERE worker_id IS NOT NULL;
