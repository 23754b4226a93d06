-- organization: the networks of a town's telework centre. Work handed in from an address inside
-- one of them counts as done at the centre (council report: home vs centre); empty = not known.
ALTER TABLE municipality ADD COLUMN centre_networks cidr[] NOT NULL DEFAULT '{}';
