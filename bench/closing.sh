#!/usr/bin/env bash
# Monthly closing benchmark (issue 4). On the machine's PostgreSQL (127.0.0.1:5432), in a database of
# its own (dropped afterwards): seeds BENCH_WORKERS (100,000) workers' BENCH_LINES (10,000,000)
# approved reward lines of one contractor and month by generate_series, runs the real closing code
# (Closing.runNow: SQL GROUP BY per worker and kind, the reward engine per worker, COPY of the payouts
# and totals in one transaction) and, in the same run, a plain SELECT worker_id, work_kind, sum(amount)
# ... GROUP BY over the same rows. Ends with
#   RESULT closing_s=…   RESULT group_by_s=…   RESULT ratio_vs_group_by=…
# then runs bench/zengin.sh (the Zengin file for BENCH_ZENGIN_WORKERS (100,000) payees through the
# real TransferService), which ends with RESULT zengin_s=… and its baseline ratio.
# Aims: closing ≤ 60 s, ratio ≤ 3, zengin ≤ 5 s. BENCH_JAVA_OPTS go to the JVM (default -Xmx1g).
set -euo pipefail
cd "$(dirname "$0")/.."

workers="${BENCH_WORKERS:-100000}"
lines="${BENCH_LINES:-10000000}"
java_opts="${BENCH_JAVA_OPTS:--Xmx1g}"
pg=(-h 127.0.0.1 -p 5432 -U postgres)
db=hataraku_bench_closing
url="jdbc:postgresql://127.0.0.1:5432/$db"

if ! pg_isready -q -h 127.0.0.1 -p 5432; then
  echo "bench/closing needs PostgreSQL on 127.0.0.1:5432" >&2
  exit 1
fi
drop_db() { psql "${pg[@]}" -q -c "DROP DATABASE IF EXISTS $db" postgres >/dev/null 2>&1 || true; }
trap drop_db EXIT
drop_db
psql "${pg[@]}" -q -c "CREATE DATABASE $db" postgres >/dev/null

echo "== build"
mvn -B -q -o -DskipTests test-compile 2>/dev/null || mvn -B -q -DskipTests test-compile
mvn -B -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-cp.txt >/dev/null 2>&1 \
  || mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-cp.txt >/dev/null
cp="target/test-classes:target/classes:$(cat target/bench-cp.txt)"

echo "== seed $workers workers, $lines lines; closing; plain GROUP BY"
java $java_opts -cp "$cp" -Dhataraku.db.username=postgres -Dhataraku.db.password= \
  jp.hataraku.bench.ClosingBench "$url" "$workers" "$lines"
drop_db

BENCH_SKIP_BUILD=1 bash bench/zengin.sh
