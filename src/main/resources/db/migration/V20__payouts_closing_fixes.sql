-- payouts closing fixes: a run's heartbeat (with the run's advisory lock, how another instance tells
-- a crashed run from a live one) and the earlier payment date staff may choose for a period under review.
ALTER TABLE closing_run ADD COLUMN heartbeat_at timestamptz NOT NULL DEFAULT now();
ALTER TABLE pay_period ADD COLUMN payment_date_chosen date;
