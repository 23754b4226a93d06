-- The prefecture's minimum wage (地域別最低賃金) that applies in a town, as dated data: each row is
-- in force from valid_from until the next row of the same town. Staff compare the effective hourly
-- reward of each job with it (issue 4). Integer yen per hour.
CREATE TABLE minimum_wage (
    id              bigserial   PRIMARY KEY,
    municipality_id bigint      NOT NULL REFERENCES municipality (id),
    yen_per_hour    bigint      NOT NULL CHECK (yen_per_hour > 0 AND yen_per_hour < 100000),
    valid_from      date        NOT NULL,
    source          text        NOT NULL CHECK (length(btrim(source)) > 0),
    recorded_by     bigint,
    recorded_at     timestamptz NOT NULL DEFAULT now(),
    UNIQUE (municipality_id, valid_from)
);
