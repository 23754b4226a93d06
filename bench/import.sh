#!/usr/bin/env bash
# Batch-import benchmark: a 1,000,000-row CSV of business cards (Japanese text) is stored, checked
# and imported (items + overlap-2 pool tasks, COPY) into a job by the application's own code in the
# test JVM (-Xmx1g, see ImportBenchmark), on HATARAKU_TEST_DB_URL (default: the local PostgreSQL
# when pg_isready answers). Baseline in the same run: psql's \copy of the same CSV into a plain table.
#   bench/run.sh import                 1,000,000 rows
#   BENCH_ROWS=100000 bench/run.sh import
#   BENCH_MVN_OPTS="..." adds options to the mvn command that runs ImportBenchmark
set -euo pipefail
cd "$(dirname "$0")/.."

rows="${BENCH_ROWS:-1000000}"
if [ -z "${HATARAKU_TEST_DB_URL:-}" ]; then
  if pg_isready -q -h 127.0.0.1 -p 5432; then
    export HATARAKU_TEST_DB_URL="jdbc:postgresql://127.0.0.1:5432/postgres"
  else
    echo "no PostgreSQL: set HATARAKU_TEST_DB_URL or start one on 127.0.0.1:5432" >&2
    exit 1
  fi
fi
work="$(mktemp -d -t hataraku-bench-import-XXXXXX)"
trap 'rm -rf "$work"' EXIT
csv="$work/cards.csv"

awk -v n="$rows" 'BEGIN {
  split("山の辺商事,川瀬村農協,高原リゾート開発,信州データ入力,みどり建設,あおぞら印刷,やまびこ運輸,ひだまり介護", co, ",");
  split("佐藤,鈴木,高橋,田中,伊藤,渡辺,山本,中村,小林,加藤", fam, ",");
  split("花子,太郎,一郎,美咲,健太,由美,翔太,さくら", giv, ",");
  split("総務部,営業部,経理課,製造部,企画室", dep, ",");
  print "画像,会社名,氏名,部署,電話番号,住所";
  for (i = 1; i <= n; i++) {
    printf "card-%07d.png,\"%s, 第%d支店\",%s %s,%s,0%d-%04d-%04d,長野県山の辺町%d-%d\n", i, co[i % 8 + 1], i % 97,
      fam[i % 10 + 1], giv[i % 8 + 1], dep[i % 5 + 1], 260 + i % 9, i % 10000, (i * 7) % 10000, i % 50, i % 30
  }
}' > "$csv"
echo "generated $rows rows ($(du -h "$csv" | cut -f1)) in $csv" >&2

# Baseline: psql's \copy of the same file into a plain table on the same server.
db_host="$(echo "$HATARAKU_TEST_DB_URL" | sed -E 's#jdbc:postgresql://([^:/]+).*#\1#')"
db_port="$(echo "$HATARAKU_TEST_DB_URL" | sed -E 's#jdbc:postgresql://[^:/]+:?([0-9]*)/.*#\1#')"
db_name="$(echo "$HATARAKU_TEST_DB_URL" | sed -E 's#.*/([^/?]+)(\?.*)?$#\1#')"
export PGUSER="${HATARAKU_DB_USER:-postgres}" PGPASSWORD="${HATARAKU_DB_PASSWORD:-}"
psql_args=(-q -X -v ON_ERROR_STOP=1 -h "$db_host" -p "${db_port:-5432}" -d "$db_name")
table="bench_copy_$$"
psql "${psql_args[@]}" -c "CREATE TABLE IF NOT EXISTS $table (image text, company text, name text, dept text, phone text, address text)" >/dev/null
t0=$(date +%s.%N)
psql "${psql_args[@]}" -c "\\copy $table FROM '$csv' WITH (FORMAT csv, HEADER true)"
t1=$(date +%s.%N)
psql "${psql_args[@]}" -c "DROP TABLE $table" >/dev/null
copy_s=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f", b - a }')

out="$work/result.txt"
mvn -B -q -o test -Dtest=ImportBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  ${BENCH_MVN_OPTS:-} -Dhataraku.bench.import.csv="$csv" -Dhataraku.bench.import.out="$out" >"$work/mvn.log" 2>&1 \
  || { tail -50 "$work/mvn.log" >&2; exit 1; }
[ -s "$out" ] || { echo "the benchmark test did not run (see $work/mvn.log)" >&2; tail -30 "$work/mvn.log" >&2; exit 1; }
cat "$out"
import_s=$(awk -F'[= ]' '/^RESULT import_seconds=/ { print $3 }' "$out")
echo "RESULT copy_baseline_seconds=$copy_s s"
awk -v a="$import_s" -v b="$copy_s" 'BEGIN { printf "RESULT ratio_vs_copy=%.2f x\n", a / b }'
