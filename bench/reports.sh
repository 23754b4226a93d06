#!/usr/bin/env bash
# Council dashboard benchmark (issue 5, Speed). On the machine's PostgreSQL (127.0.0.1:5432), in a
# database of its own that is KEPT between runs (hataraku_bench_reports; seeding takes minutes, so a
# finished seed is reused; BENCH_RESEED=1 drops it first): one contractor serving two towns with
# BENCH_WORKERS (100,000) workers with their status history and BENCH_TASKS (10,000,000) task
# records (approved tasks in jobs' task table, each with its reward line in payouts' reward_line),
# seeded by generate_series. Then GET /reports (full filter chain, controller, template; MockMvc,
# signed in as contractor staff) over six pages, BENCH_REQUESTS (60) timed requests each way:
# baseline = report snapshots off (computed per request), then snapshots on. Ends with
#   RESULT dashboard_baseline_p95_ms=…  RESULT dashboard_under_changes_p95_ms=…  RESULT ratio=…
#   RESULT dashboard_p95_ms=…
# Aim: dashboard_p95_ms ≤ 300. BENCH_JAVA_OPTS go to the JVM (default -Xmx1g).
set -euo pipefail
cd "$(dirname "$0")/.."

workers="${BENCH_WORKERS:-100000}"
tasks="${BENCH_TASKS:-10000000}"
requests="${BENCH_REQUESTS:-60}"
java_opts="${BENCH_JAVA_OPTS:--Xmx1g}"
pg=(-h 127.0.0.1 -p 5432 -U postgres)
db="${BENCH_DB:-hataraku_bench_reports}"
url="jdbc:postgresql://127.0.0.1:5432/$db"

if ! pg_isready -q -h 127.0.0.1 -p 5432; then
  echo "bench/reports needs PostgreSQL on 127.0.0.1:5432" >&2
  exit 1
fi
drop_db() { psql "${pg[@]}" -q -c "DROP DATABASE IF EXISTS $db" postgres >/dev/null 2>&1 || true; }
create_db() {
  if ! psql "${pg[@]}" -Atqc "SELECT 1 FROM pg_database WHERE datname = '$db'" postgres | grep -q 1; then
    psql "${pg[@]}" -q -c "CREATE DATABASE $db" postgres >/dev/null
  fi
}
if [ "${BENCH_RESEED:-0}" = 1 ]; then drop_db; fi
create_db

if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
  echo "== build"
  mvn -B -q -o -DskipTests test-compile 2>/dev/null || mvn -B -q -DskipTests test-compile
  mvn -B -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-cp.txt >/dev/null 2>&1 \
    || mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-cp.txt >/dev/null
fi
cp="target/test-classes:target/classes:$(cat target/bench-cp.txt)"

# the kept database may have been migrated before a lower-numbered migration was added: apply it too
run() {
  java $java_opts -cp "$cp" -Dhataraku.db.username=postgres -Dhataraku.db.password= -Dspring.flyway.out-of-order=true \
    jp.hataraku.bench.ReportsBench "$url" "$workers" "$tasks" "$requests"
}
echo "== seed (once) $workers workers, $tasks task records; dashboard without and with snapshots"
set +e
run
rc=$?
set -e
if [ $rc = 3 ]; then
  echo "== the kept database holds an unfinished or different seed: dropping it and seeding again"
  drop_db
  create_db
  run
elif [ $rc != 0 ]; then
  exit $rc
fi
