-- Indexes for the council report's aggregates (issue 5: work and money, engagement): each module
-- sums its own rows of a contractor (or of a town's residents) over a date range. The INCLUDE
-- columns let the sums run as index-only scans.
CREATE INDEX billable_line_work_date ON billable_line (contractor_id, work_date) INCLUDE (client_id, job_id, amount);
CREATE INDEX job_status_history_opened ON job_status_history (contractor_id, job_id, changed_at) WHERE to_status = 'OPEN';
CREATE INDEX submission_approved_ix ON submission (contractor_id, reviewed_at) INCLUDE (place, job_id, task_id, submitted_at)
    WHERE status = 'APPROVED';
CREATE INDEX time_log_approved_ix ON time_log (contractor_id, approved_at) INCLUDE (place, job_id, minutes)
    WHERE status = 'APPROVED';
CREATE INDEX reward_line_approved_ix ON reward_line (contractor_id, approved_on) INCLUDE (worker_id, work_kind, amount, source);
CREATE INDEX reward_line_town_ix ON reward_line (municipality_id, approved_on) INCLUDE (worker_id, contractor_id, source);
CREATE INDEX worker_payout_town_ix ON worker_payout (municipality_id, payment_date);
