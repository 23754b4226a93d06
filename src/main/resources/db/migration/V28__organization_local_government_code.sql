-- organization: a town's 全国地方公共団体コード (JIS X 0402, six digits with the check digit), by
-- which open data (the national recommended datasets) names the town. NULL = not recorded (e.g. a
-- fictional demo town); a code belongs to one town only.
ALTER TABLE municipality ADD COLUMN local_government_code char(6);
ALTER TABLE municipality ADD CONSTRAINT municipality_local_government_code_digits
    CHECK (local_government_code ~ '^[0-9]{6}$');
CREATE UNIQUE INDEX municipality_local_government_code_key ON municipality (local_government_code)
    WHERE local_government_code IS NOT NULL;
-- its first two digits are the prefecture's (JIS X 0401)
ALTER TABLE municipality ADD CONSTRAINT municipality_local_government_code_prefecture
    CHECK (left(local_government_code, 2) = prefecture_code);
