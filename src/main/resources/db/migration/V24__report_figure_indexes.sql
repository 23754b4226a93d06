-- Indexes for the council report's aggregates (issue 5: work and money, engagement): each module
-- sums its own rows of a contractor (or a town) over a date range.
CREATE INDEX billable_line_work_date ON billable_line (contractor_id, work_date);
CREATE INDEX job_status_history_opened ON job_status_history (contractor_id, job_id, changed_at) WHERE to_status = 'OPEN';
CREATE INDEX submission_approved_ix ON submission (contractor_id, reviewed_at) WHERE status = 'APPROVED';
CREATE INDEX time_log_approved_ix ON time_log (contractor_id, approved_at) WHERE status = 'APPROVED';
CREATE INDEX reward_line_approved_ix ON reward_line (contractor_id, approved_on);
CREATE INDEX reward_line_town_ix ON reward_line (municipality_id, approved_on);
CREATE INDEX worker_payout_town_ix ON worker_payout (municipality_id, payment_date);
