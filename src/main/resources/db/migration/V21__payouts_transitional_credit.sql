-- payouts: the transitional input-tax credit on purchases from suppliers not registered for
-- qualified invoices (RULES-JP §3), as dated steps an administrator keeps, each with its source.
-- A step runs from valid_from until the next step. Seeded with the FY2026 reform outline's schedule,
-- marked to be checked against the enacted law.
CREATE TABLE transitional_credit_step (
    valid_from   date        PRIMARY KEY,
    percent      smallint    NOT NULL CHECK (percent BETWEEN 0 AND 100),
    source       text        NOT NULL CHECK (length(btrim(source)) > 0),
    recorded_by  bigint,
    recorded_at  timestamptz NOT NULL DEFAULT now()
);

INSERT INTO transitional_credit_step (valid_from, percent, source) VALUES
    ('2023-10-01', 80, '所得税法等の一部を改正する法律（平成28年法律第15号）附則52条: 2023-10-01〜2026-09-30 は仕入税額相当額の80%'),
    ('2026-10-01', 70, '令和8年度税制改正大綱（2025-12-19）: 2026-10-01〜2028-09-30 は70%（2023年時点の法律では50%。成立した改正法で要確認）'),
    ('2028-10-01', 50, '令和8年度税制改正大綱（2025-12-19）: 2028-10-01〜2030-09-30 は50%（要確認）'),
    ('2030-10-01', 30, '令和8年度税制改正大綱（2025-12-19）: 2030-10-01〜2031-09-30 は30%（要確認）'),
    ('2031-10-01', 0, '令和8年度税制改正大綱（2025-12-19）: 2031-10-01 以降は控除なし（要確認）');
