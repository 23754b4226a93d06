-- jobs: where a submission was handed in and where a timed stretch of work was started: HOME or
-- CENTRE (the town's telework centre, by the town's centre networks); NULL when not known (work
-- recorded before this column, or a town without centre networks).
ALTER TABLE submission ADD COLUMN place text CHECK (place IN ('HOME','CENTRE'));
ALTER TABLE time_log ADD COLUMN place text CHECK (place IN ('HOME','CENTRE'));
