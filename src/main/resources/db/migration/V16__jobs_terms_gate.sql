-- The Freelance Act's written terms (Art. 3) gate work: the payouts module issues the terms and,
-- when the worker accepts them, records it here through the Jobs API. Rows that exist before this
-- migration were made before terms documents existed and stay workable (accepted = true); every
-- membership or assignment made from now on starts unaccepted (the column default is false).
ALTER TABLE team_member ADD COLUMN terms_accepted boolean NOT NULL DEFAULT true;
ALTER TABLE team_member ALTER COLUMN terms_accepted SET DEFAULT false;

ALTER TABLE task ADD COLUMN terms_accepted boolean NOT NULL DEFAULT true;
-- only assigned tasks carry their own terms; pool and gold tasks follow the team membership
ALTER TABLE task ALTER COLUMN terms_accepted SET DEFAULT true;

-- claim-next reads eligible jobs through the worker's active memberships
CREATE INDEX team_member_worker_terms_ix ON team_member (worker_id) WHERE active AND NOT terms_accepted;
